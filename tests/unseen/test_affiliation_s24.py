"""Session 24, people and the bodies read beside them: a delegation's words (一行, 前来, 莅临) between a person's name
and a body the delegation visits, counted as failures on probes (real paragraphs outside the evaluation set,
annotated before the extractor ran: /tmp/af32-probes). Every sentence here was written for these tests, none copied
from a report, a probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

import pytest

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from tests.unseen.test_people_s13 import affiliations

VISITS = [
    # 一行 (a delegation) and 前来 / 莅临 (coming to) end a name read leftwards from a head noun (name_stops.tsv): the
    # centre visited is no body named 林立一行前来研究中心, and the visitor stays a person of his own body.
    ("东港市知识产权局局长林立一行前来研究中心调研。\n", "林立", "东港市知识产权局"),
    ("南湖区市场监管局副局长周平一行莅临服务中心指导工作。\n", "周平", "南湖区市场监管局"),
    ("西江知识产权保护中心主任陈晓一行前来中心座谈。\n", "陈晓", "西江知识产权保护中心"),
]


@pytest.mark.parametrize(("text", "name", "body"), VISITS)
def test_a_delegation_word_ends_the_name_of_the_body_visited(text, name, body, res):
    assert affiliations(text, res).get(name) == body
    organisations = {n.details.get("name") or n.key for n in extract(segment(text), res.knowledge).of_kind("ORG")}
    assert not any(name in org for org in organisations), organisations


POSTS = [
    # 领馆 ends a consulate's name as 领事馆 does (org_heads.tsv): 总领馆 is 总领事馆 contracted.
    ("法国驻穗总领馆总领事高明访问学院。\n", "高明", "法国驻穗总领馆"),
    # 助理 alone is a title (titles.tsv), as 局长助理 is: an assistant printed after a unit is of it.
    ("北岭科技协会联络部助理周敏出席。\n", "周敏", "北岭科技协会联络部"),
]


@pytest.mark.parametrize(("text", "name", "body"), POSTS)
def test_a_contracted_consulate_and_an_assistant_name_their_body(text, name, body, res):
    assert affiliations(text, res).get(name) == body


def test_embassies_and_consulates_together_are_no_body(res):
    """使领馆 names the two kinds of mission together, not one consulate (org_heads.tsv, not_after 使)."""
    text = "会议邀请驻华使领馆代表出席。\n"
    assert not extract(segment(text), res.knowledge).of_kind("ORG")
