"""One renderer per kind of fact: an extracted fact → its node and triples in the report's graph.

``RENDERERS`` pairs each kind of ``ipgraph.extract.registry.EXTRACTORS`` with
the function that renders one fact of it; ``render_facts`` runs them all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from rdflib import XSD, Literal, URIRef
from rdflib.namespace import DCTERMS

from ipgraph.extract.activities import ActivityFact
from ipgraph.extract.agreement_fact import AgreementFact
from ipgraph.extract.devagenda import StatedRecommendation
from ipgraph.extract.events import EventFact
from ipgraph.extract.pledges import PledgeFact
from ipgraph.extract.registry import Found
from ipgraph.extract.treaty_actions import TreatyActionFact
from ipgraph.ingest.passages import Passage
from ipgraph.rdf.graph import Sink, add_evidence, dated, text, typed
from ipgraph.vocab import (
    IP,
    IPR,
    LABEL,
    TYPE,
    activity_iri,
    agreement_iri,
    city_iri,
    country_iri,
    da_iri,
    event_iri,
    org_iri,
    person_iri,
    pledge_iri,
    rule_iri,
    sdg_iri,
    treaty_iri,
)


def add_event(graph: Sink, report_id: str, event: EventFact) -> URIRef:
    """One event node with its dates, place, mode, actors, attendance, evidence and the rule that found it."""
    node = event_iri(event.key(report_id))
    graph.add((node, TYPE, IP[event.type]))
    graph.add((node, LABEL, text(event.label, lang="zh")))
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
        graph.add((node, IP.mode, IP[event.mode]))
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
    graph.add((node, IP.confidence, typed(f"{event.confidence:.2f}", XSD.decimal)))
    return node


def _extracted(graph: Sink, node: URIRef, report_id: str, fact: AgreementFact | TreatyActionFact | PledgeFact) -> None:
    """What every extracted commitment carries: its evidence, the words it rests on, the rule and its confidence."""
    add_evidence(graph, node, report_id, fact.passages)
    graph.add((node, IP.quote, text(fact.quote)))
    graph.add((node, IP.rule, rule_iri(fact.RULE)))
    graph.add((node, IP.confidence, typed(f"{fact.confidence:.2f}", XSD.decimal)))


def add_agreement(graph: Sink, report_id: str, agreement: AgreementFact) -> URIRef:
    """One agreement with every party (the inferred ones also as ip:inferredParty), its date, subject and renewal."""
    node = agreement_iri(agreement.key(report_id))
    graph.add((node, TYPE, IP[agreement.type]))
    graph.add((node, LABEL, text(agreement.label, lang="zh")))
    graph.add((node, IP.subject, text(agreement.subject, lang="zh")))
    for path in agreement.parties + agreement.inferred:
        graph.add((node, IP.party, IPR[path]))
    for path in agreement.inferred:
        graph.add((node, IP.inferredParty, IPR[path]))
    if agreement.date:
        graph.add((node, IP.signedDate, dated(agreement.date)))
    if agreement.renewal:
        graph.add((node, IP.renewal, Literal(True)))
    if agreement.group:
        graph.add((node, IP.counterpartGroup, text(agreement.group, lang="zh")))
    if agreement.unnamed:
        graph.add((node, IP.unnamedParties, Literal(True)))
    _extracted(graph, node, report_id, agreement)
    return node


def add_treaty_action(graph: Sink, report_id: str, action: TreatyActionFact) -> URIRef:
    """One treaty action: the treaty, what happened, who did it (inferred actors marked) and when."""
    node = event_iri(action.key(report_id))
    graph.add((node, TYPE, IP.TreatyAction))
    graph.add((node, LABEL, text(action.label, lang="zh")))
    graph.add((node, IP.treaty, treaty_iri(action.treaty)))
    graph.add((node, IP.action, IP[action.action]))
    for path in action.actors:
        graph.add((node, IP.actor, IPR[path]))
        if action.inferred:
            graph.add((node, IP.inferredActor, IPR[path]))
    if action.date:
        graph.add((node, IP.startDate, dated(action.date)))
    if action.new_treaty:
        _new_treaty(graph, report_id, action)
    _extracted(graph, node, report_id, action)
    return node


def _new_treaty(graph: Sink, report_id: str, action: TreatyActionFact) -> None:
    """A treaty the gazetteer lacks, made from its name where something happens to it, marked as found by its
    shape so that a reader can tell it from the reference data."""
    treaty = treaty_iri(action.treaty)
    graph.add((treaty, TYPE, IP.Treaty))
    graph.add((treaty, LABEL, Literal(action.new_treaty, lang="zh")))
    graph.add((treaty, IP.rule, rule_iri("treaty-shape")))
    add_evidence(graph, treaty, report_id, action.passages)


def add_pledge(graph: Sink, report_id: str, pledge: PledgeFact) -> URIRef:
    """One pledge: who makes it (and which speaker says it), what it is about, and where."""
    node = pledge_iri(pledge.key(report_id))
    graph.add((node, TYPE, IP.Pledge))
    graph.add((node, LABEL, text(pledge.label, lang="zh")))
    graph.add((node, IP.subject, text(pledge.subject, lang="zh")))
    graph.add((node, IP.actor, IPR[pledge.actor]))
    if pledge.speaker:
        graph.add((node, IP.speaker, person_iri(pledge.speaker)))
    _extracted(graph, node, report_id, pledge)
    return node


def add_stated_recommendation(graph: Sink, report_id: str, stated: StatedRecommendation) -> URIRef:
    """What a progress report states about a recommendation: its text and its related WIPO sectors."""
    node = da_iri(stated.number)
    graph.add((node, DCTERMS.description, text(stated.text, lang="zh")))
    for key in stated.sectors:
        graph.add((node, IP.relatedSector, org_iri(key)))
    add_evidence(graph, node, report_id, stated.passages)
    return node


def add_activity(graph: Sink, report_id: str, activity: ActivityFact, locator: str,
                 events: Iterable[URIRef]) -> None:
    """The activity a passage reports and its links; the passage's events get the same links."""
    node = activity_iri(report_id, activity.passage)
    graph.add((node, TYPE, IP.Activity))
    graph.add((node, LABEL, text(f"{report_id} {locator} 所述活动", lang="zh")))
    add_evidence(graph, node, report_id, [activity.passage])
    for quote in activity.quotes:
        graph.add((node, IP.quote, text(quote)))
    for rule in activity.rules:
        graph.add((node, IP.rule, rule_iri(rule)))
    graph.add((node, IP.confidence, typed(f"{activity.confidence:.2f}", XSD.decimal)))
    for subject in (node, *events):
        for code in activity.sdgs:
            graph.add((subject, IP.contributesTo, sdg_iri(code)))
        for number in activity.recommendations:
            graph.add((subject, IP.implements, da_iri(number)))


