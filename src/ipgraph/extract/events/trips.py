"""Trips: a visitor leads a group to a place (率队到X, 一行来到X区, 率领代表团访京) or goes to a place to see it
(前往北京访问) — a Meeting of the visitors and the body visited, when the text names one.

A visit of a named body read after its verb (访问了X, 赴X调研) is the visit reader's (``meetings.VisitFinder``);
a trip is told by the group going, whatever follows: the place after the word of going is a name the text reads
(an organisation, a city), a name ending in its level (东丽区, 焦作市), or one character standing for a place
right before a break or a verb of visiting (访京, 莅焦). Without a word of leading, only a place followed at once by
a verb of visiting is a trip (前往北京访问). A group that goes to attend or hold something there (率团来到上海出席
论坛) makes no trip: the event is what it attends, which the sentence rules read; nor does one sent to every place of
a kind (带队到各区调研).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

from ipgraph.extract.events.context import Context
from ipgraph.extract.events.loading import load_rules
from ipgraph.extract.events.meetings import visit_lead
from ipgraph.extract.mentions.own_units import own_words
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, load as load_gazetteer
from ipgraph.zh.grammar import CLAUSE_BREAKS, EVERY, IDEOGRAPH, NUMBER, SENTENCE_ENDS, WHOLE, alternation

_NAMED_PLACE = 6
"""How many characters a place's own name may have before the word of its level (东丽区, 乌鲁木齐市)."""
_HEAD_COUNT = rf"\s*{NUMBER}\s*人"
"""How many went, told right after the word of leading (梁某一行6人到X, 一行七人赴X): read over, still a trip."""
_ON_TOPIC = rf"(?:[就对對][^{CLAUSE_BREAKS}{SENTENCE_ENDS}]{{1,24}}?)"
"""What the visit is about, told between the place and the verb of visiting (一行来我省就…工作进行调研): read over."""


@dataclass
class Trip:
    """One trip: the label as printed, who went, the body visited (if the text names one), the place as
    printed (a trip told again, in the headline and the lead, names the same place), where the going stands."""

    label: str
    visitors: list[str]
    visited: list[str]
    place: str
    at: int
    own: tuple[str, ...] = ()
    """The heads of the body the place names by its word for itself (来我校: 大学, 学院, 学校): the report's own."""


