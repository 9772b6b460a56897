"""Regression tests for the check defects of issue 15, each named after its defect, with the exact exit code and
message a user sees."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal
from rdflib.namespace import SH

from ipgraph.check import (
    MAX_FILE_BYTES,
    check,
    format_text,
    literal_problem,
    load_graph,
    merge,
)
from ipgraph.check.planner import plan_validation
from ipgraph.cli import main

from conftest import ROOT

BROKEN = ROOT / "tests" / "broken"
ID = "https://w3id.org/ipgraph/id/"
HEADER = ("@prefix ip: <https://w3id.org/ipgraph/ontology#> .\n"
          "@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .\n"
          "@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .\n")
RDF_STAR = "quoted triples (RDF-star << … >>) are not supported: ipgraph's graph is plain RDF 1.1"


def run(*args: object):
    return CliRunner().invoke(main, ["check", *map(str, args)])


def run_process(*args: object, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """``ipgraph check`` in its own process, so a hang fails the test instead of stopping the run."""
    return subprocess.run([str(Path(sys.executable).parent / "ipgraph"), "check", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout, check=False)


def _faults(folder: Path, count: int, fault: str) -> Path:
    """``count`` events with the same fault, on the reference graph of tests/broken."""
    folder.mkdir()
    body = "".join(f'<{ID}event/e{n}> a ip:Event ; rdfs:label "论坛{n}"@zh ; {fault} ;\n'
                   f"    ip:evidence <{ID}passage/test-report/1> .\n" for n in range(count))
    (folder / "faults.ttl").write_text(HEADER + body, encoding="utf-8")
    (folder / "reference.ttl").write_bytes((BROKEN / "reference.ttl").read_bytes())
    return folder


def test_defect_2_check_is_not_quadratic_in_violations(tmp_path, res):
    """The planner's second pyshacl run once listed every suspect on the shape (sh:targetNode), and pyshacl writes
    the whole source shape into the text of every result: N violations cost N² (37 s for 2,000). Now the shapes
    of that run do not grow with the suspects, and impossible dates (ill-typed-literal's) make no node a suspect.
    Timings: benchmarks/check_violations.py."""
    shapes = merge(load_graph([p]) for p in sorted(res.shapes.glob("*.ttl")))
    sizes = []
    for count in (10, 40):
        folder = _faults(tmp_path / f"strings-{count}", count, 'ip:startDate "someday"')
        plan = plan_validation(shapes, load_graph(sorted(folder.glob("*.ttl"))))
        assert len(plan.runs) == 2 and len(plan.markers) == count
        assert not any(plan.runs[1].triples((None, SH.targetNode, None)))
        sizes.append(len(plan.runs[1]))
    assert sizes[0] == sizes[1]
    assert [(f.rule, f.value) for f in check([folder]).findings] == [("EventShape/ip:startDate/Or", '"someday"')] * 40
    dates = load_graph(sorted(_faults(tmp_path / "dates", 40, 'ip:startDate "2024-02-30"^^xsd:date').glob("*.ttl")))
    ill_typed = {o for _, _, o in dates if isinstance(o, Literal) and o.datatype and literal_problem(o)}
    assert len(plan_validation(shapes, dates, ill_typed).runs) == 1
    assert [f.rule for f in check([tmp_path / "dates"]).findings] == ["ill-typed-literal"] * 40


def test_defect_2_text_caps_what_is_printed_never_what_is_counted(tmp_path):
    report = check([_faults(tmp_path / "dates", 30, 'ip:startDate "2024-02-30"^^xsd:date')])
    text = format_text(report, max_per_rule=5).splitlines()
    assert text[0] == ('VIOLATION ill-typed-literal: "2024-02-30" is not a real calendar date: February 2024 has 29 '
                       "days (30)")
    assert text[6] == "  … and 25 more (all of them with --format json)"
    assert text[-2].startswith("30 violations, 0 warnings, 0 notes in 2 files (")
    assert len(report.to_dict()["findings"]) == 30


@pytest.mark.parametrize("fmt", ["text", "junit"])
def test_defect_7_rdf_star_is_an_input_error_not_a_traceback(tmp_path, fmt):
    path = tmp_path / "star.ttl"
    path.write_text(HEADER + f"<{ID}report/x> a ip:Report .\n<< <{ID}report/x> a ip:Report >> ip:confidence 0.5 .\n",
                    encoding="utf-8")
    out = tmp_path / "report.xml"
    result = run(path, "--format", fmt, "--out", out)
    assert result.exit_code == 2
    assert result.stderr == f"error: {path}:5: {RDF_STAR}\n"
    if fmt == "junit":
        error = ET.parse(out).getroot().find("testsuite/testcase/error")
        assert error.get("message") == f"{path}:5: {RDF_STAR}"


def test_defect_7_rdf_star_without_pyoxigraph_is_invalid_turtle(tmp_path, monkeypatch):
    import importlib

    monkeypatch.setattr(importlib.import_module("ipgraph.check.turtle"), "pyoxigraph", None)
    path = tmp_path / "star.ttl"
    path.write_text(HEADER + f"<< <{ID}report/x> a ip:Report >> ip:confidence 0.5 .\n", encoding="utf-8")
    result = run(path)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {path}:4: invalid Turtle: ")


def test_defect_7_out_into_an_unwritable_place_is_an_error_not_a_traceback(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    out = blocker / "report.xml"
    result = run(BROKEN / "good.ttl", "--format", "junit", "--out", out)
    assert result.exit_code == 2
    assert result.stderr == f"error: {out}: cannot write: File exists ({blocker})\n"
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def _hostile(tmp_path: Path) -> Path:
    """An event whose label holds characters a terminal or an XML parser must not see raw."""
    path = tmp_path / "hostile.ttl"
    path.write_text(HEADER + f'<{ID}event/hostile> a ip:Forum ;\n'
                    '    rdfs:label "坏\\u0001标\\u001b[2J签\\uFFFE\\r尾"@zh ;\n'
                    f"    ip:organiser <{ID}city/beijing> ;\n    ip:evidence <{ID}passage/test-report/1> .\n",
                    encoding="utf-8")
    (tmp_path / "reference.ttl").write_bytes((BROKEN / "reference.ttl").read_bytes())
    return path


def test_defect_8_junit_is_well_formed_whatever_a_literal_holds(tmp_path):
    out = tmp_path / "report.xml"
    result = run(_hostile(tmp_path), "--format", "junit", "--out", out)
    assert result.exit_code == 1
    suites = ET.parse(out).getroot()  # raised "not well-formed (invalid token)" before
    failure = next(c for c in suites.iter("testcase") if c.get("name") == "EventShape/ip:organiser/Class").find(
        "failure")
    assert f"坏\\x01标\\x1b[2J签\\ufffe\\r尾 <{ID}event/hostile>" in failure.text


def test_defect_8_text_escapes_control_characters_visibly(tmp_path):
    result = run(_hostile(tmp_path))
    assert result.exit_code == 1
    assert f"  坏\\x01标\\x1b[2J签\\ufffe\\r尾 <{ID}event/hostile>  value ipr:city/beijing" in result.stdout
    assert not any(c in result.stdout for c in "\x01\x1b\ufffe\r")


def test_defect_8_github_annotations_escape_control_characters(tmp_path):
    result = run(_hostile(tmp_path), "--format", "github")
    assert result.exit_code == 1
    assert "::坏\\x01标\\x1b[2J签\\ufffe%0D尾 <" in result.stdout
    assert not any(c in result.stdout for c in "\x01\x1b\ufffe\r")


def test_defect_9_a_fifo_is_refused_not_waited_on(tmp_path):
    fifo = tmp_path / "pipe.ttl"
    os.mkfifo(fifo)
    result = run_process(fifo)
    assert result.returncode == 2
    assert result.stderr == (f"error: {fifo}: not a regular file (a pipe, a device or a socket); "
                             "check reads Turtle files\n")


def test_defect_9_dev_zero_is_refused_not_read_forever():
    result = run_process("/dev/zero")
    assert result.returncode == 2
    assert result.stderr == ("error: /dev/zero: not a regular file (a pipe, a device or a socket); "
                             "check reads Turtle files\n")


def test_defect_9_a_file_over_the_size_limit_is_refused(tmp_path):
    huge = tmp_path / "huge.ttl"
    with huge.open("wb") as sparse:  # a sparse file: no disk used, nothing read
        sparse.truncate(MAX_FILE_BYTES + 1)
    result = run(huge)
    assert result.exit_code == 2
    assert result.stderr == (f"error: {huge}: too large: {MAX_FILE_BYTES + 1:,} bytes, over the limit of "
                             f"{MAX_FILE_BYTES:,} bytes for one Turtle file; split it into several files\n")
