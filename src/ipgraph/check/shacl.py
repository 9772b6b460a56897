"""The data against the shapes: pyshacl (SHACL Core, no inference) run as ``planner`` plans it.

No inference and no ontology mixed into the data: only the ontology's
``rdfs:subClassOf`` triples are added, which is all ``sh:targetClass`` and
``sh:class`` need to see subclasses. A rule from the shapes is named
``<shape>/<path>/<constraint>``, e.g. ``EventShape/ip:organiser/Class``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from rdflib import RDF, RDFS, Graph, Literal, URIRef
from rdflib.namespace import SH
from rdflib.term import Node

from ipgraph.check.model import VIOLATION, Finding, Rule, rank, severity_of
from ipgraph.check.naming import display, label_of, local_name, qname, show, source_of
from ipgraph.check.planner import COMPONENTS, TARGETS, plan_validation, targets
from ipgraph.check.registry import declare

SHACL_ERROR = declare("shacl-error", VIOLATION, "pyshacl can load and run every shape (else the data is not "
                      "validated)", "shacl", __name__)


def shacl_findings(data: Graph, shapes: Graph, ontology: Graph, ill_typed: set[Literal] | None = None
                   ) -> list[Finding]:
    """pyshacl's results as findings, without inference.

    Adds the ontology's rdfs:subClassOf triples to ``data`` (so sh:targetClass and
    sh:class see subclasses). A value that is ill-typed is left to ill-typed-literal.
    """
    import pyshacl  # here, not at the top: a build imports ``ipgraph`` (and so this room) and never validates, and
    from pyshacl.errors import ReportableRuntimeError  # pyshacl brings rdflib's SPARQL engine and jinja2 (~0.2 s)

    for sub, sup in ontology.subject_objects(RDFS.subClassOf):
        if isinstance(sup, URIRef):
            data.add((sub, RDFS.subClassOf, sup))
    plan = plan_validation(shapes, data, ill_typed or frozenset())
    findings: list[Finding] = []
    for number, shapes_graph in enumerate(plan.runs):
        try:
            with _marked(data, plan.markers if number else []):
                _, results, _ = pyshacl.validate(data, shacl_graph=shapes_graph, inference="none", inplace=True,
                                                 allow_warnings=True, allow_infos=True, advanced=plan.advanced)
        except ReportableRuntimeError as error:  # shapes pyshacl cannot load: say so, do not crash
            message = re.sub(r"\s+", " ", getattr(error, "message", None) or str(error)).strip()
            findings.append(SHACL_ERROR.finding("shapes", f"pyshacl could not validate with these shapes: {message}"))
            break
        findings.extend(results_as_findings(data, shapes, plan.owner, results, ill_typed or set()))
    return findings


@contextmanager
def _marked(data: Graph, markers: list[tuple[Node, Node, Node]]) -> Iterator[None]:
    """The marker types of a second run in the data for as long as it runs."""
    for triple in markers:
        data.add(triple)
    try:
        yield
    finally:
        for triple in markers:
            data.remove(triple)


def results_as_findings(data: Graph, shapes: Graph, owner: dict[Node, Node], results: Graph,
                        ill_typed: set[Literal]) -> Iterator[Finding]:
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
            severity=severity_of(results.value(result, SH.resultSeverity)),
            node=str(focus), message=str(message) if message else "constraint not met",
            label=label_of(data, focus), path=qname(path) if isinstance(path, URIRef) else None,
            value=show(value), source=source_of(data, focus))


def _rule(shapes: Graph, owner: dict[Node, Node], shape: Node | None, component: Node | None) -> str:
    """<shape>/<path>/<component>, e.g. EvidenceShape/ip:evidence/Class; a language-qualified count gets @zh."""
    name = str(component).split("#")[-1].removesuffix("ConstraintComponent") if component else "Shape"
    found = owner.get(shape) if shape is not None else None
    return rule_id(shapes, found or shapes.value(None, SH.property, shape) or shape, shape, name)


def rule_id(shapes: Graph, owner: Node | None, shape: Node | None, component: str) -> str:
    parts = [local_name(owner) if isinstance(owner, URIRef) else "shape"]
    path = shapes.value(shape, SH.path) if shape is not None else None
    if isinstance(path, URIRef):
        part = qname(path)
        if component.startswith("Qualified"):
            qualified = shapes.value(shape, SH.qualifiedValueShape)
            languages = shapes.value(qualified, SH.languageIn) if qualified is not None else None
            if languages is not None:
                part += "@" + "|".join(str(x) for x in shapes.items(languages))
        parts.append(part)
    parts.append(component)
    return "/".join(parts)


def top_level_shapes(shapes: Graph) -> list[tuple[Node, Node]]:
    """(owner, shape) for each shape that is validated on its own targets: node shapes' property shapes and
    node-level constraints, and property shapes with their own targets."""
    pairs: list[tuple[Node, Node]] = []
    for shape in sorted({s for p in TARGETS for s in shapes.subjects(p, None)} |
                        set(shapes.subjects(RDF.type, SH.NodeShape)), key=str):
        if not targets(shapes, shape) or (shape, SH.deactivated, Literal(True)) in shapes:
            continue
        if any(p in COMPONENTS for p in shapes.predicates(shape)):
            pairs.append((shape, shape))
        for prop in shapes.objects(shape, SH.property):
            pairs.append((shape, prop))
    return pairs


def shape_rules(shapes: Graph, files: dict[Path, Graph], root: Path) -> list[Rule]:
    """Every rule id the shapes can report, with its severity, message and file."""
    origin = {s: path for path, graph in files.items() for s in graph.subjects()}
    rules: dict[str, Rule] = {}
    for owner, shape in top_level_shapes(shapes):
        severity = severity_of(shapes.value(shape, SH.severity))
        message = shapes.value(shape, SH.message)
        source = display(origin[owner], root) if owner in origin else "shapes"
        for parameter in shapes.predicates(shape):
            component = COMPONENTS.get(parameter)
            if component is None or (shape != owner and parameter == SH.property):
                continue
            found = rule_id(shapes, owner, shape if shape != owner else None, component)
            description = str(message) if message else f"{qname(parameter)} {show(shapes.value(shape, parameter))}"
            candidate = Rule(found, severity, description, source)
            # two constraints of one shape can share an id (two sh:minInclusive on ip:confidence): keep the most
            # severe, so the list does not depend on the order rdflib happens to iterate in
            rules[found] = min(rules.get(found, candidate), candidate, key=_most_severe)
    return sorted(rules.values(), key=lambda r: r.id)


def _most_severe(rule: Rule) -> tuple:
    return rank(rule.severity), rule.description, rule.source

