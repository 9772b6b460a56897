"""Turtle bytes of a graph, byte for byte as rdflib writes them, in a fraction of the time.

rdflib's Turtle serialiser was 30-40% of build time. It works out the
prefixed name of every IRI each time it meets it (``compute_qname``: ~90,000
calls for the bundled reports), looks each subject's triples up in the store
again, and encodes and writes every fragment separately. Here the prefixed
names are remembered, the triples are grouped by subject in one pass, and the
text is joined once. Prefixed names and the spelling of typed literals are
still rdflib's own code (``get_pname``, ``label``); its orderings
(``orderSubjects``, ``sortProperties``) and its quoting of a plain literal
(``_quote_encode``) are followed here, comparing IRIs by their text as rdflib
does, and the layout of a statement is written out as rdflib lays it out for a
graph without blank nodes. A graph with blank nodes (lists, nested
descriptions) goes to rdflib unchanged. tests/test_serialize.py compares the
two on the bundled graphs and on generated ones.
"""

from __future__ import annotations

import io
from collections import Counter
from collections.abc import Collection, Iterable, Iterator, Mapping
from itertools import chain

from rdflib import RDF, BNode, Graph, Literal, URIRef
from rdflib.namespace import XMLNS
from rdflib.plugins.serializers.turtle import _GEN_QNAME_FOR_DT, OBJECT, SUBJECT, VERB, TurtleSerializer
from rdflib.term import _NUMERIC_INF_NAN_LITERAL_TYPES, _PLAIN_LITERAL_TYPES, Node

from ipgraph.vocab import TYPE

Grouped = Mapping[Node, Mapping[Node, Collection[Node]]]
"""Triples by subject, then predicate: the objects of each, in the order the store gives them."""
_NIL = str(RDF.nil)
_XMLNS = str(XMLNS)
_PREDICATE_ORDER = {str(p): rank for rank, p in enumerate(TurtleSerializer.predicateOrder)}
_SPELT_BY_RDFLIB = frozenset(map(str, (*_PLAIN_LITERAL_TYPES, *_NUMERIC_INF_NAN_LITERAL_TYPES)))
"""The datatypes whose literals rdflib may write bare (1, 0.5, true) or checks for infinities; it writes a literal of
any other datatype as its quoted text and its datatype (``Literal._literal_n3``), which is done here."""


