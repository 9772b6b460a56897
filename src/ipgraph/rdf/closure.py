"""The rdf:type superclass closure, written into the built graph so that stores without reasoning answer by class.

Researchers query the graph in Oxigraph, QLever or Fuseki, none of which does
RDFS inference by default: ``?e a ip:Event`` found 1 of 301 events while events
were typed with their subclass only. Materialising the closure at build time
(every superclass ``ontology/ip.ttl`` states with ``rdfs:subClassOf`` and
declares itself) makes every store answer the same, at the cost of a few extra
triples per typed node (7% of the bundled graph). The alignments to reused
vocabularies (``ip:Event`` ⊑ ``schema:Event``) stay in the ontology for those
who reason: the graph types nodes with classes the ontology declares only.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from rdflib import URIRef

from ipgraph.knowledge.ontology import declared_superclasses
from ipgraph.rdf.graph import Sink
from ipgraph.vocab import TYPE


@lru_cache(maxsize=4)
def superclasses(ontology: Path) -> dict[URIRef, frozenset[URIRef]]:
    """Each class the ontology subclasses, with all its (transitive, proper) superclasses the ontology declares."""
    direct: dict[URIRef, set[URIRef]] = {}
    for sub, sup in declared_superclasses(ontology):
        direct.setdefault(URIRef(sub), set()).add(URIRef(sup))
    return {cls: frozenset(_reachable(cls, direct)) for cls in direct}


def _reachable(start: URIRef, direct: dict[URIRef, set[URIRef]]) -> set[URIRef]:
    """The classes above ``start``, cycles (owl-style equivalences written as two subClassOf) included once."""
    found: set[URIRef] = set()
    todo = list(direct.get(start, ()))
    while todo:
        cls = todo.pop()
        if cls not in found and cls != start:
            found.add(cls)
            todo.extend(direct.get(cls, ()))
    return found


def add_type_closure(graph: Sink, ontology: Path) -> None:
    """Type every node with every superclass of each class it has."""
    closure = superclasses(ontology)
    for node, cls in list(graph.subject_objects(TYPE)):
        if isinstance(cls, URIRef):
            for sup in closure.get(cls, ()):
                graph.add((node, TYPE, sup))
