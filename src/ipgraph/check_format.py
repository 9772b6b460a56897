"""A ``CheckReport`` for people and for machines: text, JSON, JUnit XML and GitHub workflow commands.

Every formatter takes the report and ``fail_on`` (which severities fail the
check) and returns a string; the CLI prints it or writes it to ``--out``.
"""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from collections.abc import Callable

from ipgraph.check import SEVERITY_ORDER, CheckReport, Finding, Rule
from ipgraph.errors import InputError

FORMATS = ("text", "json", "junit", "github")
_PLURAL = {"violation": "violations", "warning": "warnings", "info": "notes"}


def summary(report: CheckReport) -> str:
    """``3 violations, 1 warnings, 0 notes in 6 files (15613 triples)``."""
    return (f"{report.count('violation')} violations, {report.count('warning')} warnings, "
            f"{report.count('info')} notes in {len(report.files)} files ({report.triples} triples)")


def _what(finding: Finding) -> str:
    """The node as a person recognises it: its label, then its IRI."""
    return f"{finding.label} <{finding.node}>" if finding.label else f"<{finding.node}>"


def format_text(report: CheckReport, fail_on: str = "violation", max_per_rule: int = 20) -> str:
    """Findings grouped by severity and rule; each names the node by its label, the value at fault, the passage
    it came from and where the triple is written. ``max_per_rule`` (0: all) keeps long groups readable."""
    lines: list[str] = []
    for rule, findings in report.by_rule().items():
        first = findings[0]
        lines.append(f"{first.severity.upper()} {rule}: {first.message} ({len(findings)})")
        shown = findings if max_per_rule <= 0 else findings[:max_per_rule]
        for f in shown:
            head = _what(f) if f.message == first.message else f"{_what(f)}: {f.message}"
            details = [f"value {f.value}" if f.value else "", f"from {f.source}" if f.source else "",
                       f"at {f.where()}" if f.where() else ""]
            lines.append("  " + "  ".join(x for x in [head, *details] if x))
        if len(findings) > len(shown):
            lines.append(f"  … and {len(findings) - len(shown)} more (all of them with --format json)")
    if lines:
        lines.append("")
    lines.append(summary(report))
    verdict = "passes" if report.exit_code(fail_on) == 0 else "fails"
    lines.append(f"check {verdict} (--fail-on {fail_on}; {len(report.rules)} rules checked)")
    return "\n".join(lines)


def format_json(report: CheckReport, fail_on: str = "violation") -> str:
    """The whole report (summary, rules with their counts, findings) as one JSON document."""
    return json.dumps(report.to_dict(fail_on), ensure_ascii=False, indent=2)


def format_junit(report: CheckReport, fail_on: str = "violation") -> str:
    """One JUnit test case per rule: it fails when the rule has findings at a failing severity; findings below
    that go to the test case's system-out. Readable by any JUnit XML consumer (GitLab, Jenkins, GitHub actions)."""
    failing = {"violation"} if fail_on == "violation" else {"violation", "warning"}
    grouped = report.by_rule()
    rules = list(report.rules) + [Rule(r, fs[0].severity, fs[0].message, "ipgraph.check")
                                  for r, fs in grouped.items() if report.rule(r) is None]
    seconds = f"{report.seconds.get('total', 0.0):.3f}"
    failures = sum(1 for r in rules if any(f.severity in failing for f in grouped.get(r.id, [])))
    suites = ET.Element("testsuites", name="ipgraph check", tests=str(len(rules)), failures=str(failures),
                        errors="0", skipped="0", time=seconds)
    suite = ET.SubElement(suites, "testsuite", name="ipgraph check", tests=str(len(rules)), failures=str(failures),
                          errors="0", skipped="0", time=seconds)
    properties = ET.SubElement(suite, "properties")
    for name, value in (("files", len(report.files)), ("triples", report.triples), ("fail-on", fail_on)):
        ET.SubElement(properties, "property", name=name, value=str(value))
    for rule in rules:
        case = ET.SubElement(suite, "testcase", classname=_classname(rule.source), name=rule.id, time="0")
        if rule.source.endswith(".ttl"):
            case.set("file", rule.source)
        findings = grouped.get(rule.id, [])
        bad = [f for f in findings if f.severity in failing]
        if bad:
            failure = ET.SubElement(case, "failure", type=bad[0].severity,
                                    message=f"{len(bad)} {_PLURAL.get(bad[0].severity, 'findings')}: {bad[0].message}")
            failure.text = "\n".join(_line(f) for f in bad)
        rest = [f for f in findings if f.severity not in failing]
        if rest:
            ET.SubElement(case, "system-out").text = "\n".join(f"{f.severity}: {_line(f)}" for f in rest)
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"


def _classname(source: str) -> str:
    return source.removesuffix(".ttl").removesuffix(".py").removeprefix("src/").replace("/", ".")


def _line(f: Finding) -> str:
    parts = [f"{_what(f)}: {f.message}", f"value {f.value}" if f.value else "",
             f"from {f.source}" if f.source else "", f"at {f.where()}" if f.where() else ""]
    return "  ".join(p for p in parts if p)


_LEVELS = {"violation": "error", "warning": "warning", "info": "notice"}


def format_github(report: CheckReport, fail_on: str = "violation") -> str:
    """GitHub Actions workflow commands, one per finding, pointing at the file and line of the offending triple:
    ``::error file=data/triples/x.ttl,line=41,title=EventShape/ip:organiser/Class::…``; then a summary line."""
    lines = []
    for f in sorted(report.findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), f.file or "", f.line or 0,
                                                    f.rule)):
        message = f"{_what(f)}: {f.message}"
        if f.value:
            message += f" (value {f.value})"
        if f.source:
            message += f" [from {f.source}]"
        lines.append(workflow_command(_LEVELS.get(f.severity, "notice"), message, file=f.file, line=f.line,
                                      title=f.rule))
    lines.append(summary(report))
    return "\n".join(lines)


def workflow_command(level: str, message: str, *, file: str | None = None, line: int | None = None,
                     title: str | None = None) -> str:
    """One ``::level file=…,line=…,title=…::message`` command, escaped as the GitHub runner expects."""
    properties = [("file", file), ("line", str(line) if line else None), ("title", title)]
    props = ",".join(f"{k}={_escape_property(v)}" for k, v in properties if v)
    return f"::{level}{' ' + props if props else ''}::{_escape_data(message)}"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def format_input_error(error: InputError, fmt: str) -> str | None:
    """An unreadable file in the machine formats (None for text: the CLI prints ``error: …`` to stderr)."""
    if fmt == "github":
        return workflow_command("error", error.message, file=str(error.path), line=error.line,
                                title="ipgraph check: input error")
    if fmt == "json":
        return json.dumps({"conforms": False, "exit_code": 2, "error": {"file": str(error.path), "line": error.line,
                                                                          "message": error.message}},
                          ensure_ascii=False, indent=2)
    if fmt == "junit":
        suites = ET.Element("testsuites", name="ipgraph check", tests="1", failures="0", errors="1")
        suite = ET.SubElement(suites, "testsuite", name="ipgraph check", tests="1", failures="0", errors="1")
        case = ET.SubElement(suite, "testcase", classname="ipgraph.check", name="input", file=str(error.path))
        ET.SubElement(case, "error", type="input-error", message=str(error)).text = str(error)
        ET.indent(suites)
        return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
    return None


FORMATTERS: dict[str, Callable[..., str]] = {"text": format_text, "json": format_json, "junit": format_junit,
                                             "github": format_github}
