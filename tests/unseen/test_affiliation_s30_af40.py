"""Session 30, people's affiliation: a unit of two fields joined by 与 right after its parent
(某总署对外交流与合作司), an institute or a procuratorate named contracted before a title (某研院副院长,
市院副检察长), and an officer acting for a body named after the name and title (甲主任（左二）代表某大学
签约). Counted as failures on probes (real paragraphs outside the evaluation set, annotated before the extractor
ran: /tmp/af40-probes). Every sentence here was written for these tests, none copied from a report, a probe or an
evaluation text; each runs the real pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_people_s13 import affiliations

JOINED_UNITS = [
    # A ministry's head one character long (署, 部) before the unit's two fields: the unit is the ministry's.
    ("中华文化促进总署对外交流与合作司司长韩秋实会见代表团。\n", "韩秋实", "中华文化促进总署对外交流与合作司"),
    ("南岭文化部科技与教育司司长林志远出席会议。\n", "林志远", "南岭文化部科技与教育司"),
]


@pytest.mark.parametrize(("text", "name", "body"), JOINED_UNITS)
def test_a_unit_of_two_fields_after_its_parent_is_the_parents(text, name, body, res):
    assert affiliations(text, res).get(name) == body


CONTRACTED_INSTITUTES = [
    # A title repeating the contracted name's last character (院, 院长) names that body's officer.
    ("会上，材研院副院长韩秋实介绍了成果。\n", "韩秋实", "材研院"),
    # A bare 市 before 院 at the opening of a clause: the city's procuratorate or court, in its own news.
    ("市院党组成员、副检察长林志远陪同调研。\n", "林志远", "市院"),
]


@pytest.mark.parametrize(("text", "name", "body"), CONTRACTED_INSTITUTES)
def test_a_contracted_institute_before_a_title_is_a_body(text, name, body, res):
    assert affiliations(text, res).get(name) == body


def test_院_after_a_demonstrative_names_no_body(res):
    """该院, 本院, 两院 refer to a body told before or name a kind: no body 该院 is read."""
    assert affiliations("该院院长林志远表示，将加强合作。\n", res).get("林志远") == ""


def test_items_sharing_the_head_name_kinds(res):
    """分、区院 is 分院、区院, the branches and the districts' offices: no one body 区院."""
    from ipgraph.extract.facts import extract
    from ipgraph.ingest.passages import segment

    facts = extract(segment("市检察院组织各分、区院负责人参加培训。\n"), res.knowledge)
    assert "区院" not in {n.details.get("name") or n.key for n in facts.of_kind("ORG")}


ACTING_FOR = [
    # The name and title, a picture's aside, then 代表 and the body: the officer is the body's.
    ("签约仪式上，林志远主任（左二）代表东湖大学与北港市知识产权局签署协议。\n", "林志远", "东湖大学"),
    # The title before the name: the name is no part of the body's (not 韩秋实代表南岭大学).
    ("会上，副校长韩秋实代表南岭大学致辞。\n", "韩秋实", "南岭大学"),
]


@pytest.mark.parametrize(("text", "name", "body"), ACTING_FOR)
def test_an_officer_acting_for_a_body_is_its(text, name, body, res):
    assert affiliations(text, res).get(name) == body


def test_a_body_before_the_name_still_wins(res):
    """A body printed before the title is the person's, whatever they act for after (某局局长甲代表乙大学…)."""
    text = "北港市知识产权局局长林志远代表东湖大学校友会致辞。\n"
    assert affiliations(text, res).get("林志远") == "北港市知识产权局"