class _RememberingTurtleSerializer(TurtleSerializer):
    """rdflib's serialiser with the prefixed name of each IRI computed once.

    The first call also registers the IRI's namespace for the ``@prefix``
    lines, so answering later calls from memory changes nothing else. IRIs are
    remembered, counted and compared by their text: two ``URIRef`` objects with
    one text compare equal through rdflib's ``__eq__``, Python code that was a
    fifth of the serialiser's time; their text compares in C, with the same
    outcome, and IRIs sort by their text in rdflib too.
    """

    def __init__(self, store: Graph, new: bool = False) -> None:
        """``new``: the graph's namespace manager has worked out no prefixed name before (``triples_turtle``)."""
        self.new = new
        super().__init__(store)

    def reset(self) -> None:
        super().reset()
        self._pnames: dict[tuple[str, bool], str | None] = {}
        self._iri_references: Counter[str] = Counter()
        self._predicate_keys = _PredicateKeys()
        self._heads: set[str] | None = None

    def get_pname(self, uri: Node, gen_prefix: bool = True) -> str | None:
        if type(uri) is not URIRef:
            return super().get_pname(uri, gen_prefix)
        key = (str(uri), gen_prefix)
        try:
            return self._pnames[key]
        except KeyError:
            pass
        if not gen_prefix and self.new and self._unprefixed(key[0]):
            found = self._pnames[key] = None
            return found
        found = self._pnames[key] = super().get_pname(uri, gen_prefix)
        if gen_prefix:
            self._heads = None  # rdflib may have bound a new prefix (ns1)
        return found

    def _unprefixed(self, text: str) -> bool:
        """rdflib finds no prefixed name for the IRI ``text`` in a subject's or an object's place: no bound namespace
        has the IRI's text up to its last "/" as its own (a node's IRI, https://w3id.org/ipgraph/id/org/WIPO, under
        ipr: https://w3id.org/ipgraph/id/; ~4,600 of the ~5,000 IRIs a build asks about).

        rdflib splits an IRI after its last character that no local name holds ("/" is one) and gives a prefix only
        for a bound namespace the IRI starts with that reaches that far, whose text up to its last "/" is then the
        IRI's. The namespaces rdflib notes when it splits other IRIs never reach past that point of this one, so the
        answer rests on the bindings alone (a predicate may bind ns1: they are read again after one). A namespace
        manager that has answered before may give a remembered answer, hence only for a ``new`` one; rdflib splits
        an IRI of the XML namespace its own way.
        """
        if self._heads is None:
            # read from the namespace manager's store: ``Graph.namespaces`` makes each namespace a URIRef again
            self._heads = {_head(str(namespace)) for _, namespace in self.store.namespace_manager.store.namespaces()}
        return _head(text) not in self._heads and not text.startswith(_XMLNS)

    def preprocess_all(self, groups: Iterable[tuple[Node, Mapping[Node, Iterable[Node]]]]) -> None:
        """``preprocessTriple`` of every triple, for a graph without blank nodes and without a base IRI; ``groups``
        are the triples in the store's order, each subject with its predicates and their objects.

        The same bookkeeping (subjects, references to IRIs, prefixed names in
        the same order, so generated prefixes get the same numbers) without
        rdflib's per-triple generality, which was most of the serialiser's
        time. A literal has no prefixed name and is never a subject, so only
        its datatype is looked at.
        """
        subjects, pname, keywords, known = self._subjects, self.get_pname, self.keywords, self._pnames
        counted: dict[Node, int] = {}  # references by term: its text is copied once, not at each reference
        for s, properties in groups:
            subjects[s] = True
            if (str(s), False) not in known:
                pname(s, False)
            for p, objects in properties.items():
                if p not in keywords and (str(p), True) not in known:
                    pname(p, True)
                for o in objects:
                    if type(o) is Literal:
                        if (datatype := o.datatype) and (str(datatype), _GEN_QNAME_FOR_DT) not in known:
                            pname(datatype, _GEN_QNAME_FOR_DT)
                    elif (count := counted.get(o)) is not None:
                        counted[o] = count + 1
                    else:
                        counted[o] = 1
                        if (str(o), False) not in known:
                            pname(o, False)
        for o, count in counted.items():
            self._iri_references[str(o)] += count

    def order_subjects(self, by_subject: Grouped) -> list[Node]:
        """``orderSubjects`` with the members of the top classes read from the triples, not from the store.

        The members of each top class (``rdfs:Class``) first, sorted; then
        every other subject by how often it is an object, then by itself.
        """
        seen: set[str] = set()
        subjects: list[Node] = []
        for top in self.topClasses:
            members = sorted((s for s, properties in by_subject.items() if top in properties.get(TYPE, ())),
                             key=str)
            subjects += members
            seen.update(map(str, members))
            self._topLevels.update(dict.fromkeys(members, True))
        references = self._iri_references
        rest = sorted(((references.get(text, 0), text), s) for s in self._subjects if (text := str(s)) not in seen)
        return subjects + [s for _, s in rest]

    def statements(self, by_subject: Grouped,
                   in_order: Iterable[tuple[Node, Mapping[Node, Iterable[Node]]]] | None = None) -> str:
        """The whole document, as ``serialize`` writes it for a graph without blank nodes; ``in_order`` gives the
        triples in the store's order when it is not that of ``by_subject``."""
        self.preprocess_all(by_subject.items() if in_order is None else in_order)
        parts = [f"@prefix {prefix}: <{uri}> .\n" for prefix, uri in sorted(self.namespaces.items())]
        literals: dict[tuple[str, str], str] = {}
        iris: tuple[dict[Node, str], dict[Node, str]] = ({}, {})  # an IRI's spelling as a verb, and elsewhere
        known, keywords = self._pnames, self.keywords

        def label(node: Node, position: int) -> str:
            """``self.label``: an IRI's prefixed name is known from ``preprocess_all``; a term is spelt once."""
            if type(node) is URIRef:
                verb = position == VERB
                spelt = iris[verb].get(node)
                if spelt is None:
                    spelt = iris[verb][node] = iri_label(node, verb)
                return spelt
            if type(node) is not Literal:
                return self.label(node, position)
            if node.datatype is None:  # rdflib's spelling of a plain literal, without its checks of datatypes
                language = node.language
                return f"{node._quote_encode()}@{language}" if language else node._quote_encode()
            key = (str(node), str(node.datatype))
            spelt = literals.get(key)
            if spelt is None and key[1] in _SPELT_BY_RDFLIB:
                spelt = literals[key] = self.label(node, position)
            elif spelt is None:  # rdflib's spelling of any other typed literal: its quoted text and its datatype
                spelt = literals[key] = f"{node._quote_encode()}^^{known[key[1], _GEN_QNAME_FOR_DT] or f'<{key[1]}>'}"
            return spelt

        def iri_label(node: URIRef, verb: bool) -> str:
            text = str(node)
            if text == _NIL:
                return "()"
            if verb and node in keywords:
                return keywords[node]
            return known[(text, verb)] or node.n3()

        ranks = self._predicate_keys
        verbs: dict[Node, tuple[str, str]] = {}  # a predicate's spelling after its subject, and after another's
        for subject in self.order_subjects(by_subject):
            parts += ["\n", label(subject, SUBJECT)]
            properties = by_subject[subject]
            later = False
            for predicate in sorted(properties, key=ranks.__getitem__) if len(properties) > 1 else properties:
                spelt = verbs.get(predicate)
                if spelt is None:
                    verb = label(predicate, VERB)
                    spelt = verbs[predicate] = (f" {verb} ", f" ;\n    {verb} ")
                parts.append(spelt[later])
                later = True
                objects = properties[predicate]
                if len(objects) == 1:
                    (only,) = objects
                    parts.append(label(only, OBJECT))
                else:
                    parts.append(",\n        ".join([label(o, OBJECT) for o in _sorted_objects(objects)]))
            parts.append(" .\n")
        parts.append("\n")
        return "".join(parts)


