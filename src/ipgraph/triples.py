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
from rdflib.plugins.stores.memory import SimpleMemory

from ipgraph.corpus import ReportMeta
from ipgraph.events import EventFact
from ipgraph.facts import NodeFacts
from ipgraph.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY, City, Country, Gazetteer, Organisation, Person, \
    Treaty
from ipgraph.passages import Passage
from ipgraph.serialize import turtle_bytes

IP = Namespace("https://w3id.org/ipgraph/ontology#")
IPR = Namespace("https://w3id.org/ipgraph/id/")
SCHEMA = Namespace("http://schema.org/")
W3C_ORG = Namespace("http://www.w3.org/ns/org#")
PREFIXES = {"ip": IP, "ipr": IPR, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS,
            "dcterms": DCTERMS, "prov": PROV, "owl": OWL, "schema": SCHEMA, "org": W3C_ORG}

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


def treaty_iri(key: str) -> URIRef:
    return IPR[f"treaty/{key}"]


def city_iri(key: str) -> URIRef:
    return IPR[f"city/{key}"]


def person_iri(key: str) -> URIRef:
    return IPR[f"person/{key}"]


def rule_iri(key: str) -> URIRef:
    return IPR[f"rule/{key}"]


RULES = {
    "org-shape": ("organisation by its shape", "按形态识别的机构",
                  "A place name, a few characters and an institutional head noun (data/gazetteer/org_heads.tsv)."),
    "person-pattern": ("person by pattern", "按模式识别的人物",
                       "A speaker row 'name organisation title' or 'organisation title name' in running text."),
    "event-heading": ("event from a bullet heading", "条目标题中的活动",
                      "A bullet that opens with the event's name and date: 'name，date 在 place 举办：…'."),
    "event-list": ("event from an inline list", "列举中的活动",
                   "An item of an inline list of activities with its date in brackets: '…暑期班（2024年6月25日）'."),
    "event-sentence": ("event from a dated sentence", "带日期句子中的活动",
                       "An event noun (data/events/types.tsv) in a sentence with a date and a verb of holding."),
}

NODE_IRI = {COUNTRY: country_iri, ORG: org_iri, TREATY: treaty_iri, CITY: city_iri, PERSON: person_iri}


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


def _names(graph: Graph, node: URIRef, zh: str, en: str, aliases: Iterable[str], acronyms: Iterable[str]) -> None:
    graph.add((node, RDFS.label, Literal(zh, lang="zh")))
    if en:
        graph.add((node, RDFS.label, Literal(en, lang="en")))
    for alias in aliases:
        graph.add((node, SKOS.altLabel, Literal(alias, lang="zh")))
    for acronym in acronyms:
        graph.add((node, IP.acronym, Literal(acronym)))
        graph.add((node, SKOS.altLabel, Literal(acronym)))


def add_organisation(graph: Graph, org: Organisation) -> None:
    node = org_iri(org.key)
    graph.add((node, RDF.type, IP.Organisation))
    _names(graph, node, org.name_zh, org.name_en, org.aliases_zh, org.acronyms)
    if org.kind:
        graph.add((node, IP.kind, Literal(org.kind)))
    if org.country:
        graph.add((node, IP.country, country_iri(org.country)))
    if org.parent:
        graph.add((node, IP.parentOrganisation, org_iri(org.parent)))


def add_treaty(graph: Graph, treaty: Treaty, known_orgs: set[str]) -> None:
    node = treaty_iri(treaty.key)
    graph.add((node, RDF.type, IP.Treaty))
    _names(graph, node, treaty.title_zh, treaty.title_en, treaty.short_zh, treaty.acronyms)
    if treaty.short_en:
        graph.add((node, SKOS.altLabel, Literal(treaty.short_en, lang="en")))
    if treaty.administered_by in known_orgs:
        graph.add((node, IP.administeredBy, org_iri(treaty.administered_by)))


def add_city(graph: Graph, city: City) -> None:
    node = city_iri(city.key)
    graph.add((node, RDF.type, IP.City))
    _names(graph, node, city.name_zh, city.name_en, city.aliases_zh, ())
    if city.country:
        graph.add((node, IP.country, country_iri(city.country)))


def add_person(graph: Graph, person: Person) -> None:
    node = person_iri(person.key)
    graph.add((node, RDF.type, IP.Person))
    _names(graph, node, person.name, "", person.variants, ())
    for role in split_roles(person.role):
        graph.add((node, IP.role, Literal(role, lang="zh")))
    for affiliation in person.affiliation:
        graph.add((node, IP.affiliation, org_iri(affiliation)))
    if person.country:
        graph.add((node, IP.country, country_iri(person.country)))


