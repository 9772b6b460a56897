"""A report's commitments into its graph: agreements, treaty actions and pledges.

Each kind has its own extractor module; this stage runs them on one report
with what they share (the author, the year dates fall in, the year a one-year
report covers) and renders their facts. Deterministic: facts come out in
passage order and every IRI is a hash of what identifies the fact.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Graph, URIRef

from ipgraph.extract.agreements import AgreementFact, extract_agreements
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.extract.facts import ReportFacts
from ipgraph.ingest.passages import Passage
from ipgraph.extract.pledges import PledgeFact, extract_pledges
from ipgraph.extract.statements import covered_year
from ipgraph.extract.treaty_actions import TreatyActionFact, extract_treaty_actions
from ipgraph.rdf.render import add_agreement, add_pledge, add_treaty_action, agreement_iri, event_iri


@dataclass
class ReportCommitments:
    """What a report commits its actors to, as extracted: for the build summary and the activity links."""

    agreements: list[AgreementFact]
    treaty_actions: list[TreatyActionFact]
    pledges: list[PledgeFact]
    done: list[tuple[URIRef, list[str]]]
    """The agreements and treaty actions with the passages that tell them: things done, which an SDG or
    Development Agenda link in the same passage applies to; a pledge is not done yet, so it is not here."""

    def summary(self) -> str:
        counts = [(len(self.agreements), "agreement"), (len(self.treaty_actions), "treaty action"),
                  (len(self.pledges), "pledge")]
        return ", ".join(f"{n} {name}{'' if n == 1 else 's'}" for n, name in counts if n)


def add_commitments(graph: Graph, meta: ReportMeta, passages: list[Passage], facts: ReportFacts, year: int | None,
                    data_dir: Path) -> ReportCommitments:
    """Extract the report's agreements, treaty actions and pledges and add them to its graph."""
    covered = covered_year(meta.period)
    agreements = extract_agreements(passages, facts, meta.author, year, covered, data_dir)
    actions = extract_treaty_actions(passages, facts, meta.author, year, data_dir)
    pledges = extract_pledges(passages, facts, data_dir)
    done = []
    for agreement in agreements:
        add_agreement(graph, meta.id, agreement)
        done.append((agreement_iri(agreement.key(meta.id)), agreement.passages))
    for action in actions:
        add_treaty_action(graph, meta.id, action)
        done.append((event_iri(action.key(meta.id)), action.passages))
    for pledge in pledges:
        add_pledge(graph, meta.id, pledge)
    return ReportCommitments(agreements, actions, pledges, done)
