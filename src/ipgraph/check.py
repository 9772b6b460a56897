"""Triples → findings: SHACL validation plus the checks SHACL cannot express.

``check()`` is the library entry point (a notebook, a CI job or another tool
calls it); the CLI only formats its report (``ipgraph.check_format``). A
finding names the node by its label, the rule it broke, what was found, the
passage the node came from, and the file and line of the offending triple.

One run checks, in this order:

1. the data against ``ontology/ip.ttl``: every property and class used is
   declared, every ``ipr:`` node referred to is described and typed, every
   typed literal is valid for its datatype (no 30 February);
2. what needs a join, once over the whole graph in Python (never as a per-node
   ``sh:sparql``, which the field notes measure at ~90% of a run): an event's
   end not before its start, dates not after the report that states them,
   quotes found in their evidence passage, SDG targets under the right goal,
   IRIs that agree with the code they carry;
3. the data against the shapes in ``shapes/`` (pyshacl, SHACL Core);
4. the shapes themselves (pyshacl's SHACL-for-SHACL, every term they use is
   declared, no shape defined in two files) and the ontology's integrity
   (labels in English and Chinese, comments, domains and ranges);
5. optionally (``rebuild=True``) that the triples are byte for byte what a
   fresh ``ipgraph build`` of the bundled reports writes.

How it stays fast (figures: ``benchmarks/check_bench.py``):

- Turtle is parsed with pyoxigraph when it is installed (about 10× faster than
  rdflib's parser) straight into an rdflib graph; rdflib parses otherwise.
- No inference and no ontology mixed into the data: only the ontology's
  ``rdfs:subClassOf`` triples are added, which is all ``sh:targetClass`` and
  ``sh:class`` need to see subclasses.
- Property shapes are hoisted out of their node shapes, taking the node shape's
  targets. The results are the same, but pyshacl then builds each constraint
  once for all focus nodes instead of once per focus node.
- A property shape made only of cheap nested shapes (an ``sh:or`` of datatypes,
  "at least one label in Chinese") is first decided in Python; pyshacl then
  validates it only on the focus nodes that may fail, and reports those.
"""

from __future__ import annotations

import hashlib
import logging
import re
import tempfile
import time
from calendar import monthrange
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pyshacl
from pyshacl.errors import ReportableRuntimeError
from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SH, SKOS
from rdflib.term import Node

from ipgraph.errors import InputError
from ipgraph.resources import Resources, resources
from ipgraph.vocab import IP, IPR, IPS, PREFIXES

try:  # optional: a fast Turtle parser (Rust); rdflib's own parser is the fallback
    import pyoxigraph
except ImportError:  # pragma: no cover - depends on the environment
    pyoxigraph = None

REFERENCE_FILE = "reference.ttl"
SEVERITIES = {SH.Violation: "violation", SH.Warning: "warning", SH.Info: "info"}
SEVERITY_ORDER = {"violation": 0, "warning": 1, "info": 2}
FAIL_ON = ("violation", "warning")
_DECLARING = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
              RDF.Property, OWL.NamedIndividual}
_BUILTIN = {RDF.type}
_CHECK_PY = "src/ipgraph/check.py"


# ---------------------------------------------------------------------------
# Report structure
# ---------------------------------------------------------------------------

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


