"""Session 33 (op45): organisation names cut or joined wrongly, and the organiser clause a label swallowed. Sentences
written for these tests, none copied from a report or an evaluation text, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events, one
from tests.unseen.test_people import new_orgs


def test_a_pair_abbreviation_before_guoji_names_no_country_and_cuts_no_name(res):
    """中德国际, 中英国际: 际 follows 国 only in 国际, so 德国, 英国 are not there (blockers.tsv); the university's
    faculty is one name, not the university and a stray 德国际… body."""
    found = new_orgs("由华东理工大学中德国际工程学院团委主办的知识产权沙龙在上海举行。", res)
    assert "华东理工大学中德国际工程学院团委" in found
    assert not any(name.startswith("德国际") for name in found)
    assert "浙江大学中英国际联合学院" in new_orgs("浙江大学中英国际联合学院与宁波市知识产权局签署协议。", res)


def test_an_institute_of_research_and_development_is_named_by_two_words_of_its_own(res):
    """技术研究开发院 is a university's body on its own (org_heads.tsv: 研究开发院 alone after two characters)."""
    assert "技术研究开发院" in new_orgs("由机械学院、技术研究开发院和大学生科技协会共同举办了专利讲座。", res)


def test_a_clause_of_who_led_and_who_took_part_is_no_part_of_the_events_name():
    """由A牵头、B和C参与的…论坛: the name starts after 参与的 (words.tsv left_stop); A organises, B and C
    are partners."""
    text = "由江苏省知识产权局牵头、南京大学和东南大学参与的知识产权人才论坛在南京举行。"
    forum = one(events(text, date="2023-06-01"), "知识产权人才论坛")
    assert forum.organisers and forum.partners and len(forum.partners) == 2
    week = one(events("由市中级人民法院牵头，市知识产权局、市公安局参与的知识产权保护宣传周活动于4月20日启动。",
                      date="2023-06-01"), "知识产权保护宣传周活动")
    assert len(week.partners) == 2
    assert one(events("由省知识产权局牵头的专利代理培训班在合肥开班。", date="2023-06-01"), "专利代理培训班").organisers


def test_a_verb_of_taking_a_post_opens_no_name(res):
    """担任, 出任 before a bare head (所长担任学院名誉院长): the verb is no part of a name (name_stops.tsv)."""
    assert not new_orgs("该所多位前任所长担任学院名誉院长。", res)
    assert not new_orgs("王教授出任研究院院长。", res)


def test_countries_glossed_with_cities_share_the_head_after_the_last(res):
    """中国(甲)、中国(乙)知识产权保护中心: each country with the city its bracket names is a place of the list, and the
    centre's name after the last is each one's (lists.py)."""
    from ipgraph.extract.mentions import mentions
    names = {m.details.get("name", m.text) for m in mentions(["中国（南京）、中国（苏州）知识产权保护中心通过验收。"],
                                                             res.knowledge)[0] if m.kind == "ORG"}
    assert {"中国（南京）知识产权保护中心", "中国（苏州）知识产权保护中心"} <= names


def test_an_office_named_right_after_its_body_is_the_bodys_unit(res):
    """商标局 (a head of three characters that names a body alone) right after a known body is its unit: one name,
    not the body and loose words (OrgHead.unit_after); the list after it keeps all its items."""
    found = new_orgs("培训班由国家知识产权局商标局主办，中华商标协会、江西省知识产权局协办。", res)
    assert {"国家知识产权局商标局", "中华商标协会", "江西省知识产权局"} <= set(found)
