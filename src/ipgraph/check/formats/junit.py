"""The JUnit XML format: one test case per rule, so a CI dashboard lists every rule that was checked.

A rule's test case fails when it has findings at or above ``--fail-on``; findings
below that go to its system-out. Readable by any JUnit XML consumer (GitLab,
Jenkins, GitHub actions). Every string from the data passes ``visible()``, so
the file is well-formed XML 1.0 whatever a literal holds.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET

from ipgraph.check.formats.base import Format, finding_line, visible
from ipgraph.check.model import CheckReport, Finding, Rule, failing_severities, plural
from ipgraph.errors import InputError

_SUITE = "ipgraph check"
_PYTHON_RULES = "ipgraph.check"  # the class name of every Python rule, wherever in the package it is defined


class JUnit(Format):
    name = "junit"
    help = "one test case per rule"

    def render(self, report: CheckReport, fail_on: str = "violation", max_per_rule: int = 20) -> str:
        failing = failing_severities(fail_on)
        grouped = report.by_rule()
        known = {r.id for r in report.rules}
        rules = list(report.rules) + [Rule(r, fs[0].severity, fs[0].message, _PYTHON_RULES)
                                      for r, fs in grouped.items() if r not in known]
        failures = sum(1 for r in rules if any(f.severity in failing for f in grouped.get(r.id, [])))
        counts = {"tests": str(len(rules)), "failures": str(failures), "errors": "0", "skipped": "0",
                  "time": f"{report.seconds.get('total', 0.0):.3f}"}
        suites = ET.Element("testsuites", {"name": _SUITE, **counts})
        suite = ET.SubElement(suites, "testsuite", {"name": _SUITE, **counts})
        properties = ET.SubElement(suite, "properties")
        for name, value in (("files", len(report.files)), ("triples", report.triples), ("fail-on", fail_on)):
            ET.SubElement(properties, "property", name=name, value=str(value))
        for rule in rules:
            _case(suite, rule, grouped.get(rule.id, []), failing)
        return _document(suites)

    def render_error(self, error: InputError) -> str | None:
        suites = ET.Element("testsuites", name=_SUITE, tests="1", failures="0", errors="1")
        suite = ET.SubElement(suites, "testsuite", name=_SUITE, tests="1", failures="0", errors="1")
        case = ET.SubElement(suite, "testcase", classname=_PYTHON_RULES, name="input", file=visible(str(error.path)))
        ET.SubElement(case, "error", type="input-error", message=visible(str(error))).text = visible(str(error))
        return _document(suites)


def _case(suite: ET.Element, rule: Rule, findings: list[Finding], failing: set[str]) -> None:
    case = ET.SubElement(suite, "testcase", classname=_classname(rule.source), name=visible(rule.id), time="0")
    if rule.source.endswith(".ttl"):
        case.set("file", rule.source)
    bad = [f for f in findings if f.severity in failing]
    if bad:
        message = visible(f"{len(bad)} {plural(bad[0].severity)}: {bad[0].message}")
        failure = ET.SubElement(case, "failure", type=bad[0].severity, message=message)
        failure.text = "\n".join(finding_line(f) for f in bad)
    rest = [f for f in findings if f.severity not in failing]
    if rest:
        ET.SubElement(case, "system-out").text = "\n".join(f"{f.severity}: {finding_line(f)}" for f in rest)


def _classname(source: str) -> str:
    if source.startswith("src/ipgraph/check"):
        return _PYTHON_RULES
    return source.removesuffix(".ttl").removesuffix(".py").removeprefix("src/").replace("/", ".")


def _document(root: ET.Element) -> str:
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
