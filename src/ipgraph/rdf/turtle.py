"""Turtle bytes of a graph, byte for byte as rdflib writes them, in a fraction of the time.

rdflib's Turtle serialiser was 30-40% of build time. It works out the
prefixed name of every IRI each time it meets it (``compute_qname``: ~90,000
calls for the bundled reports), looks each subject's triples up in the store
again, and encodes and writes every fragment separately. Here the prefixed
names are remembered, the triples are grouped by subject in one pass, and the
text is joined once. Ordering, prefixes and the spelling of every term are
still rdflib's own code (``orderSubjects``, ``sortProperties``, ``label``);
only the layout of a statement is written out here, as rdflib lays it out
for a graph without blank nodes. A graph with blank nodes (lists, nested
descriptions) goes to rdflib unchanged. tests/test_serialize.py compares the
two on the bundled graphs and on generated ones.
"""

from __future__ import annotations

import io

from rdflib import RDF, BNode, Graph, Literal
from rdflib.plugins.serializers.turtle import _GEN_QNAME_FOR_DT, OBJECT, SUBJECT, VERB, TurtleSerializer
from rdflib.term import Node


class _RememberingTurtleSerializer(TurtleSerializer):
    """rdflib's serialiser with the prefixed name of each IRI computed once.

    The first call also registers the IRI's namespace for the ``@prefix``
    lines, so answering later calls from memory changes nothing else.
    """

    def reset(self) -> None:
        super().reset()
        self._pnames: dict[tuple[Node, bool], str | None] = {}

    def get_pname(self, uri: Node, gen_prefix: bool = True) -> str | None:
        key = (uri, gen_prefix)
        try:
            return self._pnames[key]
        except KeyError:
            found = self._pnames[key] = super().get_pname(uri, gen_prefix)
            return found

    def preprocess_all(self, triples: list[tuple[Node, Node, Node]]) -> None:
        """``preprocessTriple`` of every triple, for a graph without blank nodes and without a base IRI.

        The same bookkeeping (references, subjects, prefixed names in the same
        order, so generated prefixes get the same numbers) without rdflib's
        per-triple generality, which was most of the serialiser's time.
        """
        references, subjects, pname, keywords = self._references, self._subjects, self.get_pname, self.keywords
        for s, p, o in triples:
            references[o] += 1
            subjects[s] = True
            pname(s, False)
            if p not in keywords:
                pname(p, True)
            pname(o, False)
            if type(o) is Literal and o.datatype:
                pname(o.datatype, _GEN_QNAME_FOR_DT)

    def order_subjects(self, by_subject: dict[Node, dict[Node, list[Node]]]) -> list[Node]:
        """``orderSubjects`` with the members of the top classes read from the triples, not from the store.

        The members of each top class (``rdfs:Class``) first, sorted; then
        every other subject by how often it is an object, then by itself.
        """
        seen: set[Node] = set()
        subjects: list[Node] = []
        for top in self.topClasses:
            members = sorted(s for s, properties in by_subject.items()  # type: ignore[type-var]  # terms order
                             if top in properties.get(RDF.type, ()))
            subjects += members
            seen.update(members)
            self._topLevels.update(dict.fromkeys(members, True))
        rest = sorted((self._references[s], s) for s in self._subjects if s not in seen)
        return subjects + [s for _, s in rest]

    def statements(self, triples: list[tuple[Node, Node, Node]]) -> str:
        """The whole document, as ``serialize`` writes it for a graph without blank nodes."""
        self.preprocess_all(triples)
        by_subject: dict[Node, dict[Node, list[Node]]] = {}
        for s, p, o in triples:
            by_subject.setdefault(s, {}).setdefault(p, []).append(o)
        parts = [f"@prefix {prefix}: <{uri}> .\n" for prefix, uri in sorted(self.namespaces.items())]
        labels: dict[tuple[Node, int], str] = {}

        def label(node: Node, position: int) -> str:
            key = (node, position)
            text = labels.get(key)
            if text is None:
                text = labels[key] = self.label(node, position)
            return text

        for subject in self.order_subjects(by_subject):
            properties = by_subject[subject]
            parts += ["\n", label(subject, SUBJECT)]
            for index, predicate in enumerate(self.sortProperties(properties)):
                objects = properties[predicate]
                parts += [" ;\n    " if index else " ", label(predicate, VERB), " ", label(objects[0], OBJECT)]
                for other in objects[1:]:
                    parts += [",\n        ", label(other, OBJECT)]
            parts.append(" .\n")
        parts.append("\n")
        return "".join(parts)


def turtle_bytes(graph: Graph) -> bytes:
    """The graph as UTF-8 Turtle, byte for byte what ``graph.serialize(format="turtle")`` gives."""
    triples = list(graph)
    if graph.base is not None or _blank(triples):
        return _rdflib_turtle(graph)
    return _RememberingTurtleSerializer(graph).statements(triples).encode("utf-8", "replace")


def triples_turtle(triples: list[tuple[Node, Node, Node]], namespaces: Graph) -> bytes:
    """Triples as UTF-8 Turtle, byte for byte what rdflib writes for a graph of them with the prefixes bound in
    ``namespaces`` (an empty graph that lends its namespace manager; its own triples are not read)."""
    if _blank(triples):
        for triple in triples:
            namespaces.add(triple)
        return _rdflib_turtle(namespaces)
    return _RememberingTurtleSerializer(namespaces).statements(triples).encode("utf-8", "replace")


def _blank(triples: list[tuple[Node, Node, Node]]) -> bool:
    """Blank nodes (lists, nested descriptions) need rdflib's own layout."""
    return any(type(term) is BNode for triple in triples for term in triple)


def _rdflib_turtle(graph: Graph) -> bytes:
    stream = io.BytesIO()
    _RememberingTurtleSerializer(graph).serialize(stream, encoding="utf-8")
    return stream.getvalue()
