"""The graph every renderer writes into, the literals they share, and deterministic Turtle bytes.

Output is byte-identical for the same inputs: no blank nodes, and the Turtle
writer sorts subjects, predicates and objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from rdflib import XSD, Graph, Literal, URIRef
from rdflib.plugins.stores.memory import SimpleMemory

from ipgraph.rdf.turtle import turtle_bytes
from ipgraph.vocab import IP, PREFIXES, passage_iri


def new_graph() -> Graph:
    """An empty graph with our prefixes. Its store is rdflib's SimpleMemory: a graph here is built, serialised and
    dropped, and the default store's bookkeeping for named graphs made each ``add`` twice as slow."""
    graph = Graph(store=SimpleMemory())
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, replace=True)
    return graph


def dated(value: str) -> Literal:
    """A date literal typed as precisely as the text gives it."""
    if re.fullmatch(r"\d{4}", value):
        return Literal(value, datatype=XSD.gYear)
    if re.fullmatch(r"\d{4}-\d{2}", value):
        return Literal(value, datatype=XSD.gYearMonth)
    return Literal(value, datatype=XSD.date)


def add_evidence(graph: Graph, node: URIRef, report_id: str, slugs: Iterable[str]) -> None:
    for slug in slugs:
        graph.add((node, IP.evidence, passage_iri(report_id, slug)))


def turtle(graph: Graph) -> bytes:
    """Deterministic Turtle bytes of a graph."""
    return turtle_bytes(graph)


def relative_source(path: Path, root: Path) -> str:
    """The report's path relative to the repository, or its name when it lives elsewhere."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name