@dataclass(frozen=True)
class Rule:
    """A rule a finding can cite: a SHACL constraint or one of the checks in this module."""

    id: str
    severity: str
    description: str
    source: str  # the file that defines it


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

    def failing(self, fail_on: str = "violation") -> list[Finding]:
        """The findings that make the check fail at ``fail_on`` (violation, or violation and warning)."""
        if fail_on not in FAIL_ON:
            raise ValueError(f"fail_on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
        failing = {"violation"} if fail_on == "violation" else {"violation", "warning"}
        return [f for f in self.findings if f.severity in failing]

    def exit_code(self, fail_on: str = "violation") -> int:
        """0 when the graph passes, 1 when a finding at or above ``fail_on`` remains."""
        return 1 if self.failing(fail_on) else 0

    def by_rule(self) -> dict[str, list[Finding]]:
        grouped: dict[str, list[Finding]] = {}
        for finding in self.findings:
            grouped.setdefault(finding.rule, []).append(finding)
        return grouped

    def rule(self, rule_id: str) -> Rule | None:
        return next((r for r in self.rules if r.id == rule_id), None)

    def to_dict(self, fail_on: str = "violation") -> dict:
        """Everything in the report as plain JSON-ready data."""
        counts = {s: self.count(s) for s in SEVERITY_ORDER}
        findings = self.by_rule()
        return {
            "conforms": not self.failing(fail_on),
            "exit_code": self.exit_code(fail_on),
            "fail_on": fail_on,
            "summary": {**counts, "files": len(self.files), "triples": self.triples, "rules": len(self.rules)},
            "files": [str(p) for p in self.files],
            "shapes": [str(p) for p in self.shapes],
            "seconds": {k: round(v, 3) for k, v in self.seconds.items()},
            "rules": [{**asdict(r), "findings": len(findings.get(r.id, []))} for r in self.rules],
            "findings": [{k: v for k, v in asdict(f).items() if v is not None} for f in self.findings],
        }


RULES: dict[str, Rule] = {r.id: r for r in [
    Rule("undeclared-property", "violation", "every property the data uses is declared in ontology/ip.ttl", _CHECK_PY),
    Rule("undeclared-class", "violation", "every class the data uses is declared in ontology/ip.ttl", _CHECK_PY),
    Rule("untyped-node", "violation", "every ipr: node that is described has an rdf:type", _CHECK_PY),
    Rule("dangling-reference", "violation", "every ipr: node that is referred to is described in the graph",
         _CHECK_PY),
    Rule("ill-typed-literal", "violation",
         "every typed value is valid for its datatype: a real calendar date, a month 01-12, a number", _CHECK_PY),
    Rule("end-before-start", "violation", "an event does not end before it starts", _CHECK_PY),
    Rule("date-after-report", "warning",
         "an event or signing is not dated more than a year after the report that states it", _CHECK_PY),
    Rule("quote-not-in-passage", "violation", "a cited ip:quote is part of the text of an evidence passage",
         _CHECK_PY),
    Rule("quote-without-evidence", "violation", "a node that cites an ip:quote has an ip:evidence passage",
         _CHECK_PY),
    Rule("sdg-goal-mismatch", "violation", "an SDG target's ip:goal is the goal its code belongs to", _CHECK_PY),
    Rule("iri-mismatch", "violation",
         "ipr:country/<code>, ipr:sdg/<code> and ipr:da/<number> agree with the code the node carries", _CHECK_PY),
    Rule("shapes-invalid", "violation", "the shapes are valid SHACL (pyshacl's SHACL-for-SHACL)", _CHECK_PY),
    Rule("shacl-error", "violation", "pyshacl can load and run every shape (else the data is not validated)",
         _CHECK_PY),
    Rule("shape-defined-twice", "violation", "each named shape is defined in one shapes file only", _CHECK_PY),
    Rule("shape-term-undeclared", "violation", "every property, class and value a shape names is declared in "
         "ontology/ip.ttl", _CHECK_PY),
    Rule("shape-without-message", "warning", "every constraint says in sh:message what a person should fix",
         _CHECK_PY),
    Rule("ontology-label-missing", "violation", "every ip: term has an rdfs:label in English (@en) and Chinese (@zh)",
         _CHECK_PY),
    Rule("ontology-comment-missing", "warning", "every ip: class and property has an rdfs:comment", _CHECK_PY),
    Rule("ontology-domain-missing", "violation", "every ip: property declares its rdfs:domain", _CHECK_PY),
    Rule("ontology-range-missing", "violation", "every ip: property declares its rdfs:range", _CHECK_PY),
    Rule("ontology-term-undeclared", "violation", "every ip: class a domain, range or superclass names is declared",
         _CHECK_PY),
    Rule("rebuild-differs", "violation", "(--rebuild) each file is byte for byte what a fresh build writes",
         _CHECK_PY),
    Rule("rebuild-missing", "violation", "(--rebuild) every file a fresh build writes is there", _CHECK_PY),
    Rule("rebuild-extra", "violation", "(--rebuild) every Turtle file checked is one a fresh build writes",
         _CHECK_PY),
]}
_REBUILD_RULES = {"rebuild-differs", "rebuild-missing", "rebuild-extra"}


# ---------------------------------------------------------------------------
# Entry point
# ---------------------------------------------------------------------------

def check(paths: list[Path] | None = None, res: Resources | None = None, *, rebuild: bool = False,
          meta: bool = True, locate: bool = True) -> CheckReport:
    """Validate the graph in ``paths`` (default: the project's ``data/triples``).

    ``rebuild`` also compares the files with a fresh build of the bundled reports;
    ``meta`` checks the shapes and the ontology themselves; ``locate`` finds the
    file and line of each finding. Raises ``InputError`` when a file cannot be read.
    """
    res = res or resources()
    clock = _Clock()
    with _quiet_rdflib():
        files = turtle_files(paths or [res.triples])
        ontology = load_graph([res.ontology])
        shape_files = {path: load_graph([path]) for path in sorted(res.shapes.glob("*.ttl"))}
        shapes = _merge(shape_files.values())
        data = load_graph(files)
        clock.lap("parse")
        report = CheckReport(files=files, triples=len(data), shapes=list(shape_files))
        report.rules = shape_rules(shapes, shape_files, res.root) + [
            r for r in RULES.values() if rebuild or r.id not in _REBUILD_RULES]
        scan = _scan(data, ontology)
        report.findings.extend(scan.findings)
        report.findings.extend(graph_findings(data))
        clock.lap("graph checks")
        report.findings.extend(shacl_findings(data, shapes, ontology, ill_typed=scan.ill_typed))
        clock.lap("shacl")
        if meta:
            report.findings.extend(meta_findings(shape_files, shapes, ontology, res))
            clock.lap("shapes and ontology")
        if rebuild:
            report.findings.extend(rebuild_findings(files, paths or [res.triples], res))
            clock.lap("rebuild")
        if locate:
            report.findings = locate_findings(report.findings, files, res.root)
            clock.lap("locate")
    report.findings.sort(key=lambda f: (SEVERITY_ORDER.get(f.severity, 3), f.rule, f.node, f.value or ""))
    report.seconds = clock.laps
    return report


class _Clock:
    def __init__(self) -> None:
        self.start = self.last = time.perf_counter()
        self.laps: dict[str, float] = {}

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.laps[name] = now - self.last
        self.laps["total"] = now - self.start
        self.last = now


@contextmanager
def _quiet_rdflib() -> Iterator[None]:
    """rdflib logs a traceback for every ill-typed literal it parses; ill-typed-literal reports them instead."""
    logger = logging.getLogger("rdflib.term")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


# ---------------------------------------------------------------------------
# Reading Turtle
# ---------------------------------------------------------------------------

def turtle_files(paths: Iterable[Path]) -> list[Path]:
    """The Turtle files to check; a report file brings the reference data beside it."""
    files: list[Path] = []
    paths = list(paths)
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
    data = data.removeprefix(b"\xef\xbb\xbf")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(path, f"not UTF-8 (byte offset {error.start}); Turtle files must be UTF-8", line) from None
    if pyoxigraph is not None:
        _parse_oxigraph(path, data, graph)
        return
    try:
        graph.parse(data=text, format="turtle", publicID=path.resolve().as_uri())
    except Exception as error:  # rdflib raises many types for bad syntax
        raise InputError(path, f"invalid Turtle: {_syntax_message(error)}", _syntax_line(error)) from None


_XSD_STRING = str(XSD.string)


def _parse_oxigraph(path: Path, data: bytes, graph: Graph) -> None:
    """pyoxigraph parses; its terms become rdflib terms (shared, so equal literals are one object)."""
    iris: dict[str, URIRef] = {}
    literals: dict[tuple, Literal] = {}
    blanks: dict[str, BNode] = {}
    named, literal_type = pyoxigraph.NamedNode, pyoxigraph.Literal

    def term(t):  # noqa: ANN001, ANN202 - hot path
        kind = type(t)
        if kind is named:
            value = t.value
            node = iris.get(value)
            if node is None:
                node = iris[value] = URIRef(value)
            return node
        if kind is literal_type:
            key = (t.value, t.language, t.datatype.value)
            node = literals.get(key)
            if node is None:
                if t.language:
                    node = Literal(t.value, lang=t.language)
                else:
                    datatype = t.datatype.value
                    node = Literal(t.value, datatype=None if datatype == _XSD_STRING else URIRef(datatype))
                literals[key] = node
            return node
        value = t.value
        node = blanks.get(value)
        if node is None:
            node = blanks[value] = BNode(value)
        return node

    add = graph.store.add
    try:
        for quad in pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE, base_iri=path.resolve().as_uri(),
                                     rename_blank_nodes=True, without_named_graphs=True):
            add((term(quad.subject), term(quad.predicate), term(quad.object)), graph)
    except SyntaxError as error:
        match = re.match(r"Parser error at line \d+ (?:between columns (\d+) and \d+|column (\d+)): (.*)$",
                         str(error.msg), flags=re.S)
        message = f"{match.group(3)} (column {match.group(1) or match.group(2)})" if match else str(error.msg)
        raise InputError(path, f"invalid Turtle: {message}", error.lineno) from None


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


def _merge(graphs: Iterable[Graph]) -> Graph:
    merged = Graph()
    for graph in graphs:
        for triple in graph:
            merged.add(triple)
        for prefix, namespace in graph.namespaces():
            merged.bind(prefix, namespace, override=False)
    return merged


# ---------------------------------------------------------------------------
# Checks over the data graph (one pass, then joins)
# ---------------------------------------------------------------------------

@dataclass
class _Scan:
    findings: list[Finding]
    ill_typed: set[Literal]


def _declared(ontology: Graph) -> set[Node]:
    return {s for s, o in ontology.subject_objects(RDF.type) if o in _DECLARING}


