"""``ipgraph serve`` with real clients (SPARQLWrapper, rdflib's SPARQLStore), and ``ipgraph query`` as a user runs
it."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Graph
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, TURTLE, SPARQLWrapper

from ipgraph.cli import main
from ipgraph.query.library import Query, library
from ipgraph.query.results import render
from ipgraph.query.server import query_page
from ipgraph.query.store import Result, run

from query_fixtures import ENDPOINT_LIMITS, free_port, wait_for_port

IP = "PREFIX ip: <https://w3id.org/ipgraph/ontology#>\n"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"


def post(url: str, data: bytes, media: str, accept: str = "*/*") -> tuple[int, str, bytes, dict[str, str]]:
    request = urllib.request.Request(url, data=data, method="POST", headers={"Content-Type": media, "Accept": accept})
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return response.status, response.headers.get("Content-Type", ""), response.read(), dict(response.headers)
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), error.read(), dict(error.headers)


def form(url: str, accept: str = "*/*", **fields: str) -> tuple[int, str, bytes, dict[str, str]]:
    return post(url, urllib.parse.urlencode(fields).encode(), "application/x-www-form-urlencoded", accept)


def test_sparqlwrapper_select_ask_construct(endpoint: str):
    client = SPARQLWrapper(endpoint)
    client.setQuery(IP + "SELECT ?e ?label WHERE { ?e a ip:Workshop ; ip:country ipcountry:ZM ; rdfs:label ?label }")
    client.setReturnFormat(JSON)
    bindings = client.query().convert()["results"]["bindings"]
    assert any("讲习班" in b["label"]["value"] for b in bindings)
    client.setQuery(IP + "ASK { iporg:WIPO a ip:Organisation }")
    assert client.query().convert()["boolean"] is True
    client.setQuery(IP + "CONSTRUCT WHERE { iporg:WIPO a ?class }")
    client.setReturnFormat(TURTLE)
    graph = Graph().parse(data=client.query().convert(), format="turtle")
    assert len(graph) == 2


def test_rdflib_sparqlstore_select_ask_construct(endpoint: str):
    graph = Graph(store=SPARQLStore(endpoint, returnFormat="xml"))
    rows = list(graph.query(IP + "SELECT ?n WHERE { ?r a ip:DevelopmentAgendaRecommendation ; ip:number ?n } "
                                 "ORDER BY ?n LIMIT 3"))
    assert [int(row.n) for row in rows] == [1, 2, 3]
    assert graph.query(IP + "ASK { ipcountry:ZM a ip:Country }").askAnswer is True
    built = graph.query(IP + "CONSTRUCT { ?e a ip:Event } WHERE { ?e a ip:Workshop }").graph
    assert len(built) >= 10


@pytest.mark.parametrize(("accept", "fmt"), [
    ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
    ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
    ("text/tab-separated-values", ox.QueryResultsFormat.TSV)])
def test_content_negotiation_gives_w3c_results_that_parse_back(endpoint: str, embedded: ox.Store, accept, fmt):
    saved = next(q for q in library() if q.name == "organisation-agreements")
    status, media, body, _ = form(endpoint, accept, query=saved.bind({}))
    assert status == 200 and media.startswith(accept)
    parsed = ox.parse_query_results(body, format=fmt)
    names = [v.value for v in parsed.variables]
    assert [tuple(s[n] for n in names) for s in parsed] == run(embedded, saved.bind({}), "q").rows


def test_csv_jsonld_and_turtle_answers(endpoint: str):
    status, media, body, _ = form(endpoint, "text/csv", query=IP + "SELECT ?l WHERE { iporg:WIPO rdfs:label ?l } "
                                                                     "ORDER BY ?l")
    assert status == 200 and media.startswith("text/csv")
    assert body.decode().split("\r\n")[:3] == ["l", "World Intellectual Property Organization", "世界知识产权组织"]
    status, media, body, _ = form(endpoint, "application/ld+json", query=IP + "CONSTRUCT WHERE { iporg:WIPO a ?c }")
    assert status == 200 and media.startswith("application/ld+json")
    assert len(Graph().parse(data=body, format="json-ld")) == 2
    status, _, _, _ = form(endpoint, "image/png", query=IP + "ASK { ?s ?p ?o }")
    assert status == 406


def test_updates_and_service_are_refused(endpoint: str):
    with socket.socket() as trap:
        trap.bind(("127.0.0.1", 0))
        trap.listen()
        trap.settimeout(0.5)
        port = trap.getsockname()[1]
        service = f"SELECT * WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}"
        status, _, body, _ = form(endpoint, query=service)
        assert status == 400 and b"SERVICE" in body
        with pytest.raises(TimeoutError):
            trap.accept()
    assert post(endpoint, b"DROP ALL", "application/sparql-update")[0] == 400
    assert form(endpoint, update="DROP ALL")[0] == 400
    assert form(endpoint, query="DROP ALL")[0] == 400
    assert form(endpoint, query="INSERT DATA { <a:b> <a:c> <a:d> }")[0] == 400
    request = urllib.request.Request(endpoint, data=b"x", method="PUT")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(request, timeout=10)
    assert refused.value.code == 405
    assert form(endpoint, "text/csv", query="SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[2] != b"n\r\n0\r\n"


def test_a_runaway_query_is_stopped_at_the_timeout_and_the_endpoint_goes_on(endpoint: str):
    started = time.monotonic()
    status, _, body, _ = form(endpoint, query=RUNAWAY)
    took = time.monotonic() - started
    assert status == 503 and b"timeout" in body
    assert ENDPOINT_LIMITS.timeout <= took < ENDPOINT_LIMITS.timeout + 10
    assert form(endpoint, query="ASK { ?s ?p ?o }")[0] == 200


def test_oversized_requests_and_long_answers_are_bounded(endpoint: str):
    padding = "#" + "x" * ENDPOINT_LIMITS.max_request_bytes
    assert form(endpoint, query="ASK { ?s ?p ?o }\n" + padding)[0] == 413
    long_url = endpoint + "?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }\n" + padding})
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(long_url, timeout=10)
    assert refused.value.code == 414
    status, _, body, headers = form(endpoint, "application/sparql-results+json", query="SELECT * { ?s ?p ?o }")
    assert status == 200 and headers.get("X-Ipgraph-Truncated") == "true"
    assert len(json.loads(body)["results"]["bindings"]) == ENDPOINT_LIMITS.max_rows


def test_a_syntax_error_is_a_400_with_its_line(endpoint: str):
    status, _, body, _ = form(endpoint, query="SELECT ?s WHERE {\n  ?s ?p \n}")
    assert status == 400 and b"line 2" in body


def test_the_query_page_offers_the_library_and_escapes_every_string(endpoint: str):
    with urllib.request.urlopen(endpoint.removesuffix("sparql"), timeout=10) as response:
        page = response.read().decode()
    assert "country-events" in page and "<textarea" in page and "textContent" in page
    hostile = Query("x", 'SELECT ?s WHERE { ?s ?p "</script><img src=x onerror=alert(1)>" }', "x",
                    title="<b>bold</b>", answers="")
    page = query_page([hostile])
    assert "<b>bold</b>" not in page and "&lt;b&gt;bold&lt;/b&gt;" in page
    assert "</script><img" not in page and "\\u003c/script\\u003e" in page


def test_serve_binds_to_loopback_unless_told_and_warns_when_told(tmp_path: Path):
    env_cache = {"IPGRAPH_CACHE": str(tmp_path)}
    for host, warned in (("127.0.0.1", False), ("0.0.0.0", True)):
        port = free_port()
        process = subprocess.Popen([str(Path(sys.executable).parent / "ipgraph"), "serve", "--port", str(port),
                                    *(["--host", host] if warned else [])],
                                   stderr=subprocess.PIPE, text=True, env={**_environ(), **env_cache})
        try:
            wait_for_port(port, process, seconds=60)
            first = process.stderr.readline()
            assert ("warning" in first) is warned
            listening = [line for line in Path("/proc/net/tcp").read_text().splitlines()[1:]
                         if line.split()[1].endswith(f":{port:04X}") and line.split()[3] == "0A"]
            address = listening[0].split()[1].split(":")[0]
            assert address == ("0100007F" if not warned else "00000000")
        finally:
            process.terminate()
            process.wait(timeout=20)


def _environ() -> dict[str, str]:
    import os

    return dict(os.environ)


def test_cli_query_formats_timing_limit_and_errors(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("IPGRAPH_CACHE", str(tmp_path / "cache"))
    runner = CliRunner()
    listed = runner.invoke(main, ["query", "--list"])
    assert listed.exit_code == 0 and len(listed.output.splitlines()) == len(library())
    done = runner.invoke(main, ["query", "country-events", "--format", "json"])
    assert done.exit_code == 0, done.output
    bindings = json.loads(done.stdout)["results"]["bindings"]
    assert bindings[0]["city"] == {"type": "literal", "value": "卢萨卡", "xml:lang": "zh"}
    assert " ms (embedded store)" in done.stderr
    limited = runner.invoke(main, ["query", "partners", "--limit", "3", "--format", "csv"])
    assert len(limited.stdout.strip().splitlines()) == 4 and "first 3" in limited.stderr
    markdown = runner.invoke(main, ["query", "organisation-agreements", "-p", "year=2023", "--format", "markdown"])
    assert "| ipcountry:PL | 波兰 |" in markdown.stdout
    bad = tmp_path / "bad.rq"
    bad.write_text(IP + "SELECT ?e WHERE {\n  ?e a ip:Event\n  FILTER (?e = )\n}\n", encoding="utf-8")
    failed = runner.invoke(main, ["query", str(bad)])
    assert failed.exit_code == 2 and f"{bad}:4: column 3: SPARQL syntax error" in failed.stderr
    for args in (["query", "nosuch"], ["query", "partners", "-p", "org=nothing"], ["query", "partners", "-p", "x"]):
        refused = runner.invoke(main, args)
        assert refused.exit_code == 2 and refused.stderr.startswith("error: ") and "Traceback" not in refused.output
    piped = runner.invoke(main, ["query", "-", "--format", "tsv"], input="SELECT ?n WHERE { ipda:15 ip:number ?n }")
    assert piped.stdout == "?n\n\"15\"^^<http://www.w3.org/2001/XMLSchema#integer>\n"


def test_the_embedded_store_is_built_once_and_rebuilt_when_a_file_changes(tmp_path: Path):
    from ipgraph.query.store import graph_files, open_store

    triples = tmp_path / "triples"
    triples.mkdir()
    (triples / "one.ttl").write_text("<https://e.x/a> <https://e.x/p> 1 .\n", encoding="utf-8")
    ontology = Path(__file__).resolve().parent.parent / "ontology" / "ip.ttl"
    folder = tmp_path / "store"
    first = open_store(graph_files(triples, ontology), folder)
    built = {p.name: p.stat().st_mtime_ns for p in folder.iterdir()}
    del first
    open_store(graph_files(triples, ontology), folder)
    assert {p.name: p.stat().st_mtime_ns for p in folder.iterdir()} == built
    (triples / "one.ttl").write_text("<https://e.x/a> <https://e.x/p> 2 .\n", encoding="utf-8")
    second = open_store(graph_files(triples, ontology), folder)
    assert [p.name for p in folder.iterdir() if not p.name.startswith(".")] != list(built)
    assert run(second, "SELECT ?o WHERE { <https://e.x/a> ?p ?o }", "q").rows[0][0].value == "2"
    (triples / "one.ttl").write_text("<https://e.x/a> <https://e.x/p> .\n", encoding="utf-8")
    from ipgraph.errors import InputError

    with pytest.raises(InputError) as broken:
        open_store(graph_files(triples, ontology), folder)
    assert "one.ttl" in str(broken.value) and broken.value.line == 1


def test_results_formats_follow_the_w3c_examples():
    result = Result("SELECT", ["x", "y"], [(ox.NamedNode("https://e.x/a"), ox.Literal("a,\"b\"\tc\nd", language="en")),
                                           (ox.BlankNode("b0"), None)])
    assert render(result, "csv") == 'x,y\r\nhttps://e.x/a,"a,""b""\tc\nd"\r\n_:b0,\r\n'
    tsv = render(result, "tsv")
    assert tsv.splitlines()[0] == "?x\t?y" and "\\t" in tsv and "\\n" in tsv
    parsed = ox.parse_query_results(tsv.encode(), format=ox.QueryResultsFormat.TSV)
    assert [tuple(s[v] for v in ("x", "y")) for s in parsed] == result.rows
    assert json.loads(render(Result("ASK", boolean=True), "json")) == {"head": {}, "boolean": True}
    assert "<boolean>false</boolean>" in render(Result("ASK", boolean=False), "xml")
