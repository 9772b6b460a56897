"""Session 34 (og29), organisations: sentences written for these tests, read by the real mention stage."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG


def orgs(text: str, res) -> list[tuple[str, ...]]:
    """Each organisation node's printed names."""
    facts = extract(segment(text), res.knowledge)
    return sorted(tuple(sorted(node.surface)) for node in facts.nodes.values() if node.kind == ORG)


def test_two_abbreviations_before_a_county_suffix_name_one_place(res):
    """青 and 川 are each a province's abbreviation, but 青川县 is one county: its office is one body, not the offices
    of 青海 and 四川; so is a city of that shape the gazetteer does not know (陇川市)."""
    assert orgs("青川县知识产权局近日举办专利培训班。", res) == [("青川县知识产权局",)]
    assert orgs("陇川市知识产权局与两家企业座谈。", res) == [("陇川市知识产权局",)]


def test_two_abbreviations_before_a_word_that_opens_with_a_suffix_stay_a_compound(res):
    """川渝市场监管部门: 市 opens 市场 (place_suffixes.tsv not_before), so 川渝 stays two provinces and no body of a
    place named 川渝市 is made."""
    assert orgs("川渝市场监管部门签署知识产权保护协议。", res) == []


def test_a_company_printed_again_by_its_trade_name_and_gongsi_is_the_company(res):
    """星禾智能装备有限公司 printed again as 星禾公司 (trade name and 公司) is the same company, one node."""
    text = "星禾智能装备有限公司与某大学签署专利许可协议。星禾公司表示将扩大合作。"
    facts = extract(segment(text), res.knowledge)
    located = [(text[m.start : m.end], m.key) for ms in facts.located.values() for m in ms if m.kind == ORG]
    assert [words for words, _ in located] == ["星禾智能装备有限公司", "星禾公司"]
    assert len({key for _, key in located}) == 1


def test_a_company_named_after_a_place_gives_no_trade_name(res):
    """北京某某有限公司 opens with a place: 北京公司 elsewhere is any company of Beijing, not this one."""
    assert orgs("北京星禾智能装备有限公司与某大学签署协议。多家北京公司参加了签约仪式。", res) == [
        ("北京星禾智能装备有限公司",)]


def test_a_verb_after_a_complete_name_is_not_the_next_name_s_own_word(res):
    """某省市场监管局调研集团…: 调研 (to survey) follows a complete name (a head before it), so the 集团 after it
    opens no name that holds the verb and the bureau; the bureau alone is read."""
    assert orgs("湖北省市场监管局调研集团知识产权工作", res) == [("湖北省市场监管局",)]
    assert orgs("湖北省市场监管局考察集团知识产权工作", res) == [("湖北省市场监管局",)]


def test_two_abbreviations_before_blockchain_stay_a_compound(res):
    """区块链 (blockchain) opens with 区 but is no district: 中美区块链… names no place 中美区, so the pair stays two
    countries and their offices are not read as one body."""
    assert orgs("中美区块链知识产权局举行会议。", res) == []
