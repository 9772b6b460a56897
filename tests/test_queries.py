"""The saved SPARQL queries in queries/ run on the real graph and give the facts they promise."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from ipgraph.check import load_graph

from conftest import ROOT

QUERIES = ROOT / "queries"


@pytest.fixture(scope="module")
def graph(built) -> Graph:
    """The bundled graph with the ontology, which the queries' rdfs:subClassOf* paths need."""
    _, out = built
    return load_graph(sorted(out.glob("*.ttl")) + [ROOT / "ontology" / "ip.ttl"])


def rows(graph: Graph, name: str) -> list[dict[str, str]]:
    result = graph.query((QUERIES / name).read_text(encoding="utf-8"))
    return [{str(k): str(v) for k, v in row.asdict().items()} for row in result]


def test_every_saved_query_is_tested():
    tested = {"partners.rq", "events-by-country.rq", "agreements.rq", "sdg-targets.rq", "development-agenda.rq",
              "pledges.rq", "evidence.rq"}
    assert {p.name for p in QUERIES.glob("*.rq")} == tested


def test_partners_pairs_wipo_with_the_zambian_workshop_partner(graph):
    pairs = {(r["a"].rsplit("/", 1)[-1], r["b"].rsplit("/", 1)[-1]): int(r["events"]) for r in rows(graph, "partners.rq")}
    assert pairs[("WIPO", "WIPO-AFRICA-DIVISION")] >= 1
    assert all(a < b for a, b in pairs)


def test_events_by_country_counts_the_lusaka_workshop_in_zambia_2024(graph):
    found = {(r["country"], r["type"], r["year"]): int(r["events"]) for r in rows(graph, "events-by-country.rq")}
    assert found[("ZM", "Workshop", "2024")] >= 1


def test_agreements_lists_the_polish_memorandum_with_wipo_inferred(graph):
    polish = [r for r in rows(graph, "agreements.rq") if r.get("signed") == "2023-09-20"]
    assert len(polish) == 1
    assert polish[0]["type"] == "MemorandumOfUnderstanding" and polish[0]["locator"] == "143-3"
    assert "波兰" in polish[0]["parties"] and "世界知识产权组织*" in polish[0]["parties"]


def test_sdg_targets_ranks_targets_by_activities(graph):
    found = rows(graph, "sdg-targets.rq")
    counts = [int(r["activities"]) for r in found]
    assert counts == sorted(counts, reverse=True) and counts[0] > 1
    assert "9.5" in {r["code"] for r in found}


def test_development_agenda_lists_all_45_with_19_priorities(graph):
    found = rows(graph, "development-agenda.rq")
    assert [int(r["number"]) for r in found] == list(range(1, 46))
    assert sum(r["priority"] == "true" for r in found) == 19
    assert int(next(r for r in found if r["number"] == "1")["activities"]) >= 1


def test_pledges_name_the_us_embassy(graph):
    actors = {r["actor"].rsplit("/", 1)[-1] for r in rows(graph, "pledges.rq")}
    assert "US-EMBASSY-CN" in actors


def test_evidence_leads_zambia_back_to_the_lusaka_paragraph(graph):
    found = {(r["report"].rsplit("/", 1)[-1], r["locator"]) for r in rows(graph, "evidence.rq")}
    assert ("wipo-ace-17-activities", "8-1") in found, "the Lusaka workshop is the first bullet of ¶8"
