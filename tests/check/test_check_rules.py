"""The machinery behind ipgraph check: the fast path gives pyshacl's own results, the checks on the shapes, the
ontology and --rebuild, literal and date handling, locating triples, and the library API."""

from __future__ import annotations

import importlib
import json
import re
import shutil
from dataclasses import asdict
from datetime import date
from pathlib import Path

import pyshacl
import rdflib
from rdflib import RDFS, Literal

import ipgraph
from ipgraph.check import (
    CheckReport,
    Finding,
    TurtleIndex,
    _merge,
    _results,
    check,
    date_interval,
    literal_problem,
    load_graph,
    shacl_findings,
)
from ipgraph.resources import Resources

from conftest import ROOT

BROKEN = ROOT / "tests" / "broken"
UNREADABLE = {"broken-turtle.ttl", "empty.ttl", "gbk-encoded.ttl"}
ID = "https://w3id.org/ipgraph/id/"


check_module = importlib.import_module("ipgraph.check")
turtle_module = importlib.import_module("ipgraph.check.turtle")  # where the parser is chosen


def test_the_fast_path_reports_what_plain_pyshacl_reports(built, res):
    """Hoisted property shapes and the Python pre-check give the same results as pyshacl on the shapes as written,
    with the whole ontology mixed in: on the real graph plus every broken case at once."""
    _, out = built
    files = sorted(out.glob("*.ttl")) + [p for p in sorted(BROKEN.glob("*.ttl")) if p.name not in UNREADABLE]
    shapes = _merge(load_graph([p]) for p in sorted(res.shapes.glob("*.ttl")))
    ontology = load_graph([res.ontology])
    data = load_graph(files)
    ill_typed = {o for _, _, o in data if isinstance(o, Literal) and o.datatype and literal_problem(o)}
    fast = {(f.rule, f.node, f.value) for f in shacl_findings(load_graph(files), shapes, ontology, ill_typed)}
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                     allow_warnings=True, allow_infos=True, advanced=True)
    plain = {(f.rule, f.node, f.value) for f in _results(data, shapes, {}, results, ill_typed)}
    assert fast == plain
    assert len(fast) >= 15


def _project_copy(tmp_path: Path) -> Resources:
    root = tmp_path / "project"
    shutil.copytree(ROOT / "ontology", root / "ontology")
    shutil.copytree(ROOT / "shapes", root / "shapes")
    return Resources(root)


def test_broken_shapes_are_reported_with_file_and_line(tmp_path):
    res = _project_copy(tmp_path)
    (res.shapes / "zz-bad.ttl").write_text("""@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix ip: <https://w3id.org/ipgraph/ontology#> .
@prefix ips: <https://w3id.org/ipgraph/shapes#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .

ips:BadShape
    a sh:NodeShape ;
    sh:targetClass ip:Event ;
    sh:property [
        sh:path ip:startDate ; sh:minCount "one" ;
        sh:message "a count must be an integer" ;
    ] , [
        sh:path ip:startDat ; sh:maxCount 1 ;
        sh:message "a typo in the path" ;
    ] , [
        sh:path ip:endDate ; sh:maxCount 1 ;
    ] .

ips:TwinShape
    a sh:NodeShape ;
    sh:targetClass ip:Event ;
    sh:property [
        sh:path ip:endDate ; sh:minCount "one" ;
        sh:message "the same mistake in a shape of the same structure" ;
    ] .

ips:EventShape rdfs:comment "defined again here" .
""", encoding="utf-8")
    report = check([BROKEN / "good.ttl"], res=res)
    found = {(f.rule, f.node) for f in report.findings}
    assert ("shapes-invalid", "ips:BadShape [sh:path ip:startDate]") in found
    assert ("shapes-invalid", "ips:TwinShape [sh:path ip:endDate]") in found
    assert ("shape-term-undeclared", "ips:BadShape [sh:path ip:startDat]") in found
    assert ("shape-without-message", "ips:BadShape [sh:path ip:endDate]") in found
    assert ("shape-defined-twice", "ips:EventShape") in found
    assert ("shacl-error", "shapes") in found  # pyshacl cannot load sh:minCount "one": reported, not a crash
    invalid = next(f for f in report.findings if f.rule == "shapes-invalid")
    assert "sh:minCount" in invalid.message and invalid.file == "shapes/zz-bad.ttl" and invalid.line == 6
    undeclared = next(f for f in report.findings if f.rule == "shape-term-undeclared")
    assert undeclared.message == "sh:path names ip:startDat, which ontology/ip.ttl does not declare"
    assert undeclared.line == 13
    assert report.exit_code() == 1


