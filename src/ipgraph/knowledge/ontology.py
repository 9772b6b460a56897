"""What the ontology declares, for the knowledge files that name its terms: event and agreement classes,
attendance modes, treaty actions.

The ontology (``ontology/ip.ttl``) is the one list of event types and modes: a
knowledge file that names a type or mode the ontology lacks is refused when it
is loaded (file and line), and the renderers write whatever the files name, so
no list of them is kept in code.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pyoxigraph

from ipgraph.resources import resources

_PREFIXES = ("PREFIX ip: <https://w3id.org/ipgraph/ontology#> "
             "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> ")


@lru_cache(maxsize=2)
def _store(ontology: Path) -> pyoxigraph.Store:
    """The ontology, read once per process however many of its term lists are asked for."""
    store = pyoxigraph.Store()
    store.load(path=str(ontology), format=pyoxigraph.RdfFormat.TURTLE)
    return store


@lru_cache(maxsize=16)
def _local_names(ontology: Path, where: str) -> tuple[str, ...]:
    rows = _store(ontology).query(f"{_PREFIXES} SELECT ?term WHERE {{ {where} }}")
    assert isinstance(rows, pyoxigraph.QuerySolutions), "a SELECT query answers with solutions"
    return tuple(sorted(row["term"].value.rsplit("#", 1)[1] for row in rows))


def event_types(ontology: Path | None = None) -> tuple[str, ...]:
    """``Event`` and the local names of its subclasses."""
    return ("Event", *_local_names(ontology or resources().ontology, "?term rdfs:subClassOf+ ip:Event"))


def event_modes(ontology: Path | None = None) -> tuple[str, ...]:
    """The attendance modes: ``Hybrid``, ``InPerson``, ``Online``."""
    return _local_names(ontology or resources().ontology, "?term a ip:EventMode")


def agreement_types(ontology: Path | None = None) -> tuple[str, ...]:
    """``Agreement`` and the local names of its subclasses (MemorandumOfUnderstanding …)."""
    return ("Agreement", *_local_names(ontology or resources().ontology, "?term rdfs:subClassOf+ ip:Agreement"))


def treaty_action_types(ontology: Path | None = None) -> tuple[str, ...]:
    """What can happen to a treaty: ``Accession``, ``Ratification`` …"""
    return _local_names(ontology or resources().ontology, "?term a ip:TreatyActionType")


@lru_cache(maxsize=2)
def declared_superclasses(ontology: Path) -> tuple[tuple[str, str], ...]:
    """Each ``rdfs:subClassOf`` between two IRIs whose superclass the ontology declares an ``owl:Class``, as IRI
    pairs (blank-node restrictions left out)."""
    rows = _store(ontology).query(
        "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> PREFIX owl: <http://www.w3.org/2002/07/owl#> "
        "SELECT ?sub ?sup WHERE { ?sub rdfs:subClassOf ?sup . ?sup a owl:Class . "
        "FILTER(isIRI(?sub) && isIRI(?sup)) }")
    assert isinstance(rows, pyoxigraph.QuerySolutions), "a SELECT query answers with solutions"
    return tuple(sorted((row["sub"].value, row["sup"].value) for row in rows))
