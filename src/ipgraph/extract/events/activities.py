"""Activity lists (开展了A、B和C等系列活动): each item that ends in an event noun is one event held.

A release on a campaign or a day tells what was done in one list closed by 等 and the word 活动; the items are
the events, and their own names carry no verb of their own, so the sentence rules, which need one, miss them."""

from __future__ import annotations

import re
from functools import cached_property

from ipgraph.extract.events.anaphora import ReferringEvents
from ipgraph.extract.events.dating import day_to_come
from ipgraph.extract.events.kinds import mode_of, type_of
from ipgraph.extract.events.model import BREAKS, COUNT, EventFact
from ipgraph.extract.report_facts import within
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.dates import DateSpan, find_dates
from ipgraph.zh.grammar import COMMAS, COORDINATORS, LIST_CLOSER, alternation, segments

ACTIVITY = "活动"
"""The class noun closing a list of events (…等系列宣传活动)."""
_CLOSER_GAP = 24
"""At most this many characters (系列宣传, 一系列内容丰富、特色鲜明的知识产权宣传) between 等 and the class noun."""
_JOINER = re.compile(f"({alternation(tuple(c for c in COORDINATORS if len(c) == 1 and c != '、'))})")
"""和 or 及 joining two words (kept by ``split``)."""


class ActivityEvents(ReferringEvents):
    """The activity-list rule over one passage, shared by the report's event rules."""

    @cached_property
    def _activity_list(self) -> re.Pattern[str]:
        """A verb of holding or carrying out (or one of including: 本次论坛活动主要包括A、B等活动), then items joined
        by coordinators, then 等, a few words and 活动: group ``items``; after a verb of holding (not of including,
        whose 包括A、B等 lists the formats of one event) 等 may end the clause, the class noun left unsaid (…等活动，并
        开展A、B、C等。; group ``elided``), when every item ends in an event noun."""
        holding = self.rules.words.get("clause_verb", ()) + self.rules.words.get("past_verb", ())
        verbs = alternation(holding + self.rules.words.get("includes", ()))
        return re.compile(rf"(?:{verbs})了?(?P<items>[^{BREAKS}]+?){LIST_CLOSER}"
                          rf"[^{BREAKS}{LIST_CLOSER}]{{0,{_CLOSER_GAP}}}?{ACTIVITY}"
                          rf"|(?:{alternation(holding)})了?(?P<elided>[^{BREAKS}]+?){LIST_CLOSER}\s*(?=[{BREAKS}]|$)")

    @cached_property
    def _examples_list(self) -> re.Pattern[str]:
        """A verb of holding, its object closed by 活动, then 如 (``example``) and the items it gives, up to 等 or the
        clause's end (举办一系列宣传活动，如A、B、C等): the activities held, named after the class noun (group
        ``items``)."""
        verbs = alternation(self.rules.words.get("clause_verb", ()) + self.rules.words.get("past_verb", ()))
        example = alternation(self.rules.words.get("example", ()))
        return re.compile(rf"(?:{verbs})了?[^{BREAKS}]*?{ACTIVITY}[{COMMAS}]?\s*(?:{example})"
                          rf"(?P<items>[^{BREAKS}]+?){LIST_CLOSER}?\s*(?=[{BREAKS}]|$)")

    def _activity_events(self, passage: Passage, year: int | None) -> None:
        """Every item of an activity list that ends in an event noun is an event of the sentence's date; a
        sentence pointing back (本次宣传周活动将同时开展…; 此次活动涵盖X…, where one part is enough) with no
        date of its own lists the parts of the event it points to, held within that event's month; a list with no
        date at all tells of kinds of work, not of events. An operation (``operation``: 联合执法行动) listed with no
        date of its own is work going on, no event held; nor is a count of events (该活动包括六场会议)."""
        for sentence in segments(passage.text):
            words = sentence.group(0)
            lists = [(listed, 2) for listed in (self._activity_list.finditer(words) if LIST_CLOSER in words else ())]
            if ACTIVITY in words:
                lists += [(listed, 2) for listed in self._examples_list.finditer(words)]
            if self.rules.pattern("refers_back", anchored=True).match(words.lstrip()):
                lists += [(listed, 1) for listed in self._parts_list.finditer(words)]
            for listed, least in lists:
                group = "items" if listed.group("items") is not None else "elided"
                items = self._items(listed.group(group))
                if len(items) < least or group == "elided" and not all(map(self.rules.type_at_end.search, items)):
                    continue  # with no 活动 to say what they are, every item must end in an event noun
                date, dated = self._list_date(words, year, listed.span(group))
                if (date is None or len(date.start) == len("2010")) and self._told_as_held(words, listed, group):
                    date = self._month_told(passage.text[:sentence.start()], year, date) or date
                if date is None and not (self.order and self._points_back(words)):
                    continue  # 积极开展A、B等活动 with no time: kinds of work the body does, no event held
                operations = () if dated else self.rules.words.get("operation", ())
                for item in items:
                    kind = type_of(item, self.rules) or "Event"
                    if not self.rules.type_at_end.search(item) or item in self.rules.type_of_word \
                            or COUNT.match(item) or operations and item.endswith(operations):
                        continue
                    if told := [known for known in self.events.values()
                                if item in known.label or known.label in item]:
                        _date_undated(told, passage.slug, date)
                        continue
                    event = EventFact(kind, item, date.start if date else None, date.end if date else None,
                                      rule="event-list", confidence=0.6)
                    event.mode = mode_of(item, item, item, kind, False, self.rules)
                    event.organisers = self._subject(passage, sentence.start(), sentence.start() + listed.start())
                    self._add(event, passage)

    def _points_back(self, sentence: str) -> bool:
        """The sentence opens by pointing back to an event told before (本次宣传周系列活动期间，将举办…，如A、B等):
        what it lists are that event's parts, held within it though the text dates neither."""
        return self.rules.pattern("refers_back", anchored=True).match(sentence.lstrip()) is not None

    def _told_as_held(self, sentence: str, listed: re.Match[str], group: str = "items") -> bool:
        """Whether an undated list tells of things held, not of kinds of work: its verb is in the past (组织开展了A、
        B等活动) or its closer counts several (开展A、B等一系列宣传活动), as a news item's account of the occasion
        it has just dated reads; a bare 开展A、B等活动 still tells of work."""
        verb = sentence[listed.start():listed.start(group)]
        closer = sentence[listed.end(group):listed.end()]
        return self.rules.pattern("past_verb").search(verb) is not None or verb.endswith("了") \
            or self.rules.pattern("plural").search(closer) is not None

    def _month_told(self, before: str, year: int | None, own: DateSpan | None) -> DateSpan | None:
        """The month of the last full date the passage printed before the list: an account of an occasion dates
        the occasion first, then tells what was held in it (4月26日是…。学院围绕今年的主题开展A、B等一系列活动),
        within its month as far as the text says, when the list's own date (a year alone, 今年) allows it; none when
        the passage printed no month before it."""
        told = [d for d in find_dates(before, year, self.own_date) if len(d.start) > len("2010")]
        month = told[-1].start[:7] if told else None
        return DateSpan(month, month, 0, 0) if month and (own is None or month.startswith(own.start)) else None

    def _subject(self, passage: Passage, start: int, verb: int) -> list[str]:
        """学院围绕…主题，开展A、B等活动: the organisation opening the sentence, the only one before the list's verb,
        is its subject and holds what the verb lists; none when the sentence opens otherwise or names another body."""
        bodies = [m for m in within(self.facts.located.get(passage.slug, []), start, verb) if m.kind == ORG]
        opening = start + len(passage.text[start:verb]) - len(passage.text[start:verb].lstrip())
        return [f"org/{bodies[0].key}"] if len(bodies) == 1 and bodies[0].start == opening else []

    @cached_property
    def _parts_list(self) -> re.Pattern[str]:
        """A verb of including (``includes``: 包括, 涵盖) and the items it lists up to 等 or the clause's end: in a
        sentence that points back to an event (此次活动涵盖X…), the parts of that event (group ``items``)."""
        including = alternation(self.rules.words.get("includes", ()))
        return re.compile(rf"(?:{including})(?P<items>[^{BREAKS}{LIST_CLOSER}]+)")

    def _items(self, listed: str) -> list[str]:
        """The items of a list: split at 、 and 以及, and at 和/及 only after an event noun, since 和 also joins
        words inside one name (…最新发展和挑战交流会)."""
        items = []
        for piece in re.split(alternation(tuple(c for c in COORDINATORS if len(c) > 1 or c == "、")), listed):
            parts = re.split(f"({alternation(tuple(c for c in COORDINATORS if len(c) == 1 and c != '、'))})", piece)
            for index in range(1, len(parts) - 1, 2):
                if self.rules.type_at_end.search(parts[index - 1]):
                    items.append(parts[index - 1])
                    parts[index - 1] = parts[index] = ""
                else:
                    parts[index + 1] = parts[index - 1] + parts[index] + parts[index + 1]
                    parts[index - 1] = parts[index] = ""
            items.append("".join(parts))
        return [i.strip() for i in _last_joined(items, self.rules.type_at_end) if i.strip()]

    def _list_date(self, sentence: str, year: int | None, items: tuple[int, int]) -> tuple[DateSpan | None, bool]:
        """The sentence's own date (or that of the event it opens by: 活动期间), else, when it points back, the
        month of the event told last; and whether the date is the sentence's own. A year inside the listed items
        (涵盖来安县2022年知识产权成果展) is part of an item's name, no date of the list."""
        dates = [d for d in self.dates(sentence, year, brackets=False) if not items[0] <= d.begin < items[1]] \
            or self.during(sentence)
        if dates:
            return dates[0], True
        if not self.rules.pattern("refers_back", anchored=True).match(sentence.lstrip()):
            return None, False
        told = next((self.events[k] for k in reversed(self.order) if self.events[k].start), None)
        month = told.start[:7] if told and told.start else None
        return (DateSpan(month, month, 0, 0) if month else None), False

    def _day_events(self, passage: Passage) -> None:
        """A named day named on its own (第23个世界知识产权日来临之际, “4·26世界知识产权日”): that year's day, or
        undated when the page gives no year. A day of a date told already, by another name of it (第25个世界知识产权日,
        then “4·26世界知识产权日”), is that day."""
        for span, label, kind in self.named_days(passage.text):
            start = span.start if span and not day_to_come(passage.text, span, self.own_date,
                                                           self.rules.pattern("future")) else None
            told = next((e for e in self.events.values() if start and e.rule == "event-day" and e.start == start), None)
            if told is not None:
                told.passages += [] if passage.slug in told.passages else [passage.slug]
                continue
            self._add(EventFact(kind, label, start, start, rule="event-day", confidence=0.8), passage)


def _date_undated(told: list[EventFact], passage: str, date: DateSpan | None) -> None:
    """An item of a dated list that the sentence rules found undated in the list's passage takes the list's date."""
    for known in told:
        if date is not None and known.start is None and passage in known.passages:
            known.start, known.end = date.start, date.end


def _last_joined(items: list[str], event_at_end: re.Pattern[str]) -> list[str]:
    """A、B和C: in a list its 、 has already parted, a 和 or 及 in the last piece joins the last item, when the words
    before it end in no event noun and hold none (现场宣讲、公益科普宣传和知识竞赛: 宣传 is one kind of work, 知识竞赛
    another), not a word inside one name; a list of one piece keeps its 和 (…最新发展和挑战交流会)."""
    if len(items) < 2:
        return items
    last = _JOINER.split(items[-1], maxsplit=1)
    if len(last) == 3 and event_at_end.search(last[2]) and not any(
            event_at_end.search(last[0], 0, end) for end in range(1, len(last[0]) + 1)):
        return items[:-1] + [last[0], last[2]]
    return items
