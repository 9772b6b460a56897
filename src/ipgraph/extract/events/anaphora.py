"""An event told again by an anaphoric name, and what that telling adds.

An event told once is often named again later: by a word that points back and its head noun (本次研讨会, 该论坛) or
a noun of praise that fits any event (本次盛会), by a short name the text defined for it (…博览会（下称“2019知交会”）,
then 本届知交会 or 2019知交会), or by its bare head noun or short name as the subject of 由 (研讨会由A、B共同举办).
Such a name names no second event: it is tied to the event told before that it names, as the subject of its
sentence (本届知交会由A、B联合主办, 该论坛将于4月初举行), as the object of the verb of a role
(中国政府为承办此次会议作出的贡献: the subject holds that role in it) or after a relative clause of roles
(由A主办的此次博览会，是…: A holds it).
What the telling says goes to that event: its roles through ``merge_roles``, whose priority is stated there
(holders named in a role replace holders a collective stood for, and either replaces the inferred author;
partners accumulate), and a date more precise than the one the event had.
"""

from __future__ import annotations

import re
from functools import cached_property, lru_cache

from ipgraph.extract.events.bare_objects import bare_object_roles
from ipgraph.extract.events.context import Context, roles_in, subject_before
from ipgraph.extract.events.kinds import type_of
from ipgraph.extract.events.labels import spelled, without_relative_year
from ipgraph.extract.events.model import BEFORE_BY, BREAKS, EVENT, NAMED_YEAR, EventFact
from ipgraph.extract.events.pointing import pointing_start
from ipgraph.extract.events.records import merge_roles
from ipgraph.extract.events.talks import TalkEvents
from ipgraph.extract.events.variants import DAY_RULE
from ipgraph.ingest.passages import Passage
from ipgraph.zh.grammar import CLAUSE_BREAKS, COMMAS, alternation

CAMPAIGN = "Campaign"
"""The type of the events 活动 also names (宣传活动, 日活动: knowledge/events/types.tsv)."""
MEETING = "Meeting"
"""The type of 会议, the word for a sitting of any kind (knowledge/events/types.tsv)."""
SITTINGS = (MEETING, "Conference", "Seminar", "Forum", "Workshop", "Summit", "Dialogue", "Roundtable", "Webinar")
"""The types of the events a bare 会议 names when no meeting was told (大会…。会议由A主办: the congress)."""
HOLDING_ROLES = ("organiser", "partner")
"""The roles a verb whose object is an event gives its subject (X主办, X承办): who held it, not who came."""
_PURPOSE = re.compile(r"[为為]\s*$")
"""A preposition of purpose between a subject and its verb (中国政府为承办此次会议…): the subject is still its own."""
_BY = re.compile(rf"\s*是?\s*(?:在[^{BREAKS}下]{{1,40}}下\s*[{COMMAS}]?\s*)*{BEFORE_BY}由")
"""What may stand between a short name and the 由 of its roles: a copula and adverbials of who guided or supported
it (地标大会是在A指导下，在B支持下，由C主办): the name is still the subject of 由. Each adverbial ends at its
first 下, so a clause without 由 is given up at once."""
_RELATIVE = re.compile(r"的\s*[“「\"]?\s*$")
"""The particle that ends a relative clause right before a name (由A主办的“B”): the clause says what the name is."""
_CLAUSE_START = re.compile(rf"[{CLAUSE_BREAKS}]")
"""Where a clause starts: a relative clause of roles runs back over the clauses of roles before it alone."""


_AS = ("作为", "作為")
"""The preposition of a role stood in (A作为承办单位参加…), in either script: a sentence without it or a word that
points back tells no role of an event told before."""
_AS_ROLE = "作为…"
"""How a roles.tsv pattern of a role stood in opens after its slot (X作为…承办单位)."""


_COPULA = "为"
"""The copula of a roles.tsv field label (主办单位为X): the noun before it names the role."""


