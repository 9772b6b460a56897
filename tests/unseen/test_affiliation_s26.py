"""Session 26, people of a delegation whose body is given a short form or several units: a unit printed after
the bracket that gives its body a short form (某中心（以下简称“某中心”）某部主任甲) is the body's unit; a unit listed
after a person of a body's unit is that body's unit too, no unit of the unit (某中心信息部主任甲、审查部主任乙); a
name before 接待 ends a list that shares a title (副院长甲、乙接待); a name before 到 or 赴 holds neither. Counted as
failures on probes (real paragraphs outside the evaluation set, annotated before the extractor ran:
/tmp/af34-probes). Every sentence here was written for these tests, none copied from a report, a probe or an
evaluation text; each runs the real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import name_key
from tests.unseen.test_people_s13 import affiliations


def test_a_unit_after_a_short_form_bracket_is_the_bodys_unit(res):
    text = "5月9日，东岭省知识产权局专利信息中心（以下简称“信息中心”）检索部主任罗秋燕一行到南湖保护中心交流。\n"
    assert affiliations(text, res).get("罗秋燕") == "东岭省知识产权局专利信息中心检索部"


def test_a_faculty_after_a_short_form_bracket_keeps_its_university(res):
    text = "西岭师范大学（以下简称“西师大”）文学院院长钱志远出席会议。\n"
    assert affiliations(text, res).get("钱志远") == "西岭师范大学文学院"


def test_the_body_before_a_short_form_bracket_is_read_without_it(res):
    """The short form is the body's: the body's own name ends before the bracket."""
    text = "北川市知识产权局（以下简称“市局”）局长韩立新出席。\n"
    assert affiliations(text, res).get("韩立新") == "北川市知识产权局"


def test_a_unit_listed_after_a_units_person_is_its_sibling(res):
    text = "东岭省知识产权局专利信息中心信息部主任罗秋燕、审查部主任钱志远一行来校调研。\n"
    found = affiliations(text, res)
    assert found.get("罗秋燕") == "东岭省知识产权局专利信息中心信息部"
    assert found.get("钱志远") == "东岭省知识产权局专利信息中心审查部"


def test_a_unit_of_another_head_is_still_the_bodys_unit(res):
    """The sibling rule leaves alone a unit whose head differs from the unit before (局长甲、办公室主任乙)."""
    text = "北川市知识产权局局长罗秋燕、办公室主任钱志远出席。\n"
    assert affiliations(text, res).get("钱志远") == "北川市知识产权局办公室"


def test_two_units_of_one_centre_after_a_short_form_are_two(res):
    text = ("5月9日，东岭省知识产权局专利审查协作中心（以下简称“协作中心”）材料部主任罗秋燕、初审部主任钱志远一行到"
            "南湖保护中心交流。\n")
    found = affiliations(text, res)
    assert found.get("罗秋燕") == "东岭省知识产权局专利审查协作中心材料部"
    assert found.get("钱志远") == "东岭省知识产权局专利审查协作中心初审部"


def test_long_names_that_open_alike_have_two_keys():
    first, second = "东岭省知识产权局专利审查协作东岭中心材料部", "东岭省知识产权局专利审查协作东岭中心初审部"
    assert name_key(first) != name_key(second)
    assert len(name_key(first)) <= 80 and name_key("东岭大学") == "dong-ling-da-xue"


def test_a_bare_name_before_jiedai_shares_the_title_before(res):
    text = "研究院院长冯立群、副院长周海波、邓安平接待了来访的调研组。\n"
    assert "邓安平" in affiliations(text, res)


def test_a_name_before_dao_ends_there(res):
    text = "6月3日，东岭省知识产权局副局长韩松到南湖保护中心调研。\n"
    found = affiliations(text, res)
    assert found.get("韩松") == "东岭省知识产权局" and "韩松到" not in found
