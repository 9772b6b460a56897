"""The hand annotations of eval/bundled/ are well-formed (eval/SCHEMA.md).

A gold line that names no real passage, carries a date the scorer cannot
compare, or lies outside the half scope.json gives it would silently skew
every score measured against the set, so each line is checked against the
report text itself, the ontology and the gazetteer.
"""

from __future__ import annotations

import datetime
import json
import re
from functools import cache
from pathlib import Path

import pycountry
import pytest
from rdflib import RDF, RDFS, Graph, Namespace

ROOT = Path(__file__).resolve().parent.parent
BUNDLED = ROOT / "eval" / "bundled"
GOLD_FILES = sorted((BUNDLED / "gold").glob("*.jsonl"))
IP = Namespace("https://w3id.org/ipgraph/ontology#")

COMMON = {"doc", "locator", "quote"}
REQUIRED = {
    "events": COMMON | {"id", "type", "label", "start", "end", "country", "city", "mode", "organisers",
                        "partners", "participants", "attendees"},
    "agreements": COMMON | {"id", "type", "label", "parties", "signed"},
    "treaty_actions": COMMON | {"id", "treaty", "action", "actor", "date"},
    "pledges": COMMON | {"id", "actor", "speaker"},
    "organisations": COMMON | {"name", "full", "key", "kind", "country"},
    "people": COMMON | {"name", "title", "affiliation"},
}
ACTOR = re.compile(r"^(?:org|person|treaty)/[A-Za-z0-9][A-Za-z0-9._-]*$|^country/[A-Z]{2}$|^new:\S.*$")
ISO_DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")
SPACE = re.compile(r"\s+")


def _squash(text: str) -> str:
    return "".join(ch for ch in SPACE.sub("", text) if ch not in MARKUP)


def _kind(path: Path) -> str:
    """`events.cdip.jsonl` holds events: the annotator's suffix keeps files of parallel annotators apart."""
    return path.name.split(".")[0]


MARKUP = "#*"
"""Markdown heading and emphasis marks, which a quote ignores as it ignores white space (eval/SCHEMA.md)."""


@cache
def _reports() -> dict[str, str]:
    toml = (ROOT / "data" / "reports" / "reports.toml").read_text(encoding="utf-8")
    ids = re.findall(r'^id\s*=\s*"([^"]+)"', toml, flags=re.MULTILINE)
    return {rid: (ROOT / "data" / "reports" / f"{rid}.txt").read_text(encoding="utf-8") for rid in ids}


@cache
def _squashed(doc: str) -> tuple[str, list[int]]:
    """The report without whitespace, and for each squashed character its offset in the raw text."""
    raw = _reports()[doc]
    keep = [i for i, ch in enumerate(raw) if not ch.isspace() and ch not in MARKUP]
    return "".join(raw[i] for i in keep), keep


@cache
def _scope() -> dict:
    return json.loads((BUNDLED / "scope.json").read_text(encoding="utf-8"))


def _heading_offsets(doc: str, headings: list[str]) -> dict[str, int]:
    """Raw offset of the first Markdown heading line that opens with each listed heading."""
    found = {}
    for match in re.finditer(r"^#+\s*(.+)$", _reports()[doc], flags=re.MULTILINE):
        for heading in headings:
            if heading not in found and match.group(1).strip().startswith(heading):
                found[heading] = match.start()
    return found


def _half_of(doc: str, offset: int) -> str | None:
    """The half (tune/test) whose region holds a raw offset: a listed chapter runs to the next listed one."""
    scope = _scope()
    halves = {half: scope[half].get(doc) for half in ("tune", "test")}
    if any(region == "all" for region in halves.values()):
        return next(half for half, region in halves.items() if region == "all")
    listed = [(heading, half) for half, region in halves.items() for heading in (region or [])]
    starts = _heading_offsets(doc, [heading for heading, _ in listed])
    assert len(starts) == len(listed), f"{doc}: a chapter of scope.json is not a heading of the report"
    ordered = sorted((starts[heading], half) for heading, half in listed)
    inside = [half for start, half in ordered if start <= offset]
    return inside[-1] if inside else None


