"""The checks SHACL cannot express cheaply: what needs a join, once over the whole graph in Python.

Never as a per-node ``sh:sparql`` (the field notes measure that at ~90% of a run).
The first five rules share one pass over every triple (``Scan``); the others
are each one pass over the triples of a few properties.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL
from rdflib.term import Node

from ipgraph.check.literals import CHECKED_TYPES, date_interval, literal_problem
from ipgraph.check.model import VIOLATION, WARNING, Finding
from ipgraph.check.naming import label_of, named, passage_name, qname, show, source_of
from ipgraph.check.registry import PythonRule, rule
from ipgraph.vocab import IP, IPR

DECLARING = {OWL.Class, RDFS.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty,
             RDF.Property, OWL.NamedIndividual}
BUILTIN = {RDF.type}
_IPR = str(IPR)


def declared_terms(ontology: Graph) -> set[Node]:
    return {s for s, o in ontology.subject_objects(RDF.type) if o in DECLARING}


@dataclass
class Scan:
    """What one pass over every triple finds: first uses of undeclared terms, typed, described and referred-to
    nodes, and the literals that are not valid for their datatype."""

    first_use: dict[Node, Node] = field(default_factory=dict)  # undeclared property → first subject using it
    classes: dict[Node, Node] = field(default_factory=dict)  # undeclared class → first instance
    typed: set[Node] = field(default_factory=set)
    described: set[Node] = field(default_factory=set)
    referred: dict[Node, list] = field(default_factory=dict)  # ipr: object → [first subject, predicate, count]
    bad_literals: list[tuple[Node, Node, Literal, str]] = field(default_factory=list)

    @classmethod
    def of(cls, data: Graph, declared: set[Node]) -> Scan:
        scan = cls()
        checked: dict[Literal, str | None] = {}
        for s, p, o in data:
            if p not in declared and p not in scan.first_use:
                scan.first_use[p] = s
            scan.described.add(s)
            if p == RDF.type:
                scan.typed.add(s)
                if o not in declared and o not in scan.classes:
                    scan.classes[o] = s
            elif type(o) is URIRef:
                if o.startswith(_IPR):
                    scan._refer(s, p, o)
            elif type(o) is Literal and o.datatype is not None and o.datatype in CHECKED_TYPES:
                problem = checked[o] if o in checked else checked.setdefault(o, literal_problem(o))
                if problem:
                    scan.bad_literals.append((s, p, o, problem))
        return scan

    def _refer(self, s: Node, p: Node, o: Node) -> None:
        refs = self.referred.get(o)
        if refs is None:
            self.referred[o] = [s, p, 1]
        else:
            refs[2] += 1


@dataclass
class DataContext:
    """What the data rules read: the data graph and the ontology; the scan is made once, on first use."""

    data: Graph
    ontology: Graph

    @cached_property
    def scan(self) -> Scan:
        return Scan.of(self.data, declared_terms(self.ontology) | BUILTIN)

    def about(self, node: Node, **details: str | None) -> dict:
        """The label and source passage of ``node``, for a finding about it."""
        return {"label": label_of(self.data, node), "source": source_of(self.data, node), **details}


@rule("undeclared-property", VIOLATION, "every property the data uses is declared in ontology/ip.ttl")
def undeclared_property(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    for predicate, subject in sorted(ctx.scan.first_use.items()):
        yield me.finding(str(subject), f"property {qname(predicate)} is not declared in ontology/ip.ttl",
                         **ctx.about(subject, path=qname(predicate)))


@rule("undeclared-class", VIOLATION, "every class the data uses is declared in ontology/ip.ttl")
def undeclared_class(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    for cls, subject in sorted(ctx.scan.classes.items()):
        yield me.finding(str(subject), f"class {qname(cls)} is not declared in ontology/ip.ttl",
                         **ctx.about(subject, path="rdf:type", value=qname(cls)))


@rule("untyped-node", VIOLATION, "every ipr: node that is described has an rdf:type")
def untyped_node(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    scan = ctx.scan
    for node in sorted(n for n in scan.described - scan.typed if isinstance(n, URIRef) and n.startswith(_IPR)):
        yield me.finding(str(node), "node has no rdf:type", **ctx.about(node))


@rule("dangling-reference", VIOLATION, "every ipr: node that is referred to is described in the graph")
def dangling_reference(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    for node in sorted((n for n in ctx.scan.referred if n not in ctx.scan.described), key=str):
        subject, predicate, count = ctx.scan.referred[node]
        others = f" and {count - 1} more triple{'s' if count > 2 else ''}" if count > 1 else ""
        yield me.finding(
            str(node), f"node is referred to (by {named(ctx.data, subject)} via {qname(predicate)}{others}) but not "
            "described anywhere in the graph", label=label_of(ctx.data, node), path=qname(predicate),
            value=qname(node), source=source_of(ctx.data, subject), subject=str(subject))


@rule("ill-typed-literal", VIOLATION,
      "every typed value is valid for its datatype: a real calendar date, a month 01-12, a number")
def ill_typed_literal(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    for s, p, o, problem in ctx.scan.bad_literals:
        yield me.finding(str(s), problem, **ctx.about(s, path=qname(p), value=show(o)))


@rule("end-before-start", VIOLATION, "an event does not end before it starts")
def end_before_start(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    """Dates compared as spans of days, so 2024 vs 2024-05-16 compares right."""
    for node, end in ctx.data.subject_objects(IP.endDate):
        end_span = date_interval(end)
        for start in ctx.data.objects(node, IP.startDate):
            start_span = date_interval(start)
            if end_span and start_span and end_span[1] < start_span[0]:
                yield me.finding(str(node), f"the event ends ({show(end)}) before it starts ({show(start)})",
                                 **ctx.about(node, path="ip:endDate", value=show(end)))


_AHEAD_DAYS = 366  # reports announce the coming months' meetings; a year ahead is more often a misread year


@rule("date-after-report", WARNING,
      "an event or signing is not dated more than a year after the report that states it")
def date_after_report(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    latest_of = _ReportDates(ctx.data)
    for predicate, what in ((IP.startDate, "starts"), (IP.signedDate, "was signed")):
        for node, value in ctx.data.subject_objects(predicate):
            span = date_interval(value)
            latest = latest_of.node(node) if span is not None else None
            if span is not None and latest is not None and (span[0] - latest).days > _AHEAD_DAYS:
                yield me.finding(
                    str(node), f"it {what} ({show(value)}) more than a year after the date of the report that states "
                    f"it ({latest.isoformat()}); check the year", **ctx.about(node, path=qname(predicate),
                                                                                 value=show(value)))


class _ReportDates:
    """The latest day the reports that state a node may be dated (None when a report has no valid date)."""

    def __init__(self, data: Graph) -> None:
        self.data = data
        self.reports: dict[Node, tuple[date, date] | None] = {}

    def node(self, node: Node) -> date | None:
        latest: date | None = None
        for passage in self.data.objects(node, IP.evidence):
            for report in self.data.objects(passage, IP.inReport):
                if report not in self.reports:
                    self.reports[report] = date_interval(self.data.value(report, DCTERMS.date))
                span = self.reports[report]
                if span is None:
                    return None
                latest = span[1] if latest is None or span[1] > latest else latest
        return latest


_SPACE = re.compile(r"\s+")


@rule("quote-not-in-passage", VIOLATION, "a cited ip:quote is part of the text of an evidence passage")
def quote_not_in_passage(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    for node, quote in ctx.data.subject_objects(IP.quote):
        passages = list(ctx.data.objects(node, IP.evidence))
        texts = [str(t) for p in passages for t in ctx.data.objects(p, IP.text)]
        if not texts:
            continue  # no evidence: quote-without-evidence; a missing passage: dangling-reference / EvidenceShape
        wanted = str(quote)
        squeezed = _SPACE.sub("", wanted)
        if any(wanted in t or squeezed in _SPACE.sub("", t) for t in texts):
            continue
        where = ", ".join(sorted(passage_name(ctx.data, p) for p in passages))
        yield me.finding(str(node), f"ip:quote {show(quote)} is not in the text of its evidence passage ({where})",
                         **ctx.about(node, path="ip:quote", value=show(quote)))


@rule("quote-without-evidence", VIOLATION, "a node that cites an ip:quote has an ip:evidence passage")
def quote_without_evidence(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    for node, quote in ctx.data.subject_objects(IP.quote):
        if (node, IP.evidence, None) not in ctx.data:
            yield me.finding(str(node), "the node cites an ip:quote but has no ip:evidence passage to find it in",
                             label=label_of(ctx.data, node), path="ip:quote", value=show(quote))


@rule("sdg-goal-mismatch", VIOLATION, "an SDG target's ip:goal is the goal its code belongs to")
def sdg_goal_mismatch(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    for target, goal in ctx.data.subject_objects(IP.goal):
        code, goal_code = ctx.data.value(target, IP.code), ctx.data.value(goal, IP.code)
        if code is not None and goal_code is not None and str(code).split(".")[0] != str(goal_code):
            yield me.finding(
                str(target), f"target {code} belongs to goal {str(code).split('.')[0]}, but its ip:goal is goal "
                f"{goal_code}", **ctx.about(target, path="ip:goal", value=qname(goal)))


@rule("iri-mismatch", VIOLATION,
      "ipr:country/<code>, ipr:sdg/<code> and ipr:da/<number> agree with the code the node carries")
def iri_mismatch(me: PythonRule, ctx: DataContext) -> Iterator[Finding]:
    for prefix, predicate in (("sdg/", IP.code), ("da/", IP.number), ("country/", IP.iso3166)):
        base = _IPR + prefix
        for node, value in ctx.data.subject_objects(predicate):
            if isinstance(node, URIRef) and node.startswith(base) and node[len(base):] != str(value):
                yield me.finding(
                    str(node), f"the IRI says {node[len(base):]!r} but {qname(predicate)} is {str(value)!r}; one of "
                    f"them is wrong (IRIs are ipr:{prefix}<{qname(predicate)}>)",
                    **ctx.about(node, path=qname(predicate), value=show(value)))


def ill_typed_values(ctx: DataContext) -> set[Literal]:
    """The literals ill-typed-literal reports: SHACL's datatype findings on them would say the same again."""
    return {o for _, _, o, _ in ctx.scan.bad_literals}

