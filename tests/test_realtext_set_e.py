"""The real-text evaluation set, collector e's part (ids 077-088), is well-formed and complete.

Part e adds the kinds of item the tune half had little of (agreements told without a signing verb, exchanges of
notes, joint initiatives, treaty actions, multi-organiser events, glossed traditional-character mirrors), so a
broken quote (the mirrors' pinyin glosses make them easy to mistype) or an unknown key would silently turn a
real hit into a miss. The checks read the committed files against the real ontology and gazetteer, with the
helpers collector a's test already defines for the same schema.
"""

from __future__ import annotations

import json
import re

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

from ipgraph.knowledge.gazetteer import load
from ipgraph.vocab import IP

OWN_IDS = [f"{n:03d}" for n in range(77, 89)]
ACTOR_FIELDS = {
    "events": ("organisers", "partners", "participants"),
    "agreements": ("parties",),
    "treaty_actions": ("actor",),
    "pledges": ("actor", "speaker"),
    "organisations": ("key",),
    "people": ("affiliation",),
}


def gold(kind: str) -> list[tuple[int, dict]]:
    """Part e's lines of one kind with their line numbers, so a failure names file and line."""
    lines = (SET / "gold" / f"{kind}.e.jsonl").read_text(encoding="utf-8").splitlines()
    return [(n, json.loads(line)) for n, line in enumerate(lines, start=1) if line.strip()]


def all_gold() -> list[tuple[str, int, dict]]:
    return [(kind, n, row) for kind in KINDS for n, row in gold(kind)]


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "ip.ttl")


def test_own_texts_are_present_with_one_source_row_each():
    found = texts()
    assert [i for i in OWN_IDS if i not in found] == [], "texts of part e missing"
    assert [i for i in OWN_IDS if len(normal(found[i])) < 100] == [], "a text of part e is under 100 characters"
    rows = [r for r in sources() if r["id"] in OWN_IDS]
    assert sorted(r["id"] for r in rows) == OWN_IDS, "sources-e.tsv lists ids 077-088 once each"
    for row in rows:
        assert row["url"].startswith(("http://", "https://")) and row["publisher"] and row["licence"], row
        assert not row["published"] or is_iso(row["published"]), row


def test_own_ids_split_six_and_six_by_the_recorded_rule():
    scope = json.loads((SET / "scope.json").read_text(encoding="utf-8"))
    assert (scope["tune"], scope["test"]) == ("odd", "even")
    tune = [i for i in OWN_IDS if int(i) % 2 == 1]
    test = [i for i in OWN_IDS if int(i) % 2 == 0]
    assert len(tune) == len(test) == 6 and not set(tune) & set(test)


def test_every_own_text_has_its_organisations_annotated():
    annotated = {row["doc"] for _, row in gold("organisations")}
    assert set(OWN_IDS) <= annotated, sorted(set(OWN_IDS) - annotated)


def test_lines_have_the_schema_keys():
    for kind, n, row in all_gold():
        assert set(row) - {"also"} == COMMON | KEYS[kind], f"{kind}.e.jsonl:{n}"
        assert row["doc"] in OWN_IDS and row["locator"] == "", f"{kind}.e.jsonl:{n}"


def test_every_quote_occurs_exactly_once_in_its_text():
    found = {i: normal(t) for i, t in texts().items()}
    for kind, n, row in all_gold():
        for quote in [row["quote"], *row.get("also", [])]:
            assert 8 <= len(normal(quote)) and len(quote) <= 40, f"{kind}.e.jsonl:{n}: {quote!r}"
            assert found[row["doc"]].count(normal(quote)) == 1, f"{kind}.e.jsonl:{n}: {quote!r}"


def test_every_date_is_iso_and_ends_follow_starts():
    dated = {"events": ("start", "end"), "agreements": ("signed",), "treaty_actions": ("date",)}
    for kind, n, row in all_gold():
        for key in dated.get(kind, ()):
            assert is_iso(row[key]), f"{kind}.e.jsonl:{n}: {key} {row[key]!r}"
        if kind == "events" and row["start"] and row["end"]:
            assert row["end"] >= row["start"], f"events.e.jsonl:{n}"


def test_actors_are_gazetteer_keys_or_new_names_with_their_own_lines():
    gazetteer = load(ROOT / "knowledge")
    listed = {(row["doc"], row["key"]) for _, row in gold("organisations")}
    for kind, n, row in all_gold():
        for field in ACTOR_FIELDS[kind]:
            for actor in actors(row[field]):
                check_actor(actor, gazetteer)
                if actor.startswith("new:") and field not in ("key", "speaker"):
                    assert (row["doc"], actor) in listed, f"{kind}.e.jsonl:{n}: {actor} has no organisation line"
    for _, row in gold("treaty_actions"):
        assert row["treaty"].startswith("new:") or row["treaty"].removeprefix("treaty/") in gazetteer.treaties
    for _, row in gold("events") + gold("organisations"):
        assert row["country"] is None or row["country"] in gazetteer.countries, row


def test_speakers_are_annotated_people():
    named = {(row["doc"], row["name"]) for _, row in gold("people")}
    for n, row in gold("pledges"):
        speaker = row["speaker"]
        assert speaker is None or (row["doc"], speaker.removeprefix("new:")) in named, f"pledges.e.jsonl:{n}"


def test_types_actions_kinds_and_modes_are_known(ontology):
    events = subclasses(ontology, IP.Event) | {"Event"}
    agreements = subclasses(ontology, IP.Agreement)
    actions = {str(a).rsplit("#", 1)[1] for a in ontology.subjects(RDF.type, IP.TreatyActionType)}
    for n, row in gold("events"):
        assert row["type"] in events and row["mode"] in MODES, f"events.e.jsonl:{n}"
        assert row["attendees"] is None or isinstance(row["attendees"], int), f"events.e.jsonl:{n}"
    for n, row in gold("agreements"):
        assert row["type"] in agreements, f"agreements.e.jsonl:{n}"
    for n, row in gold("treaty_actions"):
        assert row["action"] in actions, f"treaty_actions.e.jsonl:{n}"
    for n, row in gold("organisations"):
        assert row["kind"] in ORG_KINDS, f"organisations.e.jsonl:{n}"


def test_ids_are_unique_and_each_organisation_and_person_is_one_line_per_text():
    ids = [row["id"] for _, _, row in all_gold() if "id" in row]
    assert len(ids) == len(set(ids)) and all(re.fullmatch(r"\d{3}-[eatp]\d{2}", i) for i in ids)
    orgs = [(row["doc"], row["key"]) for _, row in gold("organisations")]
    assert len(orgs) == len(set(orgs)), "an organisation has two lines in one text"
    people = [(row["doc"], row["name"]) for _, row in gold("people")]
    assert len(people) == len(set(people)), "a person has two lines in one text"
    for kind in ("organisations", "people"):
        for n, row in gold(kind):
            assert normal(row["name"]) in normal(row["quote"]), f"{kind}.e.jsonl:{n}"
