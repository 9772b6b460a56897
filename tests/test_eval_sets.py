"""The hand annotations of eval/bundled/ are well-formed (eval/SCHEMA.md).

A malformed line would silently score as a miss or a false hit, so every line of every
annotator's file is checked against the report text, the gazetteer, the ontology and scope.json.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path

import pytest
import rdflib
from rdflib import RDFS

from ipgraph.vocab import IP

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "eval" / "bundled"
GOLD_FILES = sorted((BUNDLED / "gold").glob("*.jsonl"))

COMMON = {"doc", "locator", "quote"}
REQUIRED = {
    "events": {"id", "type", "label", "start", "end", "country", "city", "mode", "organisers", "partners",
               "participants", "attendees"},
    "agreements": {"id", "type", "label", "parties", "signed"},
    "treaty_actions": {"id", "treaty", "action", "actor", "date"},
    "pledges": {"id", "actor", "speaker"},
    "organisations": {"name", "full", "key", "kind", "country"},
    "people": {"name", "title", "affiliation"},
}
ISO_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
LOCATOR = re.compile(r"^(\d+|fn\d+)?$")
ACTOR = re.compile(r"^((org|person)/[A-Za-z0-9][A-Za-z0-9._-]*|country/[A-Z]{2}|new:\S.*)$")
MODES = {"InPerson", "Online", "Hybrid", None}
# What the lookup of a quote ignores: whitespace and Markdown markup (headings, emphasis,
# escapes, <sup>, link targets), as eval/SCHEMA.md says.
MARKUP = re.compile(r"\s+|<sup>|</sup>|[#*\\>]|\[|\]\([^)]*\)|\]")
PARAGRAPH = re.compile(r"^\s*(\d+)\.\s")


def norm(text: str) -> str:
    return MARKUP.sub("", text)


@cache
def report(doc: str) -> str:
    return (ROOT / "data" / "reports" / f"{doc}.txt").read_text(encoding="utf-8")


@cache
def paragraphs(doc: str) -> dict[str, str]:
    """Normalised text of each printed paragraph number, its bullets and what else follows it."""
    out: dict[str, list[str]] = {}
    current = None
    for line in report(doc).splitlines():
        m = PARAGRAPH.match(line)
        if m:
            current = m.group(1)
        if current is not None:
            out.setdefault(current, []).append(line)
    return {k: norm("\n".join(v)) for k, v in out.items()}


@cache
def scope() -> dict:
    return json.loads((BUNDLED / "scope.json").read_text(encoding="utf-8"))


def region_text(half: str, doc: str) -> str | None:
    """The normalised text a half of the split gives to a report, or None when the half has none of it."""
    region = scope()[half].get(doc)
    if region is None:
        return None
    if region == "all":
        return norm(report(doc))
    headings = {h for part in ("tune", "test") for h in (scope()[part].get(doc) or []) if isinstance(h, str)}
    lines = report(doc).splitlines()
    starts = [i for i, line in enumerate(lines) if line.strip("# ").strip() in headings]
    chunks = []
    for n, i in enumerate(starts):
        if lines[i].strip("# ").strip() in region:
            end = starts[n + 1] if n + 1 < len(starts) else len(lines)
            chunks.append("\n".join(lines[i:end]))
    return norm("\n".join(chunks))


def gazetteer_keys(name: str) -> set[str]:
    rows = [line for line in (ROOT / "data" / "gazetteer" / name).read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {line.split("\t")[0] for line in rows[1:]}


@cache
def keys() -> dict[str, set[str]]:
    return {"org": gazetteer_keys("organisations.tsv"), "person": gazetteer_keys("people.tsv"),
            "treaty": gazetteer_keys("treaties.tsv")}


@cache
def subclasses(parent: str) -> set[str]:
    g = rdflib.Graph().parse(ROOT / "ontology" / "ip.ttl")
    return {str(s).removeprefix(str(IP)) for s in g.transitive_subjects(RDFS.subClassOf, IP[parent])} - {parent}


@cache
def treaty_actions() -> set[str]:
    g = rdflib.Graph().parse(ROOT / "ontology" / "ip.ttl")
    return {str(s).removeprefix(str(IP)) for s in g.subjects(rdflib.RDF.type, IP.TreatyActionType)}


def lines() -> list[tuple[str, int, dict]]:
    out = []
    for path in GOLD_FILES:
        for n, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            out.append((path.name, n, json.loads(raw)))
    return out


def check_ref(ref: str, kinds: tuple[str, ...] = ("org", "person")) -> None:
    assert ACTOR.match(ref) or ref.startswith("treaty/"), ref
    prefix, _, key = ref.partition("/")
    if prefix in kinds or prefix == "treaty":
        assert key in keys()[prefix], f"{ref} is not in the gazetteer"


def check_date(value: str | None) -> None:
    assert value is None or ISO_DATE.match(value), value


def check_line(kind: str, row: dict) -> None:
    assert COMMON | REQUIRED[kind] <= row.keys(), f"missing {COMMON | REQUIRED[kind] - row.keys()}"
    assert LOCATOR.match(row["locator"]), row["locator"]
    for quote in [row["quote"], *row.get("also", [])]:
        assert 8 <= len(norm(quote)) <= 40, f"quote of {len(norm(quote))} characters: {quote}"
        assert norm(report(row["doc"])).count(norm(quote)) == 1, f"quote not unique in {row['doc']}: {quote}"
    if row["locator"].isdigit():
        assert norm(row["quote"]) in paragraphs(row["doc"])[row["locator"]], "quote is not in its paragraph"
    if kind == "events":
        assert row["type"] in subclasses("Event") | {"Event"}, row["type"]
        check_date(row["start"]), check_date(row["end"])
        assert row["mode"] in MODES
        for ref in row["organisers"] + row["partners"] + row["participants"]:
            check_ref(ref)
    elif kind == "agreements":
        assert row["type"] in subclasses("Agreement"), row["type"]
        check_date(row["signed"])
        for ref in row["parties"]:
            check_ref(ref)
    elif kind == "treaty_actions":
        assert row["action"] in treaty_actions(), row["action"]
        check_date(row["date"])
        assert row["treaty"].startswith(("treaty/", "new:")), row["treaty"]
        check_ref(row["treaty"])
        if row["actor"]:
            check_ref(row["actor"])
    elif kind == "pledges":
        check_ref(row["actor"])
        if row["speaker"]:
            check_ref(row["speaker"])
    elif kind == "organisations":
        check_ref(row["key"])
    elif kind == "people":
        if row["affiliation"]:
            check_ref(row["affiliation"])
        if row.get("key"):
            check_ref(row["key"])


def test_gold_files_exist():
    assert GOLD_FILES, "eval/bundled/gold/ holds no annotation file"
    for path in GOLD_FILES:
        assert path.name.split(".")[0] in REQUIRED, f"{path.name}: unknown kind"


@pytest.mark.parametrize("name,n,row", lines(), ids=lambda v: v if isinstance(v, (str, int)) else "")
def test_line_is_well_formed(name: str, n: int, row: dict):
    check_line(name.split(".")[0], row)


@pytest.mark.parametrize("name,n,row", lines(), ids=lambda v: v if isinstance(v, (str, int)) else "")
def test_line_is_in_the_tune_or_test_half(name: str, n: int, row: dict):
    """A tune file annotates only tune text, a test file only test text; plain <kind>.jsonl may hold both."""
    halves = [h for h in ("tune", "test") if f".{h}." in name] or ["tune", "test"]
    texts = [t for h in halves if (t := region_text(h, row["doc"])) is not None]
    assert texts, f"{row['doc']} is in neither half {halves}"
    assert any(norm(row["quote"]) in t for t in texts), "quote lies outside the half"


def test_check_rejects_a_bad_line():
    """The checks above can fail: a missing quote, an unknown key, a wrong paragraph, a missing key are caught."""
    good = {"doc": "wipo-sdg-2023", "locator": "", "quote": "no such words in the report", "name": "x",
            "full": "x", "key": "org/WIPO", "kind": "igo", "country": None}
    with pytest.raises(AssertionError):
        check_line("organisations", good)
    good["quote"] = "产权组织仲裁与调解中心继续提供争议"
    check_line("organisations", good)
    for key, value in (("key", "org/NO-SUCH-KEY"), ("locator", "3"), ("country", None)):
        bad = {**good, key: value}
        if key == "country":
            del bad["country"]
        with pytest.raises(AssertionError):
            check_line("organisations", bad)
