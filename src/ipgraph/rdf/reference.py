"""The reference graph: every node the knowledge files describe, whether or not a report names it.

Countries, organisations, treaties, cities and people from the gazetteer; the
17 SDGs and 169 targets; the 45 Development Agenda recommendations; and the
extraction rules that facts cite with ``ip:rule``.
"""

from __future__ import annotations

from collections.abc import Iterable

from rdflib import RDFS, XSD, Literal, URIRef
from rdflib.namespace import SKOS

from ipgraph.extract.devagenda import DevelopmentAgenda, load_agenda
from ipgraph.extract.registry import RULES
from ipgraph.knowledge.gazetteer import City, Country, Gazetteer, Organisation, Person, Treaty, load as load_gazetteer
from ipgraph.knowledge.sdg import SDG, load_sdgs
from ipgraph.rdf.closure import add_type_closure
from ipgraph.rdf.graph import Sink, Triples, text, turtle
from ipgraph.resources import Resources
from ipgraph.vocab import (
    ALT_LABEL,
    IP,
    LABEL,
    TYPE,
    city_iri,
    country_iri,
    da_cluster_iri,
    da_iri,
    org_iri,
    person_iri,
    rule_iri,
    sdg_iri,
    treaty_iri,
)


def add_country(graph: Sink, country: Country) -> None:
    node = country_iri(country.code)
    graph.add((node, TYPE, IP.Country))
    graph.add((node, IP.iso3166, text(country.code)))
    graph.add((node, LABEL, text(country.name_zh, lang="zh")))
    graph.add((node, LABEL, text(country.name_en, lang="en")))
    for name in country.names_zh:
        if name != country.name_zh:
            graph.add((node, ALT_LABEL, text(name, lang="zh")))


def _names(graph: Sink, node: URIRef, zh: str, en: str, aliases: Iterable[str], acronyms: Iterable[str]) -> None:
    graph.add((node, LABEL, text(zh, lang="zh")))
    if en:
        graph.add((node, LABEL, text(en, lang="en")))
    for alias in aliases:
        graph.add((node, ALT_LABEL, text(alias, lang="zh")))
    for acronym in acronyms:
        graph.add((node, IP.acronym, text(acronym)))
        graph.add((node, ALT_LABEL, text(acronym)))


def add_organisation(graph: Sink, org: Organisation) -> None:
    node = org_iri(org.key)
    graph.add((node, TYPE, IP.Organisation))
    _names(graph, node, org.name_zh, org.name_en, org.aliases_zh, org.acronyms)
    if org.kind:
        graph.add((node, IP.kind, text(org.kind)))
    if org.country:
        graph.add((node, IP.country, country_iri(org.country)))
    if org.parent:
        graph.add((node, IP.parentOrganisation, org_iri(org.parent)))


def add_treaty(graph: Sink, treaty: Treaty, known_orgs: set[str]) -> None:
    node = treaty_iri(treaty.key)
    graph.add((node, TYPE, IP.Treaty))
    _names(graph, node, treaty.title_zh, treaty.title_en, treaty.short_zh, treaty.acronyms)
    if treaty.short_en:
        graph.add((node, ALT_LABEL, text(treaty.short_en, lang="en")))
    if treaty.administered_by in known_orgs:
        graph.add((node, IP.administeredBy, org_iri(treaty.administered_by)))


def add_city(graph: Sink, city: City) -> None:
    node = city_iri(city.key)
    graph.add((node, TYPE, IP.City))
    _names(graph, node, city.name_zh, city.name_en, city.aliases_zh, ())
    if city.country:
        graph.add((node, IP.country, country_iri(city.country)))


def add_person(graph: Sink, person: Person) -> None:
    node = person_iri(person.key)
    graph.add((node, TYPE, IP.Person))
    _names(graph, node, person.name, "", person.variants, ())
    for role in split_roles(person.role):
        graph.add((node, IP.role, text(role, lang="zh")))
    for affiliation in person.affiliation:
        graph.add((node, IP.affiliation, org_iri(affiliation)))
    if person.country:
        graph.add((node, IP.country, country_iri(person.country)))


def split_roles(cell: str) -> list[str]:
    return [r.strip() for r in cell.split("|") if r.strip()]


def add_reference(graph: Sink, gazetteer: Gazetteer) -> None:
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
        graph.add((rule_iri(key), TYPE, IP.ExtractionRule))
        graph.add((rule_iri(key), LABEL, text(en, lang="en")))
        graph.add((rule_iri(key), LABEL, text(zh, lang="zh")))
        graph.add((rule_iri(key), RDFS.comment, text(comment, lang="en")))


def add_sdgs(graph: Sink, sdgs: Iterable[SDG]) -> None:
    """Every SDG goal and target, with its UN concept, whether or not a report names it."""
    for sdg in sdgs:
        node = sdg_iri(sdg.code)
        graph.add((node, TYPE, IP.SDGGoal if sdg.is_goal else IP.SDGTarget))
        graph.add((node, IP.code, text(sdg.code)))
        graph.add((node, LABEL, text(sdg.label_zh, lang="zh")))
        graph.add((node, LABEL, text(sdg.label_en, lang="en")))
        graph.add((node, SKOS.exactMatch, URIRef(sdg.un_iri)))
        if sdg.short_en:
            graph.add((node, ALT_LABEL, text(sdg.short_en, lang="en")))
        if not sdg.is_goal:
            graph.add((node, IP.goal, sdg_iri(sdg.goal)))


def add_agenda(graph: Sink, agenda: DevelopmentAgenda) -> None:
    """The 45 recommendations with their number, cluster and priority flag; their text comes from the CDIP report."""
    for cluster in agenda.clusters.values():
        node = da_cluster_iri(cluster.key)
        graph.add((node, TYPE, IP.DevelopmentAgendaCluster))
        graph.add((node, LABEL, text(f"{cluster.key}组：{cluster.name_zh}", lang="zh")))
        graph.add((node, LABEL, text(f"Cluster {cluster.key}: {cluster.name_en}", lang="en")))
    for rec in agenda.recommendations.values():
        node = da_iri(rec.number)
        graph.add((node, TYPE, IP.DevelopmentAgendaRecommendation))
        graph.add((node, IP.number, Literal(rec.number, datatype=XSD.integer)))
        graph.add((node, IP.priority, Literal(rec.priority)))
        graph.add((node, IP.cluster, da_cluster_iri(rec.cluster)))
        graph.add((node, LABEL, text(f"发展议程建议{rec.number}", lang="zh")))
        graph.add((node, LABEL, text(f"Development Agenda recommendation {rec.number}", lang="en")))


def reference_turtle(res: Resources) -> bytes:
    """The reference graph: every node the reference data describes, whether or not a report names it."""
    graph = Triples()
    add_reference(graph, load_gazetteer(res.knowledge))
    add_sdgs(graph, load_sdgs(res.knowledge).values())
    add_agenda(graph, load_agenda(res.knowledge))
    add_type_closure(graph, res.ontology)
    return turtle(graph)