def split_roles(cell: str) -> list[str]:
    return [r.strip() for r in cell.split("|") if r.strip()]


def add_reference(graph: Graph, gazetteer: Gazetteer) -> None:
    """Every node the reference data describes, whether or not a report names it."""
    for country in gazetteer.countries.values():
        add_country(graph, country)
    for org in gazetteer.organisations.values():
        add_organisation(graph, org)
    for treaty in gazetteer.treaties.values():
        add_treaty(graph, treaty, set(gazetteer.organisations))
    for city in gazetteer.cities.values():
        add_city(graph, city)
    for person in gazetteer.people.values():
        add_person(graph, person)
    for key, (en, zh, comment) in RULES.items():
        graph.add((rule_iri(key), RDF.type, IP.ExtractionRule))
        graph.add((rule_iri(key), RDFS.label, Literal(en, lang="en")))
        graph.add((rule_iri(key), RDFS.label, Literal(zh, lang="zh")))
        graph.add((rule_iri(key), RDFS.comment, Literal(comment, lang="en")))


def add_node_facts(graph: Graph, report_id: str, node: NodeFacts, known_names: set[str]) -> None:
    """A node's evidence in one report, the forms the report uses for it, and what is new about it."""
    iri = NODE_IRI[node.kind](node.key)
    add_evidence(graph, iri, report_id, node.passages)
    for form in sorted(node.surface - known_names):
        graph.add((iri, SKOS.altLabel, Literal(form, lang="zh" if not form.isascii() else None)))
    if node.is_new and node.kind == ORG:
        _describe_new_org(graph, iri, node)
    elif node.is_new and node.kind == PERSON:
        _describe_new_person(graph, iri, node)


def _describe_new_org(graph: Graph, iri: URIRef, node: NodeFacts) -> None:
    graph.add((iri, RDF.type, IP.Organisation))
    graph.add((iri, RDFS.label, Literal(node.details["name"], lang="zh")))
    if node.details.get("country"):
        graph.add((iri, IP.country, country_iri(node.details["country"])))
    for acronym in node.details.get("acronyms", []):
        graph.add((iri, IP.acronym, Literal(acronym)))
    graph.add((iri, IP.rule, rule_iri("org-shape")))


def _describe_new_person(graph: Graph, iri: URIRef, node: NodeFacts) -> None:
    graph.add((iri, RDF.type, IP.Person))
    graph.add((iri, RDFS.label, Literal(node.details["name"], lang="zh")))
    if node.details.get("role"):
        graph.add((iri, IP.role, Literal(node.details["role"], lang="zh")))
    if node.details.get("affiliation"):
        graph.add((iri, IP.affiliation, org_iri(node.details["affiliation"])))
    graph.add((iri, IP.rule, rule_iri("person-pattern")))


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


def event_iri(key: str) -> URIRef:
    return IPR[f"event/{key}"]


MODES = {"InPerson": IP.InPerson, "Online": IP.Online, "Hybrid": IP.Hybrid}


def add_event(graph: Graph, report_id: str, event: EventFact) -> None:
    """One event node with its dates, place, mode, actors, attendance, evidence and the rule that found it."""
    node = event_iri(event.key(report_id))
    graph.add((node, RDF.type, IP[event.type]))
    graph.add((node, RDFS.label, Literal(event.label, lang="zh")))
    for predicate, value in ((IP.startDate, event.start), (IP.endDate, event.end)):
        if value:
            graph.add((node, predicate, dated(value)))
    if event.city:
        graph.add((node, IP.location, city_iri(event.city)))
    if event.country:
        graph.add((node, IP.country, country_iri(event.country)))
        if not event.city:
            graph.add((node, IP.location, country_iri(event.country)))
    if event.mode:
        graph.add((node, IP.mode, MODES[event.mode]))
    roles = ((IP.organiser, event.organisers), (IP.partner, event.partners), (IP.sponsor, event.sponsors),
             (IP.participant, event.participants))
    for predicate, paths in roles:
        for path in paths:
            graph.add((node, predicate, IPR[path]))
    if event.organiser_inferred:
        for path in event.organisers:
            graph.add((node, IP.inferredOrganiser, IPR[path]))
    if event.attendees is not None:
        graph.add((node, IP.attendeeCount, Literal(event.attendees, datatype=XSD.nonNegativeInteger)))
    add_evidence(graph, node, report_id, event.passages)
    graph.add((node, IP.rule, rule_iri(event.rule)))
    graph.add((node, IP.confidence, Literal(f"{event.confidence:.2f}", datatype=XSD.decimal)))
