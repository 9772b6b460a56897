"""Actor networks read from the RDF graph: who works with whom, through which events and agreements.

The graph states roles per activity (``ip:organiser``, ``ip:partner``,
``ip:party``); a network joins two actors once per activity they share. The
trap is the report's author: when a sentence has no subject the extractor
names the author as organiser (``ip:inferredOrganiser``, also given as
``ip:organiser``), so 148 of WIPO's 170 events name it only that way. Every
link therefore keeps whether both roles behind it were stated, and every
network can be built from stated roles alone.

Turtle is read into a pyoxigraph store (SPARQL there is 10-30x rdflib's);
a file that does not parse is re-read by ``ipgraph.check`` for its message
with file and line.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx
import pyoxigraph as ox

from ipgraph.errors import InputError
from ipgraph.vocab import IP, IPR

#: Roles that make two actors partners (the issue's definition); the bipartite network keeps all of ROLES.
PARTNER_ROLES = ("organiser", "partner", "party")
ROLES = (*PARTNER_ROLES, "participant", "sponsor")
ACTOR_CLASSES = ("Organisation", "Country", "Person")

_PREFIX = f"PREFIX ip: <{IP}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> " \
          "PREFIX dcterms: <http://purl.org/dc/terms/> "

_ROLES = _PREFIX + """
SELECT ?a ?role ?x ?inferred WHERE {
  VALUES (?p ?role ?q) { (ip:organiser "organiser" ip:inferredOrganiser) (ip:partner "partner" ip:none)
                         (ip:party "party" ip:inferredParty) (ip:participant "participant" ip:none)
                         (ip:sponsor "sponsor" ip:none) }
  ?a ?p ?x .
  BIND(EXISTS { ?a ?q ?x } AS ?inferred)
}"""

_ACTIVITIES = _PREFIX + """
SELECT ?a ?class ?zh ?en ?date ?country ?mode WHERE {
  ?a (ip:organiser|ip:partner|ip:party|ip:participant|ip:sponsor) [] ; a ?class .
  FILTER NOT EXISTS { ?a a ?narrower . ?narrower rdfs:subClassOf+ ?class }  # the graph states superclasses too
  OPTIONAL { ?a rdfs:label ?zh FILTER(lang(?zh) = "zh") }
  OPTIONAL { ?a rdfs:label ?en FILTER(langMatches(lang(?en), "en")) }
  OPTIONAL { ?a ip:startDate|ip:signedDate ?date }
  OPTIONAL { ?a ip:country ?country }
  OPTIONAL { ?a ip:mode ?mode }
}"""

_ACTORS = _PREFIX + """
SELECT ?x ?class ?zh ?en ?kind ?country WHERE {
  VALUES ?class { ip:Organisation ip:Country ip:Person }
  ?x a ?class .
  OPTIONAL { ?x rdfs:label ?zh FILTER(lang(?zh) = "zh") }
  OPTIONAL { ?x rdfs:label ?en FILTER(langMatches(lang(?en), "en")) }
  OPTIONAL { ?x ip:kind ?kind }
  OPTIONAL { ?x ip:country|ip:affiliation/ip:country ?country }
}"""

_EVIDENCE = _PREFIX + """
SELECT ?a ?p ?report ?title ?locator ?text WHERE {
  ?a (ip:organiser|ip:partner|ip:party|ip:participant|ip:sponsor) [] ; ip:evidence ?p .
  ?p ip:inReport ?report ; ip:locator ?locator ; ip:text ?text .
  OPTIONAL { ?report dcterms:title ?title }
}"""

_CLASSES = _PREFIX + """
SELECT ?c ?zh ?en ?kind WHERE {
  VALUES ?kind { ip:Event ip:Agreement }
  ?c rdfs:subClassOf* ?kind .
  OPTIONAL { ?c rdfs:label ?zh FILTER(lang(?zh) = "zh") }
  OPTIONAL { ?c rdfs:label ?en FILTER(langMatches(lang(?en), "en")) }
}"""


@dataclass(frozen=True)
class Passage:
    """One evidence passage, as the panel shows it: report, printed locator, text."""

    iri: str
    report: str
    locator: str
    text: str


@dataclass(frozen=True)
class Activity:
    """An event or agreement that joins actors; ``date`` as precise as the text (2024, 2024-06, 2024-06-17)."""

    iri: str
    kind: str          # "event" or "agreement"
    type: str          # the class's local name: Workshop, MemorandumOfUnderstanding …
    label_zh: str
    label_en: str
    date: str | None
    country: str | None
    mode: str | None
    evidence: tuple[str, ...] = ()

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date and self.date[:4].isdigit() else None


@dataclass(frozen=True)
class Actor:
    iri: str
    type: str          # Organisation, Country or Person
    label_zh: str
    label_en: str
    kind: str          # ip:kind of an organisation (igo, national-office …), else ""
    country: str | None

    def label(self, lang: str = "zh") -> str:
        first, second = (self.label_zh, self.label_en) if lang == "zh" else (self.label_en, self.label_zh)
        return first or second or short_name(self.iri)


@dataclass(frozen=True)
class Role:
    activity: str
    actor: str
    role: str
    stated: bool


@dataclass
class NetworkData:
    """What every network is built from: actors, activities, roles, evidence passages and type labels."""

    actors: dict[str, Actor] = field(default_factory=dict)
    activities: dict[str, Activity] = field(default_factory=dict)
    roles: list[Role] = field(default_factory=list)
    passages: dict[str, Passage] = field(default_factory=dict)
    types: dict[str, tuple[str, str]] = field(default_factory=dict)  # local name -> (zh, en)


def short_name(iri: str) -> str:
    """``ipr:org/WIPO`` → ``WIPO``; any other IRI → its last segment."""
    if iri.startswith(str(IPR)):
        return iri[len(IPR):].split("/", 1)[-1]
    return iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def load(paths: list[Path], ontology: Path | None = None) -> NetworkData:
    """Read the Turtle files in ``paths`` (folders or files, as ``ipgraph check`` takes them) and the ontology."""
    from ipgraph.check import turtle_files
    from ipgraph.resources import resources

    store = ox.Store()
    for path in [*turtle_files(paths), ontology or resources().ontology]:
        _load_file(store, path)
    return read_store(store)


def _load_file(store: ox.Store, path: Path) -> None:
    try:
        data = path.read_bytes()
        store.load(data.removeprefix(b"\xef\xbb\xbf"), ox.RdfFormat.TURTLE, base_iri=path.resolve().as_uri())
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror}") from None
    except (SyntaxError, ValueError):
        from rdflib import Graph

        from ipgraph.check import parse_turtle

        parse_turtle(path, Graph())  # raises the InputError with the line
        raise InputError(path, "invalid Turtle") from None
    if not data.strip():
        raise InputError(path, "empty file: no triples")


def _value(term: ox.NamedNode | ox.Literal | None) -> str | None:
    return None if term is None else term.value


def _select(store: ox.Store, query: str) -> ox.QuerySolutions:
    solutions = store.query(query)
    assert isinstance(solutions, ox.QuerySolutions), "a SELECT query answers with solutions"
    return solutions


def read_store(store: ox.Store) -> NetworkData:
    """The actors, activities and roles of a store that holds the data and the ontology."""
    data = NetworkData()
    kinds: dict[str, str] = {}
    for row in _select(store, _CLASSES):
        kinds[row["c"].value] = short_name(row["kind"].value).lower()
        data.types[short_name(row["c"].value)] = (_value(row["zh"]) or "", _value(row["en"]) or "")
    evidence: dict[str, list[str]] = defaultdict(list)
    for row in _select(store, _EVIDENCE):
        iri = row["p"].value
        evidence[row["a"].value].append(iri)
        data.passages[iri] = Passage(iri, _value(row["title"]) or short_name(row["report"].value),
                                     row["locator"].value, row["text"].value)
    for row in _select(store, _ACTIVITIES):
        kind = kinds.get(row["class"].value)
        if kind is None:
            continue
        iri = row["a"].value
        data.activities[iri] = Activity(
            iri, kind, short_name(row["class"].value), _value(row["zh"]) or "", _value(row["en"]) or "",
            _value(row["date"]), _value(row["country"]), short_name(row["mode"].value) if row["mode"] else None,
            tuple(sorted(set(evidence.get(iri, ())))))
    for row in _select(store, _ACTORS):
        iri = row["x"].value
        if iri not in data.actors:
            data.actors[iri] = Actor(iri, short_name(row["class"].value), _value(row["zh"]) or "",
                                     _value(row["en"]) or "", _value(row["kind"]) or "", _value(row["country"]))
    data.roles = sorted({Role(row["a"].value, row["x"].value, row["role"].value, row["inferred"].value != "true")
                         for row in _select(store, _ROLES)
                         if row["a"].value in data.activities and row["x"].value in data.actors},
                        key=lambda r: (r.activity, r.actor, r.role))
    return data


# --- networks -------------------------------------------------------------------------------------------------


def _actor_attrs(actor: Actor) -> dict[str, str]:
    return {"label": actor.label("zh"), "label_zh": actor.label_zh, "label_en": actor.label_en,
            "type": actor.type, "kind": actor.kind, "country": short_name(actor.country) if actor.country else ""}


def _members(data: NetworkData) -> dict[str, dict[str, tuple[str, bool]]]:
    """Per activity, each actor in a partner role with that role and whether it was stated (stated wins)."""
    members: dict[str, dict[str, tuple[str, bool]]] = defaultdict(dict)
    for role in data.roles:
        if role.role not in PARTNER_ROLES:
            continue
        seen = members[role.activity].get(role.actor)
        if seen is None or (role.stated and not seen[1]):
            members[role.activity][role.actor] = (role.role, role.stated)
    return members


def _link(activity: Activity, roles: tuple[str, str], stated: bool) -> dict:
    return {"activity": activity.iri, "kind": activity.kind, "type": activity.type,
            "label": activity.label_zh or activity.label_en, "date": activity.date, "roles": roles, "stated": stated}


def _add_link(graph: nx.Graph, a: str, b: str, link: dict) -> None:
    if graph.has_edge(a, b):
        graph.edges[a, b]["links"].append(link)
    else:
        graph.add_edge(a, b, links=[link])


def _finish_edges(graph: nx.Graph) -> nx.Graph:
    """Weights and date span from each edge's links: the attributes metrics and exports read."""
    for _, _, attrs in graph.edges(data=True):
        links = sorted(attrs["links"], key=lambda link: (link["date"] or "", link["activity"]))
        dates = [link["date"] for link in links if link["date"]]
        attrs.update(links=links, weight=len(links), stated_weight=sum(link["stated"] for link in links),
                     first_date=dates[0] if dates else "", last_date=dates[-1] if dates else "")
        attrs["inferred_only"] = attrs["stated_weight"] == 0
    return graph


