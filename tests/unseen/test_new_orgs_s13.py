"""Session 13, organisations not in the gazetteer: sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import ORG


def orgs(text: str, res) -> dict[tuple[str, ...], str]:
    """Each organisation node's printed names, with the name it is keyed by."""
    facts = extract(segment(text), res.knowledge)
    return {tuple(sorted(node.surface)): str(node.details.get("name") or "") for node in facts.nodes.values()
            if node.kind == ORG}


def test_a_unit_after_the_bodys_word_for_itself_is_named_after_that_body(res):
    """我院, 本局 and a bare 局 or 校 opening a clause stand for the body the passage has just named with that head
    (self_references.tsv, own_contractions.tsv): the words after them up to a head name a unit of it."""
    found = orgs("苏州市知识产权局召开会议。局专利管理处负责同志通报了情况。", res)
    assert found[("专利管理处",)] == "苏州市知识产权局专利管理处"
    found = orgs("南京理工大学举办知识产权论坛，会议由校技术转移研究开发院副院长王明主持。", res)
    assert found[("技术转移研究开发院",)] == "南京理工大学技术转移研究开发院"
    found = orgs("周口市中级人民法院开展宣传活动。我院民事审判庭法官讲解了典型案例。", res)
    assert found[("民事审判庭",)] == "周口市中级人民法院民事审判庭"


def test_a_unit_after_the_word_alone_keeps_its_printed_name(res):
    """With no body of the word's head named before it in the passage, the unit is named as printed."""
    assert ("对外联络处",) in orgs("本局对外联络处工作人员参加了培训。", res)


def test_the_bare_character_is_no_unit_where_it_opens_a_word_of_its_own(res):
    """校长 is a title and 校园 opens no head: nothing is read after the character there."""
    found = orgs("浙江工商大学举办活动，校长出席并致辞。校园文化节同日开幕。", res)
    assert set(found) == {("浙江工商大学",)}


def test_a_unit_after_a_back_pointer_needs_the_body_told_of(res):
    """该 points back to a body the text has told of (zh/grammar.py BACK_POINTERS): with none of the word's head before
    it in the passage, the words after 该校 name no unit; with one, the unit is that body's."""
    assert orgs("会议由该校知识产权研究开发院承办。", res) == {}
    found = orgs("西北工业大学举办论坛，该校知识产权研究开发院承办。", res)
    assert found[("知识产权研究开发院",)] == "西北工业大学知识产权研究开发院"
