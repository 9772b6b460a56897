"""Organisations, people and treaties on the real reports: resolution, definitions, and measured quality."""

from __future__ import annotations

import shutil
from collections import defaultdict

from rdflib import RDF, RDFS, Graph, Literal
from rdflib.namespace import SKOS

from ipgraph.check import load_graph
from ipgraph.evaluate.actors import evaluate_files
from ipgraph.extract.facts import extract
from ipgraph.extract.mentions import mentions
from ipgraph.ingest.passages import segment
from ipgraph.vocab import IP, IPR

from conftest import ROOT


def test_quality_on_the_annotations(built):
    _, out = built
    scores = evaluate_files(sorted(out.glob("*.ttl")), ROOT / "tests" / "gold", "actors").scores
    org, person, treaty = scores["organisation"], scores["person"], scores["treaty"]
    assert org.recall >= 0.95 and org.precision >= 0.95, (org.recall, org.precision, org.missed, org.spurious)
    assert treaty.recall >= 0.98, treaty.missed
    assert person.recall == 1.0 and person.details_correct == person.gold, person.missed


def zh_names(graph: Graph, node) -> set[str]:
    """Chinese names and aliases (Latin acronyms can be shared: EIPA names two bodies)."""
    return {str(l) for p in (RDFS.label, SKOS.altLabel) for l in graph.objects(node, p)
            if isinstance(l, Literal) and l.language == "zh"}


def test_one_node_per_organisation_across_reports(built):
    _, out = built
    graph = load_graph(sorted(out.glob("*.ttl")))
    owners = defaultdict(set)
    organisations = set(graph.subjects(RDF.type, IP.Organisation))
    for org in organisations:
        for name in zh_names(graph, org):
            owners[name].add(org)
    shared = {name: nodes for name, nodes in owners.items() if len(nodes) > 1}
    assert shared == {}, shared
    several = {org for org in organisations if len(zh_names(graph, org)) >= 2}
    assert IPR["org/WIPO"] in several and IPR["org/SAMR"] in several
    for names, key in ((["产权组织", "世界知识产权组织"], "WIPO"), (["世贸组织", "世界贸易组织"], "WTO"),
                       (["市场监管总局", "国家市场监督管理总局"], "SAMR"), (["经合组织"], "OECD")):
        assert {next(iter(owners[name])) for name in names} == {IPR[f"org/{key}"]}
    for acronym, key in (("WIPO", "WIPO"), ("WTO", "WTO"), ("OECD", "OECD")):
        assert Literal(acronym) in set(graph.objects(IPR[f"org/{key}"], IP.acronym))


def test_surface_forms_resolve_to_one_key(res):
    found = mentions(["产权组织、世界知识产权组织和 WIPO", "经合组织（OECD）"], res.knowledge)
    assert {(m.kind, m.key) for m in found[0]} == {("ORG", "WIPO")}
    assert {(m.kind, m.key) for m in found[1]} == {("ORG", "OECD")}


def test_egipa_from_the_reference_data(built):
    _, out = built
    graph = load_graph(sorted(out.glob("*.ttl")))
    egipa = IPR["org/EGIPA"]
    assert graph.value(egipa, IP.acronym) == Literal("EGIPA")
    assert graph.value(egipa, IP.country) == IPR["country/EG"]
    assert IPR["passage/wipo-ace-17-activities/8-8"] in set(graph.objects(egipa, IP.evidence))


def test_an_acronym_defined_in_the_report_resolves_later_mentions(tmp_path):
    """With EGIPA unknown to the data, 埃及知识产权局（EGIPA） teaches the report what EGIPA is."""
    data = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", data)
    table = data / "gazetteer" / "organisations.tsv"
    table.write_text("\n".join(line for line in table.read_text(encoding="utf-8").splitlines()
                               if not line.startswith("EGIPA\t")) + "\n", encoding="utf-8")
    passages = segment("1. 该研讨会是与埃及知识产权局（EGIPA）合作举办的。\n\n2. EGIPA 还介绍了其工作。\n")
    facts = extract(passages, data)
    node = facts.nodes[("ORG", "EGIPA")]
    assert node.passages == ["1", "2"]
    assert node.details["country"] == "EG" and node.details["name"] == "埃及知识产权局"


def test_unknown_organisation_by_shape_and_person_by_pattern(res):
    found = mentions(["秘鲁国家竞争和知识产权保护局局长张三出席会议"], res.knowledge)[0]
    org = next(m for m in found if m.kind == "ORG")
    person = next(m for m in found if m.kind == "PERSON")
    assert org.text == "秘鲁国家竞争和知识产权保护局" and org.details["country"] == "PE"
    assert person.details["name"] == "张三" and person.details["role"] == "局长"


def test_forum_speakers_have_role_and_affiliation(built):
    _, out = built
    graph = load_graph(sorted(out.glob("*.ttl")))
    jorge = IPR["person/jorge-fainstein-day-gastrell"]
    assert (jorge, RDF.type, IP.Person) in graph
    assert graph.value(jorge, IP.affiliation) == IPR["org/INTERPOL-CBTD"]
    assert str(graph.value(jorge, IP.role)) == "局长"


def test_unresolved_mentions_are_listed_in_the_summary(built):
    result, _ = built
    ace = next(r for r in result.reports if r.meta.id == "wipo-ace-17-activities")
    assert "unresolved:" in ace.summary() and "MASGRADE" in ace.summary()