def give(referred: EventFact, role: str, holders: list[str], adding: bool = False) -> None:
    """``holders`` hold ``role`` in the event an anaphoric name is tied to: merged as a later telling's roles, or,
    ``adding``, organisers added to those named before."""
    if adding and role == "organiser" and referred.holders_told() == 2:
        referred.organisers += [k for k in holders if k not in referred.organisers]
        referred.partners = [k for k in referred.partners if k not in referred.organisers]
        return
    told = EventFact(referred.type, referred.label)
    if role == "organiser":
        told.organisers = holders
    else:
        told.partners = holders
    merge_roles(referred, told)


class ReferringEvents(TalkEvents):
    """Ties an anaphoric name to the event it names, shared by the report's event rules."""

    def _referred(self, name: str, pointing: str = "") -> EventFact | None:
        """The event a short name the text defined names (2019知交会, 知交会), else the event told last of the type a
        bare noun names (论坛; 会议, when no meeting was told, the sitting told last: 大会…。会议由…主办; 活动, when
        no event of its type, Event, was told, names the campaign told last: 活动由…
        主办 after 宣传周, as 宣传活动 is a campaign, never a named day, which no one holds and which is recorded after
        its passage's sentences: 4月26日是世界知识产权日 before the day's campaign; with none, the event told last,
        whatever its noun: 活动 is the
        word for any of them, 对接会…。该活动由…主办), or whose name, without the year of its edition, ends with this
        one (中国…高层论坛 for 2018中国…高层论坛; 今年宣传周 is this year's edition of a 宣传周 told, not any
        campaign); none for a name no event told has. ``pointing``: the words before the name that point back."""
        defined = self._short_names().get(spelled(name))
        if defined is not None:
            return defined
        if self.rules.has("any_event", name):  # 本次盛会: a word of praise for whatever was told last
            return self._this_edition(pointing, [self.events[k] for k in reversed(self.order)])
        kind, told = type_of(name, self.rules), spelled(without_relative_year(name, this_year=True))
        bare = told == spelled(name) and self.rules.type_pattern.fullmatch(told) is not None
        same = self._this_edition(pointing, [self.events[k] for k in reversed(self.order) if self.events[k].type == kind
                                         and (bare or NAMED_YEAR.sub("", spelled(self.events[k].label),
                                                                     count=1).endswith(told))])
        if same is None and bare and kind == MEETING:
            return next((self.events[k] for k in reversed(self.order) if self.events[k].type in SITTINGS), None)
        if same is not None or not (bare and kind == EVENT):
            return same
        return next((self.events[k] for k in reversed(self.order) if self.events[k].type == CAMPAIGN
                     and self.events[k].rule != DAY_RULE),
                    self.events[self.order[-1]] if self.order else None)

    def _this_edition(self, pointing: str, told: list[EventFact]) -> EventFact | None:
        """Of the events a name may point back to (the one told last first), the one it names: with a word of the
        edition the report is about (本届年会, 此次会议: words.tsv this_edition), the latest begun by the report's own
        date, for a text recalls earlier editions (曾于2012年召开第30届年会) after the current one as often as before
        it; else (该论坛) the one told last."""
        if len(told) < 2 or not pointing.rstrip().endswith(tuple(self.rules.words.get("this_edition", ()))):
            return next(iter(told), None)
        begun = [e for e in told if e.start and (not self.own_date or e.start[:10] <= self.own_date)]
        return max(reversed(begun), key=lambda e: e.start or "", default=told[0])

    def _roles_referred(self, passage: Passage, start: int, end: int, year: int | None) -> int:
        """A sentence that opens with an anaphoric name (本次研讨会由A和B联合主办, 该论坛由…承办, 本届知交会由…主办;
        a bare head noun or short name as the subject of 由: 论坛由…主办, the series' name without the edition's
        year: 中国知识产权保护高层论坛由…共同主办 after 2018中国知识产权保护高层论坛), in any later paragraph, tells
        the roles of the event that name is tied to, and, with a verb of holding, a date more precise than the one
        it had (该论坛将于2024年4月初在…举行). Returns where the words that refer back end in the sentence (0: none):
        a name there is the told event's, no new one."""
        words = passage.text[start:end]
        opening = self._opening(words)
        if opening is None and "由" in words:  # a name in traditional script (研討會由…): its type noun simplified
            words = self.rules.simplifying.fold(words)  # one character for one: every offset holds
            opening = self._opening(words)
        if opening is None:
            return 0
        name, (name_start, name_end), bare_kind = opening
        referred = self._referred(name, words[:name_start])
        roles = roles_in(self.context(passage, start, end), self.rules) if referred or bare_kind else {}
        if referred is None and bare_kind and not self.order and (roles["organiser"] or roles["partner"]) \
                and not self.rules.has("any_event", name):  # 本次盛会 alone: praise of nothing told
            referred = self._only_by_noun(passage, start + name_start, start + name_end)
        if referred is None:
            return 0
        told = EventFact(referred.type, referred.label)
        told.organisers, told.partners = roles["organiser"], roles["partner"]
        merge_roles(referred, told)
        dates = self.dates(words, year, brackets=False) if self.rules.pattern("holding").search(words) else []
        if dates and len(dates[0].start) > len(referred.start or ""):
            referred.start, referred.end = dates[0].start, dates[0].end
        return name_end

    def _opening(self, words: str) -> tuple[str, tuple[int, int], bool] | None:
        """The anaphoric name a sentence opens with: a word that points back and a type noun (本次研讨会), a head noun
        or a name ending in one as the subject of 由 (研讨会由…), or a short name the text defined, after a word that
        points back or as the subject of 由 (本届知交会…, 知交会由…); with its span and whether a type noun after a
        pointing word is all it is."""
        # refers_back needs 由 or, first, a word that points back: most sentences hold neither, and its lazy runs
        # before a type noun cost ~3 µs a sentence (sp12)
        opening = self.rules.refers_back.match(words) if "由" in words \
            or pointing_start(words, self.rules.words.get("refers_back", ())) is not None else None
        if opening is not None:
            group = "kind" if opening.group("kind") else "name"
            return opening.group(group), opening.span(group), group == "kind"
        shorts = self._short_names()
        if not shorts:
            return None
        pointing = self.rules.pattern("refers_back").pattern
        short = re.match(rf"\s*(?:[^{BREAKS}]{{1,4}}[{COMMAS}])?(?P<pointing>{pointing})?\s*"
                         rf"(?P<short>{alternation(tuple(shorts))})", words)
        if short is None or not (short.group("pointing") or _BY.match(words, short.end())):
            return None
        return short.group("short"), short.span("short"), False

    def _object_roles(self, passage: Passage, start: int, end: int) -> None:
        """中国政府为承办此次外交会议作出的贡献, X承办本届论坛, A和B两家单位共同主办了本次论坛: the verb of a role of
        holding (a roles.tsv pattern of a subject and its verb: X主办, X承办) whose object is an anaphoric name (a word
        that points back, then a type noun or a short name the text defined) gives its subject (past a preposition of
        purpose, its adverbs and a list's closing class noun) that role in the event the name is tied to. The
        sentence is read in simplified script (該研討會, 承辦)."""
        pointing = self.rules.pattern("refers_back").search(passage.text, start, end)
        if not pointing and self.order and any(passage.text.find(v, start, end) >= 0 for v in self._holding_verbs):
            # 开展了知识竞赛 after …知识竞赛拉开序幕: the end of a name told before; the verb is looked for first, as
            # printed (simplifying every sentence would cost more than the rare telling is worth)
            # an event told only in the head lines is not one: the lead names its own (headline_retold folds them)
            told = [e for e in (self.events[k] for k in reversed(self.order)) if not set(e.passages) <= self.head_lines]
            for earlier, role, holders in bare_object_roles(self.context(passage, start, end).simplified(
                    self.rules.simplifying), self.rules, self._holding_verbs, told):
                give(earlier, role, holders)
        if not pointing and all(passage.text.find(w, start, end) < 0 for w in _AS):
            return  # the patterns below need one of them: most sentences hold neither
        context = self.context(passage, start, end).simplified(self.rules.simplifying)
        words = context.text
        self._standing_roles(context, passage.slug)
        if not pointing:
            return
        self._copula_roles(context)
        if "由" in words:  # 由A和B主办的此次博览会，是…: the clause before a pointing name says who held it
            pointed = rf"的\s*(?:{self.rules.source('refers_back')})\s*(?P<name>{self._pointed_names()})"
            for found in re.finditer(pointed, words):
                referred = self._referred(found.group("name"), words[:found.start("name")])
                if referred is not None and "由" in words[:found.start()]:
                    self._relative_roles(passage, start, words[:found.start() + 1], referred)
        if not any(verb in words for verb in self._holding_verbs):
            return
        names = self._pointed_names()
        pattern = re.compile(rf"(?P<verb>{alternation(tuple(self._holding_verbs))})了?\s*"
                             rf"(?:{self.rules.pattern('refers_back').pattern})\s*(?P<name>{names})")
        for found in pattern.finditer(words):
            referred = self._referred(found.group("name"), words[found.start():found.start("name")])
            purpose = _PURPOSE.search(words, 0, found.start())
            run = subject_before(context, purpose.start() if purpose else found.start(), self.rules)
            if referred is None or not run:
                continue
            give(referred, self._holding_verbs[found.group("verb")], [f"org/{m.key}" for m in run])

    def _standing_roles(self, context: Context, slug: str) -> None:
        """A、B作为承办单位参加此次活动 (C作为协办单位参与了活动): the subject of 作为 and the role noun of a role of
        holding (roles.tsv: X作为…承办单位) holds that role in the event the object of the verb of attending after
        them names: a word that points back and a type noun, or, with none, a bare type noun or the end of a name
        told before (参与了宣传周活动). 作为 says in which role the body took part; the verb only that it did, so it
        names no event of its own."""
        nouns = self._standing_nouns
        if "作为" not in context.text or not nouns:
            return
        words = self.rules.words
        standing = _standing(tuple(nouns), alternation(words.get("adverb", ()) + words.get("role_adverb", ())),
                             alternation(words.get("attend_verb", ())), self.rules.pattern("refers_back").pattern,
                             self.rules.type_pattern.pattern)
        for found in standing.finditer(context.text):
            referred = self._referred(found.group("name"))
            run = subject_before(context, found.start(), self.rules)
            if referred is not None and run:
                give(referred, self._standing_nouns[found.group("noun")], [f"org/{m.key}" for m in run],
                     adding=True)
        last = self.events.get(self.order[-1]) if self.order else None
        for found in _closing_role(tuple(nouns), self.rules.pattern("refers_back").pattern,
                                   self.rules.type_pattern.pattern).finditer(context.text):
            # A作为承办方，…; A作为本次论坛的承办单位，…: the role noun closes the clause, no event after it
            referred = self._referred(found.group("name")) if found.group("name") else \
                last if last is not None and slug in last.passages else None
            run = subject_before(context, found.start(), self.rules)
            if referred is not None and run:
                give(referred, self._standing_nouns[found.group("noun")], [f"org/{m.key}" for m in run],
                     adding=True)

    @cached_property
    def _standing_nouns(self) -> dict[str, str]:
        """The role nouns of the roles.tsv patterns of a role of holding stood in (X作为…承办单位 → 承办单位): noun →
        role."""
        return {after[len(_AS_ROLE):]: role for role, before, after in self.rules.roles
                if role in HOLDING_ROLES and not before and after.startswith(_AS_ROLE) and len(after) > len(_AS_ROLE)}

    def _pointed_names(self) -> str:
        """What may follow a word that points back and name an event told before: a type noun (本次论坛), a noun of
        praise for any event (本次盛会: words.tsv any_event) or a short name the text defined (本届知交会)."""
        shorts = self._short_names()
        return "|".join([self.rules.type_pattern.pattern, self.rules.source("any_event")]
                        + ([alternation(tuple(shorts))] if shorts else []))

    def _copula_roles(self, context: Context) -> None:
        """A、B均为此次研讨会的共同主办单位 (本次活动的承办方是C): the subject of a copula whose complement is the role
        noun (a field label of roles.tsv: 主办单位为X, 承办方为X) of an anaphoric name holds that role in the event
        the name is tied to. Organisers so named are added to those named before (由A等单位共同举办 … B、C均为此次
        研讨会的共同主办单位): a copula names some of the holders, and takes none back."""
        if not any(noun in context.text for noun in self._role_nouns):
            return
        for found in self._copula.finditer(context.text):
            referred = self._referred(found.group("name"))
            run = subject_before(context, found.start(), self.rules)
            if referred is not None and run:
                give(referred, self._role_nouns[found.group("noun")], [f"org/{m.key}" for m in run], adding=True)

    @cached_property
    def _role_nouns(self) -> dict[str, str]:
        """The role nouns of the roles.tsv field labels of holding (主办单位为X → 主办单位, 承办方为X → 承办方): noun →
        role."""
        return {before[:-len(_COPULA)]: role for role, before, after in self.rules.roles
                if role in HOLDING_ROLES and not after and before.endswith(_COPULA) and len(before) > len(_COPULA)}

    @cached_property
    def _copula(self) -> re.Pattern[str]:
        """A copula, an anaphoric name and its role noun (为此次研讨会的共同主办单位): groups ``name`` and ``noun``."""
        adverbs = alternation(self.rules.words.get("adverb", ()))
        names = self._pointed_names()
        return re.compile(rf"[为是]\s*(?:{self.rules.pattern('refers_back').pattern})\s*(?P<name>{names})\s*的?\s*"
                          rf"(?:{adverbs})?\s*(?P<noun>{alternation(tuple(self._role_nouns))})")

    def _roles_of_named(self, passage: Passage, start: int, words: str, name_start: int, label: str) -> None:
        """A sentence that tells no event of its own (a series begun: 由A和B主办的中日研讨会自1991年开始; a plan told
        after the headline: 由A主办的首届…展将在…) may still name an event told before under a relative clause of
        its roles: that clause, with the clauses of roles before it (由A主办，B承办的X), says who holds that event."""
        before = words[:name_start]
        if not _RELATIVE.search(before):
            return
        told_label = spelled(label)
        known = next((self.events[k] for k in reversed(self.order) if spelled(self.events[k].label) == told_label),
                     None)
        if known is not None:
            self._relative_roles(passage, start, before, known)

    def _relative_roles(self, passage: Passage, start: int, before: str, known: EventFact) -> None:
        """The relative clause of roles that ``before`` (the sentence from ``start`` up to a name) ends with, and the
        clauses of roles before it (由A主办，B承办的X), say who holds ``known``, the event that name is tied to."""
        starts = [0] + [m.end() for m in _CLAUSE_START.finditer(before)]
        clause = starts.pop()
        while starts and before[starts[-1]:clause].rstrip(CLAUSE_BREAKS).endswith(tuple(self._holding_verbs)):
            clause = starts.pop()
        roles = roles_in(self.context(passage, start + clause, start + len(before)), self.rules)
        told = EventFact(known.type, known.label)
        told.organisers, told.partners = roles["organiser"], roles["partner"]
        merge_roles(known, told)

    @cached_property
    def _holding_verbs(self) -> dict[str, str]:
        """The verbs of the roles.tsv patterns that are a subject and its verb alone (X主办, X承办, X共同举办), of
        the roles of holding: verb → role."""
        verbs: dict[str, str] = {}
        for role, before, after in self.rules.roles:
            if role in HOLDING_ROLES and not before and after and "…" not in after and not after.startswith("的"):
                verbs.setdefault(after, role)
        return verbs

    def _short_names(self) -> dict[str, EventFact]:
        """The short names the report defines for the events told so far (…博览会（下称“2019知交会”）): each names that
        event, and so does it without the year of its edition (知交会); defined wherever the report prints its name,
        in the telling of another event too (…大会（简称“地标大会”）组委会会议召开, then 地标大会将于10月举办)."""
        names: dict[str, EventFact] = {}
        defined = self._defined_shorts
        for key in self.order if defined else ():  # most reports define none: no walk over their events per sentence
            event = self.events[key]
            for text, at, short in defined:
                if text.endswith(event.label, 0, at):
                    for name in (short, NAMED_YEAR.sub("", short, count=1)):
                        if len(name) >= 2:
                            names.setdefault(name, event)
        return names

    @cached_property
    def _defined_shorts(self) -> list[tuple[str, int, str]]:
        """Each bracket of the report that defines a short name, in order: its passage's text, where the name it
        follows ends, and the short name; read once, so that each event told is only compared with their ends."""
        return [(text, found.start(), spelled(found.group("short")))
                for text in (self.passages[slug].text for slug in self._alias_passages)
                for found in self._short_bracket.finditer(text)]

    @cached_property
    def _short_bracket(self) -> re.Pattern[str]:
        """A bracket that defines a short name for the name right before it (（以下简称“…”）, (下称“…”)): group
        ``short``."""
        return re.compile(rf"\s*[（(](?:{self.rules.pattern('alias').pattern})\s*[“\"「]?"
                          rf"(?P<short>[^”\"」（）(){BREAKS}]{{2,20}}?)[”\"」]?\s*[)）]")

    @cached_property
    def _alias_passages(self) -> list[str]:
        """The passages that define a short name, in the report's order: the only ones a short name of an event is
        read from."""
        aliases = self.rules.words.get("alias", ())
        return [slug for slug, p in self.passages.items() if any(a in p.text for a in aliases)]

    def _only_by_noun(self, passage: Passage, start: int, end: int) -> EventFact:
        """The report's own event, told only by its noun on a page without a title (是次論壇由…主辦, no event told
        before): labelled with the noun as printed; the sentence then tells its roles. A sentence that tells none
        (本次活动共有1500名同学参加, 本场讲座由某教授主持) makes no node: a nameless noun that no holder stands
        behind is a generic mention, no event of its own (eval/SCHEMA.md)."""
        noun = passage.text[start:end]
        event = EventFact(type_of(noun, self.rules) or "Event", noun, None, None, rule="event-sentence", confidence=0.5)
        self._add(event, passage)
        return event


