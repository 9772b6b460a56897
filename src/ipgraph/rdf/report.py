"""One report's graph: the report, its passages, the nodes its passages name, and every fact extracted from it."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from rdflib import XSD, URIRef
from rdflib.namespace import DCTERMS

from ipgraph.extract.registry import Found
from ipgraph.extract.report_facts import NodeFacts, ReportFacts
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY, Gazetteer
from ipgraph.rdf.closure import add_type_closure
from ipgraph.rdf.graph import Sink, Triples, add_evidence, dated, text, turtle, typed
from ipgraph.rdf.renderers import render_facts
from ipgraph.vocab import (
    ALT_LABEL,
    IP,
    LABEL,
    PASSAGE_TYPES,
    TYPE,
    city_iri,
    country_iri,
    org_iri,
    passage_iri,
    person_iri,
    report_iri,
    rule_iri,
    treaty_iri,
)

NODE_IRI = {COUNTRY: country_iri, ORG: org_iri, TREATY: treaty_iri, CITY: city_iri, PERSON: person_iri}


def add_report(graph: Sink, meta: ReportMeta, source_file: str, sha256: str) -> URIRef:
    node = report_iri(meta.id)
    graph.add((node, TYPE, IP.Report))
    graph.add((node, IP.sourceFile, text(source_file)))
    graph.add((node, IP.sha256, text(sha256)))
    graph.add((node, DCTERMS.language, text(meta.language)))
    optional = [(DCTERMS.title, meta.title, meta.language), (DCTERMS.publisher, meta.publisher, meta.language),
                (DCTERMS.identifier, meta.identifier, None), (IP.meeting, meta.meeting, meta.language),
                (DCTERMS.source, meta.source, None)]
    for predicate, value, lang in optional:
        if value:
            graph.add((node, predicate, text(value, lang=lang)))
    if meta.date:
        graph.add((node, DCTERMS.date, dated(meta.date)))
    for key in meta.author:
        graph.add((node, IP.author, org_iri(key)))
    return node


def add_passages(graph: Sink, report_id: str, passages: Iterable[Passage], lang: str) -> None:
    report, count = report_iri(report_id), XSD.nonNegativeInteger
    for p in passages:
        node = passage_iri(report_id, p.slug)
        graph.add((node, TYPE, IP.Passage))
        graph.add((node, IP.inReport, report))
        graph.add((node, IP.locator, text(p.locator)))
        graph.add((node, IP.text, text(p.text, lang=lang)))
        graph.add((node, IP.passageType, PASSAGE_TYPES[p.kind]))
        graph.add((node, IP.position, typed(p.position, count)))
        graph.add((node, IP.startOffset, typed(p.start, count)))
        graph.add((node, IP.endOffset, typed(p.end, count)))
        if p.heading:
            graph.add((node, IP.heading, text(p.heading)))
        for footnote in p.footnotes:
            graph.add((node, IP.footnote, passage_iri(report_id, footnote)))
        if p.parent:
            graph.add((node, IP.partOf, passage_iri(report_id, p.parent)))


def add_node_facts(graph: Sink, report_id: str, node: NodeFacts, known_names: set[str]) -> None:
    """A node's evidence in one report, the forms the report uses for it, and what is new about it."""
    iri = NODE_IRI[node.kind](node.key)
    add_evidence(graph, iri, report_id, node.passages)
    forms = node.surface | set(node.details.get("also_named", ()))  # printed, and the full names of short ones
    for form in sorted(forms - known_names - {node.details.get("name")}):  # the label is no alias
        graph.add((iri, ALT_LABEL, text(form, lang="zh" if not form.isascii() else None)))
    if node.is_new and node.kind == ORG:
        _describe_new_org(graph, iri, node)
    elif node.is_new and node.kind == PERSON:
        _describe_new_person(graph, iri, node)


def _describe_new_org(graph: Sink, iri: URIRef, node: NodeFacts) -> None:
    graph.add((iri, TYPE, IP.Organisation))
    graph.add((iri, LABEL, text(node.details["name"], lang="zh")))
    if node.details.get("country"):
        graph.add((iri, IP.country, country_iri(node.details["country"])))
    for acronym in node.details.get("acronyms", []):
        graph.add((iri, IP.acronym, text(acronym)))
    if node.details.get("kind"):
        graph.add((iri, IP.kind, text(node.details["kind"])))
    if node.details.get("parent"):
        graph.add((iri, IP.parentOrganisation, org_iri(node.details["parent"])))
    graph.add((iri, IP.rule, rule_iri("org-shape")))


def _describe_new_person(graph: Sink, iri: URIRef, node: NodeFacts) -> None:
    graph.add((iri, TYPE, IP.Person))
    graph.add((iri, LABEL, text(node.details["name"], lang="zh")))
    if node.details.get("role"):
        graph.add((iri, IP.role, text(node.details["role"], lang="zh")))
    for body in sorted({node.details.get("affiliation") or "", node.details.get("also") or ""} - {""}):
        graph.add((iri, IP.affiliation, org_iri(body)))  # a post at each of two bodies: 甲局副局长、乙局副局长丙
    if node.details.get("country"):
        graph.add((iri, IP.country, country_iri(node.details["country"])))
    graph.add((iri, IP.rule, rule_iri("person-pattern")))


def known_names(gazetteer: Gazetteer, kind: str, key: str) -> set[str]:
    """The names the reference data already gives a node, so a report file repeats none of them."""
    tables: dict[str, Mapping[str, object]] = {
        COUNTRY: gazetteer.countries, ORG: gazetteer.organisations, TREATY: gazetteer.treaties,
        CITY: gazetteer.cities, PERSON: gazetteer.people}
    entry = tables[kind].get(key)
    if entry is None:
        return set()
    values = [v for v in vars(entry).values() if isinstance(v, (str, tuple))]
    return {n for v in values for n in ((v,) if isinstance(v, str) else v)}


def render_report(meta: ReportMeta, source: str, sha256: str, passages: list[Passage], facts: ReportFacts,
                  found: Found, gazetteer: Gazetteer, ontology: Path) -> bytes:
    """The Turtle of one report: the one place a report's graph is put together."""
    graph = Triples()
    add_report(graph, meta, source, sha256)
    add_passages(graph, meta.id, passages, meta.language)
    for node in sorted(facts.nodes.values(), key=lambda n: (n.kind, n.key)):
        add_node_facts(graph, meta.id, node, known_names(gazetteer, node.kind, node.key))
    render_facts(graph, meta.id, passages, found)
    add_type_closure(graph, ontology)
    return turtle(graph)
