"""The saved queries in queries/ on the bundled graph: the rows they promise, the same in three engines.

Each library query runs in the embedded store, in rdflib's engine and in a
live Oxigraph server loaded over the Graph Store Protocol; the test of each
names rows of the real reports it must return.
"""

from __future__ import annotations

from collections.abc import Callable

import pyoxigraph as ox
import pytest
from rdflib import Graph

from ipgraph.errors import InputError
from ipgraph.query.library import KIND_PREFIXES, Query, library, parse_query, resolve
from ipgraph.query.remote import query as remote_query, remote_graphs
from ipgraph.query.store import GRAPH_BASE, Result, run, run_rdflib

from query_fixtures import FILES

ID = "https://w3id.org/ipgraph/id/"
Row = dict[str, str]


def rows(result: Result) -> list[Row]:
    """Each row as {variable: value} (IRIs shortened to the part after the id namespace), unbound left out."""
    return [{name: term.value.removeprefix(ID) for name, term in zip(result.variables, row) if term is not None}
            for row in result.rows]


def normal(result: Result) -> list[tuple[str | None, ...]]:
    """Rows in N-Triples spelling, in order: what must be equal from engine to engine."""
    return [tuple(None if term is None else str(term) for term in row) for row in result.rows]


def has(found: list[Row], **wanted: str) -> bool:
    return any(all(row.get(k) == v for k, v in wanted.items()) for row in found)


def events_by_country(found: list[Row]) -> None:
    assert has(found, country="ZM", type="Workshop", year="2024")
    assert sum(int(r["events"]) for r in found) >= 80, "every event with a host country, found as ip:Event"


def country_events(found: list[Row]) -> None:
    assert has(found, type="Workshop", city="卢萨卡", start="2024-03-26", locator="8-1",
               report="report/wipo-ace-17-activities", mode="InPerson")
    assert all(r["start"].startswith("2024") for r in found)


def partners(found: list[Row]) -> None:
    by_partner = {r["partner"]: r for r in found}
    assert int(by_partner["org/WIPO-AFRICA-DIVISION"]["statedEvents"]) >= 1
    assert int(by_partner["org/ARIPO"]["inferredEvents"]) >= 1 and by_partner["org/ARIPO"]["statedEvents"] == "0"
    assert sum(int(r["inferredEvents"]) for r in found) >= sum(int(r["statedEvents"]) for r in found), \
        "at least half of WIPO's partnered events name it only as the inferred organiser"
    assert "org/WIPO" not in by_partner


def partner_pairs(found: list[Row]) -> None:
    assert has(found, a="org/EAPO", b="org/WIPO", events="2", firstYear="2023", lastYear="2023")
    assert all(r["a"] < r["b"] and int(r["firstYear"]) <= int(r["lastYear"]) for r in found)


def agreements(found: list[Row]) -> None:
    polish = [r for r in found if r.get("signed") == "2023-09-20"]
    assert has(polish, party="country/PL", partyName="波兰", inferred="false", locator="143-3",
               type="MemorandumOfUnderstanding")
    assert has(polish, party="org/WIPO", inferred="true")


def organisation_agreements(found: list[Row]) -> None:
    assert has(found, counterpart="country/PL", counterpartName="波兰", signed="2023-09-20", inferred="true",
               type="MemorandumOfUnderstanding", locator="143-3", report="report/wipo-sdg-2023")
    assert all(r["signed"].startswith("2023") and r["counterpart"] != "org/WIPO" for r in found)


def organisations_in_country(found: list[Row]) -> None:
    assert has(found, organisation="org/CNIPA", name="国家知识产权局", based="true")
    assert has(found, organisation="org/WIPO", based="false")


def sdg_targets(found: list[Row]) -> None:
    counts = [int(r["activities"]) for r in found]
    assert counts == sorted(counts, reverse=True) and counts[0] > 1
    assert has(found, code="9.5")


