"""The probes set (``eval/probes``): texts collected to develop one kind of reading, each scored on its own kinds.

Each text was annotated in full for the kinds its collectors worked on and for no other, so a fact of another kind
found in it is nobody's error; the scorer must score each kind on its own texts only, or the set's lines would
count every unannotated pledge of an events text as spurious. The files are checked as the scorer reads them, and
the command is run on real texts of two kinds.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ipgraph.evaluate.documents import build_realtext
from ipgraph.knowledge.gazetteer import load
from ipgraph.resources import resources
from tests.test_realtext_set_a import COMMON, KEYS, actors, check_actor, is_iso, normal

ROOT = Path(__file__).resolve().parents[2]
SET = ROOT / "eval" / "probes"
IPGRAPH = ROOT / ".venv" / "bin" / "ipgraph"
SCOPE = json.loads((SET / "scope.json").read_text(encoding="utf-8"))
TEXTS = {p.stem: normal(p.read_text(encoding="utf-8")) for p in sorted((SET / "texts").glob("*.txt"))}
FIELDS = {"events": ("organisers", "partners", "participants"), "agreements": ("parties",),
          "pledges": ("actor", "speaker"), "people": ("affiliation",), "treaty_actions": ("actor",),
          "organisations": ("key",)}


def rows(kind: str) -> list[dict]:
    lines = (SET / "gold" / f"{kind}.probes.jsonl").read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def test_every_text_is_annotated_for_some_kind_and_every_line_stands_in_a_text_of_its_kind():
    annotated = SCOPE["annotated"]
    assert set(annotated) == set(FIELDS)
    assert {i for ids in annotated.values() for i in ids} == set(TEXTS)
    for kind, ids in annotated.items():
        assert {row["doc"] for row in rows(kind)} <= set(ids), kind
        assert any(int(i) % 2 for i in ids) and any(int(i) % 2 == 0 for i in ids), kind  # both halves


def test_every_text_has_one_source_row_with_its_date():
    lines = (SET / "sources.tsv").read_text(encoding="utf-8").splitlines()
    assert lines[0].split("\t") == ["id", "url", "published", "title"]
    dates = {line.split("\t")[0]: line.split("\t")[2] for line in lines[1:]}
    assert set(dates) == set(TEXTS)
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", d) for d in dates.values())


@pytest.mark.parametrize("kind", sorted(FIELDS))
def test_lines_have_the_schema_keys_valid_dates_and_actors_and_quotes_found_once(kind):
    gazetteer = load(ROOT / "knowledge")
    for row in rows(kind):
        assert set(row) - {"also"} == COMMON | KEYS[kind], row
        for quote in [row["quote"], *row.get("also", [])]:
            assert TEXTS[row["doc"]].count(normal(quote)) == 1, (row["doc"], quote)
        for key in {"events": ("start", "end"), "agreements": ("signed",)}.get(kind, ()):
            assert is_iso(row[key]), row
        for key in FIELDS[kind]:
            for actor in actors(row[key]):
                check_actor(actor, gazetteer)


def _eval(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    return subprocess.run([str(IPGRAPH), "eval", "--set", "probes", *args], capture_output=True, text=True,
                          cwd=cwd, env={"IPGRAPH_HOME": str(cwd), "PATH": "/usr/bin:/bin"})


def test_each_kind_is_scored_on_its_own_texts_only(tmp_path):
    """A people text of the tune half whose graph holds a dated event: scored, it gives a people line on its own
    annotations and an events line on nothing (its events were never annotated), not a spurious event."""
    people = next(i for i in SCOPE["annotated"]["people"] if int(i) % 2 and i not in SCOPE["annotated"]["events"])
    built = build_realtext(resources(), tmp_path, [f"pr-{people}"], "probes")
    assert "ip:startDate" in (tmp_path / "triples" / f"pr-{people}.ttl").read_text(encoding="utf-8"), built
    done = _eval("--half", "tune", "--docs", people)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "probes, tune:" and [line.split(":")[0].strip() for line in lines[1:]] == [
        "events", "people", "agreements", "pledges", "organisations not in the gazetteer", "treaty actions"]
    assert lines[1].startswith("  events: gold 0, found 0,"), lines[1]
    gold = sum(r["doc"] == people for r in rows("people"))
    assert gold > 0 and re.search(rf"people: gold {gold}, found [1-9]", lines[2]), lines[2]


def test_a_scope_naming_an_unknown_kind_is_a_clear_error(tmp_path):
    for name in ("ontology", "shapes", "knowledge", "queries", "data"):
        (tmp_path / name).symlink_to(ROOT / name)
    shutil.copytree(SET, tmp_path / "eval" / "probes")
    scope = tmp_path / "eval" / "probes" / "scope.json"
    scope.write_text(json.dumps({**SCOPE, "annotated": {"__init__": ["1001"]}}), encoding="utf-8")
    done = _eval("--half", "tune", "--docs", "1001", cwd=tmp_path)
    assert done.returncode == 2 and "annotated: '__init__' is not one of events" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
