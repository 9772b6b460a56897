"""How the shapes are run, fast: property shapes hoisted out of their node shapes, cheap shapes decided in Python.

- Hoisting gives the same results, but pyshacl then builds each constraint once
  for all focus nodes instead of once per focus node.
- A property shape made only of cheap nested shapes (an ``sh:or`` of datatypes,
  "at least one label in Chinese") is decided in Python first; pyshacl then
  validates it only on the focus nodes that may fail, and reports those.

The suspects of the second run are typed with a marker class the shape targets,
never listed on the shape as ``sh:targetNode``: pyshacl writes the whole source
shape into the text of every result, so N target nodes on it made N results cost
N² (37 s for 2,000 impossible dates).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, SH
from rdflib.term import Node

from ipgraph.check.literals import literal_problem

TARGETS = (SH.targetClass, SH.targetNode, SH.targetSubjectsOf, SH.targetObjectsOf)
COMPONENTS: dict[Node, str] = {
    SH["class"]: "Class", SH.datatype: "Datatype", SH.nodeKind: "NodeKind", SH.minCount: "MinCount",
    SH.maxCount: "MaxCount", SH.minExclusive: "MinExclusive", SH.minInclusive: "MinInclusive",
    SH.maxExclusive: "MaxExclusive", SH.maxInclusive: "MaxInclusive", SH.minLength: "MinLength",
    SH.maxLength: "MaxLength", SH.pattern: "Pattern", SH.languageIn: "LanguageIn", SH.uniqueLang: "UniqueLang",
    SH.equals: "Equals", SH.disjoint: "Disjoint", SH.lessThan: "LessThan", SH.lessThanOrEquals: "LessThanOrEquals",
    SH["not"]: "Not", SH["and"]: "And", SH["or"]: "Or", SH.xone: "Xone", SH.node: "Node",
    SH.qualifiedMinCount: "QualifiedMinCount", SH.qualifiedMaxCount: "QualifiedMaxCount", SH.closed: "Closed",
    SH.hasValue: "HasValue", SH["in"]: "In", SH.sparql: "SPARQL",
}
_VALIDATING = set(COMPONENTS) | {SH.qualifiedValueShape, SH.property, SH.ignoredProperties, SH.flags,
                                  SH.qualifiedValueShapesDisjoint}
_SUSPECT = "urn:ipgraph:check:suspects-of/"


@dataclass
class ValidationPlan:
    """How the shapes are run: one or two pyshacl calls, each with its shapes graph. The second one targets only
    the focus nodes Python could not clear, through the marker types in ``markers`` (added to the data for the
    run, then removed)."""

    runs: list[Graph]
    owner: dict[Node, Node]
    advanced: bool
    markers: list[tuple[Node, Node, Node]] = field(default_factory=list)


def targets(shapes: Graph, shape: Node) -> list[tuple[Node, Node]]:
    found: list[tuple[Node, Node]] = [(p, o) for p in TARGETS for o in shapes.objects(shape, p)]
    if (shape, RDF.type, RDFS.Class) in shapes or (shape, RDF.type, OWL.Class) in shapes:
        found.append((SH.targetClass, shape))  # implicit class target
    return found


def is_shape(shapes: Graph, node: Node) -> bool:
    return any((node, RDF.type, t) in shapes for t in (SH.NodeShape, SH.PropertyShape)) or \
        (node, SH.path, None) in shapes or (node, SH.property, None) in shapes


def plan_validation(shapes: Graph, data: Graph, ill_typed: set[Literal] | frozenset = frozenset()) -> ValidationPlan:
    """Hoist property shapes out of their node shapes, and decide the cheap ones in Python first. A value in
    ``ill_typed`` is left to ill-typed-literal (its SHACL results are dropped), so it makes no node a suspect."""
    flat, owner = hoist_property_shapes(shapes)
    advanced = any(True for _ in shapes.triples((None, SH.rule, None))) or \
        any(True for _ in shapes.triples((None, SH.target, None)))
    implicit = any(is_shape(shapes, s) for c in (RDFS.Class, OWL.Class) for s in shapes.subjects(RDF.type, c))
    top = {s for p in TARGETS for s in flat.subjects(p, None)}
    decided = {s: checker for s in top if (checker := PythonDecidable.of(flat, s)) is not None}
    if advanced or implicit or not decided:
        return ValidationPlan([flat], owner, advanced)
    suspects = {shape: sorted(checker.suspects(data, flat, shape, ill_typed), key=str)
                for shape, checker in decided.items()}
    if any(isinstance(n, BNode) for nodes in suspects.values() for n in nodes):
        return ValidationPlan([flat], owner, advanced)
    plan = ValidationPlan([_only_targets(flat, top - set(decided))], owner, advanced)
    if any(suspects.values()):
        # pyshacl's own focus_nodes option also filters nested shapes (an sh:or member validated on a literal is
        # then skipped as conforming), so the suspects are targeted through a marker class instead.
        second = _only_targets(flat, set())
        for number, (shape, nodes) in enumerate(sorted(suspects.items(), key=lambda pair: str(pair[0]))):
            marker = URIRef(f"{_SUSPECT}{number}")
            second.add((shape, SH.targetClass, marker))
            plan.markers.extend((node, RDF.type, marker) for node in nodes)
        plan.runs.append(second)
    return plan


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
        found = targets(shapes, node_shape)
        if not found or node_shape in referenced or (node_shape, SH.deactivated, Literal(True)) in shapes:
            continue
        for prop in list(shapes.objects(node_shape, SH.property)):
            owner.setdefault(prop, node_shape)
            flat.remove((node_shape, SH.property, prop))
            flat.add((prop, RDF.type, SH.PropertyShape))
            for p, o in found:
                flat.add((prop, p, o))
    return flat, owner


def _only_targets(flat: Graph, keep: set[Node]) -> Graph:
    graph = Graph()
    for s, p, o in flat:
        if p in TARGETS and s not in keep:
            continue
        graph.add((s, p, o))
    return graph


_SIMPLE = {SH.datatype, SH.pattern, SH.languageIn, SH.nodeKind, SH["in"]}


class PythonDecidable:
    """A property shape whose outcome Python can decide exactly: a simple path with only ``sh:or`` of simple
    shapes, or only a qualified minimum count of a simple shape (simple: datatype, pattern, languageIn, nodeKind,
    in). Python only ever clears focus nodes that surely conform; pyshacl decides, and reports, the rest."""

    def __init__(self, path: URIRef, members: list[Simple], minimum: int | None) -> None:
        self.path, self.members, self.minimum = path, members, minimum

    @classmethod
    def of(cls, shapes: Graph, shape: Node) -> PythonDecidable | None:
        path = shapes.value(shape, SH.path)
        if not isinstance(path, URIRef) or path == RDF.type:  # rdf:type would see the marker types
            return None
        params = {p for p in shapes.predicates(shape) if p in _VALIDATING}
        heads = list(shapes.objects(shape, SH["or"]))
        if params == {SH["or"]} and len(heads) == 1:
            members = [Simple.of(shapes, m) for m in shapes.items(heads[0])]
            if members and all(members):
                return cls(path, [m for m in members if m is not None], None)
        if params == {SH.qualifiedValueShape, SH.qualifiedMinCount}:
            member = Simple.of(shapes, shapes.value(shape, SH.qualifiedValueShape))
            minimum = shapes.value(shape, SH.qualifiedMinCount)
            if member and isinstance(minimum, Literal) and isinstance(minimum.value, int):
                return cls(path, [member], minimum.value)
        return None

    def suspects(self, data: Graph, shapes: Graph, shape: Node, ill_typed: set[Literal] | frozenset
                 ) -> Iterator[Node]:
        for node in _focus_nodes(data, shapes, shape):
            values = list(data.objects(node, self.path))
            if self.minimum is None:  # sh:or reports each value that fails, as its sh:value
                ok = all(v in ill_typed or any(m.conforms(v) for m in self.members) for v in values)
            else:
                ok = sum(1 for v in values if self.members[0].conforms(v)) >= self.minimum
            if not ok:
                yield node


def _focus_nodes(data: Graph, shapes: Graph, shape: Node) -> set[Node]:
    """The focus nodes pyshacl would find for a shape's targets (subclasses through rdfs:subClassOf in data)."""
    found: set[Node] = set()
    for p, o in targets(shapes, shape):
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


