"""A report's commitments into its graph: agreements, treaty actions and pledges.

Each kind has its own extractor module; this stage runs them on one report
with what they share (the author, the year dates fall in, the year a one-year
report covers) and renders their facts. Deterministic: facts come out in
passage order and every IRI is a hash of what identifies the fact.
"""

from __future__ import annotations

from pathlib import Path

from rdflib import Graph, URIRef

from ipgraph.agreements import extract_agreements
from ipgraph.corpus import ReportMeta
from ipgraph.facts import ReportFacts
from ipgraph.passages import Passage
from ipgraph.pledges import extract_pledges
from ipgraph.statements import covered_year
from ipgraph.treaty_actions import extract_treaty_actions
from ipgraph.triples import add_agreement, add_pledge, add_treaty_action, agreement_iri, event_iri


def add_commitments(graph: Graph, meta: ReportMeta, passages: list[Passage], facts: ReportFacts, year: int | None,
                    data_dir: Path) -> list[tuple[URIRef, list[str]]]:
    """Extract the report's agreements, treaty actions and pledges and add them to its graph.

    Returns the agreements and treaty actions with the passages that tell them: they are things done, which an
    SDG or Development Agenda link in the same passage applies to; a pledge is not done yet, so it is left out.
    """
    covered = covered_year(meta.period)
    done = []
    for agreement in extract_agreements(passages, facts, meta.author, year, covered, data_dir):
        add_agreement(graph, meta.id, agreement)
        done.append((agreement_iri(agreement.key(meta.id)), agreement.passages))
    for action in extract_treaty_actions(passages, facts, meta.author, year, covered, data_dir):
        add_treaty_action(graph, meta.id, action)
        done.append((event_iri(action.key(meta.id)), action.passages))
    for pledge in extract_pledges(passages, facts, data_dir):
        add_pledge(graph, meta.id, pledge)
    return done
