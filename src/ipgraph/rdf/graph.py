"""The graph every renderer writes into, the literals they share, and deterministic Turtle bytes.

Output is byte-identical for the same inputs: no blank nodes, and the Turtle
writer sorts subjects, predicates and objects.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Iterator, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Protocol

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.plugins.stores.memory import SimpleMemory
from rdflib.term import Node

from ipgraph.rdf.turtle import triples_turtle, turtle_bytes
from ipgraph.vocab import IP, PREFIXES, passage_iri

Triple = tuple[Node, Node, Node]


class Sink(Protocol):
    """What a renderer writes into: an rdflib ``Graph`` (for a caller that queries it) or ``Triples``; the type closure
    asks it for the subjects and objects of ``rdf:type``."""

    def add(self, triple: Triple, /) -> object: ...

    def __iter__(self) -> Iterator[Triple]: ...

    def subject_objects(self, predicate: Node, /) -> Iterator[tuple[Node, Node]]: ...


class Triples:
    """A graph that is written once and never queried: its triples by subject and predicate.

    The build renders each report and the reference data into a graph only to
    write it as Turtle. rdflib's store indexes every triple three ways for
    queries nobody asks here; that bookkeeping was about a tenth of a build.
    This keeps the one index rdflib's store iterates, in the same order, so the
    Turtle written is the same, generated prefixes (``ns1``) included.
    """

    def __init__(self) -> None:
        self._spo: dict[Node, dict[Node, dict[Node, None]]] = {}

    def add(self, triple: Triple, /) -> Triples:
        s, p, o = triple
        self._spo.setdefault(s, {}).setdefault(p, {})[o] = None
        return self

    def __iter__(self) -> Iterator[Triple]:
        return ((s, p, o) for s, po in self._spo.items() for p, objects in po.items() for o in objects)

    def by_subject(self) -> Mapping[Node, Mapping[Node, Collection[Node]]]:
        """The triples grouped by subject and predicate, in the order they are iterated."""
        return self._spo

    def subject_objects(self, predicate: Node, /) -> Iterator[tuple[Node, Node]]:
        """What rdflib's ``Graph.subject_objects`` gives, looked up by hash in each subject's predicates."""
        return ((s, o) for s, po in self._spo.items() for o in po.get(predicate, ()))


def new_graph() -> Graph:
    """An empty graph with our prefixes. Its store is rdflib's SimpleMemory: a graph here is built, serialised and
    dropped, and the default store's bookkeeping for named graphs made each ``add`` twice as slow."""
    graph = Graph(store=SimpleMemory())
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    return graph


@lru_cache(maxsize=8192, typed=True)
def typed(value: str | int, datatype: URIRef) -> Literal:
    """A typed literal, made once per value: rdflib parses the value of every new typed Literal (~10 µs), and a
    build writes ~5,000 of them (passage positions and offsets, confidences, dates), many of them the same. A count
    (an ``int`` as an integer) is made as rdflib makes it from a Python ``int``, without its casts: its digits,
    the number its value (~3,000 offsets a build, nearly all different)."""
    if type(value) is int and datatype in _COUNTS:
        return _made(str(value), None, datatype, value)
    return Literal(value, datatype=datatype)


_COUNTS = frozenset({XSD.integer, XSD.nonNegativeInteger})


def text(value: str, lang: str | None = None) -> Literal:
    """``Literal(value, lang=lang)`` for a text, made without rdflib's casts: rdflib looks a text's Python type up in
    its tables of datatypes both ways and checks the language tag's shape for every literal (~6 µs), and a build
    makes ~9,500 of them (labels, passages, quotes). The text is its own value, as rdflib makes it; a language
    tag is checked by rdflib the first time it is met. Anything but a ``str`` goes to rdflib."""
    if type(value) is not str or (lang and lang not in _CHECKED_TAGS):
        made = Literal(value, lang=lang)
        if lang:
            _CHECKED_TAGS.add(lang)
        return made
    return _made(value, lang or None, None, value)


_CHECKED_TAGS: set[str] = set()
"""The language tags rdflib has accepted (it raises on a malformed one)."""


def _made(lexical: str, lang: str | None, datatype: URIRef | None, value: object) -> Literal:
    """The Literal rdflib's ``Literal.__new__`` ends with, its checks and casts done by the caller."""
    made = str.__new__(Literal, lexical)
    made._language = lang
    made._datatype = datatype
    made._value = value
    made._ill_typed = None
    return made


def dated(value: str) -> Literal:
    """A date literal typed as precisely as the text gives it."""
    if _YEAR.fullmatch(value):
        return typed(value, XSD.gYear)
    if _YEAR_MONTH.fullmatch(value):
        return typed(value, XSD.gYearMonth)
    return typed(value, XSD.date)


_YEAR, _YEAR_MONTH = re.compile(r"\d{4}"), re.compile(r"\d{4}-\d{2}")


def add_evidence(graph: Sink, node: URIRef, report_id: str, slugs: Iterable[str]) -> None:
    for slug in slugs:
        graph.add((node, IP.evidence, passage_iri(report_id, slug)))


def turtle(graph: Graph | Triples) -> bytes:
    """Deterministic Turtle bytes of a graph, with our prefixes."""
    if isinstance(graph, Graph):
        return turtle_bytes(graph)
    return triples_turtle(graph.by_subject(), new_graph())


def relative_source(path: Path, root: Path) -> str:
    """The report's path relative to the repository, or its name when it lives elsewhere."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name
