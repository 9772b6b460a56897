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
