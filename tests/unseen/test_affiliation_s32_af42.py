"""Session 32, people's affiliation: a body printed short after the report printed it in full
(extract/short_bodies.py). The level of a place and a one-character head (市局, 省局) opening a unit's name stand
for the one body of that place and head the report prints (某市市场监督管理局 … 市局某处处长甲: that bureau's
unit); a bare head noun (中心) before a title is, of several bodies of that head, the one the person's own paragraph
tells last. Counted as failures on probes (real paragraphs outside the evaluation set, annotated before the
extractor ran: /tmp/af42-probes). Every sentence here was written for these tests, none copied from a report, a
probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations


def test_a_city_bureau_by_its_level_opens_its_units_name(res):
    """市局 + a unit: the unit of the city's one bureau the report prints in full."""
    text = ("6月2日，宜昌市市场监督管理局副局长韩秋实会见东湖大学代表团，市局商标监管处处长林志远参加会见。\n")
    found = affiliations(text, res)
    assert found["林志远"] == "宜昌市市场监督管理局商标监管处"


def test_a_level_is_not_read_where_two_bodies_of_its_head_are_printed(res):
    """Two bureaux of the city printed in full: which one 市局 is, the text does not say."""
    text = ("宜昌市市场监督管理局副局长韩秋实、宜昌市科学技术局局长宋立新会见代表团，"
            "市局商标监管处处长林志远参加会见。\n")
    assert "宜昌市市场监督管理局" not in affiliations(text, res).get("林志远", "")


def test_a_bare_head_is_the_body_just_named_in_the_paragraph(res):
    """中心副主任: the centre the paragraph named just before, not one named earlier in it."""
    text = ("8月3日，宜昌市市场监督管理局局长韩秋实，宜昌知识产权保护中心主任陶文杰一行前来东湖大学知识产权研究中心"
            "调研。东湖大学知识产权研究中心名誉主任宋立新，知识产权学院副院长兼中心副主任林志远参加座谈会。\n")
    assert affiliations(text, res)["林志远"] == "东湖大学知识产权研究中心"
