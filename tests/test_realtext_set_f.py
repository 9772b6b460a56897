"""The real-text evaluation set, collector f's part (ids 089-100), is complete and well-formed.

Part f brings the tune half what it lacked: passages of annual reports and white papers (customs, courts,
provincial offices) that name many bodies, and people-rich releases of provincial offices, universities and
foreign missions, two of them in traditional characters. A scorer trusts these lines blindly, so a quote that no
longer occurs once in its text, a key the gazetteer lacks or a `new:` actor without its organisation line would
turn a real hit into a silent miss. Each check lists every offending line by file and line number, so one run
shows all that a hand edit broke; the helpers are collector a's, which read the set as the scorer does.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterator

import pytest
import test_realtext_set_a as part_a
from rdflib import RDF, Graph
from test_realtext_set_c import ACTOR_FIELDS

from ipgraph.knowledge.gazetteer import load
from ipgraph.vocab import IP

OWN_IDS = [f"{n:03d}" for n in range(89, 101)]
DATES = {"events": ("start", "end"), "agreements": ("signed",), "treaty_actions": ("date",)}

Line = tuple[str, str, dict]  # (kind, "file:line" for messages, row)


def own_lines() -> list[Line]:
    """Every line of part f's gold files, each with the place a failure message names."""
    found = []
    for kind in part_a.KINDS:
        path = part_a.SET / "gold" / f"{kind}.f.jsonl"
        for n, text in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if text.strip():
                found.append((kind, f"{path.name}:{n}", json.loads(text)))
    return found


@pytest.fixture(scope="module")
def lines() -> list[Line]:
    return own_lines()


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(part_a.ROOT / "ontology" / "ip.ttl")


def test_every_kind_has_its_file_even_when_empty():
    missing = [kind for kind in part_a.KINDS if not (part_a.SET / "gold" / f"{kind}.f.jsonl").is_file()]
    assert missing == []


def test_own_texts_are_present_with_one_source_row_each():
    found = part_a.texts()
    assert [i for i in OWN_IDS if len(part_a.normal(found.get(i, ""))) < 100] == [], (
        "a text of part f is missing or short"
    )
    rows = [r for r in part_a.sources() if r["id"] in OWN_IDS]
    assert sorted(r["id"] for r in rows) == OWN_IDS, "sources-f.tsv lists ids 089-100 once each"
    bad = [
        r["id"]
        for r in rows
        if not (
            r["url"].startswith(("http://", "https://"))
            and r["publisher"]
            and r["title"]
            and r["licence"]
            and part_a.is_iso(r["published"] or None)
        )
    ]
    assert bad == []


def test_own_ids_split_six_and_six_by_the_recorded_rule():
    scope = json.loads((part_a.SET / "scope.json").read_text(encoding="utf-8"))
    assert (scope["tune"], scope["test"]) == ("odd", "even")
    halves = Counter("tune" if int(i) % 2 else "test" for i in OWN_IDS)
    assert halves == {"tune": 6, "test": 6}


def test_every_own_text_has_its_organisations_and_people_annotated(lines):
    for kind in ("organisations", "people"):
        annotated = {row["doc"] for k, _, row in lines if k == kind}
        expected = set(OWN_IDS) if kind == "organisations" else set(OWN_IDS) - {"094"}  # 094 names nobody
        assert sorted(expected - annotated) == [], kind


def shape_problems(lines: list[Line]) -> Iterator[str]:
    for kind, where, row in lines:
        if set(row) - {"also"} != part_a.COMMON | part_a.KEYS[kind]:
            yield f"{where}: keys {sorted(row)}"
        if row["doc"] not in OWN_IDS or row["locator"] != "":
            yield f"{where}: doc {row['doc']!r} or locator {row['locator']!r}"
        if "id" in row and not re.fullmatch(rf"{row['doc']}-[eatp]\d{{2}}", row["id"]):
            yield f"{where}: id {row['id']!r}"
    ids = Counter(row["id"] for _, _, row in lines if "id" in row)
    yield from (f"id {i} is used twice" for i, n in ids.items() if n > 1)
    for kind, field in (("organisations", "key"), ("people", "name")):
        twice = Counter((row["doc"], row[field]) for k, _, row in lines if k == kind)
        yield from (f"{kind}: {pair} has two lines" for pair, n in twice.items() if n > 1)


