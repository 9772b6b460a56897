"""The ontology's integrity: every ip: term labelled in English and Chinese, classes and properties explained,
properties with a domain and a range, and every class those name declared (stage ``meta``)."""

from __future__ import annotations

from collections.abc import Iterator

from rdflib import RDF, RDFS, Literal, URIRef
from rdflib.namespace import OWL
from rdflib.term import Node

from ipgraph.check.data_rules import declared_terms
from ipgraph.check.meta import MetaContext
from ipgraph.check.model import VIOLATION, WARNING, Finding
from ipgraph.check.naming import qname
from ipgraph.check.registry import PythonRule, rule
from ipgraph.vocab import IP

_PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}
_CLASS_TYPES = {OWL.Class, RDFS.Class}


def _terms(ctx: MetaContext) -> list[URIRef]:
    return sorted(t for t in declared_terms(ctx.ontology) if isinstance(t, URIRef) and t.startswith(str(IP)))


def _is_property(ctx: MetaContext, term: Node) -> bool:
    return bool(set(ctx.ontology.objects(term, RDF.type)) & _PROPERTY_TYPES)


def _on_term(me: PythonRule, ctx: MetaContext, term: Node, message: str, **details: str | None) -> Finding:
    label = next((str(x) for x in ctx.ontology.objects(term, RDFS.label) if getattr(x, "language", None) == "en"),
                 None)
    return me.finding(str(term), message, label=label, file=ctx.ontology_file, **details)


@rule("ontology-label-missing", VIOLATION, "every ip: term has an rdfs:label in English (@en) and Chinese (@zh)",
      "meta")
def ontology_label_missing(me: PythonRule, ctx: MetaContext) -> Iterator[Finding]:
    for term in _terms(ctx):
        languages = {x.language for x in ctx.ontology.objects(term, RDFS.label) if isinstance(x, Literal)}
        for lang, name in (("en", "English"), ("zh", "Chinese")):
            if lang not in languages:
                yield _on_term(me, ctx, term, f"{qname(term)} has no rdfs:label in {name} (@{lang})",
                               path="rdfs:label")


@rule("ontology-comment-missing", WARNING, "every ip: class and property has an rdfs:comment", "meta")
def ontology_comment_missing(me: PythonRule, ctx: MetaContext) -> Iterator[Finding]:
    for term in _terms(ctx):
        kinds = set(ctx.ontology.objects(term, RDF.type))
        if kinds & (_PROPERTY_TYPES | _CLASS_TYPES) and ctx.ontology.value(term, RDFS.comment) is None:
            yield _on_term(me, ctx, term, f"{qname(term)} has no rdfs:comment saying what it means",
                           path="rdfs:comment")


@rule("ontology-domain-missing", VIOLATION, "every ip: property declares its rdfs:domain", "meta")
def ontology_domain_missing(me: PythonRule, ctx: MetaContext) -> Iterator[Finding]:
    yield from _missing(me, ctx, RDFS.domain)


@rule("ontology-range-missing", VIOLATION, "every ip: property declares its rdfs:range", "meta")
def ontology_range_missing(me: PythonRule, ctx: MetaContext) -> Iterator[Finding]:
    yield from _missing(me, ctx, RDFS.range)


def _missing(me: PythonRule, ctx: MetaContext, predicate: URIRef) -> Iterator[Finding]:
    for term in _terms(ctx):
        if _is_property(ctx, term) and ctx.ontology.value(term, predicate) is None:
            yield _on_term(me, ctx, term, f"property {qname(term)} declares no {qname(predicate)}",
                           path=qname(predicate))


@rule("ontology-term-undeclared", VIOLATION, "every ip: class a domain, range or superclass names is declared",
      "meta")
def ontology_term_undeclared(me: PythonRule, ctx: MetaContext) -> Iterator[Finding]:
    declared = declared_terms(ctx.ontology)
    for term in _terms(ctx):
        for predicate in (RDFS.domain, RDFS.range, RDFS.subClassOf):
            for cls in _class_terms(ctx, term, predicate):
                if cls.startswith(str(IP)) and cls not in declared:
                    yield _on_term(me, ctx, term, f"{qname(predicate)} names {qname(cls)}, which the ontology does "
                                   "not declare", path=qname(predicate), value=qname(cls))


def _class_terms(ctx: MetaContext, term: Node, predicate: Node) -> Iterator[URIRef]:
    for value in ctx.ontology.objects(term, predicate):
        if isinstance(value, URIRef):
            yield value
        else:
            union = ctx.ontology.value(value, OWL.unionOf)
            if union is not None:
                yield from (x for x in ctx.ontology.items(union) if isinstance(x, URIRef))
