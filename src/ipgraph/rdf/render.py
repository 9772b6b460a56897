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

from ipgraph.extract.agreements import AgreementFact
from ipgraph.extract.activities import ActivityFact
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.extract.devagenda import DevelopmentAgenda, StatedRecommendation
from ipgraph.extract.events import EVENT_RULES, EventFact
from ipgraph.extract.facts import NodeFacts
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY, City, Country, Gazetteer, Organisation, Person, \
    Treaty
from ipgraph.ingest.passages import Passage
from ipgraph.extract.pledges import PledgeFact
from ipgraph.extract.statements import Statement
from ipgraph.extract.treaty_actions import TreatyActionFact
from ipgraph.knowledge.sdg import SDG
from ipgraph.rdf.turtle import turtle_bytes
from ipgraph.vocab import IP, IPR, PASSAGE_TYPES, PREFIXES, SCHEMA, W3C_ORG, activity_iri, agreement_iri, city_iri, \
    country_iri, da_cluster_iri, da_iri, event_iri, org_iri, passage_iri, person_iri, pledge_iri, report_iri, rule_iri, \
    sdg_iri, treaty_iri



RULES = {
    "org-shape": ("organisation by its shape", "按形态识别的机构",
                  "A place name, a few characters and an institutional head noun (data/gazetteer/org_heads.tsv)."),
    "person-pattern": ("person by pattern", "按模式识别的人物",
                       "A speaker row 'name organisation title' or 'organisation title name' in running text."),
    **EVENT_RULES,
    "agreement-sentence": ("agreement from a signing sentence", "签署语句中的协议",
                           "A verb of signing (data/commitments/signing.tsv) followed in its clause by an instrument "
                           "noun (instruments.tsv); parties from the subject, 与 and the instrument's name."),
    "treaty-action": ("treaty action from a verb next to a treaty", "条约旁动词表示的条约行动",
                      "A verb of data/commitments/treaty_actions.tsv in front of or behind a treaty the report names."),
    "pledge-cue": ("pledge from a forward-looking cue", "前瞻性用语表示的承诺",
                   "A clause with a cue of data/commitments/pledge_words.tsv (将, 承诺, 致力于 …), by a speaker or a "
                   "named actor."),
    "sdg-cue": ("SDG codes after a cue word", "提示词后的可持续发展目标编号",
                "A cue word (data/sdg/cues.tsv) and a list of SDG codes: 促进实现具体目标9.5和9.b."),
    "sdg-lead": ("SDG codes of a lead sentence", "引导句中的可持续发展目标编号",
                 "A bullet takes the SDG codes of the lead sentence (ending in ：) that introduces it."),
    "da-cue": ("Development Agenda numbers after a cue word", "提示词后的发展议程建议编号",
               "A cue word (data/devagenda/cues.tsv) and a list of recommendation numbers, ranges expanded: "
               "发展议程建议 1、3、6、10 至 14 和 17."),
    "da-table": ("activity under a recommendation in the CDIP progress report", "发展议程进展报告中建议项下的活动",
                 "A passage of the cells 亮点 or 活动/成果 of a recommendation's table in the CDIP progress report."),
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


def _extracted(graph: Graph, node: URIRef, report_id: str, fact: Statement) -> None:
    """What every extracted commitment carries: its evidence, the words it rests on, the rule and its confidence."""
    add_evidence(graph, node, report_id, fact.passages)
    graph.add((node, IP.quote, Literal(fact.quote)))
    graph.add((node, IP.rule, rule_iri(fact.RULE)))
    graph.add((node, IP.confidence, Literal(f"{fact.confidence:.2f}", datatype=XSD.decimal)))


def add_agreement(graph: Graph, report_id: str, agreement: AgreementFact) -> None:
    """One agreement with every party (the inferred ones also as ip:inferredParty), its date, subject and renewal."""
    node = agreement_iri(agreement.key(report_id))
    graph.add((node, RDF.type, IP[agreement.type]))
    graph.add((node, RDFS.label, Literal(agreement.label, lang="zh")))
    graph.add((node, IP.subject, Literal(agreement.subject, lang="zh")))
    for path in agreement.parties + agreement.inferred:
        graph.add((node, IP.party, IPR[path]))
    for path in agreement.inferred:
        graph.add((node, IP.inferredParty, IPR[path]))
    if agreement.date:
        graph.add((node, IP.signedDate, dated(agreement.date)))
    if agreement.renewal:
        graph.add((node, IP.renewal, Literal(True)))
    if agreement.group:
        graph.add((node, IP.counterpartGroup, Literal(agreement.group, lang="zh")))
    _extracted(graph, node, report_id, agreement)


def add_treaty_action(graph: Graph, report_id: str, action: TreatyActionFact) -> None:
    """One treaty action: the treaty, what happened, who did it (inferred actors marked) and when."""
    node = event_iri(action.key(report_id))
    graph.add((node, RDF.type, IP.TreatyAction))
    graph.add((node, RDFS.label, Literal(action.label, lang="zh")))
    graph.add((node, IP.treaty, treaty_iri(action.treaty)))
    graph.add((node, IP.action, IP[action.action]))
    for path in action.actors:
        graph.add((node, IP.actor, IPR[path]))
        if action.inferred:
            graph.add((node, IP.inferredActor, IPR[path]))
    if action.date:
        graph.add((node, IP.startDate, dated(action.date)))
    _extracted(graph, node, report_id, action)


def add_pledge(graph: Graph, report_id: str, pledge: PledgeFact) -> None:
    """One pledge: who makes it (and which speaker says it), what it is about, and where."""
    node = pledge_iri(pledge.key(report_id))
    graph.add((node, RDF.type, IP.Pledge))
    graph.add((node, RDFS.label, Literal(pledge.label, lang="zh")))
    graph.add((node, IP.subject, Literal(pledge.subject, lang="zh")))
    graph.add((node, IP.actor, IPR[pledge.actor]))
    if pledge.speaker:
        graph.add((node, IP.speaker, person_iri(pledge.speaker)))
    _extracted(graph, node, report_id, pledge)


def add_sdgs(graph: Graph, sdgs: Iterable[SDG]) -> None:
    """Every SDG goal and target, with its UN concept, whether or not a report names it."""
    for sdg in sdgs:
        node = sdg_iri(sdg.code)
        graph.add((node, RDF.type, IP.SDGGoal if sdg.is_goal else IP.SDGTarget))
        graph.add((node, IP.code, Literal(sdg.code)))
        graph.add((node, RDFS.label, Literal(sdg.label_zh, lang="zh")))
        graph.add((node, RDFS.label, Literal(sdg.label_en, lang="en")))
        graph.add((node, SKOS.exactMatch, URIRef(sdg.un_iri)))
        if sdg.short_en:
            graph.add((node, SKOS.altLabel, Literal(sdg.short_en, lang="en")))
        if not sdg.is_goal:
            graph.add((node, IP.goal, sdg_iri(sdg.goal)))


def add_agenda(graph: Graph, agenda: DevelopmentAgenda) -> None:
    """The 45 recommendations with their number, cluster and priority flag; their text comes from the CDIP report."""
    for cluster in agenda.clusters.values():
        node = da_cluster_iri(cluster.key)
        graph.add((node, RDF.type, IP.DevelopmentAgendaCluster))
        graph.add((node, RDFS.label, Literal(f"{cluster.key}组：{cluster.name_zh}", lang="zh")))
        graph.add((node, RDFS.label, Literal(f"Cluster {cluster.key}: {cluster.name_en}", lang="en")))
    for rec in agenda.recommendations.values():
        node = da_iri(rec.number)
        graph.add((node, RDF.type, IP.DevelopmentAgendaRecommendation))
        graph.add((node, IP.number, Literal(rec.number, datatype=XSD.integer)))
        graph.add((node, IP.priority, Literal(rec.priority)))
        graph.add((node, IP.cluster, da_cluster_iri(rec.cluster)))
        graph.add((node, RDFS.label, Literal(f"发展议程建议{rec.number}", lang="zh")))
        graph.add((node, RDFS.label, Literal(f"Development Agenda recommendation {rec.number}", lang="en")))


def add_stated_recommendation(graph: Graph, report_id: str, stated: StatedRecommendation) -> None:
    """What a progress report states about a recommendation: its text and its related WIPO sectors."""
    node = da_iri(stated.number)
    graph.add((node, DCTERMS.description, Literal(stated.text, lang="zh")))
    for key in stated.sectors:
        graph.add((node, IP.relatedSector, org_iri(key)))
    add_evidence(graph, node, report_id, stated.passages)


def add_activity(graph: Graph, report_id: str, activity: ActivityFact, locator: str,
                 events: Iterable[URIRef]) -> None:
    """The activity a passage reports and its links; the passage's events get the same links."""
    node = activity_iri(report_id, activity.passage)
    graph.add((node, RDF.type, IP.Activity))
    graph.add((node, RDFS.label, Literal(f"{report_id} {locator} 所述活动", lang="zh")))
    add_evidence(graph, node, report_id, [activity.passage])
    for quote in activity.quotes:
        graph.add((node, IP.quote, Literal(quote)))
    for rule in activity.rules:
        graph.add((node, IP.rule, rule_iri(rule)))
    graph.add((node, IP.confidence, Literal(f"{activity.confidence:.2f}", datatype=XSD.decimal)))
    for subject in (node, *events):
        for code in activity.sdgs:
            graph.add((subject, IP.contributesTo, sdg_iri(code)))
        for number in activity.recommendations:
            graph.add((subject, IP.implements, da_iri(number)))
