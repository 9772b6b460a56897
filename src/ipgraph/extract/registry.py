"""The extractors, in the order they run, each with one common shape: a report's text in, a list of facts out.

A new kind of fact is one ``Extractor`` line here (its rules, how it counts
in the build summary), one renderer line in ``ipgraph.rdf.renderers``, its
shape file and its scorer; the build, the cache and the CLI take it from
these registries and need no change.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ipgraph.extract.activities import ACTIVITY_RULES, extract_activities, summarise_activities
from ipgraph.extract.agreements import AGREEMENT_RULES, extract_agreements
from ipgraph.extract.devagenda import read_recommendations
from ipgraph.extract.events import EVENT_RULES, extract_events, summarise_events
from ipgraph.extract.events.counted_days import counted_year
from ipgraph.extract.mentions import MENTION_RULES
from ipgraph.extract.pledges import PLEDGE_RULES, extract_pledges
from ipgraph.extract.report_facts import ReportFacts
from ipgraph.extract.script import Reprint, read_in_one_script
from ipgraph.extract.statement_dates import covered_year
from ipgraph.extract.treaty_actions import TREATY_ACTION_RULES, extract_treaty_actions
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.dateline import dateline, wire_day
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import load as load_gazetteer

UNKNOWN_SDG = "no such SDG target"
Found = dict[str, list[Any]]
"""The facts of each kind found so far in one report, by the kind's name."""
Rules = Mapping[str, tuple[str, str, str]]
"""Rule id → (English label, Chinese label, what it matches): published as ip:ExtractionRule nodes."""


@dataclass
class ReportText:
    """What every extractor reads: one report's passages and resolved mentions, its metadata, the knowledge files."""

    meta: ReportMeta
    passages: list[Passage]
    facts: ReportFacts
    knowledge: Path
    notes: dict[str, Counter[str]] = field(default_factory=dict)
    """What extractors noticed about the input but could not use (an SDG target that does not exist), by topic."""

    @property
    def year(self) -> int | None:
        """The year a date without one belongs to: the year the report covers, else the year it is dated (by its
        metadata, its date line, or the named day it counts: ``own_date``)."""
        for value in (self.meta.period, self.meta.date, self.own_date):
            if value and value[:4].isdigit():
                return int(value[:4])
        return None

    @property
    def own_date(self) -> str | None:
        """The date the report bears, which its relative and partial dates (今年, 9月16日) are read against: its
        metadata date, else the date or publication line at its head, else the year a named day it counts falls in
        (第23个世界知识产权日: 2023); narrowed to the day a wire dateline at its head gives (…6月15日电) in that
        date's year. None for a report that covers a period (an annual report's 5月 is of the year it covers, not
        of the year it was printed)."""
        if self.meta.period:
            return None
        own = self.meta.date or dateline((p.text for p in self.passages), self.knowledge) \
            or counted_year((p.text for p in self.passages), self.knowledge)
        return wire_day((p.text for p in self.passages), own, self.knowledge) or own

    @property
    def covered(self) -> str | None:
        """The one calendar year the report covers, if it covers one."""
        return covered_year(self.meta.period)


def _counted(singular: str, plural: str) -> Callable[[list[Any]], str | None]:
    """``2 pledges``, ``1 pledge``; nothing when there are none."""
    return lambda facts: f"{len(facts)} {singular if len(facts) == 1 else plural}" if facts else None


@dataclass(frozen=True)
class Extractor:
    """One kind of fact: how to find it, the rules it cites, and what the build summary says of it."""

    kind: str
    extract: Callable[[ReportText, Found], list[Any]]
    rules: Rules = field(default_factory=dict)
    summarise: Callable[[list[Any]], str | None] = lambda facts: None


EXTRACTORS: tuple[Extractor, ...] = (
    Extractor("events", lambda t, _: extract_events(t.passages, t.facts, t.meta.author, t.year, t.knowledge,
                                                     t.own_date),
              EVENT_RULES, summarise_events),
    Extractor("agreements", lambda t, found: extract_agreements(t.passages, t.facts, t.meta.author, t.year,
                                                                 t.covered, t.knowledge, found["events"],
                                                                 t.own_date),
              AGREEMENT_RULES, _counted("agreement", "agreements")),
    Extractor("treaty_actions", lambda t, _: extract_treaty_actions(t.passages, t.facts, t.meta.author, t.year,
                                                                     t.knowledge, t.own_date),
              TREATY_ACTION_RULES, _counted("treaty action", "treaty actions")),
    Extractor("pledges", lambda t, found: extract_pledges(t.passages, t.facts, t.meta.author, t.knowledge,
                                                          found["agreements"], found["events"]),
              PLEDGE_RULES, _counted("pledge", "pledges")),
    Extractor("recommendations", lambda t, _: read_recommendations(t.passages, t.facts.located, t.knowledge)),
    Extractor("activities", lambda t, found: extract_activities(t.passages, found["recommendations"], t.knowledge,
                                                                 t.notes.setdefault(UNKNOWN_SDG, Counter())),
              ACTIVITY_RULES, summarise_activities),
)
"""Every extractor, in the order they run: a later one may read what an earlier one found."""

RULES: Rules = {**MENTION_RULES, **{rule: text for e in EXTRACTORS for rule, text in e.rules.items()}}
"""Every extraction rule a fact can cite with ip:rule."""


def run_extractors(text: ReportText) -> Found:
    """Every kind of fact of one report, by kind: the extractors read it in simplified characters, and every fact
    is printed back in the report's own (``ipgraph.extract.script``)."""
    reading = replace(text, passages=read_in_one_script(text.passages, load_gazetteer(text.knowledge).one_script))
    found: Found = {}
    for extractor in EXTRACTORS:
        found[extractor.kind] = extractor.extract(reading, found)
    reprint = Reprint(text.passages, reading.passages)
    if reprint:
        found = {kind: [reprint.fact(f) for f in facts] for kind, facts in found.items()}
        reprint.nodes(text.facts)
    return found


def summarise(found: Found) -> str:
    """``97 events, 10 agreements, …`` for the build's line on a report."""
    parts = (e.summarise(found.get(e.kind, [])) for e in EXTRACTORS)
    return ", ".join(p for p in parts if p)
