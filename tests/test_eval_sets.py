"""Every hand annotation in eval/bundled/gold is well-formed (eval/SCHEMA.md).

A malformed line would silently score as a miss (a quote that cannot be found,
a key the graph can never have) or be scored in the wrong half, so each line is
checked against the real report text, the real gazetteer and the ontology.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from rdflib import Graph, RDF, RDFS

from ipgraph.gazetteer import read_tsv
from ipgraph.vocab import IP

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "eval" / "bundled"
REPORTS = ROOT / "data" / "reports"
GAZETTEER = ROOT / "data" / "gazetteer"

COMMON = ("doc", "locator", "quote")
REQUIRED = {
    "events": ("id", "type", "label", "start", "end", "country", "city", "mode", "organisers", "partners",
               "participants", "attendees"),
    "agreements": ("id", "type", "label", "parties", "signed"),
    "treaty_actions": ("id", "treaty", "action", "actor", "date"),
    "pledges": ("id", "actor", "speaker"),
    "organisations": ("name", "full", "key", "kind", "country"),
    "people": ("name", "title", "affiliation"),
}
ACTOR = re.compile(r"^(org/(?P<org>[A-Za-z0-9][A-Za-z0-9._-]*)|country/[A-Z]{2}|person/(?P<person>[a-z0-9-]+)"
                   r"|new:\S.*)$")
ISO_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
MODES = {"InPerson", "Online", "Hybrid", None}
# Whitespace and Markdown markup are ignored when a quote is looked up.
_IGNORED = re.compile(r"[\s#*`>]")


def squash(text: str) -> str:
    return _IGNORED.sub("", text)


def _gold_lines() -> list[tuple[str, int, dict]]:
    found = []
    for path in sorted((BUNDLED / "gold").glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            found.append((path.name, n, json.loads(line)))
    return found


LINES = _gold_lines()


def _kind(file_name: str) -> str:
    return file_name.split(".")[0]


def _keys(file_name: str, column: str = "key") -> set[str]:
    return {row[column] for row in read_tsv(GAZETTEER / file_name, (column,))}


def _local_names(graph: Graph, parent: str) -> set[str]:
    """The classes below ip:<parent> and the parent itself (ip:Event is allowed when no subclass fits)."""
    return {str(s).split("#")[-1] for s in graph.transitive_subjects(RDFS.subClassOf, IP[parent])}


@pytest.fixture(scope="module")
def vocabulary() -> dict[str, set[str]]:
    graph = Graph().parse(ROOT / "ontology" / "ip.ttl")
    actions = {str(s).split("#")[-1] for s in graph.subjects(RDF.type, IP.TreatyActionType)}
    return {"events": _local_names(graph, "Event"), "agreements": _local_names(graph, "Agreement"),
            "treaty_actions": actions, "org": _keys("organisations.tsv"), "person": _keys("people.tsv"),
            "treaty": _keys("treaties.tsv")}


def _regions(doc: str, spec: dict) -> list[tuple[int, str, str]]:
    """(offset in the squashed text, half, region) of every region start of one report.

    A region is a chapter heading: a line that is that heading and nothing else
    (the table of contents adds page numbers, so it does not match); it runs to
    the next line that starts another region of the same report.
    """
    headings = {name: half for half in ("tune", "test") for name in _region_names(spec[half].get(doc))}
    starts, offset = [], 0
    for line in (REPORTS / f"{doc}.txt").read_text(encoding="utf-8").splitlines():
        if squash(line) in headings:
            starts.append((offset, headings[squash(line)], squash(line)))
        offset += len(squash(line))
    return starts


def _region_names(value: str | list[str] | None) -> list[str]:
    return [] if value is None or value == "all" else value


def _half_of(doc: str, offset: int, spec: dict) -> str | None:
    for half in ("tune", "test"):
        if spec[half].get(doc) == "all":
            return half
    before = [(start, half) for start, half, _ in _regions(doc, spec) if start <= offset]
    return before[-1][1] if before else None


@pytest.fixture(scope="module")
def scope() -> dict:
    return json.loads((BUNDLED / "scope.json").read_text(encoding="utf-8"))


def _report_ids() -> set[str]:
    text = (REPORTS / "reports.toml").read_text(encoding="utf-8")
    return set(re.findall(r'^id = "([^"]+)"', text, flags=re.MULTILINE))


def test_there_are_annotations() -> None:
    assert LINES, "eval/bundled/gold holds no annotation"


@pytest.mark.parametrize(("name", "n", "row"), LINES, ids=[f"{name}:{n}" for name, n, _ in LINES])
def test_line_is_well_formed(name: str, n: int, row: dict, vocabulary: dict[str, set[str]], scope: dict) -> None:
    kind = _kind(name)
    assert kind in REQUIRED, f"{name}: unknown kind {kind}"
    missing = [key for key in (*COMMON, *REQUIRED[kind]) if key not in row]
    assert not missing, f"missing keys {missing}"
    assert row["doc"] in _report_ids()
    assert row["locator"] == "" or re.fullmatch(r"(fn)?\d+", row["locator"])
    _check_quotes(row, scope)
    _check_values(kind, row, vocabulary)


def _check_quotes(row: dict, scope: dict) -> None:
    text = squash((REPORTS / f"{row['doc']}.txt").read_text(encoding="utf-8"))
    for quote in [row["quote"], *row.get("also", [])]:
        assert 8 <= len(squash(quote)) <= 40, f"quote length {len(squash(quote))}: {quote}"
        assert text.count(squash(quote)) == 1, f"quote not found exactly once: {quote}"
        assert _half_of(row["doc"], text.index(squash(quote)), scope), f"quote outside both halves: {quote}"


def _check_values(kind: str, row: dict, vocabulary: dict[str, set[str]]) -> None:
    if kind in ("events", "agreements"):
        assert row["type"] in vocabulary[kind], f"type {row['type']} is not an ontology class"
    if kind == "events":
        _check_dates(row["start"], row["end"])
        assert row["mode"] in MODES
        assert row["attendees"] is None or isinstance(row["attendees"], int)
        _check_actors(row["organisers"] + row["partners"] + row["participants"], vocabulary)
    elif kind == "agreements":
        _check_dates(row["signed"])
        _check_actors(row["parties"], vocabulary)
    elif kind == "treaty_actions":
        assert row["action"] in vocabulary["treaty_actions"], f"action {row['action']} is not in the ontology"
        treaty = row["treaty"]
        assert treaty.startswith("new:") or treaty.removeprefix("treaty/") in vocabulary["treaty"], treaty
        _check_dates(row["date"])
        _check_actors([row["actor"]], vocabulary)
    elif kind == "pledges":
        _check_actors([row["actor"]] + ([row["speaker"]] if row["speaker"] else []), vocabulary)
    elif kind == "organisations":
        _check_actors([row["key"]], vocabulary)
    elif kind == "people":
        _check_actors([row["affiliation"]] if row["affiliation"] else [], vocabulary)


def _check_dates(*values: str | None) -> None:
    for value in values:
        if value is None:
            continue
        assert ISO_DATE.match(value), f"not an ISO date: {value}"
        if len(value) == 10:
            date.fromisoformat(value)
        elif len(value) == 7:
            assert 1 <= int(value[5:]) <= 12, value


def _check_actors(actors: list[str], vocabulary: dict[str, set[str]]) -> None:
    for actor in actors:
        match = ACTOR.match(actor)
        assert match, f"not an actor reference: {actor}"
        if match["org"]:
            assert match["org"] in vocabulary["org"], f"{actor} is not in organisations.tsv"
        if match["person"]:
            assert match["person"] in vocabulary["person"], f"{actor} is not in people.tsv"


def test_the_halves_are_found_in_the_report(scope: dict) -> None:
    """Every chapter the scope names is a heading line of its report, so no quote falls outside by a typo."""
    for half in ("tune", "test"):
        for doc, value in scope[half].items():
            found = {name for _, _, name in _regions(doc, scope)}
            assert set(_region_names(value)) <= found, f"{doc}: headings not found"