def _scan(data: Graph, ontology: Graph) -> _Scan:
    """One pass over every triple: undeclared terms, untyped and dangling nodes, ill-typed literals."""
    declared = _declared(ontology) | _BUILTIN
    first_use: dict[Node, Node] = {}
    classes: dict[Node, Node] = {}
    typed: set[Node] = set()
    described: set[Node] = set()
    referred: dict[Node, list] = {}
    checked_literals: dict[Literal, str | None] = {}
    bad_literals: list[tuple[Node, Node, Literal, str]] = []
    ipr = str(IPR)
    rdf_type = RDF.type
    for s, p, o in data:
        if p not in declared and p not in first_use:
            first_use[p] = s
        described.add(s)
        if p == rdf_type:
            typed.add(s)
            if o not in declared and o not in classes:
                classes[o] = s
            continue
        if type(o) is URIRef:
            if o.startswith(ipr):
                refs = referred.get(o)
                if refs is None:
                    referred[o] = [s, p, 1]
                else:
                    refs[2] += 1
        elif type(o) is Literal and o.datatype is not None and o.datatype in _LITERAL_CHECKS:
            problem = checked_literals.get(o, "")
            if problem == "":
                problem = checked_literals[o] = literal_problem(o)
            if problem:
                bad_literals.append((s, p, o, problem))
    findings = []
    for predicate, subject in sorted(first_use.items()):
        findings.append(Finding("undeclared-property", "violation", str(subject),
                                f"property {_qname(predicate)} is not declared in ontology/ip.ttl",
                                label=_label(data, subject), path=_qname(predicate), source=_source(data, subject)))
    for cls, subject in sorted(classes.items()):
        findings.append(Finding("undeclared-class", "violation", str(subject),
                                f"class {_qname(cls)} is not declared in ontology/ip.ttl",
                                label=_label(data, subject), path="rdf:type", value=_qname(cls),
                                source=_source(data, subject)))
    for node in sorted(n for n in described - typed if isinstance(n, URIRef) and n.startswith(ipr)):
        findings.append(Finding("untyped-node", "violation", str(node), "node has no rdf:type",
                                label=_label(data, node), source=_source(data, node)))
    for node in sorted(n for n in referred if n not in described):
        subject, predicate, count = referred[node]
        others = f" and {count - 1} more triple{'s' if count > 2 else ''}" if count > 1 else ""
        who = _named(data, subject)
        findings.append(Finding(
            "dangling-reference", "violation", str(node),
            f"node is referred to (by {who} via {_qname(predicate)}{others}) but not described anywhere in the graph",
            label=_label(data, node), path=_qname(predicate), value=_qname(node), source=_source(data, subject),
            subject=str(subject)))
    for s, p, o, problem in bad_literals:
        findings.append(Finding("ill-typed-literal", "violation", str(s), problem, label=_label(data, s),
                                path=_qname(p), value=_show(o), source=_source(data, s)))
    return _Scan(findings, {o for _, _, o, _ in bad_literals})


_DATE_TYPES = {XSD.date, XSD.gYearMonth, XSD.gYear}
_LITERAL_CHECKS = {XSD.date, XSD.gYearMonth, XSD.gYear, XSD.dateTime, XSD.integer, XSD.nonNegativeInteger,
                   XSD.positiveInteger, XSD.int, XSD.long, XSD.decimal, XSD.double, XSD.float, XSD.boolean}
_TZ = r"(?:Z|[+-](?:0\d|1[0-4]):[0-5]\d)?"
_LEXICAL = {
    XSD.date: re.compile(rf"-?(\d{{4,}})-(\d\d)-(\d\d){_TZ}"),
    XSD.gYearMonth: re.compile(rf"-?(\d{{4,}})-(\d\d){_TZ}"),
    XSD.gYear: re.compile(rf"-?(\d{{4,}}){_TZ}"),
}
_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"]


def literal_problem(value: Literal) -> str | None:
    """Why a typed literal is not valid for its datatype, or None when it is."""
    datatype = value.datatype
    text = str(value)
    name = _qname(datatype)
    pattern = _LEXICAL.get(datatype)
    if pattern is not None:
        match = pattern.fullmatch(text)
        if not match:
            shapes = {XSD.date: "YYYY-MM-DD", XSD.gYearMonth: "YYYY-MM", XSD.gYear: "YYYY"}
            return f'"{text}" is not a valid {name}: write it as {shapes[datatype]}'
        if datatype in (XSD.date, XSD.gYearMonth):
            year, month = int(match.group(1)), int(match.group(2))
            if not 1 <= month <= 12:
                return f'"{text}" is not a valid {name}: there is no month {month:02d}'
            if datatype == XSD.date:
                day = int(match.group(3))
                last = monthrange(year, month)[1] if 1 <= year <= 9999 else 31
                if not 1 <= day <= last:
                    return (f'"{text}" is not a real calendar date: {_MONTHS[month - 1]} {year} has {last} days')
        return None
    if getattr(value, "ill_typed", None) is True:
        return f'"{text}" is not a valid {name}'
    return None


def graph_findings(data: Graph) -> list[Finding]:
    """The checks that need a join, each one pass in Python over the graph."""
    return [*date_findings(data), *quote_findings(data), *commitment_findings(data)]


def date_interval(value: Node) -> tuple[date, date] | None:
    """The first and last day a date literal may mean (2024-05 → 1–31 May 2024), or None if it is no valid date."""
    if not isinstance(value, Literal) or value.datatype not in _DATE_TYPES or literal_problem(value):
        return None
    match = _LEXICAL[value.datatype].fullmatch(str(value))
    year = int(match.group(1))
    if not 1 <= year <= 9999:
        return None
    if value.datatype == XSD.gYear:
        return date(year, 1, 1), date(year, 12, 31)
    month = int(match.group(2))
    if value.datatype == XSD.gYearMonth:
        return date(year, month, 1), date(year, month, monthrange(year, month)[1])
    day = date(year, month, int(match.group(3)))
    return day, day


_AHEAD_DAYS = 366  # reports announce the coming months' meetings; a year ahead is more often a misread year


def date_findings(data: Graph) -> list[Finding]:
    """end-before-start (as intervals, so 2024 vs 2024-05-16 compares right) and date-after-report."""
    findings = []
    for node, end in data.subject_objects(IP.endDate):
        end_span = date_interval(end)
        for start in data.objects(node, IP.startDate):
            start_span = date_interval(start)
            if end_span and start_span and end_span[1] < start_span[0]:
                findings.append(Finding(
                    "end-before-start", "violation", str(node),
                    f"the event ends ({_show(end)}) before it starts ({_show(start)})",
                    label=_label(data, node), path="ip:endDate", value=_show(end), source=_source(data, node)))
    report_dates: dict[Node, tuple[date, date] | None] = {}
    for predicate in (IP.startDate, IP.signedDate):
        for node, value in data.subject_objects(predicate):
            span = date_interval(value)
            if span is None:
                continue
            latest: date | None = None
            for passage in data.objects(node, IP.evidence):
                for report in data.objects(passage, IP.inReport):
                    if report not in report_dates:
                        report_dates[report] = date_interval(data.value(report, DCTERMS.date))
                    report_span = report_dates[report]
                    if report_span is None:
                        latest = date.max
                    elif latest is None or report_span[1] > latest:
                        latest = report_span[1]
            if latest is not None and latest != date.max and (span[0] - latest).days > _AHEAD_DAYS:
                what = "starts" if predicate == IP.startDate else "was signed"
                findings.append(Finding(
                    "date-after-report", "warning", str(node),
                    f"it {what} ({_show(value)}) more than a year after the date of the report that states it "
                    f"({latest.isoformat()}); check the year",
                    label=_label(data, node), path=_qname(predicate), value=_show(value),
                    source=_source(data, node)))
    return findings


_SPACE = re.compile(r"\s+")


def quote_findings(data: Graph) -> list[Finding]:
    """Every ip:quote is found in the text of one of the node's evidence passages."""
    findings = []
    for node, quote in data.subject_objects(IP.quote):
        passages = list(data.objects(node, IP.evidence))
        if not passages:
            findings.append(Finding("quote-without-evidence", "violation", str(node),
                                    "the node cites an ip:quote but has no ip:evidence passage to find it in",
                                    label=_label(data, node), path="ip:quote", value=_show(quote)))
            continue
        texts = [str(t) for p in passages for t in data.objects(p, IP.text)]
        if not texts:
            continue  # the evidence passage is missing: dangling-reference / EvidenceShape say so
        wanted = str(quote)
        squeezed = _SPACE.sub("", wanted)
        if any(wanted in t or squeezed in _SPACE.sub("", t) for t in texts):
            continue
        findings.append(Finding(
            "quote-not-in-passage", "violation", str(node),
            f"ip:quote {_show(quote)} is not in the text of its evidence passage "
            f"({', '.join(sorted(_passage_name(data, p) for p in passages))})",
            label=_label(data, node), path="ip:quote", value=_show(quote), source=_source(data, node)))
    return findings


