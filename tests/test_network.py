"""The analysts' networks, built from the committed graph of the bundled reports and checked against rdflib."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph, URIRef

from ipgraph.cli import main
from ipgraph.network.export import export, flat, render
from ipgraph.network.graph import (
    NetworkData,
    bipartite_network,
    country_network,
    ego_network,
    load,
    partnership_network,
)
from ipgraph.network.html import build_html, script_json
from ipgraph.network.metrics import communities, summarise
from ipgraph.vocab import IP

from conftest import ROOT

TRIPLES = ROOT / "data" / "triples"
WIPO = "https://w3id.org/ipgraph/id/org/WIPO"


@pytest.fixture(scope="module")
def data() -> NetworkData:
    return load([TRIPLES])


@pytest.fixture(scope="module")
def partners(data: NetworkData) -> nx.Graph:
    return partnership_network(data)


@pytest.fixture(scope="module")
def rdf() -> Graph:
    graph = Graph()
    for path in sorted(TRIPLES.glob("*.ttl")):
        graph.parse(path, format="turtle")
    return graph


def test_every_link_is_two_roles_the_graph_states(partners: nx.Graph, rdf: Graph):
    roles = {IP.organiser, IP.partner, IP.party}
    inferred = {IP.inferredOrganiser, IP.inferredParty}
    for a, b, attrs in partners.edges(data=True):
        assert attrs["weight"] == len(attrs["links"]) >= 1
        for link in attrs["links"]:
            activity = URIRef(link["activity"])
            for actor in (a, b):
                assert any((activity, role, URIRef(actor)) in rdf for role in roles), (link, actor)
            guessed = [any((activity, p, URIRef(actor)) in rdf for p in inferred) for actor in (a, b)]
            assert link["stated"] == (not any(guessed)), link


def test_wipo_inferred_organiser_does_not_make_a_star(data: NetworkData, partners: nx.Graph):
    stated = partnership_network(data, stated_only=True)
    inferred_only = [b for _, b, attrs in partners.edges(WIPO, data=True) if attrs["inferred_only"]]
    assert len(inferred_only) >= 20  # the trap is real in the bundled data ...
    assert all(not stated.has_edge(WIPO, b) for b in inferred_only)  # ... and stated-only removes it
    assert stated.degree(WIPO) == partners.degree(WIPO) - len(inferred_only)
    assert all(attrs["stated_weight"] == attrs["weight"] for *_, attrs in stated.edges(data=True))


def test_links_keep_dates_in_order(partners: nx.Graph):
    dated = [attrs for *_, attrs in partners.edges(data=True) if attrs["first_date"]]
    assert dated
    for attrs in dated:
        dates = [link["date"] for link in attrs["links"] if link["date"]]
        assert dates == sorted(dates) and attrs["first_date"] == dates[0] and attrs["last_date"] == dates[-1]


def test_bipartite_country_and_ego_networks(data: NetworkData, partners: nx.Graph):
    bipartite = bipartite_network(data)
    actors = {n for n, side in bipartite.nodes(data="bipartite") if side == 0}
    assert actors >= set(partners) and nx.is_bipartite(bipartite)
    assert all(bipartite.nodes[b]["bipartite"] == 1 for a, b in bipartite.edges if a in actors)
    countries = country_network(data)
    assert countries.number_of_edges() > 0 and nx.number_of_selfloops(countries) == 0
    assert {attrs["type"] for _, attrs in countries.nodes(data=True)} == {"Country"}
    ego = ego_network(partners, "WIPO")
    assert set(ego) == {WIPO, *partners[WIPO]}
    assert ego_network(partners, "世界知识产权组织").number_of_nodes() == ego.number_of_nodes()
    with pytest.raises(KeyError, match="no actor"):
        ego_network(partners, "Nobody at all")


def test_metrics_are_stable_and_cover_every_actor(partners: nx.Graph):
    groups = communities(partners)
    assert set().union(*groups) == set(partners) and groups == communities(partners)
    summary = summarise(partners, "en")
    assert summary.top_weighted[0][0] == "World Intellectual Property Organization"
    assert summary.nodes == partners.number_of_nodes() and 0 < summary.density < 1


@pytest.mark.parametrize("fmt,reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_exports_load_back_with_the_same_counts_and_attributes(partners: nx.Graph, tmp_path: Path, fmt, reader):
    path = export(partners, fmt, tmp_path / f"p.{fmt}")
    loaded, written = reader(path), flat(partners)
    def counts(graph: nx.Graph) -> tuple[int, int]:
        return graph.number_of_nodes(), graph.number_of_edges()

    assert counts(loaded) == counts(written)
    for node, attrs in written.nodes(data=True):
        assert {k: loaded.nodes[node][k] for k in attrs} == attrs
    for a, b, attrs in written.edges(data=True):
        assert {k: loaded.edges[a, b][k] for k in attrs} == attrs


def test_csv_edge_list(partners: nx.Graph):
    rows = list(csv.DictReader(io.StringIO(render(partners, "csv"))))
    assert len(rows) == partners.number_of_edges()
    row = next(r for r in rows if r["source"] == WIPO or r["target"] == WIPO)
    assert int(row["weight"]) == partners.edges[row["source"], row["target"]]["weight"]


HOSTILE = ["<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", "a\u2028b\u2029c", "'&\"<!--"]


def test_script_json_cannot_close_a_script_or_break_a_string():
    text = script_json({"names": HOSTILE})
    assert not any(c in text for c in "<>&'\u2028\u2029")
    assert json.loads(text) == {"names": HOSTILE}


def test_page_is_self_contained(data: NetworkData, partners: nx.Graph):
    html = build_html(partners, data, "en")
    assert "cdn." not in html and "<link" not in html and 'src="http' not in html
    assert html.count("</script>") == 2 and "vis.Network" in html  # the inline library and ours


def test_cli_stats_export_and_viz(tmp_path: Path):
    runner = CliRunner()
    result = runner.invoke(main, ["network", "stats", str(TRIPLES), "--lang", "en", "--top", "3"])
    assert result.exit_code == 0 and "World Intellectual Property Organization" in result.output
    assert "communities (Louvain)" in result.output
    out = tmp_path / "n.gexf"
    result = runner.invoke(main, ["network", "export", str(TRIPLES), "--format", "gexf", "--out", str(out)])
    assert result.exit_code == 0 and nx.read_gexf(out).number_of_edges() > 100
    page = tmp_path / "page.html"
    result = runner.invoke(main, ["viz", str(TRIPLES), "--out", str(page), "--lang", "en"])
    assert result.exit_code == 0 and f"wrote {page}" in result.output and page.stat().st_size > 500_000


def test_cli_refuses_bad_input_and_writes_nothing(tmp_path: Path):
    bad = tmp_path / "bad.ttl"
    bad.write_text("@prefix ip: <https://w3id.org/ipgraph/ontology#> .\n\n<a> ip:x <b c> .\n", encoding="utf-8")
    page = tmp_path / "page.html"
    result = CliRunner().invoke(main, ["viz", str(bad), "--out", str(page)])
    assert result.exit_code == 2 and f"{bad}:3" in result.output and "Traceback" not in result.output
    assert not page.exists()
    result = CliRunner().invoke(main, ["network", "export", str(TRIPLES), "--ego", "Nobody", "--out", str(page)])
    assert result.exit_code == 2 and "no actor 'Nobody'" in result.output and not page.exists()


def test_viz_writes_the_same_bytes_whatever_the_hash_seed(tmp_path: Path):
    pages = []
    for seed in ("1", "2"):
        page = tmp_path / f"page-{seed}.html"
        subprocess.run([str(Path(sys.executable).parent / "ipgraph"), "viz", str(TRIPLES), "--out", str(page)],
                       check=True, env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True)
        pages.append(page.read_bytes())
    assert pages[0] == pages[1]
