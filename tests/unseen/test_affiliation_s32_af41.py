"""Session 32, people's affiliation and recall: a head of a place's government named by title alone (副市长甲), of
the city's people's government the report names or of the one city the report names; the last of several names
sharing a title closed by a coordinator before the next titled item (副市长甲、乙和某大学党委书记丙); a given name
ending in a title's prefix (光前, 志原); rarer surnames (庹, 巢); a correspondent credited with a body in a bracket
((通讯员:某大学甲乙)). Counted as failures on probes (real paragraphs
outside the evaluation set, annotated before the extractor ran: /tmp/af41-probes). Every sentence here was written
for these tests, none copied from a report, a probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_people_s13 import affiliations

BARE_GOVERNMENT_HEADS = [
    # The city's people's government printed in full elsewhere: the deputy mayor is of it.
    ("5月3日，宜昌市人民政府与东湖大学签署合作协议。东湖大学校长韩秋实，副市长林志远出席签约仪式。\n",
     "林志远", "宜昌市人民政府"),
    # No government printed, one city named (by its party committee): the city's government.
    ("芜湖市委书记韩秋实会见东湖大学代表团，副市长林志远陪同会见。\n", "林志远", "芜湖市政府"),
]


@pytest.mark.parametrize(("text", "name", "body"), BARE_GOVERNMENT_HEADS)
def test_a_head_of_government_by_title_alone_is_of_the_reports_city(text, name, body, res):
    assert affiliations(text, res).get(name) == body


def test_no_city_is_guessed_where_the_report_names_two(res):
    """Two cities named: whose deputy mayor, the text does not say."""
    text = "芜湖市委书记韩秋实会见宜昌市代表团，副市长林志远陪同会见。\n"
    assert affiliations(text, res).get("林志远") == ""


def test_the_last_name_sharing_a_title_before_a_coordinator_is_read(res):
    """副市长甲、乙、丙和某大学党委书记丁: 丙 is the third deputy mayor, not the opening of the next item."""
    text = "副市长韩秋实、林志远、陶文杰和东湖大学党委书记宋立新出席仪式。\n"
    found = affiliations(text, res)
    assert {"韩秋实", "林志远", "陶文杰", "宋立新"} <= set(found)
    assert found["宋立新"] == "东湖大学"


def test_a_body_opening_with_a_coordinator_is_no_name(res):
    """商务及经济发展局: 商务 before 及 opens a body's name, no person's."""
    found = affiliations("署长韩秋实、商务及经济发展局局长林志远出席。\n", res)
    assert "商务" not in found and found.get("林志远") == "商务及经济发展局"


GIVEN_NAMES_OF_PREFIXES = [
    ("东湖大学副校长林志远、董光前出席签约仪式。\n", "董光前"),
    ("南岭市副市长陶志原出席会议。\n", "陶志原"),
]


@pytest.mark.parametrize(("text", "name"), GIVEN_NAMES_OF_PREFIXES)
def test_a_given_name_may_end_in_a_titles_prefix(text, name, res):
    assert name in affiliations(text, res)


def test_a_prefix_before_a_title_still_ends_the_name(res):
    """甲乙前局长: 前 is "former" before a title; the name is two characters."""
    found = affiliations("会上，林志前局长回顾了合作历程。\n", res)
    assert "林志" in found and "林志前" not in found


@pytest.mark.parametrize(("text", "name"), [("东湖大学副校长庹文杰出席。\n", "庹文杰"),
                                            ("南岭大学副校长巢志远致辞。\n", "巢志远")])
def test_rarer_surnames_open_names(text, name, res):
    assert affiliations(text, res).get(name) in ("东湖大学", "南岭大学")


CREDITED_WITH_A_BODY = [
    ("东湖大学举办知识产权讲座。(通讯员:东湖大学陶文杰)\n", "陶文杰", "东湖大学"),
    ("芜湖市举办专利周活动。（通讯员 芜湖市知识产权局 宋立新）\n", "宋立新", "芜湖市知识产权局"),
]


@pytest.mark.parametrize(("text", "name", "body"), CREDITED_WITH_A_BODY)
def test_a_correspondent_credited_with_a_body_is_its(text, name, body, res):
    """(通讯员:某大学甲乙): the body printed between the role and the name is the contributor's, as in (某局 甲乙)."""
    assert affiliations(text, res).get(name) == body
