"""Session 11, organisations the gazetteer lacks (po13): sentences written for these tests, none copied from a report
or an evaluation text, read by the real mention stage."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG
from tests.unseen.test_people import new_orgs


def test_a_place_that_builds_a_centre_names_no_body(res):
    """建设 right after the place that opens the phrase makes the place its subject: the centre is to be built, so
    neither the run from the place nor the centre is a standing body (starts.planned)."""
    for text in ("规划提出支持杭州建设国际数字贸易中心。", "今年,我市建设省级知识产权运营示范基地。",
                 "文件要求澳门特区建设区域仲裁服务中心。"):
        assert not any("中心" in name or "基地" in name for name in new_orgs(text, res)), text


def test_a_body_named_for_building_keeps_the_verb(res):
    """A city's construction bureau or commission has too few words after 建设 to name another body: it is one."""
    found = new_orgs("温州市建设局与温州市建设交通委员会联合召开会议。", res)
    assert {"温州市建设局", "温州市建设交通委员会"} <= set(found)


def _nodes(text: str, res) -> list[tuple[str, ...]]:
    """Each organisation node's printed names."""
    facts = extract(segment(text), res.knowledge)
    return sorted(tuple(sorted(node.surface)) for node in facts.nodes.values() if node.kind == ORG)


def test_a_short_form_keeping_the_words_before_the_head_is_the_one_longer_body(res):
    """A short form that drops the words opening a new body's name but keeps three characters or more before its
    head (代理人协会 of 中华全国商标代理人协会) is that body when the report prints one such longer name only."""
    assert ("中华全国商标代理人协会", "代理人协会") in _nodes(
        "中华全国商标代理人协会在京召开年会。会上,代理人协会发布了年度行业报告。", res)


def test_a_short_form_of_two_characters_before_its_head_stays_apart(res):
    """设计学院 keeps too few words to name 江南大学设计学院 rather than any school of design."""
    assert ("江南大学设计学院", "设计学院") not in _nodes("江南大学设计学院举办展览。设计学院学生参加了展览。", res)


def test_a_station_a_joint_committee_and_a_mediation_body_are_named_by_their_heads(res):
    """工作站, 联委会 (联合委员会 contracted) and 调解院 end names of bodies (org_heads.tsv), as 仲裁院 does."""
    found = new_orgs("海外知识产权维权工作站在开发区揭牌,中泰经贸联委会与亚洲国际调解院派员出席。", res)
    assert {"海外知识产权维权工作站", "中泰经贸联委会", "亚洲国际调解院"} <= set(found)
