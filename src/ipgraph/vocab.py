"""The public vocabulary: namespaces, prefixes and the IRI scheme of every node ipgraph mints.

This is the leaf every room imports: it needs rdflib and nothing of ipgraph, so a
check, a query or a diff gets the prefixes without loading the extractors (and spaCy).
The IRI scheme is public (``../shared/design/vocabulary.md``): researchers' saved
queries name these IRIs, so a change here is a change of the published graph.
"""

from __future__ import annotations

from rdflib import RDF, RDFS, XSD, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS, DefinedNamespace


class Vocabulary(Namespace):
    """rdflib's Namespace, keeping each term it makes: one URIRef object per IRI.

    ``IP.evidence`` or ``IPR["org/WIPO"]`` otherwise build a new URIRef at
    every use (tens of thousands per build), and every dictionary lookup the
    serialiser makes with an equal but distinct object falls back to URIRef's
    Python-level ``__eq__``; with one object per IRI those lookups are
    identity hits.
    """

    def term(self, name: str) -> URIRef:
        terms = self.__dict__.setdefault("_terms", {})
        found = terms.get(name)
        if found is None:
            found = terms[name] = super().term(name)
        return found

    def __getattr__(self, name: str) -> URIRef:
        term = super().__getattr__(name)
        if not name.startswith("_"):
            self.__dict__[name] = term
        return term


IP = Vocabulary("https://w3id.org/ipgraph/ontology#")
IPR = Vocabulary("https://w3id.org/ipgraph/id/")
IPS = Vocabulary("https://w3id.org/ipgraph/shapes#")
SCHEMA = Vocabulary("http://schema.org/")
W3C_ORG = Vocabulary("http://www.w3.org/ns/org#")
# rdflib's own vocabularies (RDF, SKOS, …) are DefinedNamespace classes, not Namespace instances.
PREFIXES: dict[str, Namespace | type[DefinedNamespace]] = {
    "ip": IP, "ipr": IPR, "rdf": RDF, "rdfs": RDFS, "xsd": XSD, "skos": SKOS,
    "dcterms": DCTERMS, "prov": PROV, "owl": OWL, "schema": SCHEMA, "org": W3C_ORG}

# rdflib's vocabularies check a name against their terms at every attribute read (~0.8 µs): the terms written for
# nearly every node (~9,000 reads a build), read once.
TYPE, LABEL, ALT_LABEL = RDF.type, RDFS.label, SKOS.altLabel

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


def event_iri(key: str) -> URIRef:
    return IPR[f"event/{key}"]


def agreement_iri(key: str) -> URIRef:
    return IPR[f"agreement/{key}"]


def pledge_iri(key: str) -> URIRef:
    return IPR[f"pledge/{key}"]


def sdg_iri(code: str) -> URIRef:
    return IPR[f"sdg/{code}"]


def da_iri(number: int) -> URIRef:
    return IPR[f"da/{number}"]


def da_cluster_iri(key: str) -> URIRef:
    return IPR[f"da-cluster/{key}"]


def activity_iri(report_id: str, slug: str) -> URIRef:
    return IPR[f"activity/{report_id}/{slug}"]