class Simple:
    """A nested shape of datatype / pattern / languageIn / nodeKind / in constraints, evaluated as pyshacl does."""

    def __init__(self, checks: list[Callable[[Node], bool]]) -> None:
        self.checks = checks

    @classmethod
    def of(cls, shapes: Graph, shape: Node | None) -> Simple | None:
        if shape is None:
            return None
        params = [p for p in shapes.predicates(shape) if p in _VALIDATING]
        if not params or not set(params) <= _SIMPLE or len(params) != len(set(params)):
            return None
        return cls([_simple_check(shapes, p, v) for p in params if (v := shapes.value(shape, p)) is not None])

    def conforms(self, value: Node) -> bool:
        return all(check(value) for check in self.checks)


def _simple_check(shapes: Graph, parameter: Node, value: Node) -> Callable[[Node], bool]:
    if parameter == SH.datatype:
        return lambda v: _has_datatype(v, value)
    if parameter == SH.pattern:
        regex = re.compile(str(value))
        return lambda v: not isinstance(v, BNode) and regex.search(str(v)) is not None
    if parameter == SH.languageIn:
        wanted = {str(x).lower() for x in shapes.items(value)}
        return lambda v: _language_in(v, wanted)
    if parameter == SH.nodeKind:
        return lambda v: _node_kind(v, value)
    allowed = set(shapes.items(value))  # sh:in
    return lambda v: v in allowed


_PY_TYPES: dict[Node | None, type] = {XSD.integer: int, XSD.decimal: Decimal, XSD.boolean: bool, XSD.float: float,
                                      XSD.date: date}


def _has_datatype(value: Node, datatype: Node | None) -> bool:
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


def _node_kind(value: Node, kind: Node | None) -> bool:
    kinds = {URIRef: {SH.IRI, SH.BlankNodeOrIRI, SH.IRIOrLiteral},
             BNode: {SH.BlankNode, SH.BlankNodeOrIRI, SH.BlankNodeOrLiteral},
             Literal: {SH.Literal, SH.BlankNodeOrLiteral, SH.IRIOrLiteral}}
    return any(isinstance(value, t) and kind in allowed for t, allowed in kinds.items())