class _PredicateKeys(dict[Node, tuple[int, str]]):
    """Where ``sortProperties`` puts each predicate, worked out once per predicate (a few dozen, each met thousands
    of times) and read as the sorting key in C."""

    def __missing__(self, predicate: Node) -> tuple[int, str]:
        text = str(predicate)
        key = self[predicate] = (_PREDICATE_ORDER.get(text, len(_PREDICATE_ORDER)), text)
        return key


def _sorted_objects(objects: Iterable[Node]) -> list[Node]:
    """The objects of one predicate in ``sortProperties``' order: IRIs by their text, as rdflib orders them, anything
    else by rdflib's own ordering."""
    found = list(objects)
    if all(type(o) is URIRef for o in found):
        found.sort(key=str)
    elif all(type(o) is Literal and o.datatype is None for o in found):
        found.sort(key=_plain_order)  # type: ignore[arg-type]  # every one a Literal, as checked
    else:
        found.sort()  # type: ignore[call-arg]  # rdflib orders its terms
    return found


def _head(iri: str) -> str:
    """The IRI up to its last "/"."""
    return iri[: iri.rfind("/") + 1]


def _plain_order(literal: Literal) -> tuple[bool, str, str]:
    """Where rdflib's ``Literal.__gt__`` puts a literal without a datatype among others without one: those without
    a language first, then by language, then by text; that comparison in Python was most of sorting labels."""
    return bool(literal.language), literal.language or "", str(literal)


def turtle_bytes(graph: Graph) -> bytes:
    """The graph as UTF-8 Turtle, byte for byte what ``graph.serialize(format="turtle")`` gives."""
    triples = list(graph)
    if graph.base is not None or _blank(chain.from_iterable(triples)):
        return _rdflib_turtle(graph)
    grouped: dict[Node, dict[Node, list[Node]]] = {}
    for s, p, o in triples:
        grouped.setdefault(s, {}).setdefault(p, []).append(o)
    in_order = ((s, {p: (o,)}) for s, p, o in triples)
    return _RememberingTurtleSerializer(graph).statements(grouped, in_order).encode("utf-8", "replace")


def triples_turtle(by_subject: Grouped, namespaces: Graph) -> bytes:
    """Triples grouped by subject and predicate as UTF-8 Turtle, byte for byte what rdflib writes for a graph of
    them with the prefixes bound in ``namespaces`` (a new, empty graph that lends its namespace manager; its own
    triples are not read)."""
    if _blank(_terms(by_subject)):
        for s, properties in by_subject.items():
            for p, objects in properties.items():
                for o in objects:
                    namespaces.add((s, p, o))
        return _rdflib_turtle(namespaces)
    return _RememberingTurtleSerializer(namespaces, new=True).statements(by_subject).encode("utf-8", "replace")


def _terms(by_subject: Grouped) -> Iterator[Node]:
    """Every subject, predicate and object, chained in C rather than yielded one by one."""
    return chain(by_subject, chain.from_iterable(by_subject.values()),
                 chain.from_iterable(chain.from_iterable(properties.values()) for properties in by_subject.values()))


def _blank(terms: Iterable[Node]) -> bool:
    """Blank nodes (lists, nested descriptions) need rdflib's own layout."""
    return BNode in set(map(type, terms))


def _rdflib_turtle(graph: Graph) -> bytes:
    stream = io.BytesIO()
    _RememberingTurtleSerializer(graph).serialize(stream, encoding="utf-8")
    return stream.getvalue()