def commitment_findings(data: Graph) -> list[Finding]:
    """SDG targets under the right goal; ipr:sdg/, ipr:da/ and ipr:country/ IRIs that agree with their codes."""
    findings = []
    for target, goal in data.subject_objects(IP.goal):
        code, goal_code = data.value(target, IP.code), data.value(goal, IP.code)
        if code is not None and goal_code is not None and str(code).split(".")[0] != str(goal_code):
            findings.append(Finding(
                "sdg-goal-mismatch", "violation", str(target),
                f"target {code} belongs to goal {str(code).split('.')[0]}, but its ip:goal is goal {goal_code}",
                label=_label(data, target), path="ip:goal", value=_qname(goal), source=_source(data, target)))
    for prefix, predicate in (("sdg/", IP.code), ("da/", IP.number), ("country/", IP.iso3166)):
        base = str(IPR) + prefix
        for node, value in data.subject_objects(predicate):
            if isinstance(node, URIRef) and node.startswith(base) and node[len(base):] != str(value):
                findings.append(Finding(
                    "iri-mismatch", "violation", str(node),
                    f"the IRI says {node[len(base):]!r} but {_qname(predicate)} is {str(value)!r}; "
                    f"one of them is wrong (IRIs are ipr:{prefix}<{_qname(predicate)}>)",
                    label=_label(data, node), path=_qname(predicate), value=_show(value),
                    source=_source(data, node)))
    return findings


def undeclared_terms(data: Graph, ontology: Graph) -> list[Finding]:
    """Properties and classes the data uses that the ontology does not declare."""
    return [f for f in _scan(data, ontology).findings if f.rule.startswith("undeclared-")]


def untyped_nodes(data: Graph) -> list[Finding]:
    """Instance nodes (``ipr:``) described or referred to without any rdf:type."""
    return [f for f in _scan(data, Graph()).findings if f.rule in ("untyped-node", "dangling-reference")]


# ---------------------------------------------------------------------------
# SHACL
# ---------------------------------------------------------------------------

_TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
_COMPONENTS = {
    SH["class"]: "Class", SH.datatype: "Datatype", SH.nodeKind: "NodeKind", SH.minCount: "MinCount",
    SH.maxCount: "MaxCount", SH.minExclusive: "MinExclusive", SH.minInclusive: "MinInclusive",
    SH.maxExclusive: "MaxExclusive", SH.maxInclusive: "MaxInclusive", SH.minLength: "MinLength",
    SH.maxLength: "MaxLength", SH.pattern: "Pattern", SH.languageIn: "LanguageIn", SH.uniqueLang: "UniqueLang",
    SH.equals: "Equals", SH.disjoint: "Disjoint", SH.lessThan: "LessThan", SH.lessThanOrEquals: "LessThanOrEquals",
    SH["not"]: "Not", SH["and"]: "And", SH["or"]: "Or", SH.xone: "Xone", SH.node: "Node",
    SH.qualifiedMinCount: "QualifiedMinCount", SH.qualifiedMaxCount: "QualifiedMaxCount", SH.closed: "Closed",
    SH.hasValue: "HasValue", SH["in"]: "In", SH.sparql: "SPARQL",
}
_VALIDATING = set(_COMPONENTS) | {SH.qualifiedValueShape, SH.property, SH.ignoredProperties, SH.flags,
                                   SH.qualifiedValueShapesDisjoint}


def shacl_findings(data: Graph, shapes: Graph, ontology: Graph, ill_typed: set[Literal] | None = None
                   ) -> list[Finding]:
    """pyshacl's results as findings, without inference.

    Adds the ontology's rdfs:subClassOf triples to ``data`` (so sh:targetClass and
    sh:class see subclasses). A value that is ill-typed is left to ill-typed-literal.
    """
    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(sup, URIRef):
            data.add((sub, RDFS.subClassOf, sup))
    plan = plan_validation(shapes, data)
    findings = []
    for shapes_graph in plan.runs:
        try:
            _, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none", inplace=True,
                                             allow_warnings=True, allow_infos=True, advanced=plan.advanced)
        except ReportableRuntimeError as error:  # shapes pyshacl cannot load: say so, do not crash
            message = re.sub(r"\s+", " ", getattr(error, "message", None) or str(error)).strip()
            findings.append(Finding("shacl-error", "violation", "shapes",
                                    f"pyshacl could not validate with these shapes: {message}"))
            break
        findings.extend(_results(data, shapes, plan.owner, results, ill_typed or set()))
    return findings


def _results(data: Graph, shapes: Graph, owner: dict[Node, Node], results: Graph, ill_typed: set[Literal]
             ) -> Iterator[Finding]:
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        if isinstance(value, Literal) and value in ill_typed:
            continue
        message = results.value(result, SH.resultMessage)
        yield Finding(
            rule=_rule(shapes, owner, results.value(result, SH.sourceShape),
                       results.value(result, SH.sourceConstraintComponent)),
            severity=SEVERITIES.get(results.value(result, SH.resultSeverity), "violation"),
            node=str(focus), message=str(message) if message else "constraint not met",
            label=_label(data, focus), path=_qname(path) if isinstance(path, URIRef) else None,
            value=_show(value), source=_source(data, focus))


def _rule(shapes: Graph, owner: dict[Node, Node], shape: Node | None, component: Node | None) -> str:
    """<shape>/<path>/<component>, e.g. EvidenceShape/ip:evidence/Class; a language-qualified count gets @zh."""
    name = _component_name(component)
    return _rule_id(shapes, owner.get(shape) or shapes.value(None, SH.property, shape) or shape, shape, name)


def _component_name(component: Node | None) -> str:
    return str(component).split("#")[-1].removesuffix("ConstraintComponent") if component else "Shape"


def _rule_id(shapes: Graph, owner: Node | None, shape: Node | None, component: str) -> str:
    parts = [_local(owner) if isinstance(owner, URIRef) else "shape"]
    path = shapes.value(shape, SH.path) if shape is not None else None
    if isinstance(path, URIRef):
        part = _qname(path)
        if component.startswith("Qualified"):
            qualified = shapes.value(shape, SH.qualifiedValueShape)
            languages = shapes.value(qualified, SH.languageIn) if qualified is not None else None
            if languages is not None:
                part += "@" + "|".join(str(x) for x in shapes.items(languages))
        parts.append(part)
    parts.append(component)
    return "/".join(parts)


def _local(node: Node) -> str:
    text = str(node)
    return re.split(r"[#/]", text)[-1] or text


def _targets(shapes: Graph, shape: Node) -> list[tuple[Node, Node]]:
    found = [(p, o) for p in _TARGETS for o in shapes.objects(shape, p)]
    if (shape, RDF.type, RDFS.Class) in shapes or (shape, RDF.type, OWL.Class) in shapes:
        found.append((SH.targetClass, shape))  # implicit class target
    return found


