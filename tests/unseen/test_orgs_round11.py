"""Issue 16, pattern 3 (eleventh round, read on new annotated dev texts): organisations read by structure — a verb of
acting together (联合) after a complete name before a body opened by a lone place (区委宣传部, 市委, 省知识产权局: the
district's, city's or province's own) ends the first name and starts the second; a year of account (2022年度)
ends a name read leftwards as a date does; 联合 opening a clause before a place is the verb; places joined by 及
after another item of a list share the body after them, and the 市 of 市场 is no place's suffix; a short form that
ends the one full name the report prints (dropping the place or parent it opens with) is that body; on sentences
written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.extract.mentions import mentions
from ipgraph.ingest.passages import segment
from tests.unseen.test_orgs_round9 import org_texts
from tests.unseen.test_people import new_orgs

# --- 联合 before a body opened by a lone place -------------------------------------------------------------------


def test_lianhe_before_a_district_committees_department_starts_a_body(res):
    """区委宣传部 is the district's own department: 联合 after the court ends the court's name and starts it."""
    found = new_orgs("昨天,晋州市东城区人民法院联合区委宣传部、区科技局走进社区普法。", res)
    assert {"晋州市东城区人民法院", "区委宣传部", "区科技局"} <= set(found)
    assert not any("联合" in name for name in found)


def test_lianhe_before_a_lone_committee_head_starts_a_body(res):
    """A lone place with 委 is a head of its own (县委): after 联合 it is the county's committee, not the court's."""
    found = new_orgs("青溪县人民检察院联合县委政法委召开座谈会。", res)
    assert "青溪县人民检察院" in found
    assert not any("联合" in name for name in found)


def test_lianhe_after_a_university_before_a_provincial_office(res):
    found = new_orgs("江淮农业大学联合省知识产权局发布专利导航报告。", res)
    assert {"江淮农业大学", "省知识产权局"} <= set(found)


def test_lianhe_inside_a_name_before_no_lone_place_stays(res):
    """No lone place after 联合: the joint laboratory stays one name."""
    assert not any(t == "实验室" for t in org_texts("中俄联合实验室正式揭牌。", res))


# --- a year of account ends a name read leftwards ------------------------------------------------------------------

def test_a_year_of_account_is_no_part_of_a_name(res):
    """年度 after a year is a date: reading leftwards from 法院 stops there (no 度…法院)."""
    texts = org_texts("会上通报了2025年度全市法院审判工作。", res)
    assert not any(t.startswith("度") for t in texts)


# --- 联合 opening a clause before a place ------------------------------------------------------------------------

def test_lianhe_opening_a_clause_before_a_place_is_the_verb(res):
    """The subject of 联合 is said before the comma: the court's name starts at its place, not at the verb."""
    found = new_orgs("活动由市司法局主办,联合泰宁县人民法院开展普法宣传。", res)
    assert "泰宁县人民法院" in found
    assert not any(name.startswith("联合") for name in found)


# --- places joined by 及 before the words they share ---------------------------------------------------------------

def test_places_joined_by_ji_inside_a_list_each_have_the_shared_body(res):
    """甲市及乙县X局 after another item of a list: 及 binds the two places, each with its X局; the item before them is
    a body of its own, not a place of the pair."""
    found = mentions(["本次活动由市司法局主办,联合泰宁县人民法院、南平市及建阳区科学技术局开展。"], res.knowledge)[0]
    names = {m.details.get("name") for m in found if m.kind == "ORG"}
    assert {"泰宁县人民法院", "南平市科学技术局", "建阳区科学技术局"} <= names


def test_the_market_of_a_market_regulator_is_no_place_suffix(res):
    """县 ends the place of 永泰县市场监督管理局; its 市 opens 市场 (market): the other place's body is 某市市场…局."""
    found = mentions(["三明市、永泰县市场监督管理局联合执法。"], res.knowledge)[0]
    names = {m.details.get("name") for m in found if m.kind == "ORG"}
    assert "三明市市场监督管理局" in names
    assert "三明市场监督管理局" not in names


# --- a short form that ends the full name printed in the report ------------------------------------------------------

def _org_nodes(text, res):
    """Each new organisation node of a report, as the set of the forms it is printed in."""
    return [n.surface for n in extract(segment(text), res.knowledge).of_kind("ORG") if n.is_new]


def test_a_short_form_opening_with_a_place_is_the_body_whose_full_name_it_ends(res):
    """广西中心 drops what the full name opens with and keeps the place: one node with the full name (a unit of
    CNIPA, printed after it)."""
    nodes = _org_nodes("某局与区政府共建国家知识产权局专利局专利审查协作广西中心。\n\n广西中心将于明年投入运行。", res)
    assert any({"广西中心", "专利局专利审查协作广西中心"} <= forms for forms in nodes)


def test_a_short_form_without_the_place_of_its_full_name_is_that_body(res):
    nodes = _org_nodes("论坛由澳门特别行政区经济及科技发展局协办。\n\n经济及科技发展局局长致辞。", res)
    assert any({"经济及科技发展局", "澳门特别行政区经济及科技发展局"} <= forms for forms in nodes)


def test_a_tail_of_two_bodies_names_neither(res):
    """Two full names end in it: the short form could be either, so it stays a node of its own."""
    nodes = _org_nodes("甘肃省专利保护中心和宁夏回族自治区专利保护中心签约。\n\n专利保护中心将共享数据。", res)
    assert not any(len(forms) > 1 for forms in nodes)


# --- the short names of the people's organisations --------------------------------------------------------------------

def test_the_short_names_of_peoples_organisations_name_their_bodies(res):
    """全国妇联 and 中国科协 print no head: the list of people's organisations names them, by their full names."""
    found = [m for m in mentions(["全国妇联与中国科协联合举办女性发明人培训班。"], res.knowledge)[0] if m.kind == "ORG"]
    assert {m.details.get("name") for m in found} >= {"中华全国妇女联合会", "中国科学技术协会"}


def test_a_short_name_inside_another_word_is_none(res):
    """团中央 is left out of the list: 集团中央 holds it."""
    assert "团中央" not in org_texts("该集团中央研究院发布年报。", res)


def test_short_and_full_names_of_known_bodies_are_their_gazetteer_rows(res):
    """中宣部 is keyed by its full name 中共中央宣传部 (headless_names.tsv), which the gazetteer's row of the
    Publicity Department did not list, so it became a new body beside org/CPD; 世界知识产权组织大会 is the
    General Assembly's full Chinese name, printed where the reports say 产权组织大会."""
    for text, key in (("中宣部(国家版权局)召开版权工作座谈会。", "CPD"), ("中共中央宣传部副部长出席会议。", "CPD"),
                      ("世界知识产权组织大会主席致辞。", "WIPO-GA")):
        assert key in {n.key for n in extract(segment(text), res.knowledge).of_kind("ORG")}, text


def test_daibiao_before_a_body_opened_by_a_place_is_the_verb_of_acting_for_it(res):
    """甲代表省委 read leftwards from 委 made one body 甲代表省委, and the person was lost; 代表 before a name that
    opens with a place ends the name (proxy_words.tsv), while 人民代表大会 and 代表处 keep it inside."""
    found = new_orgs("温州市市长林明远代表市委、市政府致辞。", res)
    assert not any("代表" in name for name in found)
    assert "北海市人民代表大会常务委员会" in new_orgs("北海市人民代表大会常务委员会召开会议。", res)
    assert "芬兰驻华代表处" in new_orgs("芬兰驻华代表处代表出席。", res)
