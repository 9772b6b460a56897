"""The fast Turtle writer gives rdflib's bytes: on the bundled graphs, and on generated graphs of awkward terms."""

from __future__ import annotations

import rdflib
from hypothesis import given, settings, strategies as st
from rdflib import RDF, RDFS, BNode, Graph, Literal, URIRef

from ipgraph.rdf.graph import Triples, new_graph, turtle
from ipgraph.rdf.turtle import turtle_bytes
from ipgraph.vocab import IP, IPR


def rdflib_turtle(graph: Graph) -> bytes:
    return graph.serialize(format="turtle", encoding="utf-8")


def test_the_bundled_graphs_are_written_as_rdflib_writes_them(built):
    _, out = built
    for path in sorted(out.glob("*.ttl")):
        graph = new_graph()
        for triple in Graph().parse(path):
            graph.add(triple)
        assert turtle_bytes(graph) == rdflib_turtle(graph) == path.read_bytes(), path.name


iris = st.sampled_from([IPR["country/FR"], IPR["org/WIPO"], IPR["passage/r/8-1"], IPR["passage/r/sec2-p1"],
                        IP.Event, IP.Report, RDFS.Class, URIRef("http://example.org/x#a"),
                        URIRef("http://example.org/y/"), URIRef("http://example.org/z.")])
predicates = st.sampled_from([RDF.type, RDFS.label, IP.evidence, IP.text, IP.startDate, IP.position,
                              URIRef("http://example.org/unbound#p"), URIRef("http://example.org/p/q")])
literals = st.one_of(
    st.builds(Literal, st.text(alphabet=st.characters(blacklist_categories=["Cs"]), max_size=12)),
    st.builds(lambda t: Literal(t, lang="zh"), st.text(alphabet='法国"\\\n\'ab ', max_size=8)),
    st.builds(lambda n: Literal(n, datatype=rdflib.XSD.nonNegativeInteger), st.integers(0, 99)),
    st.builds(lambda y: Literal(str(y), datatype=rdflib.XSD.gYear), st.integers(1990, 2030)),
    st.builds(lambda v: Literal(v, datatype=URIRef("http://example.org/dt")), st.text("xy", max_size=3)),
    st.builds(lambda v: Literal(v, datatype=rdflib.XSD.decimal), st.sampled_from(["0.9", "1", "0.50", "-2.0"])),
    st.builds(lambda v: Literal(v, datatype=rdflib.XSD.date), st.sampled_from(["2024-11-05", "2024-13-01"])),
    st.builds(Literal, st.sampled_from([True, False, 2.5, 7])))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(iris, predicates, st.one_of(iris, literals)), max_size=25))
def test_any_graph_without_blank_nodes_is_written_as_rdflib_writes_it(triples):
    graph, written = new_graph(), Triples()
    for triple in triples:
        graph.add(triple)
        written.add(triple)
    assert turtle_bytes(graph) == rdflib_turtle(graph) == turtle(written)


def test_a_graph_with_blank_nodes_is_left_to_rdflib():
    graph, written, blank = new_graph(), Triples(), BNode()
    for triple in ((IPR["event/e"], IP.organiser, blank), (blank, RDFS.label, Literal("x"))):
        graph.add(triple)
        written.add(triple)
    assert turtle_bytes(graph) == rdflib_turtle(graph) == turtle(written)