def partnership_network(data: NetworkData, stated_only: bool = False) -> nx.Graph:
    """Actors joined when they co-organise or partner in an event, or are parties to one agreement.

    Each edge keeps ``links`` (one per shared activity: its IRI, kind, type,
    label, date, both roles and ``stated`` — true when neither role was
    inferred), ``weight`` (links), ``stated_weight`` and ``inferred_only``.
    Every actor in a partner role is a node, alone or not.
    """
    graph = nx.Graph(name="partnership")
    for activity_iri, members in sorted(_members(data).items()):
        activity = data.activities[activity_iri]
        for actor in members:
            graph.add_node(actor, **_actor_attrs(data.actors[actor]))
        for a, b in itertools.combinations(sorted(members), 2):
            stated = members[a][1] and members[b][1]
            if stated or not stated_only:
                _add_link(graph, a, b, _link(activity, (members[a][0], members[b][0]), stated))
    return _finish_edges(graph)


def bipartite_network(data: NetworkData, stated_only: bool = False) -> nx.Graph:
    """Actors and the events and agreements they take part in (``bipartite`` 0 and 1), an edge per role."""
    graph = nx.Graph(name="actor-activity")
    for role in data.roles:
        if stated_only and not role.stated:
            continue
        activity = data.activities[role.activity]
        graph.add_node(role.actor, bipartite=0, **_actor_attrs(data.actors[role.actor]))
        graph.add_node(activity.iri, bipartite=1, label=activity.label_zh or activity.label_en,
                       label_zh=activity.label_zh, label_en=activity.label_en, type=activity.type,
                       kind=activity.kind, date=activity.date or "",
                       country=short_name(activity.country) if activity.country else "")
        edge = (role.actor, activity.iri)
        roles = graph.edges[edge]["role"].split() if graph.has_edge(*edge) else []
        stated = role.stated or (bool(roles) and graph.edges[edge]["stated"])
        graph.add_edge(role.actor, activity.iri, role=" ".join(sorted({*roles, role.role})), stated=stated)
    return graph


