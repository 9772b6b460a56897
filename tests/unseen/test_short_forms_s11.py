"""Session 11, short forms (branch ro): sentences written for these tests (none copied from an evaluation text),
read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.resources import resources

# --- one body printed with and without a word its name may leave out is one node -----------------------------------


def _org_keys(text: str) -> dict[str, str]:
    """Each organisation as printed → the node it resolves to."""
    passages = segment(text)
    facts = extract(passages, resources().knowledge)
    return {p.text[m.start:m.end]: m.key for p in passages for m in facts.located.get(p.slug, []) if m.kind == ORG}


def test_a_market_regulator_printed_as_shichang_jiandu_ju_is_the_one_printed_as_jianguan_ju():
    keys = _org_keys("宁波市市场监督局与宁波大学签署合作协议。宁波市市场监管局承办了当天的论坛。")
    assert keys["宁波市市场监督局"] == keys["宁波市市场监管局"]


def test_a_sar_department_printed_with_and_without_its_government_is_one_body():
    keys = _org_keys("澳门特别行政区政府文化局局长出席仪式。论坛由澳门特别行政区文化局主办。")
    assert keys["澳门特别行政区政府文化局"] == keys["澳门特别行政区文化局"]


def test_two_departments_of_one_sar_government_stay_two_bodies():
    """Guards the one above: the government's name joins forms of one department, not different departments."""
    keys = _org_keys("澳门特别行政区政府文化局与澳门特别行政区经济局签署协议。")
    assert keys["澳门特别行政区政府文化局"] != keys["澳门特别行政区经济局"]