def test_ontology_integrity_is_checked(tmp_path):
    res = _project_copy(tmp_path)
    text = res.ontology.read_text(encoding="utf-8")
    text = text.replace('rdfs:label "Organisation"@en , "组织"@zh ;', 'rdfs:label "Organisation"@en ;')
    partner = text.index("ip:partner\n")
    text = text[:partner] + text[partner:].replace("    rdfs:domain ip:Event ;\n", "", 1)
    res.ontology.write_text(text, encoding="utf-8")
    report = check([BROKEN / "good.ttl"], res=res)
    found = {(f.rule, f.node): f for f in report.findings}
    label = found[("ontology-label-missing", "https://w3id.org/ipgraph/ontology#Organisation")]
    assert label.message == "ip:Organisation has no rdfs:label in Chinese (@zh)"
    assert label.file == "ontology/ip.ttl"
    assert text.splitlines()[label.line - 1].startswith("    rdfs:label \"Organisation\"@en")
    domain = found[("ontology-domain-missing", "https://w3id.org/ipgraph/ontology#partner")]
    assert text.splitlines()[domain.line - 1] == "ip:partner"
    assert len(report.findings) == 2


def test_the_project_ontology_and_shapes_are_sound():
    report = check([BROKEN / "reference.ttl"])
    assert report.findings == []
    assert {r.id for r in report.rules} >= {"ontology-label-missing", "shapes-invalid", "EventShape/ip:organiser/Class",
                                            "CountryShape/rdfs:label@zh/QualifiedMinCount"}


def test_rebuild_compares_bytes_per_file(built, tmp_path):
    _, out = built
    copy = tmp_path / "triples"
    shutil.copytree(out, copy)
    assert [f for f in check([copy], rebuild=True).findings] == []
    changed = copy / "hongqiao-2024-ip-forum.ttl"
    lines = changed.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[29] = lines[29].replace(" ;", " ; # edited by hand", 1) if " ;" in lines[29] else "# edited\n" + lines[29]
    changed.write_text("".join(lines), encoding="utf-8")
    (copy / "wipo-ace-17-activities.ttl").unlink()
    (copy / "notes.ttl").write_text(f"<{ID}org/WIPO> <http://www.w3.org/2000/01/rdf-schema#comment> \"x\" .\n",
                                    encoding="utf-8")
    report = check([copy], rebuild=True)
    rebuild = {f.rule: f for f in report.findings if f.rule.startswith("rebuild-")}
    assert set(rebuild) == {"rebuild-differs", "rebuild-missing", "rebuild-extra"}
    assert rebuild["rebuild-differs"].node == str(changed) and rebuild["rebuild-differs"].line == 30
    assert rebuild["rebuild-missing"].label == "wipo-ace-17-activities.ttl"
    assert rebuild["rebuild-extra"].label == "notes.ttl"
    assert {r.id for r in report.rules} >= set(rebuild)


def test_literal_problems():
    assert literal_problem(Literal("2024-02-30", datatype=rdflib.XSD.date)) == \
        '"2024-02-30" is not a real calendar date: February 2024 has 29 days'
    assert literal_problem(Literal("2023-02-29", datatype=rdflib.XSD.date)).endswith("February 2023 has 28 days")
    assert literal_problem(Literal("2024-13", datatype=rdflib.XSD.gYearMonth)) == \
        '"2024-13" is not a valid xsd:gYearMonth: there is no month 13'
    assert literal_problem(Literal("24", datatype=rdflib.XSD.gYear)) == \
        '"24" is not a valid xsd:gYear: write it as YYYY'
    assert literal_problem(Literal("2024/05/16", datatype=rdflib.XSD.date)).endswith("write it as YYYY-MM-DD")
    assert literal_problem(Literal("-5", datatype=rdflib.XSD.nonNegativeInteger)) == \
        '"-5" is not a valid xsd:nonNegativeInteger'
    for good in [Literal("2024-02-29", datatype=rdflib.XSD.date), Literal("2024-05", datatype=rdflib.XSD.gYearMonth),
                 Literal("2024", datatype=rdflib.XSD.gYear), Literal("12", datatype=rdflib.XSD.nonNegativeInteger),
                 Literal("0.95", datatype=rdflib.XSD.decimal), Literal("2024-05-16Z", datatype=rdflib.XSD.date)]:
        assert literal_problem(good) is None, good


def test_dates_as_intervals():
    assert date_interval(Literal("2024", datatype=rdflib.XSD.gYear)) == (date(2024, 1, 1), date(2024, 12, 31))
    assert date_interval(Literal("2024-02", datatype=rdflib.XSD.gYearMonth)) == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_interval(Literal("2024-05-16", datatype=rdflib.XSD.date)) == (date(2024, 5, 16), date(2024, 5, 16))
    assert date_interval(Literal("2024-05-16")) is None
    assert date_interval(Literal("2024-02-30", datatype=rdflib.XSD.date)) is None