def sdg_target_activities(found: list[Row]) -> None:
    assert has(found, node="activity/wipo-sdg-2023/109", type="Activity", locator="109")
    assert all(r["report"].startswith("report/") for r in found)


def development_agenda(found: list[Row]) -> None:
    assert [int(r["number"]) for r in found] == list(range(1, 46))
    assert sum(r.get("priority") == "true" for r in found) == 19
    assert int(found[0]["activities"]) >= 1


def recommendation_activities(found: list[Row]) -> None:
    assert has(found, node="activity/wipo-ace-17-activities/1", locator="1")


def treaty_actions(found: list[Row]) -> None:
    assert has(found, treaty="treaty/marrakesh-treaty", action="Anniversary", actor="org/WIPO", date="2023-07-12",
               locator="123")


def pledges(found: list[Row]) -> None:
    assert has(found, actor="org/US-EMBASSY-CN", speaker="孟旺贤", report="report/hongqiao-2024-ip-forum")


def ego_network(found: list[Row]) -> None:
    assert has(found, a="org/JPO", b="org/WIPO", events="3")
    assert has(found, a="org/WHO", b="org/WTO"), "ties among WIPO's partners belong to its ego network"
    assert has(found, a="org/UNODC", b="org/WIPO", agreements="2")


def evidence(found: list[Row]) -> None:
    assert has(found, report="report/wipo-ace-17-activities", locator="8-1", label="赞比亚")
    assert all("赞比亚" in r["text"] for r in found if r["report"] == "report/wipo-ace-17-activities")


def mode_share(found: list[Row]) -> None:
    assert has(found, year="2024", inPersonEvents="22", onlineEvents="7", hybridEvents="4")  # 123 events in 2024
    for row in found:
        modes = ("inPersonEvents", "onlineEvents", "hybridEvents", "unstatedEvents")
        assert sum(int(row[mode]) for mode in modes) == int(row["events"])
        assert abs(int(row["inPersonPercent"]) - 100 * int(row["inPersonEvents"]) / int(row["events"])) <= 0.5


def reports(found: list[Row]) -> None:
    assert [r["report"] for r in found] == sorted(f"report/{stem}" for stem in (
        "cnipa-ip-protection-2024", "hongqiao-2024-ip-forum", "wipo-ace-17-activities", "wipo-cdip-33-2",
        "wipo-sdg-2023"))
    assert has(found, report="report/cnipa-ip-protection-2024", title="二〇二四年中国知识产权保护状况", passages="187")


EXPECTED: dict[str, Callable[[list[Row]], None]] = {
    "events-by-country": events_by_country, "country-events": country_events, "partners": partners,
    "partner-pairs": partner_pairs, "agreements": agreements, "organisation-agreements": organisation_agreements,
    "organisations-in-country": organisations_in_country, "sdg-targets": sdg_targets,
    "sdg-target-activities": sdg_target_activities, "development-agenda": development_agenda,
    "recommendation-activities": recommendation_activities, "treaty-actions": treaty_actions, "pledges": pledges,
    "ego-network": ego_network, "evidence": evidence, "mode-share": mode_share, "reports": reports}
LIBRARY = library()


def test_every_library_query_has_a_test_and_a_header():
    assert sorted(q.name for q in LIBRARY) == sorted(EXPECTED)
    assert len(LIBRARY) >= 15
    for saved in LIBRARY:
        assert saved.title and saved.answers, saved.name
        for param in saved.params:
            assert param.term(param.default, saved.name) is not None


@pytest.mark.parametrize("saved", LIBRARY, ids=lambda q: q.name)
def test_library_query_returns_its_named_rows(saved: Query, embedded: ox.Store):
    result = run(embedded, saved.bind({}), saved.source)
    assert result.rows, f"{saved.name} returned nothing"
    EXPECTED[saved.name](rows(result))


