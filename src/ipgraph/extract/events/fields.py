"""A page's field lines of roles: a notice or a programme lists the bodies of the event it announces under labels,
one a line (主办单位：A / 承办单位：B、C / 支持院校：D、E), not in a sentence. A label is a verb of a role and,
often, a noun of the class of body it lists (单位, 机构, 院校 …: words.tsv's ``list_class``; 方: ``field_noun``),
then a colon; the role is the verb's, as roles.tsv gives it for its own labels (主办单位：X, an organiser;
承办单位：X, a partner), so a label of any class noun reads as the one roles.tsv lists. The bodies a label lists are
all those named up to the next label, whatever stands between them: lines a page printed one under another reach
the reader joined, and a label's second body may stand alone on the next line (承办单位：A / B). Inside such a line
a label's verb is no verb whose subject is the body before it (…管理局承办单位：… says nothing of who 承办).
A sentence tells the same roles by the label's noun possessed by the event's name (论坛的主办方为A, 本次大赛的承办单位是
B): ``_possessed_roles``."""

from __future__ import annotations

import re
from functools import cached_property

from ipgraph.extract.events.anaphora import HOLDING_ROLES, give
from ipgraph.extract.events.ceremonies import CeremonyEvents
from ipgraph.extract.events.context import Context, run_after
from ipgraph.extract.events.dating import field_date, stamped, time_field
from ipgraph.extract.events.model import BREAKS, EventFact
from ipgraph.extract.events.records import merge_roles
from ipgraph.ingest.passages import Passage
from ipgraph.zh.dates import find_dates
from ipgraph.zh.grammar import COLONS, COMMAS, ITEM_MARK, WITH, alternation, between_names

FIELD_LABEL = re.compile(rf"{ITEM_MARK}(?:[^{BREAKS}\d]{{1,6}}[{COLONS}]|【[^{BREAKS}】]{{1,6}}】)")
"""A line's field label (主办单位：, 时间:, or in lenticular brackets with no colon: 【主办】, 【承办单位】), after the
mark of its item where a notice numbers its fields ((一)主办单位:, 2.承办单位：): what follows is the field's value,
not a sentence."""
_HEADING = 12
"""The longest heading that may be a role's label alone (一、组织单位, （二）承办单位)."""
_MODIFIER = 4
"""How many characters may stand between 的 and the role noun it possesses (论坛的首次主办方, 活动的联合主办单位)."""
_RUN_ENDS = re.compile(rf"\s*(?:等[^{BREAKS}]{{0,6}}?)?\s*(?:[{BREAKS}]|$)")
"""A run of holders that ends its clause: the run, 等 and a class noun or none, then a break or the end."""
_HOLDERS_JOINED = between_names(with_=True, brackets=True)
"""What joins the holders a role noun names (主办单位为A（简称）与B): a list's marks, 与 among them."""


