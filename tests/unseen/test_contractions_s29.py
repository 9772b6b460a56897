"""Session 29, a body's name read as a contraction of another's: a contraction keeps a character or two of each
word of the full name, so a name that prints a place whole (福建省, or 南海 of 南海区) and then one character of the
other's head (商 of 工商局) is no contraction of it, and the body that follows is one of its own (福建省商标协会,
not 福建省工商局标协会). Counted on probes (/tmp/af38-probes, 026) and in the task's lead (南海商标协会). Every
sentence here was written for these tests; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations


def test_a_province_and_one_character_contract_no_bureau(res):
    """福建省商 keeps 福建省 whole and the 商 of 工商局: a contraction keeps a character or two of each word, so the
    association is a body of its own, not a unit of the bureau (no 福建省工商局标协会)."""
    text = "福建省工商局副局长钱志远、福建省商标协会会长罗秋燕出席大会。\n"
    found = affiliations(text, res)
    assert found.get("罗秋燕") == "福建省商标协会"
    assert found.get("钱志远") == "福建省工商局"


def test_a_district_printed_without_its_suffix_contracts_no_bureau(res):
    text = "南海区工商局副局长钱志远、南海商标协会会长罗秋燕出席大会。\n"
    assert affiliations(text, res).get("罗秋燕") == "南海商标协会"


def test_a_contraction_of_a_university_still_opens_its_unit(res):
    text = "上海交通大学校长钱志远出席。上海交大法学院院长罗秋燕出席。\n"
    assert affiliations(text, res).get("罗秋燕") == "上海交通大学法学院"
