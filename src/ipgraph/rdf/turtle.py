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

from rdflib import BNode, Graph, Literal
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

        for subject in self.orderSubjects():
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
    serializer = _RememberingTurtleSerializer(graph)
    triples = list(graph)
    if graph.base is not None or any(type(term) is BNode for triple in triples for term in triple):
        stream = io.BytesIO()
        serializer.serialize(stream, encoding="utf-8")
        return stream.getvalue()
    serializer.reset()
    return serializer.statements(triples).encode("utf-8", "replace")
