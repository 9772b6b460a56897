"""ipgraph check for people and machines: text, JSON, JUnit XML, GitHub workflow commands, --out and exit codes."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from ipgraph.check import check, format_text, workflow_command
from ipgraph.cli import main

from conftest import ROOT

BROKEN = ROOT / "tests" / "broken"
ID = "https://w3id.org/ipgraph/id/"


def run(*args: str):
    return CliRunner().invoke(main, ["check", *args])


@pytest.fixture(autouse=True)
def in_the_checkout(monkeypatch):
    """Paths in the output are relative to the working directory, as GitHub wants them."""
    monkeypatch.chdir(ROOT)


def test_github_format_line_by_line():
    result = run("tests/broken/dangling-organiser.ttl", "--format", "github")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        "::error file=tests/broken/dangling-organiser.ttl,line=9,title=EventShape/ip%3Aorganiser/Class::"
        f"知识产权论坛 <{ID}event/dangling>: ip:organiser must be an ip:Actor (organisation, country or person) "
        "described in the graph (value ipr:org/NO-SUCH-ORG) [from test-report 1]",
        "::error file=tests/broken/dangling-organiser.ttl,line=9,title=dangling-reference::"
        f"<{ID}org/NO-SUCH-ORG>: node is referred to (by 知识产权论坛 <{ID}event/dangling> via ip:organiser) "
        "but not described anywhere in the graph (value ipr:org/NO-SUCH-ORG) [from test-report 1]",
        "2 violations, 0 warnings, 0 notes in 2 files (76 triples)",
    ]


def test_github_format_levels_follow_severity_and_point_at_the_triple():
    warning = run("tests/broken/webinar-in-person.ttl", "--format", "github")
    assert warning.exit_code == 0
    assert warning.stdout.splitlines()[0].startswith(
        "::warning file=tests/broken/webinar-in-person.ttl,line=9,title=WebinarShape/ip%3Amode/In::线下网络研讨会")
    lines = (BROKEN / "webinar-in-person.ttl").read_text(encoding="utf-8").splitlines()
    assert lines[9 - 1].strip() == "ip:mode ip:InPerson ;"


def test_github_format_reports_an_unreadable_file_as_an_annotation():
    result = run("tests/broken/broken-turtle.ttl", "--format", "github")
    assert result.exit_code == 2
    assert result.stdout.splitlines()[0].startswith(
        "::error file=tests/broken/broken-turtle.ttl,line=9,title=ipgraph check%3A input error::invalid Turtle: ")


def test_workflow_commands_escape_what_github_would_misread():
    assert workflow_command("error", "50% done\nnext", file="a,b.ttl", line=3, title="x:y") == \
        "::error file=a%2Cb.ttl,line=3,title=x%3Ay::50%25 done%0Anext"
    assert workflow_command("notice", "plain") == "::notice::plain"


def test_junit_loads_with_a_junit_parser_one_test_case_per_rule(tmp_path):
    out = tmp_path / "report.xml"
    result = run("tests/broken/dangling-organiser.ttl", "--format", "junit", "--out", str(out))
    assert result.exit_code == 1
    assert "2 violations" in result.stdout  # the readable text still goes to standard output
    suites = ET.parse(out).getroot()
    assert suites.tag == "testsuites"
    (suite,) = suites.findall("testsuite")
    cases = suite.findall("testcase")
    names = [c.get("name") for c in cases]
    assert len(names) == len(set(names)) == int(suite.get("tests")) > 100
    failed = {c.get("name"): c.find("failure") for c in cases if c.find("failure") is not None}
    assert set(failed) == {"EventShape/ip:organiser/Class", "dangling-reference"}
    assert suite.get("failures") == suites.get("failures") == "2" and suite.get("errors") == "0"
    failure = failed["EventShape/ip:organiser/Class"]
    assert failure.get("type") == "violation"
    assert failure.get("message").startswith("1 violations: ip:organiser must be an ip:Actor")
    assert f"知识产权论坛 <{ID}event/dangling>" in failure.text
    assert "at tests/broken/dangling-organiser.ttl:9" in failure.text
    by_name = {c.get("name"): c for c in cases}
    assert by_name["EventShape/ip:organiser/Class"].get("classname") == "shapes.events"
    assert by_name["EventShape/ip:organiser/Class"].get("file") == "shapes/events.ttl"
    assert by_name["quote-not-in-passage"].get("classname") == "ipgraph.check"
    assert by_name["AgreementShape/ip:party/Class"].find("failure") is None  # passing rules are test cases too


def test_junit_warnings_fail_only_with_fail_on_warning(tmp_path):
    out = tmp_path / "report.xml"
    run("tests/broken/webinar-in-person.ttl", "--format", "junit", "--out", str(out))
    case = next(c for c in ET.parse(out).getroot().iter("testcase") if c.get("name") == "WebinarShape/ip:mode/In")
    assert case.find("failure") is None and "warning: 线下网络研讨会" in case.find("system-out").text
    run("tests/broken/webinar-in-person.ttl", "--format", "junit", "--out", str(out), "--fail-on", "warning")
    case = next(c for c in ET.parse(out).getroot().iter("testcase") if c.get("name") == "WebinarShape/ip:mode/In")
    assert case.find("failure").get("type") == "warning"


def test_junit_for_an_unreadable_file_is_an_error_case(tmp_path):
    out = tmp_path / "report.xml"
    assert run("tests/broken/empty.ttl", "--format", "junit", "--out", str(out)).exit_code == 2
    suite = ET.parse(out).getroot().find("testsuite")
    assert suite.get("errors") == "1"
    assert "empty file" in suite.find("testcase/error").get("message")


def test_json_is_the_whole_report():
    result = run("tests/broken/quote-not-in-passage.ttl", "--format", "json")
    assert result.exit_code == 1
    document = json.loads(result.stdout)
    assert document["conforms"] is False and document["exit_code"] == 1
    assert document["summary"]["violation"] == 1 and document["summary"]["files"] == 2
    (finding,) = document["findings"]
    assert finding == {
        "rule": "quote-not-in-passage", "severity": "violation", "node": f"{ID}event/misquoted",
        "message": 'ip:quote "在上海联合举办" is not in the text of its evidence passage (test-report 1)',
        "label": "引文错误研讨会", "path": "ip:quote", "value": '"在上海联合举办"', "source": "test-report 1",
        "file": "tests/broken/quote-not-in-passage.ttl", "line": 9}
    rules = {r["id"]: r for r in document["rules"]}
    assert rules["quote-not-in-passage"]["findings"] == 1
    assert rules["EventShape/ip:organiser/Class"] == {
        "id": "EventShape/ip:organiser/Class", "severity": "violation", "source": "shapes/events.ttl", "findings": 0,
        "description": "ip:organiser must be an ip:Actor (organisation, country or person) described in the graph"}


def test_text_groups_by_rule_and_names_node_value_passage_and_line():
    report = check([BROKEN / "dangling-organiser.ttl"])
    text = format_text(report)
    assert text.splitlines() == [
        "VIOLATION EventShape/ip:organiser/Class: ip:organiser must be an ip:Actor (organisation, country or person) "
        "described in the graph (1)",
        f"  知识产权论坛 <{ID}event/dangling>  value ipr:org/NO-SUCH-ORG  from test-report 1  "
        "at tests/broken/dangling-organiser.ttl:9",
        f"VIOLATION dangling-reference: node is referred to (by 知识产权论坛 <{ID}event/dangling> via ip:organiser) "
        "but not described anywhere in the graph (1)",
        f"  <{ID}org/NO-SUCH-ORG>  value ipr:org/NO-SUCH-ORG  from test-report 1  "
        "at tests/broken/dangling-organiser.ttl:9",
        "",
        "2 violations, 0 warnings, 0 notes in 2 files (76 triples)",
        f"check fails (--fail-on violation; {len(report.rules)} rules checked)",
    ]


def test_text_shortens_long_groups(tmp_path):
    body = "".join(f"<{ID}org/X{i}> <http://www.w3.org/2000/01/rdf-schema#label> \"机构{i}\"@zh .\n"
                   for i in range(30))
    (tmp_path / "many.ttl").write_text(body, encoding="utf-8")
    result = run(str(tmp_path / "many.ttl"), "--max-per-rule", "5")
    assert "VIOLATION untyped-node: node has no rdf:type (30)" in result.output
    assert "  … and 25 more (all of them with --format json)" in result.output
    assert len([line for line in result.output.splitlines() if line.startswith("  机构")]) == 5


def test_out_writes_the_chosen_format_and_prints_text(tmp_path):
    out = tmp_path / "nested" / "check.json"
    result = run("tests/broken/good.ttl", "--format", "json", "--out", str(out))
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["conforms"] is True
    assert result.stdout.splitlines()[-2:] == ["0 violations, 0 warnings, 0 notes in 2 files (112 triples)",
                                               f"check passes (--fail-on violation; "
                                               f"{len(check([BROKEN / 'good.ttl']).rules)} rules checked)"]


def test_library_report_fail_on():
    report = check([BROKEN / "webinar-in-person.ttl"])
    assert report.exit_code() == 0 and report.exit_code("warning") == 1
    assert [f.rule for f in report.failing("warning")] == ["WebinarShape/ip:mode/In"]
    with pytest.raises(ValueError):
        report.exit_code("info")
