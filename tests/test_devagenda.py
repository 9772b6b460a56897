"""WIPO's 45 Development Agenda recommendations, read from the CDIP progress report,
and the activities implementing them."""

from __future__ import annotations

import shutil

import pytest
from rdflib import RDF, Literal, URIRef
from rdflib.namespace import DCTERMS

from ipgraph.check import load_graph
from ipgraph.errors import InputError
from ipgraph.extract.devagenda import load_agenda, read_recommendations
from ipgraph.vocab import IP, IPR

from conftest import ROOT


@pytest.fixture(scope="module")
def graph(built):
    _, out = built
    return load_graph(sorted(out.glob("*.ttl")))


def numbers(graph, node) -> set[int]:
    return {int(graph.value(r, IP.number)) for r in graph.objects(node, IP.implements)}


def test_exactly_45_recommendations_19_marked_for_immediate_implementation(graph):
    recommendations = set(graph.subjects(RDF.type, IP.DevelopmentAgendaRecommendation))
    assert len(recommendations) == 45
    assert {int(graph.value(r, IP.number)) for r in recommendations} == set(range(1, 46))
    marked = {int(graph.value(r, IP.number)) for r in recommendations if graph.value(r, IP.priority).toPython()}
    assert len(marked) == 19
    assert marked == {1, 3, 4, 6, 7, 11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 35, 37, 42, 44}


@pytest.mark.parametrize("number, priority, cluster", [
    (1, True, "A"),    # heading 建议 1*
    (2, False, "A"),   # heading 建议 2
    (4, True, "A"),    # its heading is lost; 落实工作: since the 2007 adoption
    (15, True, "B"),   # heading 建议 15*、21*和 44*
    (20, False, "B"),  # 落实工作: 自 2010 年开始落实
    (36, False, "D"),  # heading 建议 36
    (40, False, "E"),
    (42, True, "F"),   # heading 建议 42*
    (44, True, "F"),
    (45, False, "F"),
])
def test_named_recommendations(graph, number, priority, cluster):
    node = IPR[f"da/{number}"]
    assert graph.value(node, IP.number) == Literal(number)
    assert graph.value(node, IP.priority) == Literal(priority)
    assert graph.value(node, IP.cluster) == IPR[f"da-cluster/{cluster}"]


def test_texts_and_sectors_come_from_the_report(graph):
    texts = {int(graph.value(r, IP.number)): str(graph.value(r, DCTERMS.description))
             for r in graph.subjects(RDF.type, IP.DevelopmentAgendaRecommendation)}
    assert all(texts.values()) and len(texts) == 45
    assert texts[1].startswith("产权组织的技术援助应尤其面向发展") and texts[1].endswith("都应符合各国的国情。")
    assert texts[13].startswith("产权组织的立法援助") and not texts[13].startswith("建议")  # "建议 13：" dropped
    assert texts[15].startswith("准则制定活动应：(a)")
    assert texts[40].startswith("请产权组织根据成员国确定的方向")  # its text precedes its heading

    def sectors(n: int) -> set[str]:
        return {str(o).removeprefix(str(IPR)) for o in graph.objects(IPR[f"da/{n}"], IP.relatedSector)}

    assert sectors(1) == {"org/WIPO-PTS", "org/WIPO-BDS", "org/WIPO-CCIS", "org/WIPO-RNDS", "org/WIPO-IPS",
                          "org/WIPO-GCPS", "org/WIPO-IES"}
    assert sectors(36) == {"org/WIPO-IES"}
    assert graph.value(IPR["da/36"], IP.evidence) == IPR["passage/wipo-cdip-33-2/sec7-p1"]


def test_activities_under_a_recommendation_implement_it(graph):
    def activity(slug: str) -> URIRef:
        return IPR[f"activity/wipo-cdip-33-2/{slug}"]

    assert numbers(graph, activity("sec2-highlights-b2")) == {1}
    assert numbers(graph, activity("sec5-highlights-b22")) == {13, 14, 17}  # one table for three recommendations
    assert numbers(graph, activity("sec10-activities-p22")) == {45}
    assert (activity("sec10-activities-p23"), None, None) not in graph  # 独立审查实施工作: the next annex's title
    assert (activity("sec6-activities-p79"), None, None) not in graph  # 最新信息请见建议 7和 22: a pointer


def test_a_mention_in_another_report_implements_each_listed_number(graph):
    node = IPR["activity/wipo-ace-17-activities/1"]
    assert numbers(graph, node) == {1, 3, 6, 10, 11, 12, 13, 14, 17, 40}
    assert Literal("发展议程建议 1、3、6、10 至 14 和 17") in set(graph.objects(node, IP.quote))


def test_every_link_points_at_a_recommendation(graph):
    linked = set(graph.objects(None, IP.implements))
    assert linked and all((n, RDF.type, IP.DevelopmentAgendaRecommendation) in graph for n in linked)


def _data_copy(tmp_path, edit) -> tuple:
    data = tmp_path / "data"
    shutil.copytree(ROOT / "knowledge" / "devagenda", data / "devagenda")
    path = data / "devagenda" / "recommendations.tsv"
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return data, path


def test_a_priority_the_reports_heading_contradicts_is_refused(tmp_path, passages):
    data, path = _data_copy(tmp_path, lambda t: t.replace("\n3\tA\tyes\t", "\n3\tA\tno\t"))
    line = next(n for n, l in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if l.startswith("3\t"))
    with pytest.raises(InputError) as error:
        read_recommendations(passages["wipo-cdip-33-2"], {}, data)
    assert error.value.where() == f"{path}:{line}"
    assert "heading '建议 3*' marks it for immediate implementation" in error.value.message


def test_an_ambiguous_opening_is_refused(tmp_path, passages):
    opening = "\t请产权组织与研究机构和私营企业订立协议\t"
    data, path = _data_copy(tmp_path, lambda t: t.replace(opening, "\t请产权组织\t"))
    with pytest.raises(InputError, match="the opening of recommendation 8 occurs"):
        read_recommendations(passages["wipo-cdip-33-2"], {}, data)


def test_a_missing_recommendation_is_refused(tmp_path):
    data, path = _data_copy(tmp_path, lambda t: "\n".join(l for l in t.splitlines() if not l.startswith("45\t")))
    with pytest.raises(InputError, match="lists 44 recommendations, not 45"):
        load_agenda(data)


def test_other_reports_table_no_recommendation(passages, res):
    assert read_recommendations(passages["wipo-sdg-2023"], {}, res.knowledge) == []