def top_level_shapes(shapes: Graph) -> list[tuple[Node, Node]]:
    """(owner, shape) for each shape that is validated on its own targets: node shapes' property shapes and
    node-level constraints, and property shapes with their own targets."""
    pairs: list[tuple[Node, Node]] = []
    for shape in sorted({s for p in _TARGETS for s in shapes.subjects(p, None)} |
                        set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        if not _targets(shapes, shape) or (shape, SH.deactivated, Literal(True)) in shapes:
            continue
        if any(p in _COMPONENTS for p in shapes.predicates(shape)):
            pairs.append((shape, shape))
        for prop in shapes.objects(shape, SH.property):
            pairs.append((shape, prop))
    return pairs


def shape_rules(shapes: Graph, files: dict[Path, Graph], root: Path) -> list[Rule]:
    """Every rule id the shapes can report, with its severity, message and file."""
    origin = {s: path for path, graph in files.items() for s in graph.subjects()}
    rules: dict[str, Rule] = {}
    for owner, shape in top_level_shapes(shapes):
        severity = SEVERITIES.get(shapes.value(shape, SH.severity), "violation")
        message = shapes.value(shape, SH.message)
        source = _display(origin[owner], root) if owner in origin else "shapes"
        for parameter in shapes.predicates(shape):
            component = _COMPONENTS.get(parameter)
            if component is None or (shape != owner and parameter == SH.property):
                continue
            rule_id = _rule_id(shapes, owner, shape if shape != owner else None, component)
            description = str(message) if message else f"{_qname(parameter)} {_show(shapes.value(shape, parameter))}"
            rules.setdefault(rule_id, Rule(rule_id, severity, description, source))
    return sorted(rules.values(), key=lambda r: r.id)


@dataclass
class ValidationPlan:
    """How the shapes are run: one or two pyshacl calls, each with its shapes graph (the second one only targets
    the focus nodes Python could not clear)."""

    runs: list[Graph]
    owner: dict[Node, Node]
    advanced: bool


def plan_validation(shapes: Graph, data: Graph) -> ValidationPlan:
    """Hoist property shapes out of their node shapes, and decide the cheap ones in Python first."""
    flat, owner = hoist_property_shapes(shapes)
    advanced = any(True for _ in shapes.triples((None, SH.rule, None))) or \
        any(True for _ in shapes.triples((None, SH.target, None)))
    implicit = any(_is_shape(shapes, s) for c in (RDFS.Class, OWL.Class) for s in shapes.subjects(RDF.type, c))
    top = {s for p in _TARGETS for s in flat.subjects(p, None)}
    decided = {s: checker for s in top if (checker := _PythonDecidable.of(flat, s)) is not None}
    if advanced or implicit or not decided:
        return ValidationPlan([flat], owner, advanced)
    suspects = {shape: sorted(checker.suspects(data, flat, shape), key=str) for shape, checker in decided.items()}
    if any(isinstance(n, BNode) for nodes in suspects.values() for n in nodes):
        return ValidationPlan([flat], owner, advanced)
    runs = [_only_targets(flat, top - set(decided))]
    if any(suspects.values()):
        # pyshacl's own focus_nodes option also filters nested shapes (an sh:or member validated on a literal is
        # then skipped as conforming), so the suspects become explicit sh:targetNode targets instead.
        second = _only_targets(flat, set())
        for shape, nodes in suspects.items():
            for node in nodes:
                second.add((shape, SH.targetNode, node))
        runs.append(second)
    return ValidationPlan(runs, owner, advanced)


def hoist_property_shapes(shapes: Graph) -> tuple[Graph, dict[Node, Node]]:
    """A copy of the shapes in which each property shape of a targeted node shape is a top-level shape with the
    node shape's targets: the same results, computed once per shape rather than once per focus node. A node shape
    that another shape also uses (``sh:node``, ``sh:or`` …) is left as it is."""
    flat = Graph()
    for triple in shapes:
        flat.add(triple)
    owner: dict[Node, Node] = {}
    referenced = {o for s, p, o in shapes if p != SH.property and isinstance(o, (URIRef, BNode))}
    for node_shape in set(shapes.subjects(SH.property, None)):
        targets = _targets(shapes, node_shape)
        if not targets or node_shape in referenced or (node_shape, SH.deactivated, Literal(True)) in shapes:
            continue
        for prop in list(shapes.objects(node_shape, SH.property)):
            owner.setdefault(prop, node_shape)
            flat.remove((node_shape, SH.property, prop))
            flat.add((prop, RDF.type, SH.PropertyShape))
            for p, o in targets:
                flat.add((prop, p, o))
    return flat, owner


def _only_targets(flat: Graph, keep: set[Node]) -> Graph:
    graph = Graph()
    for s, p, o in flat:
        if p in _TARGETS and s not in keep:
            continue
        graph.add((s, p, o))
    return graph


_SIMPLE = {SH.datatype, SH.pattern, SH.languageIn, SH.nodeKind, SH["in"]}


class _PythonDecidable:
    """A property shape whose outcome Python can decide exactly: a simple path with only ``sh:or`` of simple
    shapes, or only a qualified minimum count of a simple shape (simple: datatype, pattern, languageIn, nodeKind,
    in). Python only ever clears focus nodes that surely conform; pyshacl decides, and reports, the rest."""

    def __init__(self, path: URIRef, members: list[_Simple], minimum: int | None) -> None:
        self.path, self.members, self.minimum = path, members, minimum

    @classmethod
    def of(cls, shapes: Graph, shape: Node) -> _PythonDecidable | None:
        path = shapes.value(shape, SH.path)
        if not isinstance(path, URIRef):
            return None
        params = {p for p in shapes.predicates(shape) if p in _VALIDATING}
        if params == {SH["or"]} and len(list(shapes.objects(shape, SH["or"]))) == 1:
            members = [_Simple.of(shapes, m) for m in shapes.items(shapes.value(shape, SH["or"]))]
            if members and all(members):
                return cls(path, members, None)
        if params == {SH.qualifiedValueShape, SH.qualifiedMinCount}:
            member = _Simple.of(shapes, shapes.value(shape, SH.qualifiedValueShape))
            minimum = shapes.value(shape, SH.qualifiedMinCount)
            if member and isinstance(minimum, Literal) and isinstance(minimum.value, int):
                return cls(path, [member], minimum.value)
        return None

    def suspects(self, data: Graph, shapes: Graph, shape: Node) -> Iterator[Node]:
        for node in _focus_nodes(data, shapes, shape):
            values = list(data.objects(node, self.path))
            if self.minimum is None:
                ok = all(any(m.conforms(v) for m in self.members) for v in values)
            else:
                ok = sum(1 for v in values if self.members[0].conforms(v)) >= self.minimum
            if not ok:
                yield node


def _focus_nodes(data: Graph, shapes: Graph, shape: Node) -> set[Node]:
    """The focus nodes pyshacl would find for a shape's targets (subclasses through rdfs:subClassOf in data)."""
    found: set[Node] = set()
    for p, o in _targets(shapes, shape):
        if p == SH.targetNode:
            found.add(o)
        elif p == SH.targetClass:
            for cls in data.transitive_subjects(RDFS.subClassOf, o):
                found.update(data.subjects(RDF.type, cls))
        elif p == SH.targetSubjectsOf:
            found.update(s for s, _ in data.subject_objects(o))
        elif p == SH.targetObjectsOf:
            found.update(v for _, v in data.subject_objects(o))
    return found


class _Simple:
    """A nested shape of datatype / pattern / languageIn / nodeKind / in constraints, evaluated as pyshacl does."""

    def __init__(self, checks: list) -> None:
        self.checks = checks

    @classmethod
    def of(cls, shapes: Graph, shape: Node | None) -> _Simple | None:
        if shape is None:
            return None
        params = [p for p in shapes.predicates(shape) if p in _VALIDATING]
        if not params or not set(params) <= _SIMPLE or len(params) != len(set(params)):
            return None
        checks = []
        for p in params:
            value = shapes.value(shape, p)
            if p == SH.datatype:
                checks.append(lambda v, dt=value: _has_datatype(v, dt))
            elif p == SH.pattern:
                regex = re.compile(str(value))
                checks.append(lambda v, rx=regex: not isinstance(v, BNode) and rx.search(str(v)) is not None)
            elif p == SH.languageIn:
                wanted = {str(x).lower() for x in shapes.items(value)}
                checks.append(lambda v, w=wanted: _language_in(v, w))
            elif p == SH.nodeKind:
                checks.append(lambda v, k=value: _node_kind(v, k))
            elif p == SH["in"]:
                allowed = set(shapes.items(value))
                checks.append(lambda v, a=allowed: v in a)
        return cls(checks)

    def conforms(self, value: Node) -> bool:
        return all(check(value) for check in self.checks)


_PY_TYPES = {XSD.integer: int, XSD.decimal: Decimal, XSD.boolean: bool, XSD.float: float, XSD.date: date}


def _has_datatype(value: Node, datatype: Node) -> bool:
    if not isinstance(value, Literal):
        return False
    if datatype == XSD.string:
        return value.datatype in (None, XSD.string) and value.language is None
    if datatype == RDF.langString:
        return bool(value.language)
    if value.datatype != datatype or getattr(value, "ill_typed", None) is True or literal_problem(value):
        return False
    expected = _PY_TYPES.get(datatype)
    return expected is None or isinstance(value.value, expected)


def _language_in(value: Node, wanted: set[str]) -> bool:
    if not isinstance(value, Literal) or not value.language:
        return False
    lang = value.language.lower()
    return "*" in wanted or lang in wanted or lang.split("-")[0] in wanted


def _node_kind(value: Node, kind: Node) -> bool:
    kinds = {URIRef: {SH.IRI, SH.BlankNodeOrIRI, SH.IRIOrLiteral},
             BNode: {SH.BlankNode, SH.BlankNodeOrIRI, SH.BlankNodeOrLiteral},
             Literal: {SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral}}
    return any(isinstance(value, t) and kind in allowed for t, allowed in kinds.items())


# ---------------------------------------------------------------------------
# The shapes and the ontology themselves
# ---------------------------------------------------------------------------

_META_CACHE: dict[str, list[Finding]] = {}


def meta_findings(files: dict[Path, Graph], shapes: Graph, ontology: Graph, res: Resources) -> list[Finding]:
    """The shapes' and the ontology's own findings; remembered for the life of the process, keyed by the bytes of
    the shapes and ontology files (a notebook or a test run checks many graphs against the same shapes)."""
    digest = hashlib.sha256(str(Path.cwd()).encode())
    for path in [res.ontology, *files]:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    key = digest.hexdigest()
    if key not in _META_CACHE:
        _META_CACHE[key] = [*shapes_findings(files, shapes, ontology, res.root),
                            *ontology_findings(ontology, _display(res.ontology, res.root))]
    return list(_META_CACHE[key])


def shapes_findings(files: dict[Path, Graph], shapes: Graph, ontology: Graph, root: Path) -> list[Finding]:
    """Shapes are valid SHACL, name only declared terms, are defined once, and carry messages."""
    origin: dict[Node, list[Path]] = defaultdict(list)
    for path, graph in files.items():
        for subject in set(graph.subjects()):
            origin[subject].append(path)
    findings: list[Finding] = []

    def add(rule: str, node: Node, message: str, owner: Node | None = None, **extra: str | None) -> None:
        anchor = owner if owner is not None else node
        file = origin[anchor][0] if origin.get(anchor) else None
        findings.append(Finding(rule, RULES[rule].severity, _shape_name(shapes, node, owner), message,
                                file=_display(file, root) if file else None,
                                subject=str(anchor) if isinstance(anchor, URIRef) else None, **extra))

    for node, paths in origin.items():
        if isinstance(node, URIRef) and len(paths) > 1 and _is_shape(shapes, node):
            add("shape-defined-twice", node, f"{_qname(node)} is defined in {len(paths)} files ("
                f"{', '.join(_display(p, root) for p in paths)}); their triples merge into one shape")
    for result in _meta_shacl(shapes):
        focus, path, message = result
        owner = shapes.value(None, SH.property, focus) if isinstance(focus, BNode) else None
        add("shapes-invalid", focus, f"{_qname(path) + ': ' if path else ''}{message}", owner)
    declared = _declared(ontology) | _BUILTIN | {RDFS.subClassOf}
    for owner, shape in top_level_shapes(shapes):
        for parameter, term in _named_terms(shapes, shape):
            if term not in declared:
                add("shape-term-undeclared", shape, f"{_qname(parameter)} names {_qname(term)}, which "
                    "ontology/ip.ttl does not declare", owner if shape != owner else None,
                    path=_qname(parameter), value=_qname(term))
        has_constraint = any(p in _COMPONENTS for p in shapes.predicates(shape))
        if has_constraint and shapes.value(shape, SH.message) is None:
            add("shape-without-message", shape, "the constraint has no sh:message; say what a person should fix",
                owner if shape != owner else None)
    return findings


def _is_shape(shapes: Graph, node: Node) -> bool:
    return any((node, RDF.type, t) in shapes for t in (SH.NodeShape, SH.PropertyShape)) or \
        (node, SH.path, None) in shapes or (node, SH.property, None) in shapes


def _shape_name(shapes: Graph, node: Node, owner: Node | None) -> str:
    if isinstance(node, URIRef):
        return _qname(node)
    path = shapes.value(node, SH.path)
    inside = f"{_qname(owner)} " if isinstance(owner, URIRef) else ""
    return f"{inside}[sh:path {_qname(path)}]" if path is not None else f"{inside}[a shape]"


def _named_terms(shapes: Graph, shape: Node) -> Iterator[tuple[Node, URIRef]]:
    """The data terms a shape names: its path and compared properties, classes, and IRI values."""
    seen: set[Node] = set()
    stack = [shape]
    while stack:
        node = stack.pop()
        if node in seen:
            continue
        seen.add(node)
        for p, o in shapes.predicate_objects(node):
            if p in (SH.path, SH["class"], SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.disjoint,
                     SH.equals, SH.lessThan, SH.lessThanOrEquals) and isinstance(o, URIRef):
                yield p, o
            elif p in (SH["in"], SH.hasValue):
                items = shapes.items(o) if p == SH["in"] else [o]
                for item in items:
                    if isinstance(item, URIRef):
                        yield p, item
            elif p in (SH["or"], SH["and"], SH.xone):
                stack.extend(shapes.items(o))
            elif p in (SH["not"], SH.node, SH.qualifiedValueShape) and isinstance(o, BNode):
                stack.append(o)


def _meta_shacl(shapes: Graph) -> list[tuple[Node, Node | None, str]]:
    """pyshacl's SHACL-for-SHACL over the shapes, with long lists cut to two items (checked in Python instead):
    its list shape walks every list once per item, which took 3 s for the 249 ISO codes alone."""
    from pyshacl.entrypoints import meta_validate

    problems: list[tuple[Node, Node | None, str]] = []
    short = Graph()
    for triple in shapes:
        short.add(triple)
    heads = set(shapes.subjects(RDF.first, None)) - set(shapes.objects(None, RDF.rest))
    for head in heads:
        items, node, seen = [], head, set()
        while node != RDF.nil:
            firsts, rests = list(shapes.objects(node, RDF.first)), list(shapes.objects(node, RDF.rest))
            if node in seen or len(firsts) != 1 or len(rests) != 1:
                problems.append((head, None, "malformed RDF list (each node needs one rdf:first and one rdf:rest, "
                                             "ending in rdf:nil)"))
                break
            seen.add(node)
            items.append(firsts[0])
            node = rests[0]
        else:
            if len(items) > 2:
                node = head
                while node != RDF.nil:
                    following = shapes.value(node, RDF.rest)
                    short.remove((node, None, None))
                    node = following
                second = BNode()
                short.add((head, RDF.first, items[0]))
                short.add((head, RDF.rest, second))
                short.add((second, RDF.first, items[1]))
                short.add((second, RDF.rest, RDF.nil))
    twins = _drop_twins(short)
    conforms, results, _ = meta_validate(short, inference="none")
    if not conforms and isinstance(results, Graph):
        for result in results.subjects(RDF.type, SH.ValidationResult):
            message = results.value(result, SH.resultMessage)
            focus = results.value(result, SH.focusNode)
            for node in twins.get(focus, [focus]):
                problems.append((node, results.value(result, SH.resultPath),
                                 str(message) if message else "not valid SHACL"))
    return problems


_SHAPE_SYNTAX = (str(SH), str(RDF), str(RDFS), str(XSD), str(OWL))


def _drop_twins(shapes: Graph) -> dict[Node, list[Node]]:
    """Keep one of each set of property shapes that SHACL-for-SHACL cannot tell apart, and say which nodes each
    kept node stands for. SHACL-for-SHACL looks at the structure of a shape, its SHACL, RDF, RDFS, OWL and XSD
    terms and the datatypes of its literals, never at the ip: terms or the text it holds, so `[sh:path ip:organiser;
    sh:class ip:Actor; sh:message "…"]` and `[sh:path ip:partner; sh:class ip:Actor; sh:message "…"]` pass or fail
    together. Halves the cost of the check; every twin is still reported."""

    def signature(node: Node) -> object:
        if isinstance(node, BNode):
            return tuple(sorted((str(p), signature(o)) for p, o in shapes.predicate_objects(node)))
        if isinstance(node, URIRef):
            return str(node) if str(node).startswith(_SHAPE_SYNTAX) else "IRI"
        return ("literal", str(node.datatype), bool(node.language), str(node) if node.datatype == XSD.boolean else "")

    def tree(node: Node, found: set[Node]) -> set[Node]:
        found.add(node)
        for child in shapes.objects(node):
            if isinstance(child, BNode) and child not in found:
                tree(child, found)
        return found

    kept: dict[object, Node] = {}
    stands_for: dict[Node, list[Node]] = {}
    for owner, prop in sorted(shapes.subject_objects(SH.property), key=lambda pair: (str(pair[0]), str(pair[1]))):
        if not isinstance(prop, BNode) or len(set(shapes.subjects(SH.property, prop))) > 1:
            continue
        key = signature(prop)
        if key not in kept:
            kept[key] = prop
            continue
        first = kept[key]
        shapes.remove((owner, SH.property, prop))
        shapes.add((owner, SH.property, first))
        for node in tree(prop, set()):
            shapes.remove((node, None, None))
        stands_for.setdefault(first, [first]).append(prop)
    # a problem found inside a kept shape's tree is reported on the kept shape and every twin
    expanded: dict[Node, list[Node]] = {}
    for first, nodes in stands_for.items():
        for node in tree(first, set()):
            expanded[node] = [node, *nodes[1:]] if node != first else nodes
    return expanded


_PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}
_CLASS_TYPES = {OWL.Class, RDFS.Class}


