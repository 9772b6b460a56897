"""The real-text evaluation set, collector d's part (ids 065-076), is complete and well-formed.

Part d holds the prose of reports (WIPO committee documents and Director General's reports, national, provincial
and city white papers and annual reports), where campaigns, programmes and generic nouns look like events and new
organisations hide in long lists. A broken quote, an unknown key or a `new:` name the gazetteer already holds would
turn a right answer into a miss, so each line is read against the committed texts, ontology and gazetteer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator

import pytest
from rdflib import RDF, Graph
from test_realtext_set_a import (
    COMMON,
    KEYS,
    KINDS,
    MODES,
    ORG_KINDS,
    ROOT,
    SET,
    actors,
    check_actor,
    is_iso,
    normal,
    sources,
    subclasses,
    texts,
)

from ipgraph.knowledge.gazetteer import ORG, Gazetteer, load
from ipgraph.vocab import IP

OWN_IDS = [f"{n:03d}" for n in range(65, 77)]
ACTORS = {"events": ("organisers", "partners", "participants"), "agreements": ("parties",),
          "treaty_actions": ("actor",), "pledges": ("actor",), "organisations": ("key",), "people": ("affiliation",)}
DATES = {"events": ("start", "end"), "agreements": ("signed",), "treaty_actions": ("date",)}


def lines(kind: str) -> Iterator[tuple[str, dict]]:
    """Part d's lines of one kind, each with `file:line` so a failure points at it."""
    path = SET / "gold" / f"{kind}.d.jsonl"
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            yield f"{path.name}:{n}", json.loads(line)


def every_line() -> Iterator[tuple[str, str, dict]]:
    for kind in KINDS:
        for where, row in lines(kind):
            yield kind, where, row


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load(ROOT / "knowledge")


def test_texts_sources_and_halves_are_complete():
    found = texts()
    assert [i for i in OWN_IDS if len(normal(found.get(i, ""))) < 100] == [], "a text of part d is missing or short"
    rows = {r["id"]: r for r in sources() if r["id"] in OWN_IDS}
    assert sorted(rows) == OWN_IDS, "sources-d.tsv lists ids 065-076 once each"
    assert all(is_iso(r["published"] or None) and r["licence"] for r in rows.values())
    scope = json.loads((SET / "scope.json").read_text(encoding="utf-8"))
    assert (scope["tune"], scope["test"]) == ("odd", "even")
    assert sum(int(i) % 2 for i in OWN_IDS) == 6, "six tune (odd) and six test (even) ids"
    assert {row["doc"] for _, row in lines("organisations")} == set(OWN_IDS), "a text without organisations"


def test_lines_have_the_schema_keys_and_unique_quotes():
    found = {i: normal(t) for i, t in texts().items()}
    for kind, where, row in every_line():
        assert set(row) - {"also"} == COMMON | KEYS[kind] and row["locator"] == "", where
        assert row["doc"] in OWN_IDS, where
        for quote in [row["quote"], *row.get("also", [])]:
            assert 8 <= len(normal(quote)) and len(quote) <= 40, f"{where}: {quote!r}"
            assert found[row["doc"]].count(normal(quote)) == 1, f"{where}: {quote!r} is not once in its text"


def test_dates_are_iso_and_ends_follow_starts():
    for kind, where, row in every_line():
        assert all(is_iso(row[key]) for key in DATES.get(kind, ())), where
        if kind == "events" and row["start"] and row["end"]:
            assert row["end"] >= row["start"], where


def test_actors_are_keys_or_new_names_with_their_own_line(gazetteer):
    listed = {(row["doc"], row["key"]) for _, row in lines("organisations")}
    for kind, where, row in every_line():
        for field in ACTORS[kind]:
            for actor in actors(row[field]):
                check_actor(actor, gazetteer)
                assert not actor.startswith("new:") or (row["doc"], actor) in listed, f"{where}: {actor} unlisted"
    for where, row in lines("treaty_actions"):
        assert row["treaty"].removeprefix("treaty/") in gazetteer.treaties or row["treaty"].startswith("new:"), where
    for where, row in [*lines("events"), *lines("organisations")]:
        assert row["country"] is None or row["country"] in gazetteer.countries, where


def test_new_names_are_not_names_the_gazetteer_holds(gazetteer):
    """Keys go by identity: a `new:` name that is an organisation's gazetteer name or alias (in either script) must
    be written as its key."""
    known = {name.translate(gazetteer.one_script) for kind, _, name in gazetteer.names() if kind == ORG}
    for where, row in lines("organisations"):
        if row["key"].startswith("new:"):
            assert row["key"][4:].translate(gazetteer.one_script) not in known, f"{where}: {row['key']}"


def test_speakers_and_names_stand_in_their_lines():
    named = {(row["doc"], row["name"]) for _, row in lines("people")}
    for where, row in lines("pledges"):
        speaker = row["speaker"]
        assert speaker is None or (row["doc"], speaker.removeprefix("new:")) in named, where
    for kind in ("organisations", "people"):
        rows = [row for _, row in lines(kind)]
        assert len({(r["doc"], r["key" if kind == "organisations" else "name"]) for r in rows}) == len(rows), kind
        assert all(normal(r["name"]) in normal(r["quote"]) for r in rows), kind


def test_types_actions_kinds_and_modes_are_the_ontology_s():
    ontology = Graph().parse(ROOT / "ontology" / "ip.ttl")
    events = subclasses(ontology, IP.Event) | {"Event"}
    actions = {str(a).rsplit("#", 1)[1] for a in ontology.subjects(RDF.type, IP.TreatyActionType)}
    for where, row in lines("events"):
        assert row["type"] in events and row["mode"] in MODES, where
        assert row["attendees"] is None or isinstance(row["attendees"], int), where
    assert all(row["type"] in subclasses(ontology, IP.Agreement) for _, row in lines("agreements"))
    assert all(row["action"] in actions for _, row in lines("treaty_actions"))
    assert all(row["kind"] in ORG_KINDS for _, row in lines("organisations"))
    ids = [row["id"] for _, _, row in every_line() if "id" in row]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"\d{3}-[eatp]\d{2}", i) for i in ids)