def test_turtle_index_finds_subject_predicate_and_value(tmp_path):
    path = tmp_path / "x.ttl"
    path.write_text("""@prefix ip: <https://w3id.org/ipgraph/ontology#> .
@prefix ipr: <https://w3id.org/ipgraph/id/> .

ipr:a a ip:Event ;
    ip:organiser ipr:b ,
        ipr:c ;
    ip:startDate "2024" .

<https://w3id.org/ipgraph/id/b> a ip:Organisation .
<https://w3id.org/ipgraph/id/a> ip:mode ip:Online .
""", encoding="utf-8")
    index = TurtleIndex(path)
    a = ID + "a"
    assert index.find(a) == 4
    assert index.find(a, "http://www.w3.org/1999/02/22-rdf-syntax-ns#type") == 4
    assert index.find(a, "https://w3id.org/ipgraph/ontology#organiser", ID + "c") == 6
    assert index.find(a, "https://w3id.org/ipgraph/ontology#startDate", "2024") == 7
    assert index.find(a, "https://w3id.org/ipgraph/ontology#mode") == 10
    assert index.find(ID + "b") == 9
    assert index.find(ID + "nothing") is None


def test_library_report_is_structured_and_backward_compatible():
    report = check([BROKEN / "end-before-start.ttl"])
    assert isinstance(report, CheckReport) and ipgraph.check is check
    (finding,) = report.findings
    assert finding == Finding("end-before-start", "violation", f"{ID}event/backwards",
                              'the event ends ("2024-05-01"^^xsd:date) before it starts ("2024-05-16"^^xsd:date)',
                              label="倒序研讨会", path="ip:endDate", value='"2024-05-01"^^xsd:date',
                              source="test-report 1", file="tests/broken/end-before-start.ttl", line=10)
    assert asdict(finding)["rule"] == "end-before-start"
    document = report.to_dict()
    json.dumps(document)
    assert document["exit_code"] == 1 and document["summary"]["triples"] == report.triples
    assert set(report.seconds) >= {"parse", "shacl", "total"}
    assert report.rule("end-before-start").source == "src/ipgraph/check/data_rules.py"


def test_building_is_not_imported_to_check():
    """Checking stays fast because it does not load the extractors (spaCy)."""
    import subprocess
    import sys

    code = ("import sys, ipgraph.cli, ipgraph.check; "
            "print('spacy' in sys.modules, 'ipgraph.builder.build' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]
    assert callable(ipgraph.build) and ipgraph.build is importlib.import_module("ipgraph.builder.build").build


def test_pre_commit_hook_runs_ipgraph_check():
    text = (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8")
    hooks = re.findall(r"^- id: (\S+)\n((?:  .*\n)+)", text, flags=re.M)
    by_id = {hook: body for hook, body in hooks}
    assert "entry: ipgraph check\n" in by_id["ipgraph-check"]
    assert "language: python" in by_id["ipgraph-check"] and "files: \\.ttl$" in by_id["ipgraph-check"]


def test_subclass_axioms_are_all_the_data_borrows_from_the_ontology(res):
    data = load_graph([BROKEN / "good.ttl", BROKEN / "reference.ttl"])
    before = len(data)
    ontology = load_graph([res.ontology])
    shapes = _merge(load_graph([p]) for p in sorted(res.shapes.glob("*.ttl")))
    assert shacl_findings(data, shapes, ontology) == []
    added = {t for t in data} - {t for t in load_graph([BROKEN / "good.ttl", BROKEN / "reference.ttl"])}
    assert {p for _, p, _ in added} == {RDFS.subClassOf} and len(data) - before == len(added)


def test_rdflib_parses_when_pyoxigraph_is_missing(built, monkeypatch):
    """pyoxigraph is optional: without it rdflib parses, into the same graph, with the same findings and lines."""
    _, out = built
    files = sorted(out.glob("*.ttl"))
    cases = [p for p in sorted(BROKEN.glob("*.ttl")) if p.name not in UNREADABLE | {"reference.ttl"}]
    fast_graph = {t for t in load_graph(files)}
    fast = [[(f.rule, f.node, f.line) for f in check([case]).findings] for case in cases]
    monkeypatch.setattr(turtle_module, "pyoxigraph", None)
    assert {t for t in load_graph(files)} == fast_graph
    assert [[(f.rule, f.node, f.line) for f in check([case]).findings] for case in cases] == fast
    from ipgraph.errors import InputError

    try:
        check([BROKEN / "broken-turtle.ttl"])
    except InputError as error:
        assert error.line == 9 and error.message.startswith("invalid Turtle: ")
    else:
        raise AssertionError("broken Turtle was read")


def test_readme_documents_every_rule_beyond_shacl():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for rule in check_module.RULES:
        assert f"| `{rule}` |" in readme, rule
