"""The shapes themselves: valid SHACL, defined once, naming only declared terms, each with a message.

Their findings, and the ontology's (``ontology_rules``), are remembered for the
life of the process, keyed by the bytes of the shapes and ontology files: a
notebook or a test run checks many graphs against the same shapes.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from rdflib import RDF, RDFS, XSD, BNode, Graph, Literal, URIRef
from rdflib.namespace import OWL, SH
from rdflib.term import Node

from ipgraph.check.data_rules import BUILTIN, declared_terms
from ipgraph.check.model import VIOLATION, WARNING, Finding
from ipgraph.check.naming import display, qname
from ipgraph.check.planner import COMPONENTS, is_shape
from ipgraph.check.registry import PythonRule, rule, run_stage
from ipgraph.check.shacl import top_level_shapes
from ipgraph.resources import Resources


@dataclass
class MetaContext:
    """What the meta rules read: each shapes file's graph, the shapes merged, the ontology and where it is."""

    files: dict[Path, Graph]
    shapes: Graph
    ontology: Graph
    ontology_file: str
    root: Path

    @cached_property
    def origin(self) -> dict[Node, list[Path]]:
        """The shapes files that state something about each subject."""
        found: dict[Node, list[Path]] = defaultdict(list)
        for path, graph in self.files.items():
            for subject in set(graph.subjects()):
                found[subject].append(path)
        return found

    def on_shape(self, me: PythonRule, node: Node, message: str, owner: Node | None = None,
                 **details: str | None) -> Finding:
        """A finding about a shape (or a property shape inside ``owner``), at the file that defines it."""
        anchor = owner if owner is not None else node
        file = self.origin[anchor][0] if self.origin.get(anchor) else None
        return me.finding(_shape_name(self.shapes, node, owner), message,
                          file=display(file, self.root) if file else None,
                          subject=str(anchor) if isinstance(anchor, URIRef) else None, **details)


_CACHE: dict[str, list[Finding]] = {}


def meta_findings(files: dict[Path, Graph], shapes: Graph, ontology: Graph, res: Resources) -> list[Finding]:
    """The shapes' and the ontology's own findings (every rule of the ``meta`` stage), remembered per content."""
    digest = hashlib.sha256(str(Path.cwd()).encode())
    for path in [res.ontology, *files]:
        digest.update(str(path).encode() + b"\0" + path.read_bytes() + b"\0")
    key = digest.hexdigest()
    if key not in _CACHE:
        context = MetaContext(files, shapes, ontology, display(res.ontology, res.root), res.root)
        _CACHE[key] = run_stage("meta", context)
    return list(_CACHE[key])


@rule("shapes-invalid", VIOLATION, "the shapes are valid SHACL (pyshacl's SHACL-for-SHACL)", "meta")
def shapes_invalid(me: PythonRule, ctx: MetaContext) -> Iterator[Finding]:
    for focus, path, message in _meta_shacl(ctx.shapes):
        owner = ctx.shapes.value(None, SH.property, focus) if isinstance(focus, BNode) else None
        yield ctx.on_shape(me, focus, f"{qname(path) + ': ' if path else ''}{message}", owner)


@rule("shape-defined-twice", VIOLATION, "each named shape is defined in one shapes file only", "meta")
def shape_defined_twice(me: PythonRule, ctx: MetaContext) -> Iterator[Finding]:
    for node, paths in ctx.origin.items():
        if isinstance(node, URIRef) and len(paths) > 1 and is_shape(ctx.shapes, node):
            where = ", ".join(display(p, ctx.root) for p in paths)
            yield ctx.on_shape(me, node, f"{qname(node)} is defined in {len(paths)} files ({where}); their triples "
                               "merge into one shape")


@rule("shape-term-undeclared", VIOLATION,
      "every property, class and value a shape names is declared in ontology/ip.ttl", "meta")
def shape_term_undeclared(me: PythonRule, ctx: MetaContext) -> Iterator[Finding]:
    declared = declared_terms(ctx.ontology) | BUILTIN | {RDFS.subClassOf}
    for owner, shape in top_level_shapes(ctx.shapes):
        for parameter, term in _named_terms(ctx.shapes, shape):
            if term not in declared:
                yield ctx.on_shape(me, shape, f"{qname(parameter)} names {qname(term)}, which ontology/ip.ttl does "
                                   "not declare", owner if shape != owner else None, path=qname(parameter),
                                   value=qname(term))


@rule("shape-without-message", WARNING, "every constraint says in sh:message what a person should fix", "meta")
def shape_without_message(me: PythonRule, ctx: MetaContext) -> Iterator[Finding]:
    for owner, shape in top_level_shapes(ctx.shapes):
        has_constraint = any(p in COMPONENTS for p in ctx.shapes.predicates(shape))
        if has_constraint and ctx.shapes.value(shape, SH.message) is None:
            yield ctx.on_shape(me, shape, "the constraint has no sh:message; say what a person should fix",
                               owner if shape != owner else None)


def _shape_name(shapes: Graph, node: Node, owner: Node | None) -> str:
    if isinstance(node, URIRef):
        return qname(node)
    path = shapes.value(node, SH.path)
    inside = f"{qname(owner)} " if isinstance(owner, URIRef) else ""
    return f"{inside}[sh:path {qname(path)}]" if path is not None else f"{inside}[a shape]"


