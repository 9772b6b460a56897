"""Triples → findings: SHACL validation plus the checks SHACL cannot express.

``check()`` is the library entry point (a notebook or another tool calls it);
the CLI only formats its report. A finding names the node by its label, the
rule it broke, what was found, and the passage the node came from.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyshacl
from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL, SH
from rdflib.term import Node

from ipgraph.errors import InputError
from ipgraph.resources import Resources, resources
from ipgraph.triples import IP, IPR, PREFIXES

REFERENCE_FILE = "reference.ttl"
SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
_DECLARING = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
              RDF.Property, OWL.NamedIndividual}
_BUILTIN = {RDF.type}


@dataclass(frozen=True)
class Finding:
    """One thing wrong (or worth knowing) about one node."""

    rule: str
    severity: str
    node: str
    message: str
    label: str | None = None
    path: str | None = None
    value: str | None = None
    source: str | None = None


@dataclass
class CheckReport:
    """The outcome of a check: the findings and what was read."""

    findings: list[Finding] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)
    triples: int = 0

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def exit_code(self, fail_on: str = "violation") -> int:
        """0 when the graph passes, 1 when a finding at or above ``fail_on`` remains."""
        failing = {"violation"} if fail_on == "violation" else {"violation", "warning"}
        return 1 if any(f.severity in failing for f in self.findings) else 0


def turtle_files(paths: Iterable[Path]) -> list[Path]:
    """The Turtle files to check; a report file brings the reference data beside it."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(path.glob("*.ttl")))
        elif path.exists():
            files.append(path)
            sibling = path.parent / REFERENCE_FILE
            if sibling.exists():
                files.append(sibling)
        else:
            raise InputError(path, "no such file or folder")
    if not files:
        raise InputError(Path(", ".join(str(p) for p in paths)), "no Turtle files to check")
    return list(dict.fromkeys(files))


def parse_turtle(path: Path, graph: Graph) -> None:
    """Parse one Turtle file into ``graph``; anything unreadable becomes an InputError with its line."""
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror}") from None
    if not data.strip():
        raise InputError(path, "empty file: no triples")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(path, f"not UTF-8 (byte offset {error.start}); Turtle files must be UTF-8", line) from None
    try:
        graph.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    except Exception as error:  # rdflib raises many types for bad syntax
        raise InputError(path, f"invalid Turtle: {_syntax_message(error)}", _syntax_line(error)) from None


def _syntax_line(error: Exception) -> int | None:
    lines = getattr(error, "lines", None)
    if isinstance(lines, int):
        return lines + 1
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else None


def _syntax_message(error: Exception) -> str:
    text = re.sub(r"\s+", " ", str(error)).strip()
    text = text.split(" at ^ in:", 1)[0]
    return re.sub(r"^at line \d+ of <[^>]*>:\s*", "", text)[:300]


def load_graph(files: list[Path]) -> Graph:
    graph = Graph()
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    for path in files:
        parse_turtle(path, graph)
    return graph


def check(paths: list[Path] | None = None, res: Resources | None = None) -> CheckReport:
    """Validate the graph in ``paths`` (default: the project's ``data/triples``)."""
    res = res or resources()
    files = turtle_files(paths or [res.triples])
    data = load_graph(files)
    ontology = load_graph([res.ontology])
    shapes = load_graph(sorted(res.shapes.glob("*.ttl")))
    report = CheckReport(files=files, triples=len(data))
    report.findings.extend(undeclared_terms(data, ontology))
    report.findings.extend(untyped_nodes(data))
    report.findings.extend(shacl_findings(data, shapes, ontology))
    report.findings.sort(key=lambda f: (f.severity != "violation", f.rule, f.node, f.value or ""))
    return report


def _declared(ontology: Graph) -> set[Node]:
    return {s for s, o in ontology.subject_objects(RDF.type) if o in _DECLARING}


