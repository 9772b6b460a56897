"""Bilateral meetings, visits and talks told in a passage (会见, 访问了X, 与A、B举行会谈): each one event of type
Meeting, its sides taking part."""

from __future__ import annotations

import re
from typing import Any

from ipgraph.extract.events.context import Context, run_after, run_before
from ipgraph.extract.events.kinds import mode_of
from ipgraph.extract.events.meetings import Side, Visit
from ipgraph.extract.events.model import BREAKS, EventFact
from ipgraph.extract.events.reader import EventReader
from ipgraph.extract.events.trips import Trip, trip_finder
from ipgraph.extract.report_facts import Located
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON
from ipgraph.zh.dates import DateSpan
from ipgraph.zh.grammar import LOCATIVES, NAME_DOTS, segments
from ipgraph.zh.time_words import VAGUE_TIME

_PAIRED_GAP = 12
"""How far the verb of talks may stand after a coordinated pair of bodies (在北京举行双边会谈): a place and the verb of
holding, no more."""
"""The words before a place where talks are held (在北京举行会谈)."""
_DOTS = re.compile(rf"\s?[{NAME_DOTS}.．]\s?")
"""What joins the parts of a transliterated name (瓦尔德玛·卡内罗·雷昂)."""


class TalkEvents(EventReader):
    """The meeting rule over one passage, shared by the report's event rules."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.vague: set[str] = set()
        """The labels of talks a sentence tells with a time that is no date (前不久, 日前): their time is their own."""
        self.trips = trip_finder(self.data_dir)
        self.trips_told: dict[str, EventFact] = {}
        """The trips told so far by their place: a trip told again (headline, lead) names the same place."""
        self.visited: list[EventFact] = []
        """The visits told so far (访问了X): talks with X told later may be the ones held there."""
        self.met: list[EventFact] = []
        """The meetings told between people (会见, 会谈), in order: what a meeting told again is read against."""

    def _meeting_events(self, passage: Passage, year: int | None) -> None:
        """Bilateral meetings (会见, 会谈) and visits (访问了X): one event per meeting, both sides taking part;
        talks with several counterparts listed (与A、B和C举行会谈) are one meeting with each."""
        for sentence in segments(passage.text):
            context = self.context(passage, sentence.start(), sentence.end())
            dates = self.dates(sentence.group(0), year, brackets=False) or self.during(sentence.group(0))
            met = self.meetings.meetings(context)
            visited = self.visits.visits(context, lambda: []) if any(v in self.meetings.talks for v, *_ in met) else []
            self._met(passage, context, [m for m in met if not m[2].group], visited, dates)
            visits = self.visits.visits(context, self._visitors_told)
            for visit in visits:
                date = next((d for d in reversed(dates) if d.begin < visit.at), None)
                self.visited.append(self._meeting(passage, context, visit.label,
                                                  [*map(self._body_of, visit.visitors), visit.visited], date))
            for trip in self.trips.trips(context):
                if any(trip.at <= visit.at < trip.at + len(trip.label) for visit in visits):
                    continue  # the visit of the body named after its verb, read already
                date = next((d for d in reversed(dates) if d.begin < trip.at), None)
                self._trip(passage, context, trip, date)
            # a group met by its word alone (…到访X，局长会见了代表团) is read after the visits of its sentence: the
            # visit told in the same sentence is the one the group made
            self._met(passage, context, [m for m in met if m[2].group], visited, dates)
            for subject, verb, counterparts in self._counterparts(context):
                for counterpart in counterparts:
                    named = self.meetings.named(verb)
                    label = verb if named else f"与{context.text[counterpart.start:counterpart.end]}{verb}"
                    kind = "org" if counterpart.kind == ORG else "country"
                    date = dates[0] if dates else None
                    sides = (subject or self.author) + [f"{kind}/{counterpart.key}"]
                    if not named and self._visit_talks(passage, sides, date):
                        continue
                    event = self._meeting(passage, context, label, sides, date)
                    if named:
                        _take_part(event, sides)

    def _counterparts(self, context: Context) -> list[tuple[list[str], str, list[Located]]]:
        """与A、B和C…举行会谈, 與印度、菲律賓海關關長分別舉行雙邊會議, 又與…會面, with no person read on both sides:
        each listed organisation or country is one meeting's other side; the organisations right before 与 are
        the first side (else the body of the person named before it, else the report's author). Each verb of
        talks takes the nearest 与 before it whose counterparts end in the verb's clause (a title, 分别 and the
        verb of holding may stand between); talks that the meeting finder read between two people are not read
        again."""
        rules = self.rules
        talks = rules.words.get("talks_verb", ()) + rules.words.get("talks_with", ())  # one ends every match of talks
        verbs = list(rules.talks.finditer(context.text)) \
            if rules.words.get("talks_joint") and any(word in context.text for word in talks) else []
        if not verbs:  # most clauses hold no verb of talks: nothing to read
            return []
        read = [at for _, _, _, at in self.meetings.meetings(context)]
        sides = [m for m in context.orgs((ORG, COUNTRY)) if not any(o is not m and o.start <= m.start and m.end <= o.end
                                                                   and (o.end - o.start > m.end - m.start
                                                                        or m.kind == COUNTRY)
                                                                   for o in context.mentions)]
        found, since = [], 0
        for verb in verbs:
            if any(verb.start() <= at < verb.end() for at in read) \
                    or self.meetings.unheld(context.text[:verb.start()]):
                continue
            joints = [j for j in rules.pattern("talks_joint").finditer(context.text, since, verb.start())]
            since = verb.end()
            for joint in reversed(joints):
                run = run_after(context, joint.end(), among=sides)
                if run and run[0].start == joint.end() \
                        and not re.search(f"[{BREAKS}]", context.text[run[-1].end:verb.start()]):
                    subject = [f"org/{m.key}" for m in run_before(context, joint.start())] \
                        or self.meetings.side_before(context, joint.start())
                    session = self.meetings.session(context.text[run[-1].end:verb.start()])
                    found.append((subject, session + self._talks_word(verb.group(0)), own_bodies(run)))
                    break
            else:
                found += self._paired(context, verb, sides)
        return found

    def _paired(self, context: Context, verb: re.Match[str], sides: list[Located]) \
            -> list[tuple[list[str], str, list[Located]]]:
        """A和B(在北京)举行会谈, with no 与 before the verb: the bodies coordinated as the subject are the two sides,
        the first with each of the others (no person named on either side). Only a place (在北京) and the words of
        holding (举行, 双边) may stand between the last body and the verb: anything else (A和B的代表出席了会谈, 举行三方
        会谈) makes the list the subject of something else."""
        last = max((m for m in sides if m.end <= verb.start()), key=lambda m: m.end, default=None)
        if last is None or verb.start() - last.end > _PAIRED_GAP or self.meetings.lead is None:
            return []
        place = next((m for m in context.mentions if m.kind in (CITY, COUNTRY) and last.end < m.start < verb.start()
                      and context.text[last.end:m.start] in LOCATIVES), None)
        rest = context.text[place.end if place else last.end:verb.start()]
        if not self.meetings.lead.fullmatch(rest):
            return []
        run = own_bodies(run_before(context, last.end, (ORG, COUNTRY)))
        if len(run) < 2 or run[-1] is not last:
            return []
        subject = [f"{'org' if run[0].kind == ORG else 'country'}/{run[0].key}"]
        return [(subject, self._talks_word(verb.group(0)), run[1:])]

    def _met(self, passage: Passage, context: Context, met: list[tuple[str, Side, Side, int]], visited: list[Visit],
             dates: list[DateSpan]) -> None:
        """The meetings between people the sentence tells (``met``), each one event unless it is part of a visit:
        talks held on a call told before them, or a group met during the visit told last."""
        for verb, host, guest, at in met:
            if verb in self.meetings.talks and any(v.at < at and v.visited in (guest.orgs or [v.visited])
                                                   for v in visited):
                continue  # 拜访X，并与X的Y进行了会谈: the talks the visit was held for, one event
            date = next((d for d in reversed(dates) if d.begin < at), None)
            if guest.group and self._during_visit(passage, host):
                continue
            sides = [k for side in ((guest, host) if guest.group else (host, guest))
                     for k in side.orgs or self._spoken_for(side) or (self._visitors_told() if side.group else [])]
            if not self.meetings.named(verb) and self._retold_meeting(passage, sides, date):
                continue
            event = self._meeting(passage, context, self._retold_label(verb, host, guest), sides, date)
            self.met.append(event)
            if self.meetings.named(verb):
                _take_part(event, sides)

    def date_talks(self) -> None:
        """Talks a news item (dated to the day) tells with no date of their own go on the story of the event of the
        item's month told before them (此外，A与B分别举行双边会议 after a summit of three days): held in its course,
        they are dated to that month; a longer report's events span its year, no course to follow. Talks told as
        recent (前不久，A会见B) are not in that course: their time is their own, though no date."""
        month, own_month = None, self.own_date[:7] if self.own_date and len(self.own_date) == len("2024-03-12") else ""
        for event in (self.events[k] for k in self.order):
            if event.start is None and event.rule == "event-meeting" and month and event.label not in self.vague:
                event.start = event.end = month
            elif event.start and len(event.start) >= len("2024-03") and event.start[:7] == own_month:
                month = own_month

    def _visitors_told(self) -> list[str]:
        """Whom a story of calls is about: the first side of the meeting told last (拜访A…; 代表团之后拜访B: the
        same visitors). A visit before any call has no such side: the pupils of a course touring a firm are no
        party to name."""
        return next((e.participants[:1] for e in reversed(self.events.values()) if e.rule == "event-meeting"), [])

    def _during_visit(self, passage: Passage, host: Side) -> bool:
        """A group met by its word alone (会见了参访团) is the one whose visit was told last: the meeting is part of
        that visit, one event (甲一行来校考察…校长会见了参访团), when the host speaks for no body, for the one
        visited, or the visit was told with its visitors alone (the host's body is then the one visited); a host of
        another body (the visit to a unit, its head then meeting them) meets them apart."""
        visit = next((e for e in reversed(self.events.values()) if e.rule == "event-meeting"), None)
        body = host.orgs or self._spoken_for(host)
        if visit is None or body and len(visit.participants) > 1 and not set(body) & set(visit.participants[1:]):
            return False
        visit.participants = list(dict.fromkeys([*visit.participants, *body]))  # the host of a visit told unhosted
        visit.passages += [] if passage.slug in visit.passages else [passage.slug]
        return True

    def _retold_meeting(self, passage: Passage, sides: list[str], date: DateSpan | None) -> bool:
        """A meeting whose sides the meeting of people told last already holds, on its day (马秀红会见夏纳 in the
        headline, 马秀红与夏纳大使举行会谈 in the body): the same meeting told again by other words or names, no second
        event. A visit told last is not one: the 会见 in its course keeps the name the meeting is known by (甘某会见
        乙). Told with no date, or after a telling with none, the day is the one told. Both sides must be bodies: a
        guest the text ties to none (会见了乙某和南方书局总经理丙某, the 书局 unknown) leaves only the host's, which
        every meeting of that host holds, and so tells nothing of which meeting it is."""
        told = next((e for e in reversed(self.events.values()) if e.rule == "event-meeting"), None)
        if told is None or not any(told is m for m in self.met) or len(set(sides)) < 2 \
                or not set(sides) <= set(told.participants) \
                or date is not None and told.start is not None and told.start != date.start:
            return False
        told.start, told.end = (told.start, told.end) if told.start or date is None else (date.start, date.end)
        told.passages += [] if passage.slug in told.passages else [passage.slug]
        return True

    def _visit_talks(self, passage: Passage, sides: list[str], date: DateSpan | None) -> bool:
        """Talks with a body the report told a visit to (率团访问X。…在与X局长的会谈中): the talks the visit was held
        for, one event, when no date sets them apart and no side of the talks is missing from the visit."""
        visit = next((e for e in self.visited if sides[-1] in e.participants[1:] and set(sides) <= set(e.participants)
                      and (date is None or e.start is None or e.start == date.start)), None)
        if visit is None:
            return False
        visit.passages += [] if passage.slug in visit.passages else [passage.slug]
        return True

    def _spoken_for(self, side: Side) -> list[str]:
        """A side whose clause names no body of theirs (会见了此次来访的甲一行): the body the report ties the person
        to elsewhere (某局副局长甲, told before), none when it ties them to none."""
        body = self._body_of(side.person) if side.person else ""
        return [body] if body.startswith("org/") else []

    def _body_of(self, path: str) -> str:
        """A person's side is the body they work for, when the report says which; else the person."""
        node = self.facts.nodes.get((PERSON, path.removeprefix("person/"))) if path.startswith("person/") else None
        body = node.details.get("affiliation") if node is not None else None
        return f"org/{body}" if body else path

    def _retold_label(self, verb: str, host: Side, guest: Side) -> str:
        """The label of the meeting told before whose guest this one names by the last part of a transliterated
        name (张茅会见瓦尔德玛·卡内罗·雷昂, then 张茅会见雷昂): the surname stands for the whole name, so the
        meeting is the same; else the label as printed."""
        prefix, _, suffix = self.meetings.label(verb, host, Side("\0", [])).partition("\0")
        for known in self.events.values():
            whole = known.label[len(prefix):len(known.label) - len(suffix)]
            if known.type == "Meeting" and known.label.startswith(prefix) and known.label.endswith(suffix) \
                    and _DOTS.split(whole)[-1] == guest.name and whole != guest.name:
                return known.label
        return self.meetings.label(verb, host, guest)

    def _talks_word(self, printed: str) -> str:
        """The verb of talks as the label gives it: without the verb of holding before it, and without 双边 when
        what is left is itself a verb of talks (举行了双边会谈 → 会谈; 舉行雙邊會議 → 雙邊會議)."""
        verb = self.rules.pattern("talks_lead").sub("", printed, count=1).lstrip("了")
        bare = verb[2:]
        return bare if verb[:2] == "双边" and self.rules.has("talks_verb", bare) else verb

    def _trip(self, passage: Passage, context: Context, trip: Trip, date: DateSpan | None) -> None:
        """One trip: a Meeting of the visitors and the body visited; told again by its place (the headline's
        保定市市场监管局一行来东丽区调研, the lead's …一行来到东丽区), it is the trip told first."""
        told = self.trips_told.get(trip.place)
        if told is not None:
            told.passages += [] if passage.slug in told.passages else [passage.slug]
            told.start, told.end = (told.start, told.end) if told.start or date is None else (date.start, date.end)
            return
        visitors = [*map(self._body_of, trip.visitors)]
        visited = trip.visited or self._own_body(trip.own, visitors)
        self.trips_told[trip.place] = self._meeting(passage, context, trip.label, [*visitors, *visited], date)

    def _own_body(self, heads: tuple[str, ...], visitors: list[str]) -> list[str]:
        """The body a report's word for itself names (来我校): its author, when the report says who that is. Not the
        report's first body whose name ends so (我校: …大学, …学院): a school's news names its own faculties (材料与
        环境工程学院) and its guests' partners (江苏大学) before or instead of itself, so that guess is wrong as
        often as right; the trip keeps its visitors alone."""
        return [k for k in self.author if k not in visitors] if heads else []

    def _meeting(self, passage: Passage, context: Context, label: str, sides: list[str],
                 date: DateSpan | None) -> EventFact:
        event = EventFact("Meeting", label, date.start if date else None, date.end if date else None,
                          rule="event-meeting", confidence=0.7)
        event.mode = mode_of(label, context.text, context.text, "Meeting", False, self.rules)
        event.participants = list(dict.fromkeys(sides))
        if VAGUE_TIME.search(context.text):
            self.vague.add(label)
        self._add(event, passage)
        return next((e for e in self.events.values() if passage.slug in e.passages and e.label == label), event)


def _take_part(event: EventFact, sides: list[str]) -> None:
    """The session of talks a sentence names (A与B举行第二次局长会谈), read also as a named event: its two sides
    take part in it as equals, neither its holder nor the other's partner."""
    event.organisers = [k for k in event.organisers if k not in sides]
    event.partners = [k for k in event.partners if k not in sides]
    event.participants = list(dict.fromkeys([*sides, *event.participants]))


def own_bodies(run: list[Located]) -> list[Located]:
    """A country with an organisation right after it, nothing between (柬埔寨海關總署), names that country's body,
    not a second side: the country stands for it."""
    return [m for i, m in enumerate(run) if not (i and run[i - 1].kind == COUNTRY and run[i - 1].end == m.start)]