class TripFinder:
    """The trips of one clause (``trip_lead``, ``trip_to``, ``visit_to`` and ``visit_verb`` in words.tsv; the
    level words of places in gazetteer/place_suffixes.tsv)."""

    def __init__(self, leads: tuple[str, ...], going: tuple[str, ...], towards: tuple[str, ...],
                 verbs: tuple[str, ...], levels: tuple[str, ...], attending: re.Pattern[str],
                 carrying_out: tuple[str, ...] = (), kinds: tuple[str, ...] = (),
                 own: dict[str, tuple[str, ...]] | None = None) -> None:
        self.led = re.compile(rf"(?:{alternation(leads)})(?:{_HEAD_COUNT})?\s*(?:{alternation(going)})") \
            if leads and going else None
        self.own = own or {}
        """A body's words for itself (我校, 本局) and the heads of its full name: after a word of going, the place
        is the report's own body (一行来访我校, 来我院调研)."""
        self.coming = re.compile(rf"(?:{alternation(going)})(?={alternation(tuple(self.own))})") \
            if going and self.own else None
        """A word of going right before a body's word for itself: with no word of leading, still a trip when a
        verb of visiting follows (甲和乙来我校洽谈)."""
        self.marks = tuple({word[0] for word in self.own})
        """The first characters of those words (我, 本): a clause holding none is not searched for them."""
        self.towards = re.compile(alternation(towards)) if towards and verbs else None
        ends = rf"[{CLAUSE_BREAKS}{SENTENCE_ENDS}\s]|$"
        self.verb = re.compile(rf"{_ON_TOPIC}?{visit_lead(carrying_out, kinds)}(?:{alternation(verbs)})") \
            if verbs else None
        visiting = rf"|{self.verb.pattern}" if self.verb else ""
        self.levels = levels
        self.attending = attending
        """The verbs of holding and attending: a group going to a place to do one of them goes to an event."""
        self._place_end = f"{ends}{visiting}"

    @cached_property
    def levelled(self) -> re.Pattern[str]:
        """A place's own name and the word of its level (东丽区, 乌鲁木齐市) before where a place ends: compiled (an
        ideograph range, ~1 ms) when a clause first holds a level's word where one may stand."""
        return re.compile(rf"(?![{EVERY}{WHOLE}]){IDEOGRAPH}{{1,{_NAMED_PLACE}}}?(?:{alternation(self.levels)})"
                          rf"(?={self._place_end})")

    @cached_property
    def place_ends(self) -> re.Pattern[str]:
        """Where a place ends (a break, a verb of visiting): compiled when a clause first names its body by a word for
        itself after a word of going."""
        return re.compile(rf"(?:{self._place_end})")

    @cached_property
    def one_character(self) -> re.Pattern[str]:
        """A place abbreviated to one character (赴京): compiled when a clause first needs it (most builds never do)."""
        return re.compile(rf"{IDEOGRAPH}(?={self._place_end})")

    def trips(self, clause: Context) -> list[Trip]:
        """Each trip the clause tells: led (率队到X), or gone to see a place (前往北京访问)."""
        found = []
        text = clause.text
        for going in self.led.finditer(text) if self.led else ():
            place = self._place(clause, going.end(), abbreviated=True)
            trip = self._trip(clause, going.start(), going.end(), place) if place else None
            found += [trip] if trip else []
        for going in self.towards.finditer(text) if self.towards else ():
            place = self._place(clause, going.end(), abbreviated=False)
            if place is None or place[1] or any(t.at <= going.start() < t.at + len(t.label) for t in found) \
                    or not (self.verb and self.verb.match(text, place[0])):
                continue
            trip = self._trip(clause, going.start(), going.end(), place)
            found += [trip] if trip else []
        for going in self.coming.finditer(text) if self.coming and any(m in text for m in self.marks) else ():
            place = self._place(clause, going.end(), abbreviated=False)
            if place is None or any(t.at <= going.start() < t.at + len(t.label) for t in found) \
                    or not (self.verb and self.verb.match(text, place[0])):
                continue
            trip = self._trip(clause, going.start(), going.end(), place)
            found += [trip] if trip else []
        return found

    def _place(self, clause: Context, at: int, abbreviated: bool) -> tuple[int, list[str]] | None:
        """Where the place after the word of going ends, and the body it names (none for a city or a district);
        None when what follows names no place (率队到企业走访: a kind of place, not one)."""
        named = next((m for m in clause.mentions if m.start == at and m.kind in (ORG, CITY, COUNTRY)), None)
        if named is not None:
            return named.end, [f"org/{named.key}"] if named.kind == ORG else []
        own = next((w for w in self.own if clause.text.startswith(w, at)), None) if self.own else None
        if own is not None and self.place_ends.match(clause.text, at + len(own)):
            return at + len(own), []
        levelled = self.levelled.match(clause.text, at) if self.levels and any(
            clause.text.startswith(self.levels, at + n) for n in range(1, _NAMED_PLACE + 1)) else None
        if levelled is not None and not any(at < m.start < levelled.end() for m in clause.mentions):
            return levelled.end(), []
        short = self.one_character.match(clause.text, at) if abbreviated else None
        return (short.end(), []) if short else None

    def _trip(self, clause: Context, start: int, going: int, place: tuple[int, list[str]]) -> Trip | None:
        """The trip from the word of leading (or going) to the place, and the verb of visiting right after it; its
        visitors are the organisations the clause names before it, else the person named last before it."""
        end, visited = place
        verb = self.verb.match(clause.text, end) if self.verb else None
        label_end = verb.end() if verb else end
        if self.attending.match(clause.text, label_end):
            return None
        before = [m for m in clause.orgs() if m.end <= start and f"org/{m.key}" not in visited]
        visitors = [f"org/{m.key}" for m in before] \
            or [f"person/{m.key}" for m in clause.mentions if m.kind == PERSON and m.end <= start][-1:]
        if not visitors:
            return None
        start = before[-1].start if before and before[-1].end == start else start  # 保定市市场监管局一行来…
        printed = clause.text[going:end]
        return Trip(clause.text[start:label_end], visitors, visited, printed, start, self.own.get(printed, ()))


@lru_cache(maxsize=4)
def trip_finder(data_dir: Path) -> TripFinder:
    """The trip reader of a knowledge folder, made once: it keeps nothing of a report."""
    rules = load_rules(data_dir)
    words = rules.words
    return TripFinder(words.get("trip_lead", ()), words.get("trip_to", ()), words.get("visit_to", ()),
                      words.get("visit_verb", ()), load_gazetteer(data_dir).place_suffixes, rules.pattern("holding"),
                      words.get("visit_lead", ()), words.get("visit_kind", ()), own_words(data_dir))