def test_lines_have_the_schema_keys_and_unique_ids(lines):
    assert list(shape_problems(lines)) == []


def quote_problems(lines: list[Line]) -> Iterator[str]:
    found = {i: part_a.normal(t) for i, t in part_a.texts().items()}
    for kind, where, row in lines:
        for quote in [row["quote"], *row.get("also", [])]:
            if not (8 <= len(part_a.normal(quote)) and len(quote) <= 40):
                yield f"{where}: quote length {quote!r}"
            if found[row["doc"]].count(part_a.normal(quote)) != 1:
                yield f"{where}: quote not once in its text {quote!r}"
        if kind in ("organisations", "people") and part_a.normal(row["name"]) not in part_a.normal(row["quote"]):
            yield f"{where}: name {row['name']!r} is not in its quote"


def test_every_quote_occurs_exactly_once_in_its_text(lines):
    assert list(quote_problems(lines)) == []


def date_problems(lines: list[Line]) -> Iterator[str]:
    for kind, where, row in lines:
        for key in DATES.get(kind, ()):
            if not part_a.is_iso(row[key]):
                yield f"{where}: {key} {row[key]!r}"
        if kind == "events" and row["start"] and row["end"] and row["end"] < row["start"]:
            yield f"{where}: ends before it starts"


def test_every_date_is_iso_and_ends_follow_starts(lines):
    assert list(date_problems(lines)) == []


def actor_problems(lines: list[Line]) -> Iterator[str]:
    gazetteer = load(part_a.ROOT / "knowledge")
    listed = {(row["doc"], row["key"]) for kind, _, row in lines if kind == "organisations"}
    named = {(row["doc"], row["name"]) for kind, _, row in lines if kind == "people"}
    for kind, where, row in lines:
        for field in ACTOR_FIELDS[kind]:
            for actor in part_a.actors(row[field]):
                try:
                    part_a.check_actor(actor, gazetteer)
                except AssertionError:
                    yield f"{where}: {field} {actor!r} is neither a gazetteer key nor a new: name"
                if field == "speaker" and (row["doc"], actor.removeprefix("new:")) not in named:
                    yield f"{where}: speaker {actor!r} has no people line"
                if actor.startswith("new:") and field not in ("key", "speaker") and (row["doc"], actor) not in listed:
                    yield f"{where}: {actor} has no organisation line"
        if kind in ("events", "organisations") and row["country"] not in (None, *gazetteer.countries):
            yield f"{where}: country {row['country']!r}"
        if kind == "treaty_actions" and not (
            row["treaty"].startswith("new:") or row["treaty"].removeprefix("treaty/") in gazetteer.treaties
        ):
            yield f"{where}: treaty {row['treaty']!r}"


def test_actors_are_known_keys_or_new_names_with_their_own_lines(lines):
    assert list(actor_problems(lines)) == []


def term_problems(lines: list[Line], ontology: Graph) -> Iterator[str]:
    allowed = {
        ("events", "type"): part_a.subclasses(ontology, IP.Event) | {"Event"},
        ("agreements", "type"): part_a.subclasses(ontology, IP.Agreement),
        ("treaty_actions", "action"): {
            str(a).rsplit("#", 1)[1] for a in ontology.subjects(RDF.type, IP.TreatyActionType)
        },
        ("organisations", "kind"): part_a.ORG_KINDS,
        ("events", "mode"): part_a.MODES,
    }
    for kind, where, row in lines:
        for (k, field), terms in allowed.items():
            if k == kind and row[field] not in terms:
                yield f"{where}: {field} {row[field]!r}"
        if kind == "events" and not (row["attendees"] is None or isinstance(row["attendees"], int)):
            yield f"{where}: attendees {row['attendees']!r}"


def test_types_actions_kinds_and_modes_are_known_terms(lines, ontology):
    assert list(term_problems(lines, ontology)) == []
