"""Session 27 (og35), organisations: sentences written for these tests, read by the real mention stage."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG


def orgs(text: str, res) -> list[tuple[str, ...]]:
    """Each organisation node's printed names."""
    facts = extract(segment(text), res.knowledge)
    return sorted(tuple(sorted(node.surface)) for node in facts.nodes.values() if node.kind == ORG)


def org_keys(text: str, res) -> list[str]:
    """Each organisation node's key."""
    facts = extract(segment(text), res.knowledge)
    return sorted(key for kind, key in facts.nodes if kind == ORG)


def test_an_ordinal_court_printed_short_is_the_court_named_in_full(res):
    """三中院 is the short form of 第三中级人民法院 (short_forms.tsv): the city's third intermediate court, one node
    with the full name, not a court of its own."""
    assert orgs("重庆市第五中级人民法院召开座谈会。市五中院副院长介绍了审判情况。", res) == [
        ("市五中院", "重庆市第五中级人民法院")]


def test_an_ordinal_court_printed_with_its_ordinal_word_is_the_same_court(res):
    """第二中院 keeps 第 and is the same court as 二中院 and the full name."""
    assert org_keys("西安市第二中院与西安二中院是同一家法院。", res) == org_keys("西安市第二中级人民法院开庭。", res)


def test_our_city_before_a_company_named_with_its_city_is_not_in_its_name(res):
    """我市 before a name that opens with a place of its own (我市宜宾某公司): "our city's", in apposition; the name
    starts at the place, not at the bare 市 after 我."""
    assert orgs("经评审，我市宜宾五粮科技有限公司获评优势企业。", res) == [("宜宾五粮科技有限公司",)]


def test_this_city_before_a_district_body_is_not_in_its_name(res):
    """本市 is no function word (本 reads on), but before a district's body it is the speaker's city, not the
    body's name: the name starts at the district."""
    assert orgs("本市黄浦区市场监管局召开会议。", res) == [("黄浦区市场监管局",)]


def test_our_city_before_a_bare_body_still_names_the_city_s_body(res):
    """Guards the two above: 我市 before words that open no place (我市知识产权局) is the city's own body."""
    assert orgs("我市知识产权局召开会议。", res) == [("市知识产权局",)]


def test_going_deep_into_a_company_is_a_verb_before_its_name(res):
    """深入 (to go into, of a visit) stands before a body's name as 走进 does (name_stops.tsv), never inside it."""
    assert orgs("专家组深入宏远精密机械有限公司开展调研。", res) == [("宏远精密机械有限公司",)]