def undeclared_terms(data: Graph, ontology: Graph) -> list[Finding]:
    """Properties and classes the data uses that the ontology does not declare."""
    declared = _declared(ontology) | _BUILTIN
    findings = []
    predicates = {p: s for s, p, _ in data if p not in declared}
    for predicate, subject in sorted(predicates.items()):
        findings.append(Finding("undeclared-property", "violation", str(subject),
                                f"property {_qname(predicate)} is not declared in ontology/ip.ttl",
                                label=_label(data, subject), path=_qname(predicate)))
    classes = {o: s for s, o in data.subject_objects(RDF.type) if o not in declared}
    for cls, subject in sorted(classes.items()):
        findings.append(Finding("undeclared-class", "violation", str(subject),
                                f"class {_qname(cls)} is not declared in ontology/ip.ttl",
                                label=_label(data, subject), value=_qname(cls)))
    return findings


def untyped_nodes(data: Graph) -> list[Finding]:
    """Instance nodes (``ipr:``) described or referred to without any rdf:type."""
    typed = set(data.subjects(RDF.type))
    mentioned = {n for triple in data for n in (triple[0], triple[2]) if isinstance(n, URIRef)}
    findings = []
    for node in sorted(n for n in mentioned - typed if str(n).startswith(str(IPR))):
        described = (node, None, None) in data
        rule, message = ("untyped-node", "node has no rdf:type") if described else (
            "dangling-reference", "node is referred to but not described anywhere in the graph")
        findings.append(Finding(rule, "violation", str(node), message, label=_label(data, node)))
    return findings


def shacl_findings(data: Graph, shapes: Graph, ontology: Graph) -> list[Finding]:
    """pyshacl's results as findings, without inference (materialise at build time instead)."""
    _, results, _ = pyshacl.validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                     allow_warnings=True, allow_infos=True, advanced=True)
    findings = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        message = results.value(result, SH.resultMessage)
        findings.append(Finding(
            rule=_rule(shapes, results, result), severity=SEVERITIES.get(results.value(result, SH.resultSeverity),
                                                                         "violation"),
            node=str(focus), message=str(message) if message else "constraint not met",
            label=_label(data, focus), path=_qname(path) if isinstance(path, URIRef) else None,
            value=_show(value), source=_source(data, focus)))
    return findings


def _rule(shapes: Graph, results: Graph, result: Node) -> str:
    shape = results.value(result, SH.sourceShape)
    component = results.value(result, SH.sourceConstraintComponent)
    owner = shapes.value(None, SH.property, shape) or shape
    name = _qname(owner) if isinstance(owner, URIRef) else "shape"
    path = shapes.value(shape, SH.path)
    parts = [name.split(":")[-1]]
    if isinstance(path, URIRef):
        parts.append(_qname(path))
    if isinstance(component, URIRef):
        parts.append(str(component).split("#")[-1].removesuffix("ConstraintComponent"))
    return "/".join(parts)


def _qname(node: Node | None) -> str:
    if node is None:
        return ""
    text = str(node)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if text.startswith(str(namespace)):
            return f"{prefix}:{text[len(str(namespace)):]}"
    if text.startswith("https://w3id.org/ipgraph/shapes#"):
        return "ips:" + text.split("#", 1)[1]
    return f"<{text}>"


def _show(value: Node | None) -> str | None:
    if value is None:
        return None
    return str(value) if isinstance(value, Literal) else _qname(value)


def _label(data: Graph, node: Node | None) -> str | None:
    if node is None:
        return None
    names = [*data.objects(node, RDFS.label), *data.objects(node, DCTERMS.title)]
    labels = {lit.language: str(lit) for lit in names if isinstance(lit, Literal)}
    if labels:
        return labels.get("zh") or labels.get("en") or next(iter(labels.values()))
    locator = data.value(node, IP.locator)
    return f"passage {locator}" if locator is not None else None


def _source(data: Graph, node: Node | None) -> str | None:
    """The passage a node came from, as ``report-id locator``."""
    if node is None:
        return None
    passage = node if (node, RDF.type, IP.Passage) in data else min(data.objects(node, IP.evidence), default=None)
    if passage is None:
        return None
    report = data.value(passage, IP.inReport)
    locator = data.value(passage, IP.locator)
    report_id = str(report).rsplit("/", 1)[-1] if report is not None else "?"
    return f"{report_id} {locator}" if locator is not None else _qname(passage)