def ontology_findings(ontology: Graph, file: str) -> list[Finding]:
    """Every ip: term is labelled in English and Chinese; classes and properties are explained; properties declare
    their domain and range; the classes they name are declared."""
    findings = []
    declared = _declared(ontology)
    ip = str(IP)

    def add(rule: str, term: Node, message: str, **extra: str | None) -> None:
        label = next((str(x) for x in ontology.objects(term, RDFS.label) if getattr(x, "language", None) == "en"),
                     None)
        findings.append(Finding(rule, RULES[rule].severity, str(term), message, label=label, file=file,
                                **extra))

    for term in sorted(t for t in declared if isinstance(t, URIRef) and t.startswith(ip)):
        kinds = set(ontology.objects(term, RDF.type))
        languages = {x.language for x in ontology.objects(term, RDFS.label) if isinstance(x, Literal)}
        for lang, name in (("en", "English"), ("zh", "Chinese")):
            if lang not in languages:
                add("ontology-label-missing", term, f"{_qname(term)} has no rdfs:label in {name} (@{lang})",
                    path="rdfs:label")
        is_property = bool(kinds & _PROPERTY_TYPES)
        if (is_property or kinds & _CLASS_TYPES) and ontology.value(term, RDFS.comment) is None:
            add("ontology-comment-missing", term, f"{_qname(term)} has no rdfs:comment saying what it means",
                path="rdfs:comment")
        if is_property:
            for predicate, rule in ((RDFS.domain, "ontology-domain-missing"), (RDFS.range, "ontology-range-missing")):
                if ontology.value(term, predicate) is None:
                    add(rule, term, f"property {_qname(term)} declares no {_qname(predicate)}",
                        path=_qname(predicate))
        for predicate in (RDFS.domain, RDFS.range, RDFS.subClassOf):
            for cls in _class_terms(ontology, term, predicate):
                if cls.startswith(ip) and cls not in declared:
                    add("ontology-term-undeclared", term, f"{_qname(predicate)} names {_qname(cls)}, which the "
                        "ontology does not declare", path=_qname(predicate), value=_qname(cls))
    return findings