def _locator_holds(doc: str, locator: str, offset: int) -> bool:
    """A paragraph number names the paragraph the quote starts in; a footnote fnN the note after its number line."""
    raw = _reports()[doc]
    if locator.startswith("fn"):
        number = re.escape(locator[2:])
        number_line = rf"^\s*(?:{number}|<sup>{number}</sup>)\s"
        lines = [(m.end(), 400) for m in re.finditer(number_line, raw, flags=re.MULTILINE)]
        inline = [(m.end(), raw.find("]", m.end()) - m.end()) for m in re.finditer(rf"\[{number}:", raw)]
        return any(0 <= offset - mark <= length for mark, length in lines + inline)
    starts = [m.start() for m in re.finditer(rf"^\s*{re.escape(locator)}[.．]\s", raw, flags=re.MULTILINE)]
    numbered = [m.start() for m in re.finditer(r"^\s*\d{1,3}[.．]\s", raw, flags=re.MULTILINE)]
    for start in starts:
        following = [n for n in numbered if n > start]
        if start <= offset < (following[0] if following else len(raw)):
            return True
    return False


@cache
def _ontology_terms() -> dict[str, set[str]]:
    graph = Graph().parse(ROOT / "ontology" / "ip.ttl")

    def local(node) -> str:
        return str(node).rsplit("#", 1)[-1]

    return {
        "events": {local(c) for c in graph.transitive_subjects(RDFS.subClassOf, IP.Event)},
        "agreements": {local(c) for c in graph.transitive_subjects(RDFS.subClassOf, IP.Agreement)},
        "actions": {local(a) for a in graph.subjects(RDF.type, IP.TreatyActionType)},
    }


@cache
def _gazetteer_keys(name: str) -> set[str]:
    lines = [line for line in (ROOT / "knowledge" / "gazetteer" / name).read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("# ")]
    return {line.split("\t", 1)[0] for line in lines[1:]}


def _actor_problems(value: str) -> list[str]:
    if not ACTOR.match(value):
        return [f"actor {value!r} is not org/KEY, country/XX, person/KEY, treaty/KEY or new:<name>"]
    table = {"org": "organisations.tsv", "person": "people.tsv", "treaty": "treaties.tsv"}
    prefix, _, key = value.partition("/")
    if prefix == "country":
        return _country_problems(key)
    if prefix in table and key not in _gazetteer_keys(table[prefix]):
        return [f"{value} is not a key of knowledge/gazetteer/{table[prefix]}"]
    return []


def _country_problems(code) -> list[str]:
    """One ISO 3166 alpha-2 code, or a list of them (a roadshow through several countries)."""
    codes = code if isinstance(code, list) else [code]
    return [f"country {c!r} is not an ISO 3166 alpha-2 code" for c in codes
            if c is not None and not (isinstance(c, str) and pycountry.countries.get(alpha_2=c))]


def _date_problems(value) -> list[str]:
    if value is None:
        return []
    if not isinstance(value, str) or not ISO_DATE.match(value):
        return [f"date {value!r} is not YYYY, YYYY-MM or YYYY-MM-DD"]
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        datetime.date(*parts[:3])
    except ValueError:
        return [f"date {value!r} does not exist"]
    return []


def _kind_problems(kind: str, row: dict) -> list[str]:
    terms = _ontology_terms()
    problems: list[str] = []
    if kind == "events":
        problems += [] if row["type"] in terms["events"] else [f"type {row['type']} is not an ip:Event subclass"]
        problems += _date_problems(row["start"]) + _date_problems(row["end"])
        if row["start"] and row["end"] and row["end"] < row["start"][:len(row["end"])]:
            problems.append("end before start")
        problems += _country_problems(row["country"])
        problems += [] if row["mode"] in (None, "InPerson", "Online", "Hybrid") else [f"mode {row['mode']}"]
        for actor in row["organisers"] + row["partners"] + row["participants"]:
            problems += _actor_problems(actor)
        if row["attendees"] is not None and not isinstance(row["attendees"], int):
            problems.append("attendees is neither a number nor null")
    elif kind == "agreements":
        if row["type"] not in terms["agreements"]:
            problems.append(f"type {row['type']} is not an ip:Agreement subclass")
        problems += _date_problems(row["signed"])
        for actor in row["parties"]:
            problems += _actor_problems(actor)
    elif kind == "treaty_actions":
        if row["action"] not in terms["actions"]:
            problems.append(f"action {row['action']} is not an ip:TreatyActionType")
        problems += _date_problems(row["date"]) + _actor_problems(row["treaty"])
        problems += _actor_problems(row["actor"]) if row["actor"] else []
    elif kind == "pledges":
        problems += _actor_problems(row["actor"]) + (_actor_problems(row["speaker"]) if row["speaker"] else [])
    elif kind == "organisations":
        problems += _actor_problems(row["key"]) + _country_problems(row["country"])
    elif kind == "people":
        problems += _actor_problems(row["affiliation"]) if row["affiliation"] else []
    return problems