@lru_cache(maxsize=4)
def _standing(nouns: tuple[str, ...], adverbs: str, verbs: str, pointing: str, names: str) -> re.Pattern[str]:
    """作为, a role noun of holding, a verb of attending and its object, an anaphoric name or the end of a name
    told before (作为承办单位参加此次活动, 作为协办单位参与了宣传周活动): groups ``noun`` and ``name``; the name ends
    in a type noun (a short name the text defined too: 知交会) and ends the clause. Made once per knowledge folder."""
    return re.compile(rf"作为\s*(?P<noun>{alternation(nouns)})\s*[{COMMAS}]?\s*(?:{adverbs})?\s*(?:{verbs})了?\s*"
                      rf"(?:{pointing})?\s*(?P<name>[^{BREAKS}{CLAUSE_BREAKS}]{{0,24}}?(?:{names}))\s*"
                      rf"(?=[{CLAUSE_BREAKS}。；;！!]|$)")


@lru_cache(maxsize=4)
def _closing_role(nouns: tuple[str, ...], pointing: str, names: str) -> re.Pattern[str]:
    """作为 and a role noun of holding that closes its clause (A作为承办方，为论坛提供…), after an anaphoric name and
    的 or none (A作为本次论坛的承办单位，…): group ``noun``, and ``name`` when one is printed. Without a name the
    role is in the event told last in the passage: a sentence that names none tells the holder of the one just
    told. Made once per knowledge folder."""
    return re.compile(rf"作为\s*(?:(?:{pointing})\s*(?P<name>{names})\s*的\s*)?(?P<noun>{alternation(nouns)})"
                      rf"\s*(?=[{CLAUSE_BREAKS}。；;！!]|$)")