@pytest.mark.parametrize("saved", LIBRARY, ids=lambda q: q.name)
def test_library_query_gives_the_same_answers_in_rdflib_and_a_live_oxigraph_server(
        saved: Query, embedded: ox.Store, rdflib_graph: Graph, oxigraph_server: str):
    text = saved.bind({})
    here = normal(run(embedded, text, saved.source))
    assert normal(run_rdflib(rdflib_graph, text)) == here
    graphs = remote_graphs(f"{oxigraph_server}/query")
    assert normal(remote_query(f"{oxigraph_server}/query", text, saved.source, graphs)) == here


def test_subclass_typed_nodes_answer_to_every_superclass_without_the_ontology(rdflib_graph: Graph):
    plain = Graph()
    for _, path in FILES[:-1]:
        plain.parse(path, format="turtle")
    ask = "ASK { ?e a ip:Workshop . FILTER NOT EXISTS { ?e a ip:Event } }"
    assert not run_rdflib(plain, ask).boolean
    count = run_rdflib(plain, "SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ip:Event }")
    assert int(count.rows[0][0].value) >= 250
    assert run_rdflib(plain, "ASK { iporg:WIPO a ip:Actor . ipcountry:ZM a ip:Place }").boolean


def test_the_remote_default_graph_is_empty_and_the_named_graphs_are_one_per_file(oxigraph_server: str):
    endpoint = f"{oxigraph_server}/query"
    assert remote_graphs(endpoint) == sorted(graph for graph, _ in FILES)
    assert remote_query(endpoint, "ASK { ?s ?p ?o }", "ask", None).boolean is False, \
        "the store keeps named graphs out of its default graph: queries must name them"
    bound = resolve("country-events").bind({})
    assert remote_query(endpoint, bound, "q", None).rows == []
    assert remote_query(endpoint, bound, "q", remote_graphs(endpoint)).rows


def test_reloading_replaces_each_named_graph(oxigraph_server: str):
    from ipgraph.query.remote import load

    count = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"
    before = remote_query(f"{oxigraph_server}/query", count, "count", None).rows
    load(f"{oxigraph_server}/store", FILES)
    load(f"{oxigraph_server}/update", FILES, update=True)
    assert remote_query(f"{oxigraph_server}/query", count, "count", None).rows == before
    assert all(row[0].value.startswith(GRAPH_BASE) for row in before) and len(before) == len(FILES)


def test_parameters_are_bound_as_terms_whatever_their_text(embedded: ox.Store):
    saved = resolve("country-events")
    by_prefix = run(embedded, saved.bind({"country": "ipcountry:ZM"}), "q").rows
    by_iri = run(embedded, saved.bind({"country": f"<{ID}country/ZM>"}), "q").rows
    assert by_prefix == by_iri and by_prefix
    assert run(embedded, saved.bind({"year": "2023"}), "q").rows != by_prefix
    hostile = parse_query('# param: name string x\nSELECT ?n WHERE { BIND (?name AS ?n) }', "t", "t.rq")
    attack = '" } UNION { ?s ?p ?o } #\\ \n'
    answer = run(embedded, hostile.bind({"name": attack}), "t")
    assert [row[0].value for row in answer.rows] == [attack]
    for bad in ({"year": "twenty"}, {"country": 'x"> } DROP ALL'}, {"country": "nosuch:ZM"}, {"nope": "1"}):
        with pytest.raises(InputError):
            saved.bind(bad)


def test_kind_prefixes_are_valid_sparql_for_every_kind(embedded: ox.Store):
    assert {"iporg", "ipcountry", "ipsdg", "ipda", "ipevent"} <= set(KIND_PREFIXES)
    text = "ASK { iporg:WIPO a ip:Organisation . ipcountry:ZM a ip:Country . ipsdg:9.5 a ip:SDGTarget . ipda:15 ?p ?o }"
    assert run(embedded, text, "t").boolean is True