def _quote_problems(row: dict) -> list[str]:
    """The quote is found once in its report, inside a scoped half, in the passage its locator names."""
    text, raw_offsets = _squashed(row["doc"])
    quotes = [row["quote"]] + list(row.get("also", []))
    problems = []
    for quote in quotes:
        needle = _squash(quote)
        if not 8 <= len(needle) <= 40:
            problems.append(f"quote {quote!r} is {len(needle)} characters, not 8-40")
        count = text.count(needle)
        if count != 1:
            problems.append(f"quote {quote!r} occurs {count} times in {row['doc']}")
            continue
        offset = raw_offsets[text.index(needle)]
        if _half_of(row["doc"], offset) is None:
            problems.append(f"quote {quote!r} lies outside the tune and test halves of scope.json")
    if row["locator"] and not problems:
        offset = raw_offsets[text.index(_squash(row["quote"]))]
        if not _locator_holds(row["doc"], row["locator"], offset):
            problems.append(f"quote {row['quote']!r} is not in passage {row['locator']}")
    return problems


def _line_problems(kind: str, row: dict) -> list[str]:
    missing = REQUIRED[kind] - row.keys()
    if missing:
        return [f"missing keys {sorted(missing)}"]
    if row["doc"] not in _reports():
        return [f"doc {row['doc']!r} is not a report of data/reports/reports.toml"]
    if not re.fullmatch(r"|\d{1,3}|fn\d{1,3}", row["locator"]):
        return [f"locator {row['locator']!r} is neither a paragraph number, fnN nor empty"]
    return _quote_problems(row) + _kind_problems(kind, row)


def test_there_are_gold_files():
    assert GOLD_FILES, "eval/bundled/gold holds no annotation file"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_every_line_is_well_formed(path: Path):
    kind = _kind(path)
    assert kind in REQUIRED, f"{path.name}: unknown kind {kind!r}"
    problems, ids = [], set()
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        row = json.loads(line)
        problems += [f"{path.name}:{n}: {p}" for p in _line_problems(kind, row)]
        if "id" in row:
            problems += [f"{path.name}:{n}: id {row['id']} used twice"] if row["id"] in ids else []
            ids.add(row["id"])
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", [p for p in GOLD_FILES if _kind(p) == "organisations"], ids=lambda p: p.name)
def test_one_line_per_organisation_and_document(path: Path):
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    pairs = [(row["doc"], row["key"]) for row in rows]
    assert len(pairs) == len(set(pairs)), sorted(p for p in pairs if pairs.count(p) > 1)


def test_a_misplaced_quote_is_caught():
    """The checks can fail: a quote that occurs twice, and one outside its paragraph, are reported."""
    twice = {"doc": "wipo-cdip-33-2", "locator": "", "quote": "秘书处编拟", "name": "x", "full": "x",
             "key": "org/WIPO", "kind": "x", "country": None}
    assert any("occurs" in p for p in _line_problems("organisations", twice))
    wrong_paragraph = dict(twice, locator="4", quote="符合产权组织工作计划和预算")
    assert any("not in passage 4" in p for p in _line_problems("organisations", wrong_paragraph))
    assert _actor_problems("country/UN") and not _actor_problems("org/UN")


def test_the_folds_of_the_tune_half_are_named_so_no_range_takes_test_texts():
    """--docs check / --docs dev: the check fold is scope.json's list, dev the rest of the tune half; together they
    are the tune half, and neither holds a test text (a range such as 001-099 does)."""
    from ipgraph.evaluate.documents import realtext_documents, select_documents
    from ipgraph.resources import resources

    res = resources()
    folder = res.root / "eval" / "realtext"
    docs = realtext_documents(res)
    check = select_documents(docs, ["check"], folder)
    dev = select_documents(docs, ["dev"], folder)
    recorded = json.loads((folder / "scope.json").read_text(encoding="utf-8"))["check_fold"]["ids"]
    assert check == sorted(f"rt-{i}" for i in recorded)
    assert not set(check) & set(dev)
    assert set(check) | set(dev) == {doc for doc in docs if int(doc.removeprefix("rt-")) % 2}
    assert "rt-379" in check and "rt-377" in dev  # part zd's ids, by the recorded rule
