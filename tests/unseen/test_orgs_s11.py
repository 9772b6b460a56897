"""Session 11, organisations: sentences written for these tests, read by the real mention stage."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG


def orgs(text: str, res) -> list[tuple[str, ...]]:
    """Each organisation node's printed names."""
    facts = extract(segment(text), res.knowledge)
    return sorted(tuple(sorted(node.surface)) for node in facts.nodes.values() if node.kind == ORG)


def test_a_high_court_printed_short_is_a_court_and_the_one_named_in_full(res):
    """高院 is the short form of 高级人民法院 as 中院 is of 中级人民法院 (short_forms.tsv, org_heads.tsv)."""
    assert orgs("江西省高级人民法院召开新闻发布会。省高院介绍了审判情况。江西高院副院长出席。", res) == [
        ("江西省高级人民法院", "江西高院", "省高院")]


def test_a_body_that_organises_another_is_two_bodies(res):
    """A组织B召开…: 组织 after a complete name is the verb between two bodies (joint_verbs.tsv), not the head of a
    name 'A组织' (org_heads.tsv: not after a body's head), so neither name runs into the other."""
    assert orgs("6月5日，南昌市知识产权局组织南昌市知识产权保护中心召开培训会。", res) == [
        ("南昌市知识产权保护中心",), ("南昌市知识产权局",)]
    assert orgs("江西高院组织赣州中院开展调研。", res) == [("江西高院",), ("赣州中院",)]


def test_names_ending_in_organisation_are_still_read(res):
    """Guards the one above: 组织 still ends a name after other words (上海合作组织, 大会组织委员会)."""
    assert orgs("上海合作组织秘书处与大会组织委员会签署备忘录。", res) == [("上海合作组织秘书处",), ("大会组织委员会",)]