_NAMING = (SH.path, SH["class"], SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.disjoint, SH.equals,
           SH.lessThan, SH.lessThanOrEquals)


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
            if p in _NAMING and isinstance(o, URIRef):
                yield p, o
            elif p in (SH["in"], SH.hasValue):
                yield from ((p, item) for item in (shapes.items(o) if p == SH["in"] else [o])
                            if isinstance(item, URIRef))
            elif p in (SH["or"], SH["and"], SH.xone):
                stack.extend(shapes.items(o))
            elif p in (SH["not"], SH.node, SH.qualifiedValueShape) and isinstance(o, BNode):
                stack.append(o)


_MALFORMED_LIST = "malformed RDF list (each node needs one rdf:first and one rdf:rest, ending in rdf:nil)"


def _meta_shacl(shapes: Graph) -> list[tuple[Node, Node | None, str]]:
    """pyshacl's SHACL-for-SHACL over the shapes, with long lists cut to two items (checked in Python instead):
    its list shape walks every list once per item, which took 3 s for the 249 ISO codes alone."""
    from pyshacl.entrypoints import meta_validate

    problems: list[tuple[Node, Node | None, str]] = []
    short = Graph()
    for triple in shapes:
        short.add(triple)
    for head in set(shapes.subjects(RDF.first, None)) - set(shapes.objects(None, RDF.rest)):
        items = _list_items(shapes, head)
        if items is None:
            problems.append((head, None, _MALFORMED_LIST))
        elif len(items) > 2:
            _shorten(short, head, items)
    twins = _drop_twins(short)
    conforms, results, _ = meta_validate(short, inference="none")
    if not conforms and isinstance(results, Graph):
        for result in results.subjects(RDF.type, SH.ValidationResult):
            message = results.value(result, SH.resultMessage)
            focus = results.value(result, SH.focusNode)
            if focus is None:
                continue
            for node in twins.get(focus, [focus]):
                problems.append((node, results.value(result, SH.resultPath),
                                 str(message) if message else "not valid SHACL"))
    return problems


def _list_items(shapes: Graph, head: Node) -> list[Node] | None:
    """The items of an RDF list, or None when it is malformed."""
    items: list[Node] = []
    node, seen = head, set()
    while node != RDF.nil:
        firsts, rests = list(shapes.objects(node, RDF.first)), list(shapes.objects(node, RDF.rest))
        if node in seen or len(firsts) != 1 or len(rests) != 1:
            return None
        seen.add(node)
        items.append(firsts[0])
        node = rests[0]
    return items


def _shorten(short: Graph, head: Node, items: list[Node]) -> None:
    node = head
    while node != RDF.nil:
        following = short.value(node, RDF.rest)
        short.remove((node, None, None))
        node = following if following is not None else RDF.nil
    second = BNode()
    short.add((head, RDF.first, items[0]))
    short.add((head, RDF.rest, second))
    short.add((second, RDF.first, items[1]))
    short.add((second, RDF.rest, RDF.nil))


_SHAPE_SYNTAX = (str(SH), str(RDF), str(RDFS), str(XSD), str(OWL))


def _signature(shapes: Graph, node: Node) -> object:
    if isinstance(node, BNode):
        return tuple(sorted((str(p), _signature(shapes, o)) for p, o in shapes.predicate_objects(node)))
    if isinstance(node, URIRef):
        return str(node) if str(node).startswith(_SHAPE_SYNTAX) else "IRI"
    if isinstance(node, Literal):
        return ("literal", str(node.datatype), bool(node.language), str(node) if node.datatype == XSD.boolean else "")
    return str(node)


def _tree(shapes: Graph, node: Node, found: set[Node]) -> set[Node]:
    found.add(node)
    for child in shapes.objects(node):
        if isinstance(child, BNode) and child not in found:
            _tree(shapes, child, found)
    return found


def _drop_twins(shapes: Graph) -> dict[Node, list[Node]]:
    """Keep one of each set of property shapes that SHACL-for-SHACL cannot tell apart, and say which nodes each
    kept node stands for. SHACL-for-SHACL looks at the structure of a shape, its SHACL, RDF, RDFS, OWL and XSD
    terms and the datatypes of its literals, never at the ip: terms or the text it holds, so `[sh:path ip:organiser;
    sh:class ip:Actor; sh:message "…"]` and `[sh:path ip:partner; sh:class ip:Actor; sh:message "…"]` pass or fail
    together. Halves the cost of the check; every twin is still reported."""
    kept: dict[object, Node] = {}
    stands_for: dict[Node, list[Node]] = {}
    for owner, prop in sorted(shapes.subject_objects(SH.property), key=lambda pair: (str(pair[0]), str(pair[1]))):
        if not isinstance(prop, BNode) or len(set(shapes.subjects(SH.property, prop))) > 1:
            continue
        key = _signature(shapes, prop)
        if key not in kept:
            kept[key] = prop
            continue
        first = kept[key]
        shapes.remove((owner, SH.property, prop))
        shapes.add((owner, SH.property, first))
        for node in _tree(shapes, prop, set()):
            shapes.remove((node, None, None))
        stands_for.setdefault(first, [first]).append(prop)
    # a problem found inside a kept shape's tree is reported on the kept shape and every twin
    expanded: dict[Node, list[Node]] = {}
    for first, nodes in stands_for.items():
        for node in _tree(shapes, first, set()):
            expanded[node] = [node, *nodes[1:]] if node != first else nodes
    return expanded
