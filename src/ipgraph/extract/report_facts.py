"""What a report's mentions resolve to: each node with its evidence and surface forms, and where each resolved
mention stands in its passage. The fact stage (``facts.py``) fills it; every later rule (events, agreements, treaty
actions, pledges) reads it, so it lives apart from the resolution that makes it."""

from __future__ import annotations

from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, field
from operator import attrgetter

from ipgraph.knowledge.gazetteer import ORG, Gazetteer


@dataclass
class NodeFacts:
    """Evidence, surface forms and (for nodes the data does not know) details of one node in one report."""

    kind: str
    key: str
    passages: list[str] = field(default_factory=list)
    surface: set[str] = field(default_factory=set)
    count: int = 0
    details: dict = field(default_factory=dict)

    @property
    def is_new(self) -> bool:
        return bool(self.details)

    def cite(self, passage: str, text: str) -> None:
        self.count += 1
        self.surface.add(text)
        if passage not in self.passages:
            self.passages.append(passage)


@dataclass(unsafe_hash=True)
class Located:
    """A resolved mention and where it stands in its passage's text. Compared and hashed by value as a frozen
    dataclass is, but not frozen: that sets each field through ``object.__setattr__``, 3-4x the cost of making one
    (~17,000 a build: ``shifted``); nothing assigns to one. ``Mention`` and ``DateSpan`` likewise."""

    kind: str
    key: str
    start: int
    end: int


def within(mentions: list[Located], start: int, end: int) -> list[Located]:
    """The mentions of a list in order of start (as ``ReportFacts.located`` keeps them) that lie in
    ``[start, end)``, found by bisection: filtering the whole list for every sentence was quadratic."""
    first = bisect_left(mentions, start, key=_START)
    last = bisect_left(mentions, end, lo=first, key=_START)
    return [m for m in mentions[first:last] if m.end <= end]


_START = attrgetter("start")
"""A mention's start, read in C (a lambda costs a Python call per step of the bisection)."""


def shifted(mentions: list[Located], offset: int) -> list[Located]:
    """The mentions with offsets relative to ``offset``."""
    return [Located(m.kind, m.key, m.start - offset, m.end - offset) for m in mentions]


@dataclass
class ReportFacts:
    nodes: dict[tuple[str, str], NodeFacts] = field(default_factory=dict)
    unresolved: Counter = field(default_factory=Counter)
    located: dict[str, list[Located]] = field(default_factory=dict)

    def node(self, kind: str, key: str) -> NodeFacts:
        return self.nodes.setdefault((kind, key), NodeFacts(kind, key))

    def of_kind(self, kind: str) -> list[NodeFacts]:
        return sorted((n for n in self.nodes.values() if n.kind == kind), key=lambda n: n.key)

    @property
    def mention_count(self) -> int:
        return sum(n.count for n in self.nodes.values())

    def country_of(self, key: str, gazetteer: Gazetteer) -> str | None:
        """The country an organisation belongs to, by the gazetteer or as the text gave it."""
        known = gazetteer.organisations.get(key)
        found = self.nodes.get((ORG, key))
        return known.country if known else (found.details.get("country") if found else None)

    def kind_of(self, key: str, gazetteer: Gazetteer) -> str:
        """The kind of an organisation, as the text gave it, else by the gazetteer."""
        found, known = self.nodes.get((ORG, key)), gazetteer.organisations.get(key)
        return (found.details.get("kind") if found else "") or (known.kind if known else "")

    def body_of(self, state: str, gazetteer: Gazetteer) -> str:
        """中日两局签署…: a state (``country/JP``) that a compound names for a collective of bodies is the one body of
        that state the report names (日本特许厅; its government is the state, not one of its bodies), or stays the state
        when the report names none or several."""
        code = state.removeprefix("country/")
        kinds = {key: org.kind for key, org in gazetteer.organisations.items()}
        bodies = [n.key for n in self.of_kind(ORG) if n.passages and self.country_of(n.key, gazetteer) == code
                  and (n.details.get("kind") or kinds.get(n.key)) != "government"]
        return f"org/{bodies[0]}" if len(bodies) == 1 else state
