"""The event rules, each a method over one passage: a heading bullet, an inline list, events named in sentences
(whether a sentence tells of an event it names: ``licences.py``)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from functools import partial

from ipgraph.extract.events.announced import announced_subject, planned as planned_sentence
from ipgraph.extract.events.bracketed import after_holding, bracketed
from ipgraph.extract.events.context import Context, joined, retold, run_after
from ipgraph.extract.events.covers import cover_pages
from ipgraph.extract.events.dating import (
    edition_year,
    heading_date,
    opened_then,
    own_dates,
    presented_year,
    printed_year,
    retold_date,
)
from ipgraph.extract.events.editions import ORDINAL_EDITION
from ipgraph.extract.events.fields import FIELD_LABEL
from ipgraph.extract.events.itineraries import stop_events
from ipgraph.extract.events.kinds import type_of
from ipgraph.extract.events.labels import squash
from ipgraph.extract.events.licences import EventLicences
from ipgraph.extract.events.list_holders import shared_holders
from ipgraph.extract.events.listed import enumerated
from ipgraph.extract.events.model import BREAKS, COUNT, NAMED_YEAR, SEPARATOR, EventFact, named_year
from ipgraph.extract.events.names import EventName, part_of, scene
from ipgraph.extract.events.pointing import predicate_start
from ipgraph.extract.events.series_parts import dated_by_parts
from ipgraph.extract.events.signings import signing_parties
from ipgraph.extract.events.told_dates import told_dates
from ipgraph.extract.events.within import held_within
from ipgraph.extract.report_facts import Located
from ipgraph.ingest.passages import BULLET, FOOTNOTE, HEADING, Passage
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.date_lists import listed_dates
from ipgraph.zh.dates import DateSpan, closing_day, find_dates, lasting_end
from ipgraph.zh.grammar import (
    CLAUSE_BREAKS,
    COLONS,
    COMMAS,
    JOIN,
    NUMBER,
    NUMERALS,
    ORDINAL,
    SENTENCE_ENDS,
    chinese_number,
    segments,
)
from ipgraph.zh.series import began_series
from ipgraph.zh.time_words import MONTH_DAY, YEAR

_CLAUSE_REACH = 80
"""How far before a bracketed date its clause's verb of sending is looked for: a clause, not the passage."""
_ITEM_BREAKS = tuple(CLAUSE_BREAKS + SENTENCE_ENDS[0])
"""The marks an item of a list starts after, in either width."""
SCENE_YEAR = re.compile(rf"\s*({YEAR})\s*年\s*[{COMMAS}]")
"""A year alone opening a section's first paragraph: it sets the scene for the whole section."""
HEADING_JOIN = " > "
"""What joins the headings of a passage's heading path (五、国际合作 > （一）多边、双边合作)."""