class FieldEvents(CeremonyEvents):
    """The roles a page's field lines give the event it announces."""

    _open_label: str = ""
    """The role of the last label of the field lines just read ("" after any other passage)."""

    @cached_property
    def _field_roles(self) -> tuple[re.Pattern[str], dict[str, str]]:
        """The labels of roles as a pattern (a verb, a class noun or none, a colon; or the verb and noun in
        lenticular brackets, 【主办】) and each verb's role, read from the roles.tsv patterns that are a label alone
        (主办单位：X, 承办：X)."""
        nouns = alternation(self.rules.words.get("list_class", ()) + self.rules.words.get("field_noun", ()))
        verbs: dict[str, str] = {}
        for role, before, after in self.rules.roles:
            if after or not before or before[-1] not in COLONS:
                continue
            verbs.setdefault(re.sub(rf"(?:{nouns})$", "", before[:-1]) or before[:-1], role)
        label = rf"(?P<open>【)?(?P<verb>{alternation(tuple(verbs))})(?:{nouns})?\s*(?(open)】|[{COLONS}])"
        return re.compile(label), verbs

    @cached_property
    def _heading_label(self) -> re.Pattern[str]:
        """A heading that is a role's label alone, numbered or not, with no colon (一、组织单位; 主办单位): the lines
        of names under it are the role's bodies (一、组织单位 / A / B / C), as a label's second line is."""
        nouns = alternation(self.rules.words.get("list_class", ()) + self.rules.words.get("field_noun", ()))
        return re.compile(rf"{ITEM_MARK}(?P<verb>{alternation(tuple(self._field_roles[1]))})(?:{nouns})\s*")

    def _role_line(self, passage: Passage) -> None:
        """A passage that opens with a field label names, label by label, the bodies of the event told last (not a
        day named as the occasion of announcing it: …知识产权日来临之际，决定举办…竞赛); a passage after it that is
        nothing but names (承办单位：A / B, the second body on a line of its own) goes on with its last label."""
        opens = FIELD_LABEL.match(passage.text) is not None
        heading = None if opens or self._open_label or not passage.heading or len(passage.heading) > _HEADING \
            else self._heading_label.fullmatch(passage.heading)
        if not opens and not self._open_label and heading is None:  # most passages: no label, none read before
            return
        labels, verbs = self._field_roles
        if heading is not None:  # 一、组织单位 / A / B: the lines under the heading name the role's bodies
            self._open_label = verbs[heading.group("verb")]
        context = self.context(passage).simplified(self.rules.simplifying)
        found = list(labels.finditer(context.text)) if opens else []
        event = self._field_event() if self.order else None
        told = EventFact("", "")
        if found:
            for label, following in zip(found, found[1:] + [None]):
                ends = following.start() if following is not None else len(context.text)
                bodies = [f"org/{m.key}" for m in context.orgs() if label.end() <= m.start and m.end <= ends]
                (told.organisers if verbs[label.group("verb")] == "organiser" else told.partners).extend(bodies)
            self._open_label = verbs[found[-1].group("verb")]
        elif self._open_label and _names_only(context):
            bodies = [f"org/{m.key}" for m in context.orgs()]
            if self._open_label == "organiser" and event is not None and event.organisers and heading is None:
                event.organisers += [b for b in bodies if b not in event.organisers]  # the label's next line
            else:
                (told.organisers if self._open_label == "organiser" else told.partners).extend(bodies)
        else:
            self._open_label = ""
        if event is not None:
            merge_roles(event, told)

    def _time_line(self, passage: Passage, year: int | None) -> None:
        """A field of time (时间：…, or a section headed 活动时间) dates the event told last when the text gave it no
        day (none, or a year or month the field's day falls in): ``dating.field_date``. Read without the reader's
        filters, which take a date after 时间： for the page's own; a page's publication line (时间：2022-05-10 16:50,
        or its own date) is no field of the event."""
        if not self.order or time_field(passage.text, passage.heading, self.rules) is None:  # most passages
            return
        event = self._field_event()
        if event is None or event.start is not None and len(event.start) == len("2021-04-23"):
            return
        dates = [d for d in find_dates(passage.text, year, self.own_date) if not stamped(passage.text, d, -1)]
        date = field_date(passage.text, passage.heading, dates, self.rules)
        if date is not None and date.start.startswith(event.start or "") and date.start != self.own_date:
            event.start, event.end = date.start, date.end

    def _possessed_roles(self, passage: Passage, start: int, end: int) -> None:
        """论坛的首次主办方A与B具有深厚渊源, 本次活动的主办单位是A，承办单位是B, 大赛的指导单位为C: a sentence that
        opens with an anaphoric name (a type noun after a word that points back or none, or a name ending in one) that
        possesses the noun of a field label of holding (主办方, 承办单位: its verb and a class noun) names, right
        after each such noun of the sentence (and a copula 为 or 是), the bodies that hold its role in the event the
        name is tied to, in whatever paragraph it stands. A run of bodies that does not end its clause ends before
        its first 与 (A与B具有…渊源: B is the object of 与, no holder)."""
        verbs, words = self._possessed_verbs, passage.text[start:end]
        if "的" not in words or not any(verb in words for verb in verbs):  # most sentences hold no such noun
            return
        context = self.context(passage, start, end).simplified(self.rules.simplifying)
        opening, nouns = self._possessed
        found = opening.match(context.text)
        referred = self._referred(found.group("name")) if found else None
        if found is None or referred is None:
            return
        for noun in nouns.finditer(context.text, found.start("noun")):
            run = run_after(context, noun.end(), connector=_HOLDERS_JOINED)
            if run and not _RUN_ENDS.match(context.text, run[-1].end):
                run = run[:next((i for i in range(1, len(run)) if WITH in context.text[run[i - 1].end:run[i].start]),
                                len(run))]
            if run:
                give(referred, verbs[noun.group("verb")], [f"org/{m.key}" for m in run], adding=True)

    @cached_property
    def _possessed_verbs(self) -> dict[str, str]:
        """The verbs of the field labels of holding (主办, 承办, 协办, 指导, 支持) and their roles (a report's text
        reaches the extractors in simplified script: 主辦 is read as 主办)."""
        return {verb: role for verb, role in self._field_roles[1].items() if role in HOLDING_ROLES}

    @cached_property
    def _possessed(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """The opening of a sentence whose anaphoric name possesses a role noun (论坛的首次主办方: groups ``name`` and
        ``noun``), and a role noun with its copula (承办单位是: group ``verb``)."""
        verbs = alternation(tuple(self._possessed_verbs))
        classes = alternation(self.rules.words.get("list_class", ()) + self.rules.words.get("field_noun", ()))
        noun = rf"(?P<verb>{verbs})(?:{classes})"
        lead_in = rf"(?:[^{BREAKS}]{{1,4}}[{COMMAS}]\s*)?"
        opening = re.compile(rf"\s*{lead_in}(?:(?:{self.rules.source('refers_back')})\s*)?"
                             rf"(?P<name>[^{BREAKS}]{{0,30}}?(?:{self.rules.type_pattern.pattern}))\s*的\s*"
                             rf"[^{BREAKS}]{{0,{_MODIFIER}}}?(?P<noun>{noun})")
        return opening, re.compile(rf"{noun}\s*(?:[为是]\s*)?")

    def _field_event(self) -> EventFact | None:
        """The event told last, unless a day named as an occasion (its name then 来临之际, 之际): the one before it;
        none when every event told is such a day."""
        occasion = self.rules.source("occasion")
        for key in reversed(self.order):
            event = self.events[key]
            texts = [self.passages[s].text for s in event.passages if s in self.passages]
            if not any(re.search(rf"{re.escape(event.label)}[^，。,]{{0,4}}(?:{occasion})", t) for t in texts):
                return event
        return None


def _names_only(context: Context) -> bool:
    """The passage is nothing but the names of bodies, a list's marks and brackets between them."""
    rest, at = [], 0
    for mention in context.orgs():
        rest.append(context.text[at:mention.start])
        at = max(at, mention.end)
    rest.append(context.text[at:])
    return bool(context.orgs()) and re.fullmatch(r"[\s、，,；;（）()A-Za-z]*", "".join(rest)) is not None
