"""The report model: severities, rules, findings and the report that holds them.

Every piece of severity logic lives here once (rank, plural, which severities
fail at ``--fail-on``, the GitHub level, the SHACL term), so the runner and
every output format agree on it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from pathlib import Path

from rdflib.namespace import SH
from rdflib.term import Node


@dataclass(frozen=True)
class Severity:
    """One severity as every part of check needs it."""

    name: str  # what a Finding and a Rule carry: violation, warning, info
    rank: int  # 0 is the most severe
    plural: str  # "3 violations", "1 warnings", "0 notes"
    github: str  # the GitHub workflow command level
    shacl: Node  # sh:Violation …


VIOLATION, WARNING, INFO = "violation", "warning", "info"
SEVERITIES: dict[str, Severity] = {s.name: s for s in (
    Severity(VIOLATION, 0, "violations", "error", SH.Violation),
    Severity(WARNING, 1, "warnings", "warning", SH.Warning),
    Severity(INFO, 2, "notes", "notice", SH.Info),
)}
SEVERITY_ORDER = {name: s.rank for name, s in SEVERITIES.items()}
FAIL_ON = (VIOLATION, WARNING)
_BY_SHACL = {s.shacl: s.name for s in SEVERITIES.values()}


def severity_of(shacl_term: Node | None) -> str:
    """sh:Warning → "warning"; anything else a shape may say (or nothing) counts as a violation."""
    return _BY_SHACL.get(shacl_term, VIOLATION)  # type: ignore[arg-type]


def rank(severity: str) -> int:
    return SEVERITY_ORDER.get(severity, len(SEVERITIES))


def failing_severities(fail_on: str) -> set[str]:
    """The severities that fail a check run with ``--fail-on fail_on``: notes never fail."""
    if fail_on not in FAIL_ON:
        raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    return {s.name for s in SEVERITIES.values() if s.rank <= SEVERITIES[fail_on].rank}


def plural(severity: str) -> str:
    found = SEVERITIES.get(severity)
    return found.plural if found else "findings"


@dataclass(frozen=True)
class Finding:
    """One thing wrong (or worth knowing) about one node.

    ``node`` is the node at fault (an IRI, or a file for rebuild findings),
    ``path`` the property and ``value`` the value concerned, ``source`` the
    passage the node came from (``<report id> <locator>``), ``file``/``line``
    where the offending triple is written, and ``subject`` the subject of that
    triple when it is not ``node`` itself (a dangling reference is written on
    the node that refers to it).
    """

    rule: str
    severity: str
    node: str
    message: str
    label: str | None = None
    path: str | None = None
    value: str | None = None
    source: str | None = None
    file: str | None = None
    line: int | None = None
    subject: str | None = None

    def where(self) -> str | None:
        if self.file is None:
            return None
        return f"{self.file}:{self.line}" if self.line else self.file

    def sort_key(self) -> tuple:
        return rank(self.severity), self.rule, self.node, self.value or ""


@dataclass(frozen=True)
class Rule:
    """A rule a finding can cite: a SHACL constraint or a Python rule (``ipgraph.check.registry``)."""

    id: str
    severity: str
    description: str
    source: str  # the file that defines it

    def as_dict(self) -> dict[str, str]:
        return {"id": self.id, "severity": self.severity, "description": self.description, "source": self.source}


@dataclass
class CheckReport:
    """The outcome of a check: the findings, the rules that were checked and what was read."""

    findings: list[Finding] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    triples: int = 0
    rules: list[Rule] = field(default_factory=list)
    shapes: list[Path] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def counts(self) -> dict[str, int]:
        """Findings per severity, every severity present (one pass)."""
        found = dict.fromkeys(SEVERITIES, 0)
        for finding in self.findings:
            found[finding.severity] = found.get(finding.severity, 0) + 1
        return found

    def failing(self, fail_on: str = VIOLATION) -> list[Finding]:
        """The findings that make the check fail at ``fail_on`` (violation, or violation and warning)."""
        failing = failing_severities(fail_on)
        return [f for f in self.findings if f.severity in failing]

    def exit_code(self, fail_on: str = VIOLATION) -> int:
        """0 when the graph passes, 1 when a finding at or above ``fail_on`` remains."""
        failing = failing_severities(fail_on)
        return 1 if any(f.severity in failing for f in self.findings) else 0

    def by_rule(self) -> dict[str, list[Finding]]:
        grouped: dict[str, list[Finding]] = {}
        for finding in self.findings:
            grouped.setdefault(finding.rule, []).append(finding)
        return grouped

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def summary(self) -> str:
        """``3 violations, 1 warnings, 0 notes in 6 files (15613 triples)``."""
        counts = self.counts()
        parts = ", ".join(f"{counts[name]} {s.plural}" for name, s in SEVERITIES.items())
        return f"{parts} in {len(self.files)} files ({self.triples} triples)"

    def to_dict(self, fail_on: str = VIOLATION) -> dict:
        """Everything in the report as plain JSON-ready data."""
        findings = self.by_rule()
        return {
            "conforms": self.exit_code(fail_on) == 0,
            "exit_code": self.exit_code(fail_on),
            "fail_on": fail_on,
            "summary": {**self.counts(), "files": len(self.files), "triples": self.triples, "rules": len(self.rules)},
            "files": [str(p) for p in self.files],
            "shapes": [str(p) for p in self.shapes],
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "rules": [{**r.as_dict(), "findings": len(findings.get(r.id, []))} for r in self.rules],
            "findings": [{k: v for k, v in asdict(f).items() if v is not None} for f in self.findings],
        }