def _class_terms(ontology: Graph, term: Node, predicate: Node) -> Iterator[URIRef]:
    for value in ontology.objects(term, predicate):
        if isinstance(value, URIRef):
            yield value
        else:
            union = ontology.value(value, OWL.unionOf)
            if union is not None:
                yield from (x for x in ontology.items(union) if isinstance(x, URIRef))


# ---------------------------------------------------------------------------
# --rebuild
# ---------------------------------------------------------------------------

def rebuild_findings(files: list[Path], paths: list[Path], res: Resources) -> list[Finding]:
    """Build the bundled reports into a temporary folder and compare it with the checked files, byte for byte."""
    from ipgraph.builder.build import build  # imported here: building needs spaCy, checking does not

    checked = {path.name: path for path in files}
    folders = [p for p in paths if p.is_dir()]
    findings = []
    with tempfile.TemporaryDirectory(prefix="ipgraph-rebuild-") as tmp:
        fresh = {p.name: p for p in build([res.reports], Path(tmp), res).written}
        for name, path in sorted(fresh.items()):
            mine = checked.get(name)
            if mine is None:
                if folders:
                    findings.append(Finding("rebuild-missing", "violation", str(folders[0] / name),
                                            f"a fresh build writes {name}, which is not among the checked files",
                                            label=name, file=_display(folders[0] / name, res.root)))
                continue
            new, old = path.read_bytes(), mine.read_bytes()
            if new != old:
                line = _first_difference(old, new)
                findings.append(Finding("rebuild-differs", "violation", str(mine),
                                        f"{name} is not what a fresh build writes (first difference at line {line}); "
                                        "run ipgraph build", label=name, file=_display(mine, res.root), line=line))
        for name, path in sorted(checked.items()):
            if name not in fresh:
                findings.append(Finding("rebuild-extra", "violation", str(path),
                                        f"{name} is not written by a fresh build of the bundled reports",
                                        label=name, file=_display(path, res.root)))
    return findings


def _first_difference(old: bytes, new: bytes) -> int:
    a, b = old.splitlines(), new.splitlines()
    for number, (x, y) in enumerate(zip(a, b), start=1):
        if x != y:
            return number
    return min(len(a), len(b)) + 1


# ---------------------------------------------------------------------------
# Where a finding is written: file and line
# ---------------------------------------------------------------------------

