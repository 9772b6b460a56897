"""Facts → RDF: instance IRIs, one graph per report, the reference graph, and deterministic Turtle.

IRIs follow the public scheme of the vocabulary (``ipr:country/ZM``,
``ipr:passage/<report>/<locator slug>``). Output is byte-identical for the same
inputs: no blank nodes, and rdflib's Turtle serialiser sorts subjects,
predicates and objects.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

from rdflib import RDF, RDFS, XSD, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from ipgraph.corpus import ReportMeta
from ipgraph.gazetteer import Country, Organisation
from ipgraph.passages import Passage

IP = Namespace("https://w3id.org/ipgraph/ontology#")
IPR = Namespace("https://w3id.org/ipgraph/id/")
SCHEMA = Namespace("http://schema.org/")
ORG = Namespace("http://www.w3.org/ns/org#")
PREFIXES = {"ip": IP, "ipr": IPR, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS,
            "dcterms": DCTERMS, "prov": PROV, "owl": OWL, "schema": SCHEMA, "org": ORG}

PASSAGE_TYPES = {"paragraph": IP.Paragraph, "bullet": IP.Bullet, "footnote": IP.Footnote,
                 "heading": IP.Heading, "table-row": IP.TableRow}


def report_iri(report_id: str) -> URIRef:
    return IPR[f"report/{report_id}"]


def passage_iri(report_id: str, slug: str) -> URIRef:
    return IPR[f"passage/{report_id}/{slug}"]


def country_iri(code: str) -> URIRef:
    return IPR[f"country/{code}"]


def org_iri(key: str) -> URIRef:
    return IPR[f"org/{key}"]


def new_graph() -> Graph:
    graph = Graph()
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


def add_report(graph: Graph, meta: ReportMeta, source_file: str, sha256: str) -> URIRef:
    node = report_iri(meta.id)
    graph.add((node, RDF.type, IP.Report))
    graph.add((node, IP.sourceFile, Literal(source_file)))
    graph.add((node, IP.sha256, Literal(sha256)))
    graph.add((node, DCTERMS.language, Literal(meta.language)))
    optional = [(DCTERMS.title, meta.title, meta.language), (DCTERMS.publisher, meta.publisher, meta.language),
                (DCTERMS.identifier, meta.identifier, None), (IP.meeting, meta.meeting, meta.language),
                (DCTERMS.source, meta.source, None)]
    for predicate, value, lang in optional:
        if value:
            graph.add((node, predicate, Literal(value, lang=lang)))
    if meta.date:
        graph.add((node, DCTERMS.date, dated(meta.date)))
    for key in meta.author:
        graph.add((node, IP.author, org_iri(key)))
    return node


def add_passages(graph: Graph, report_id: str, passages: Iterable[Passage], lang: str) -> None:
    report = report_iri(report_id)
    for p in passages:
        node = passage_iri(report_id, p.slug)
        graph.add((node, RDF.type, IP.Passage))
        graph.add((node, IP.inReport, report))
        graph.add((node, IP.locator, Literal(p.locator)))
        graph.add((node, IP.text, Literal(p.text, lang=lang)))
        graph.add((node, IP.passageType, PASSAGE_TYPES[p.kind]))
        graph.add((node, IP.position, Literal(p.position, datatype=XSD.nonNegativeInteger)))
        graph.add((node, IP.startOffset, Literal(p.start, datatype=XSD.nonNegativeInteger)))
        graph.add((node, IP.endOffset, Literal(p.end, datatype=XSD.nonNegativeInteger)))
        if p.heading:
            graph.add((node, IP.heading, Literal(p.heading)))
        for footnote in p.footnotes:
            graph.add((node, IP.footnote, passage_iri(report_id, footnote)))
        if p.parent:
            graph.add((node, IP.partOf, passage_iri(report_id, p.parent)))


def add_country(graph: Graph, country: Country) -> None:
    node = country_iri(country.code)
    graph.add((node, RDF.type, IP.Country))
    graph.add((node, IP.iso3166, Literal(country.code)))
    graph.add((node, RDFS.label, Literal(country.name_zh, lang="zh")))
    graph.add((node, RDFS.label, Literal(country.name_en, lang="en")))
    for name in country.names_zh:
        if name != country.name_zh:
            graph.add((node, SKOS.altLabel, Literal(name, lang="zh")))


def add_organisation(graph: Graph, org: Organisation) -> None:
    node = org_iri(org.key)
    graph.add((node, RDF.type, IP.Organisation))
    graph.add((node, RDFS.label, Literal(org.name_zh, lang="zh")))
    if org.name_en:
        graph.add((node, RDFS.label, Literal(org.name_en, lang="en")))
    for alias in org.aliases_zh:
        graph.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
    for acronym in org.acronyms:
        graph.add((node, IP.acronym, Literal(acronym)))
        graph.add((node, SKOS.altLabel, Literal(acronym)))
    if org.country:
        graph.add((node, IP.country, country_iri(org.country)))
    if org.parent:
        graph.add((node, IP.parentOrganisation, org_iri(org.parent)))


def add_evidence(graph: Graph, node: URIRef, report_id: str, slugs: Iterable[str]) -> None:
    for slug in slugs:
        graph.add((node, IP.evidence, passage_iri(report_id, slug)))


def turtle(graph: Graph) -> bytes:
    """Deterministic Turtle bytes of a graph."""
    return graph.serialize(format="turtle", encoding="utf-8")


def relative_source(path: Path, root: Path) -> str:
    """The report's path relative to the repository, or its name when it lives elsewhere."""
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.name