def country_of(actor: Actor) -> str | None:
    """A country is its own; an organisation's or person's is the one the graph gives (IGOs have none)."""
    return actor.iri if actor.type == "Country" else actor.country


def country_network(data: NetworkData, stated_only: bool = False) -> nx.Graph:
    """Countries joined when actors of theirs share an activity; links within one country are left out."""
    graph = nx.Graph(name="country")
    partners = partnership_network(data, stated_only)
    for a, b, attrs in partners.edges(data=True):
        ca, cb = country_of(data.actors[a]), country_of(data.actors[b])
        if not ca or not cb or ca == cb or ca not in data.actors or cb not in data.actors:
            continue
        for country in (ca, cb):
            graph.add_node(country, **_actor_attrs(data.actors[country]))
        for link in attrs["links"]:
            low, high = sorted((ca, cb))
            _add_link(graph, low, high, dict(link, actors=(a, b)))
    for _, _, attrs in graph.edges(data=True):  # one link per activity, stated if any actor pair was
        merged: dict[str, dict] = {}
        for link in attrs["links"]:
            kept = merged.setdefault(link["activity"], link)
            kept["stated"] = kept["stated"] or link["stated"]
        attrs["links"] = list(merged.values())
    return _finish_edges(graph)


def find_actor(graph: nx.Graph, name: str) -> str:
    """The node ``name`` means: an IRI, a key (``WIPO``, ``country/CN``) or an exact Chinese or English label."""
    candidates = [name, str(IPR[name]), str(IPR[f"org/{name}"]), str(IPR[f"country/{name}"])]
    for candidate in candidates:
        if candidate in graph:
            return candidate
    folded = name.casefold()
    for node, attrs in graph.nodes(data=True):
        if folded in (attrs.get("label_zh", "").casefold(), attrs.get("label_en", "").casefold()):
            return node
    raise KeyError(f"no actor {name!r} in the network (give a key such as WIPO, an IRI or a label)")


def ego_network(graph: nx.Graph, name: str, radius: int = 1) -> nx.Graph:
    """An actor and everyone within ``radius`` links of it, with the links among them."""
    return nx.ego_graph(graph, find_actor(graph, name), radius=radius)