Renderer = Callable[[Sink, str, Any], URIRef | None]

RENDERERS: dict[str, Renderer] = {
    "events": add_event,
    "agreements": add_agreement,
    "treaty_actions": add_treaty_action,
    "pledges": add_pledge,
    "recommendations": add_stated_recommendation,
}
"""Kind of fact → the renderer of one fact, which returns the node it made. Activities come last, apart: they
link the things done in their passage (see ``render_facts``)."""
DONE = ("events", "agreements", "treaty_actions")
"""The kinds of fact that are things done: an SDG or Development Agenda link stated in a passage applies to them
too. A pledge is not done yet, and a recommendation is what is served, not what serves."""


def render_facts(graph: Sink, report_id: str, passages: list[Passage], found: Found) -> None:
    """Every extracted fact of one report into its graph, activities linked to what their passages tell was done."""
    told: dict[str, list[URIRef]] = {}
    for kind, render in RENDERERS.items():
        for fact in found.get(kind, []):
            node = render(graph, report_id, fact)
            if kind in DONE and node is not None:
                for slug in fact.passages:
                    told.setdefault(slug, []).append(node)
    locators = {p.slug: p.locator for p in passages}
    for activity in found.get("activities", []):
        add_activity(graph, report_id, activity, locators[activity.passage], told.get(activity.passage, []))