class ReportEvents(EventLicences):
    """The three event rules over every passage, in order: a heading bullet, an inline list, then sentences."""

    def run(self, passages: list[Passage]) -> list[EventFact]:
        scenes: dict[str, str] = {}
        previous: Passage | None = None
        for passage in passages:
            opening, previous = previous is not None and previous.kind == HEADING, passage
            if passage.kind == HEADING:
                if FIELD_LABEL.match(passage.text):  # a numbered field line reads as a heading: (一)主办单位：A
                    self._role_line(passage)
                continue
            scene_year = SCENE_YEAR.match(passage.text)
            if opening and scene_year:
                scenes[passage.heading] = scene_year.group(1)
            year = self._year(passage)
            if passage.kind == FOOTNOTE:
                self._sentence_events(passage, year, None, sessions_only=True)
                continue
            self._read_passage(passage, year)
        if self.own_date is None:  # an undated page's day alone (16日) takes the month told before it, not after
            self.last_date = None
        self._date_by_scene(scenes)
        cover_pages(self, passages)
        self._headline_date(passages)
        self._headline_retold(passages)
        self._headline_renamed()
        self._summary_retold(passages)
        self._dateline_lead(passages)
        kept = self.last_date, self.referring  # reading the passages again tells nothing new
        told_dates(self.events.values(), [p.text for p in passages],
                   lambda i: self.dates(passages[i].text, self._year(passages[i])), self.rules)
        self.last_date, self.referring = kept
        self._unveilings(passages)
        self._ceremonies_of_acts(passages)
        held_within(self.events, self.order, passages, self.rules, self.facts.located)
        dated_by_parts(self.events.values(), {p.slug for p in self._head(passages)}, self.rules)
        self.date_talks()
        return [self.events[k] for k in self.order]

    def _read_passage(self, passage: Passage, year: int | None) -> None:
        """The rules over one passage, each reading it from its start: each sets out from the date told before the
        passage, so a day alone or 当天 is never read against a date the passage tells only after it (…5日开幕。…
        5月设立…: a later rule's re-read would put the opening in May); the passage leaves the date told last in its
        sentences, read in order."""
        entering = self.last_date, self.referring
        heading = self._heading_event(passage, year) if passage.kind == BULLET else None
        if heading is None:
            self._list_events(passage, year)
        self.last_date, self.referring = entering
        self._sentence_events(passage, year, heading)
        leaving = self.last_date, self.referring
        for read in (self._meeting_events, self._activity_events):
            self.last_date, self.referring = entering
            read(passage, year)
        self._role_line(passage)
        self._time_line(passage, year)
        self._day_events(passage)
        self.last_date, self.referring = leaving

    def _dateline_lead(self, passages: list[Passage]) -> None:
        """A news item's dateline, a line that is only a day (2024年3月12日) between its headline and its lead,
        dates what the lead's first sentence tells held without a date of its own (X一连三天举办…会议: from that
        day, for the days counted): a release tells the day's news."""
        for line, lead in zip(passages[:3], passages[1:4]):
            dates = self.dates(line.text, self._year(line))
            if len(dates) != 1 or len(dates[0].start) < 10 or line.text.strip() != line.text[dates[0].begin:
                                                                                            dates[0].finish].strip():
                continue
            first = next(iter(segments(lead.text)), None)
            told = first.group(0) if first else ""
            for event in self.events.values():
                if event.start is None and event.passages[:1] == [lead.slug] and squash(event.label) in squash(told):
                    event.start = dates[0].start
                    event.end = lasting_end(told, event.start) or event.start
            return

    def _date_by_scene(self, scenes: dict[str, str]) -> None:
        """A section that opens with a year alone (五、国际合作: 2024年，中国继续深化…) tells the work of that year:
        an event its passages (and its subsections') give no date of their own took place in it."""
        for event in self.events.values():
            if event.start is not None or not event.passages:
                continue
            heading = self.passages[event.passages[0]].heading
            years = [y for h, y in scenes.items() if heading == h or heading.startswith(h + HEADING_JOIN)]
            if years:
                event.start = event.end = years[-1]

    def _heading_event(self, passage: Passage, year: int | None) -> EventFact | None:
        """A bullet that opens "name，date …举办：": the bullet's structure itself says it is an event."""
        text = passage.text
        dates = [d for d in self.dates(text, year) if text[:d.begin].rstrip().endswith(SEPARATOR)]
        for date in dates[:1]:
            label = text[:date.begin].rstrip(f"{COMMAS}{COLONS} ")
            kind = type_of(label, self.rules)
            colon = text.find("：", date.finish)
            header_end = colon if colon >= 0 else len(text)
            held = self.rules.pattern("holding").search(text, date.finish, header_end) is not None
            if len(label) > 120 or len(label) < 4 or not (kind or ORDINAL.search(label) or held):
                return None
            event = EventFact(kind or "Meeting", label, date.start, date.end, rule="event-heading", confidence=0.95)
            self._fill(event, passage, self.context(passage, 0, header_end), self.context(passage),
                       (0, date.begin))
            self._add(event, passage)
            return event
        return None

    def _list_events(self, passage: Passage, year: int | None) -> None:
        """Items of a list, each with its date in brackets; an item runs from the end of the one before."""
        text = passage.text
        previous = None
        for date in self.dates(text, year):
            span = bracketed(text, date.begin, date.finish)
            if span is None or self.rules.addressed.search(text, max(0, span[0] - _CLAUSE_REACH), span[0]) \
                    or self.rules.recalled.search(text, max(0, span[0] - _CLAUSE_REACH), span[0]) \
                    or self.rules.directive_after.match(text, span[1]):
                continue  # …将提交给…第二十五届会议（2016年8月29日至9月2日）: where a document goes; 忆及…第一一四届
                # 会议(1997年11月)要求…: a session recalled, or charging others (events/referring.py)
            if previous is not None and not re.search(r"[。；;]", text[previous:date.begin]):
                item_start = previous + 1
            else:
                item_start = max(text.rfind(sep, 0, span[0]) for sep in _ITEM_BREAKS) + 1
            item = after_holding(re.sub(rf"^(?:[{COMMAS}\s]|{JOIN})*", "", text[item_start:span[0]]),
                                 self.rules.pattern("holding"))
            item_start = span[0] - len(item)
            made = re.search(f"(?:{self.rules.pattern('made_by').pattern})的", item)
            label = item[made.end():] if made else item
            kind = type_of(label, self.rules)
            if not kind or not self.rules.type_at_end.search(re.split(r"[：:]", label, maxsplit=1)[0]) \
                    and not self.rules.type_at_end.search(label):
                continue
            previous = span[1]
            event = EventFact(kind, label, date.start, date.end, rule="event-list", confidence=0.85)
            self._fill(event, passage, self.context(passage, item_start, date.begin),
                       self.context(passage, item_start, span[1]), (span[0] - len(label), span[0]))
            if made:
                event.partners = [k for k in dict.fromkeys(self._partners_of(passage, item_start, date.begin)
                                                           + event.partners) if k not in event.organisers]
            self._add(event, passage)
            self.covered.setdefault(passage.slug, []).append((item_start, span[1]))

    def _partners_of(self, passage: Passage, start: int, end: int) -> list[str]:
        context = self.context(passage, start, end)
        found = []
        for match in re.finditer("与", context.text):
            found += [f"org/{o.key}" for o in run_after(context, match.end())]
        return found

    def _sentence_events(self, passage: Passage, year: int | None, heading: EventFact | None,
                         sessions_only: bool = False) -> None:
        """Events named in running text; inside a heading bullet, only the further events it names; in a
        footnote, only numbered sessions (IGC第四十三届会议要求秘书处…)."""
        covered = self.covered.get(passage.slug, [])
        sentences = segments(passage.text)
        located = self.facts.located.get(passage.slug, [])
        names = [self.finder.names(s.group(0), located, s.start()) for s in sentences]
        spans = [(s.start() + n.start, s.start() + n.end) for s, found in zip(sentences, names) for n in found]
        carried: DateSpan | None = None
        for index, sentence in enumerate(sentences):
            words = sentence.group(0)
            predicate = predicate_start(words, self.rules)
            referring = self._roles_referred(passage, sentence.start(), sentence.end(), year) \
                if "由" in words or not any(n.start < predicate for n in names[index]) else 0
            self._object_roles(passage, sentence.start(), sentence.end())
            self._possessed_roles(passage, sentence.start(), sentence.end())
            names[index] = [n for n in names[index] if referring <= n.start < predicate]
            if any(a < sentence.end() and sentence.start() < b for a, b in covered):
                continue
            told_year = (edition_year(words, names[index]) or year) if year is not None else named_year(names[index]) \
                or printed_year(words, self.dates(words, None, brackets=False))
            dates = self.dates(words, told_year, brackets=False) or self.during(words)
            recurs = self.rules.pattern("recurs").search(words) is not None \
                or began_series(words, dates, self.rules.pattern("began"), self.rules.pattern("not_began"))
            retold_date(words, dates, self.rules, self._referred)
            planned = planned_sentence(words, self.rules) or self._after_report(dates)
            holding = self.rules.pattern("holding").search(words) is not None
            if dates and not names[index]:
                carried = dates[0] if holding and COUNT.search(words) else None
                continue
            for name, label in ((n, label) for n in names[index]
                                for label in enumerated(n.label, self.rules, words[:n.start].endswith("、"))):
                own = own_dates(words, dates, name, names[index], self.rules.pattern("holding"))
                if presented_year(label, self.own_date, self.rules):  # the year it presents, printed in it
                    own = [d for d in own if not name.start <= d.begin < name.end]
                licence = ("event-sentence", 0.6, None) if name.defined else \
                    self._licence(name, own, holding, carried, heading, words,
                                  told_day=self.year is None and MONTH_DAY.search(words) is not None,
                                  headline=passage.slug in self.head_lines, others=tuple(names[index]))
                if licence is None or self._field(words, name) or sessions_only and not name.session \
                        or planned and not (holding and (name.session or name.called or name.titled
                                                         or ORDINAL.search(label) or named_year([name]))
                                        or self._announced(words, name)) \
                        or recurs and not re.search(rf"{ORDINAL_EDITION}|{YEAR}", label) \
                        or self._nameless(label) or self._gloss(words, name, names[index]):
                    self._roles_of_named(passage, sentence.start(), words, name.start, label)
                    continue
                rule, confidence, date = licence
                if date is None and planned and self._announced(words, name):
                    date = next((d for d in reversed(own) if d.finish <= name.left), None)
                description = self._description(passage, sentences, names, index, label)
                following = sentences[index + 1].group(0) if index + 1 < len(sentences) else ""
                date = closing_day(words, name.end, self._under_way(words, name, date),
                                   joined(description).text + following, name.start)
                if date is None and index == 0 and len(names) > 1 and all(self._nameless(n.label) for n in names[1]):
                    date = heading_date(words, following, find_dates(following, year, self.own_date), self.rules)
                if name.within or name.defined:  # a name inside a longer one: its year, or none told here
                    date = DateSpan(label[:4], label[:4], name.start, name.start + 4) if name.within else None
                elif date is None and (edition := _edition_year(name, label)) \
                        and not presented_year(label, self.own_date, self.rules):
                    date = DateSpan(str(edition), str(edition), name.start, name.end)
                span = (sentence.start() + name.start, sentence.start() + name.end)
                if name.decision and self._other_body(self._label_mentions(passage, span)):
                    continue
                event = EventFact(type_of(label, self.rules) or name.kind, label, date.start if date else None,
                                  date.end if date and not name.opened else None, rule=rule, confidence=confidence,
                                  opened=date is not None and opened_then(words, name.end, self.rules))
                setting = self.rules.pattern("position", anchored=True).match(words[name.end:name.end + 4]) is not None
                header_end = sentence.start() + name.end if name.decision or name.session and not holding \
                    or setting else sentence.end()
                header = self.context(passage, sentence.start() + scene(words, name), header_end)
                attended = bool(name.verb and self.rules.has("attend_verb", name.verb))
                # told as where something else was done (A主办的X上，B与C签订…): what follows is no role in it
                body = header if name.decision else self.context(passage, sentence.start(), header_end) \
                    if setting else joined(description)
                frame = next((n for n in names[index] if part_of(words, n, name)), None)
                self._fill(event, passage, header, body, span,
                           attended=attended, after=None if name.decision else joined(description[1:]),
                           mode_text=without(header.text, header_end - len(header.text) - sentence.start(),
                                              [n for n in names[index] if n is not name]),
                           inferable=self._inferable(name, holding, self._label_mentions(passage, span)),
                           names=[n for n in spans if not frame or n[0] != sentence.start() + frame.start])
                if any(part_of(words, name, n) for n in names[index]):  # the roles told are its part's
                    event.organisers, event.partners, event.participants, event.sponsors = [], [], [], []
                    event.organiser_inferred = False
                signing_parties(event, self.rules, partial(self.context, passage, sentence.start(), sentence.end()),
                                name.start, name.end)
                if name.organ and name.kind == "Forum" and not event.organisers:  # the body meets: its meeting
                    event.organisers = [f"org/{m.key}" for m in self._label_mentions(passage, span)][:1]
                if heading is not None:
                    event.city, event.country, event.mode = heading.city, heading.country, heading.mode
                    event.attendees = None
                for occasion in self._occasions(words, date, name, event, located, sentence.start()):
                    self._add(occasion, passage)
            if dates:
                carried = None

    def _occasions(self, sentence: str, date: DateSpan | None, name: EventName, event: EventFact,
                   located: list[Located], offset: int) -> list[EventFact]:
        """今年3月、4月…开展两次为期各1个月的…行动: dates listed and counted as as many occasions of the named
        event are one event each, on its date; so are the stops of an itinerary (巡讲活动先后在A、B举行,
        events/itineraries.py); anything else is the one event."""
        self._listed = shared_holders(getattr(self, "_listed", None), sentence, name.start, event)
        count = re.search(rf"({NUMBER})\s*(?:{self.rules.pattern('occasion_count').pattern})",
                          sentence[date.finish:name.start]) if date and date.finish <= name.start else None
        listed = listed_dates(sentence, date, self.own_date) if date and count else []
        if not count or len(listed) < 2 or chinese_number(count.group(1)) != len(listed):
            return stop_events(event, sentence, name, date, self.rules, located, offset, self.own_date)
        return [replace(event, start=d.start, end=d.end, organisers=list(event.organisers),
                        partners=list(event.partners), sponsors=list(event.sponsors),
                        participants=list(event.participants), passages=[]) for d in listed]

    def _nameless(self, label: str) -> bool:
        """The label is an event noun alone (举办了一次研讨会 → 研讨会): a generic mention counted once names no
        event (issue 16, pattern 11); nor does a ceremony named by an act that opens or closes another event and
        nothing more (出席开班仪式: the course's opening, ``part_act``), which is a part of that event."""
        bare = squash(label)
        return self.rules.type_pattern.fullmatch(bare) is not None \
            or self._act_ceremony.fullmatch(bare) is not None and not self.own_act(bare)

    @staticmethod
    def _gloss(sentence: str, name: EventName, found: list[EventName]) -> bool:
        """…大会第四十七届会议(第22次例会): a numbered session's other name in brackets right after it is that
        session again, not a second one."""
        opening = sentence[:name.start].rstrip()
        return opening.endswith(("(", "（")) and sentence[name.end:name.end + 1] in (")", "）") \
            and any(other.session and other.end == len(opening) - 1 for other in found if other is not name)

    def _announced(self, sentence: str, name: EventName) -> bool:
        """将于2025年组织的…会议, 將於明年舉辦…工作坊: a verb of holding whose time 将于 gives governs the name right
        after it: one event announced, even without a number (unlike 计划增加更多…课程, or 将接任…主办…系列会议),
        and dated by that time; so does a place or occasion 将在 gives, across a comma (将在…大会期间，在其总部举办…).
        The name may as well be the subject (…启动仪式将在三亚举行, …研讨会届时将于下月在杭州召开): a verb that
        makes it its subject (``held_after``), under the same 将于 or 将在, announces it (events/announced.py).
        """
        verbs = f"{self.rules.pattern('holding').pattern}|{self.rules.pattern('lead_verb').pattern}"
        return re.search(rf"[将將](?:[于於][^{BREAKS}]{{1,12}}?|在[^{SENTENCE_ENDS}]{{1,40}}?)(?:{verbs})[了的]?\s*$",
                         sentence[:name.left]) is not None or announced_subject(sentence, name.end, self.rules) \
            or self._planned_within(sentence, name, verbs)

    def _planned_within(self, sentence: str, name: EventName, verbs: str) -> bool:
        """博览会期间还将举办…对接会: a sentence opening on the setting of the event told last (…期间, 会上) places
        what it will hold within that event as surely as 将于 gives a time; the name right after 将 and its verb of
        holding, in the opening's clause or one more (…期间，省局联合…，将举办…), is one event announced."""
        opening = self.rules.during.match(sentence)
        return opening is not None and re.fullmatch(
            rf"[^{SENTENCE_ENDS}]{{0,40}}?[将將](?:{verbs})[了的]?\s*", sentence[opening.end():name.left]) is not None

    def _field(self, sentence: str, name: EventName) -> bool:
        """The name is one item of a list that 等 closes with a noun of fields (在意识提升、人员培训和审查员交流等
        八大领域开展合作): a kind of work, not an event held."""
        if not self.rules.words.get("field"):
            return False
        fields = self.rules.pattern("field").pattern
        return re.match(rf"[^{BREAKS}]{{0,30}}?等\s*[\d{NUMERALS}]*\s*大?(?:{fields})", sentence[name.end:]) is not None

    def _after_report(self, dates: list[DateSpan]) -> bool:
        """The sentence's year is later than the year of the report's own date (2026年，该局将接任…, in a report of
        2025): what it tells of is planned, however its verb reads. Only the year counts: a release may be dated
        a few days before the event it reports."""
        own = self.own_date
        return bool(own and dates and dates[0].start[:4] > own[:4])

    def _under_way(self, sentence: str, name: EventName, date: DateSpan | None) -> DateSpan | None:
        """在第十二届…年会召开之际, 9月18日…: the event was under way that day, which need not be its first: it is
        dated to the month."""
        occasion = rf"\s*(?:{self.rules.pattern('holding').pattern})?\s*(?:{self.rules.pattern('occasion').pattern})"
        if date is None or not self.rules.words.get("occasion") or not re.match(occasion, sentence[name.end:]):
            return date
        return DateSpan(date.start[:7], date.end[:7], date.begin, date.finish)

    def _other_body(self, in_label: list[Located]) -> bool:
        """The body deciding is named, and is not the report's author nor one of its units: its session named as
        where a law was passed (…人大常委会第八次会议表决通过…) is only the setting of that decision, while the
        author's own (产权组织大会商定…, in a WIPO report) is a meeting the report tells of."""
        bodies = [m for m in in_label if m.kind == ORG and self._placed(m)]
        return bool(bodies) and not any(self._part_of_author(f"org/{m.key}") for m in bodies)

    def _placed(self, body: Located) -> bool:
        """What is known of a body: a gazetteer entry, or a place its name leads with (陕西省人大常委会). A body
        read only from the shape of its name with no place (外交会议筹备委员会) may be the author's own, so its
        session stays an event the report tells of."""
        if body.key in self.organisations:
            return True
        node = self.facts.nodes.get((ORG, body.key))
        return bool(node and node.details.get("country"))

    def _description(self, passage: Passage, sentences: Sequence[re.Match], names: list[list[EventName]],
                     index: int, label: str) -> list[Context]:
        """The sentences that describe an event: its own, and those after it that refer back to it (该宣传活动…,
        研讨会…, X召开研讨会…) before the next sentence that names another event; the ones between about other
        things are left out (…《绿色技术手册》是与…合作打造的成果)."""
        found = [self.context(passage, sentences[index].start(), sentences[index].end())]
        for position in range(index + 1, len(sentences)):
            following = sentences[position].group(0)
            if names[position] and not following.startswith(self.rules.words["anaphora"]):
                break
            if following.startswith(self.rules.words["anaphora"]) or self.rules.type_pattern.match(following) \
                    or retold(following, label, self.rules):
                found.append(self.context(passage, sentences[position].start(), sentences[position].end()))
        return found


def _edition_year(name: EventName, label: str) -> int | None:
    """The year a name prints, as the date of an event it lists when no other is told: of each event it lists
    when the year opens the whole name (2019年A暨B), else only of the item that prints it (“春雷行动2020”暨知识产权
    保护执法行动: the second is named for no year)."""
    if label == name.label or NAMED_YEAR.match(name.label):
        return named_year([name])
    own = NAMED_YEAR.search(label)
    return int(own.group(1)) if own else None


def without(text: str, offset: int, others: list[EventName]) -> str:
    """The text with the other events of its sentence blanked out, so one event's mode words are not another's."""
    chars = list(text)
    for other in others:
        for at in range(max(other.left - offset, 0), min(other.end - offset, len(chars))):
            chars[at] = " "
    return "".join(chars)