_PREFIX_LINE = re.compile(r"^\s*(?:@prefix|PREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.I)


class TurtleIndex:
    """Where each subject's statements start and end in a Turtle file, found by scanning its text (no parse).

    A statement starts at a line whose first character begins a subject (``<iri>`` or ``prefix:name``); that is
    how ``ipgraph build`` and most hand-written Turtle lay files out. Other layouts give no line.
    """

    def __init__(self, path: Path, wanted: set[str] | None = None) -> None:
        self.path = path
        self.lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        self.prefixes: dict[str, str] = {}
        self.blocks: dict[str, list[tuple[int, int]]] = defaultdict(list)
        current: str | None = None
        start = 0
        for number, line in enumerate(self.lines, start=1):
            if not line or line[0] in " \t#":
                continue
            match = _PREFIX_LINE.match(line)
            if match:
                self.prefixes[match.group(1) or ""] = match.group(2)
                continue
            if current is not None:
                self.blocks[current].append((start, number - 1))
                current = None
            subject = self._subject(line)
            if subject is not None and (wanted is None or subject in wanted):
                current, start = subject, number
        if current is not None:
            self.blocks[current].append((start, len(self.lines)))

    def _subject(self, line: str) -> str | None:
        if line.startswith("<"):
            end = line.find(">")
            return line[1:end] if end > 0 else None
        match = re.match(r"([A-Za-z][\w.-]*)?:([^\s;,]*)", line)
        if match and (match.group(1) or "") in self.prefixes:
            return self.prefixes[match.group(1) or ""] + match.group(2)
        return None

    def forms(self, iri: str) -> list[str]:
        """The ways an IRI can be written in this file."""
        found = [f"<{iri}>"]
        for prefix, namespace in self.prefixes.items():
            if iri.startswith(namespace) and re.fullmatch(r"[\w.-]*", iri[len(namespace):]):
                found.append(f"{prefix}:{iri[len(namespace):]}")
        if iri == str(RDF.type):
            found.append("a")
        return found

    def find(self, subject: str, predicate: str | None = None, value: str | None = None) -> int | None:
        """The line of the triple (subject, predicate, value), of the predicate, or of the subject; None if absent."""
        blocks = self.blocks.get(subject)
        if not blocks:
            return None
        if predicate is None:
            return blocks[0][0]
        p_forms = [_token(f) for f in self.forms(predicate)]
        v_forms = ([_token(f) for f in self.forms(value)] if value and "://" in value else
                   [re.compile(re.escape(value))] if value else [])
        for start, end in blocks:
            for number in range(start, end + 1):
                line = self.lines[number - 1]
                if any(p.search(line) for p in p_forms):
                    if not v_forms:
                        return number
                    for later in range(number, end + 1):
                        text = self.lines[later - 1]
                        if later > number and any(p.search(text) for p in p_forms):
                            break
                        if any(v.search(text) for v in v_forms):
                            return later
        return None


def _token(form: str) -> re.Pattern:
    return re.compile(r"(?:^|(?<=[\s;,(\[]))" + re.escape(form) + r"(?=[\s;,.)\]]|$)")


def locate_findings(findings: list[Finding], files: list[Path], root: Path) -> list[Finding]:
    """Fill in the file and line of each finding's triple: the data files for data findings, the named file for
    the rest. Files are scanned once, only for the subjects that have findings."""
    located: list[Finding] = []
    data_findings = [f for f in findings if f.file is None]
    wanted = {f.subject or f.node for f in data_findings}
    indexes = [TurtleIndex(path, wanted) for path in files] if data_findings else []
    other: dict[str, TurtleIndex] = {}
    for finding in findings:
        if finding.line is not None:
            located.append(finding)
            continue
        subject = finding.subject or finding.node
        predicate = _expand(finding.path)
        value = _expand(finding.value) if finding.value and not finding.value.startswith('"') else \
            _lexical(finding.value)
        if finding.file is not None:
            path = root / finding.file if not Path(finding.file).is_absolute() else Path(finding.file)
            if not path.is_file():
                located.append(finding)
                continue
            if finding.file not in other:
                other[finding.file] = TurtleIndex(path)
            index = other[finding.file]
            line = index.find(subject, predicate, value) or index.find(subject, predicate) or index.find(subject)
            located.append(replace(finding, line=line))
            continue
        attempts = [(predicate, value), (predicate, None)] if predicate else []
        attempts.append((None, None))
        where = None
        for attempt in attempts:
            where = next(((index.path, line) for index in indexes
                          if (line := index.find(subject, *attempt)) is not None), None)
            if where:
                break
        if where:
            located.append(replace(finding, file=_display(where[0], root), line=where[1]))
        else:
            located.append(finding)
    return located


def _expand(text: str | None) -> str | None:
    if not text:
        return None
    if text.startswith("<") and text.endswith(">"):
        return text[1:-1]
    prefix, _, local = text.partition(":")
    namespace = PREFIXES.get(prefix) or ({"ips": IPS, "sh": str(SH)}.get(prefix))
    return str(namespace) + local if namespace is not None and not local.startswith("//") else text


def _lexical(shown: str | None) -> str | None:
    if not shown:
        return None
    match = re.match(r'^"(.*)"(?:@[\w-]+|\^\^.*)?$', shown, flags=re.S)
    text = match.group(1) if match else shown
    return text if not text.endswith("…") else text[:-1]


def _display(path: Path | str, root: Path) -> str:
    """A path as a person (and GitHub) wants it: relative to the working directory, else to the project."""
    path = Path(path)
    for base in (Path.cwd(), root):
        try:
            return path.resolve().relative_to(base.resolve()).as_posix()
        except ValueError:
            continue
    return str(path)


# ---------------------------------------------------------------------------
# Naming things for people
# ---------------------------------------------------------------------------

def _qname(node: Node | None) -> str:
    if node is None:
        return ""
    text = str(node)
    for prefix, namespace in sorted(PREFIXES.items(), key=lambda kv: -len(str(kv[1]))):
        if text.startswith(str(namespace)):
            return f"{prefix}:{text[len(str(namespace)):]}"
    if text.startswith(IPS):
        return "ips:" + text[len(IPS):]
    if text.startswith(str(SH)):
        return "sh:" + text[len(str(SH)):]
    if isinstance(node, BNode):
        return "[]"
    return f"<{text}>"


def _show(value: Node | None, limit: int = 80) -> str | None:
    """A value as it would be written in Turtle, shortened: ipr:org/WIPO, "2023-02-30"^^xsd:date, "文本"@zh."""
    if value is None:
        return None
    if not isinstance(value, Literal):
        return _qname(value)
    text = str(value)
    text = text if len(text) <= limit else text[:limit] + "…"
    if value.language:
        return f'"{text}"@{value.language}'
    if value.datatype is not None and value.datatype != XSD.string:
        return f'"{text}"^^{_qname(value.datatype)}'
    return f'"{text}"'


def _label(data: Graph, node: Node | None) -> str | None:
    if node is None:
        return None
    names = [*data.objects(node, RDFS.label), *data.objects(node, DCTERMS.title)]
    labels = {lit.language: str(lit) for lit in names if isinstance(lit, Literal)}
    if labels:
        return labels.get("zh") or labels.get("en") or next(iter(labels.values()))
    locator = data.value(node, IP.locator)
    return f"passage {locator}" if locator is not None else None


def _named(data: Graph, node: Node) -> str:
    label = _label(data, node)
    return f"{label} <{node}>" if label else _qname(node)


def _passage_name(data: Graph, passage: Node) -> str:
    report = data.value(passage, IP.inReport)
    locator = data.value(passage, IP.locator)
    if report is None or locator is None:
        return _qname(passage)
    return f"{str(report).rsplit('/', 1)[-1]} {locator}"


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
