"""Session 10, organisations: sentences written for these tests (none copied from an evaluation text), read by the
real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_people import new_orgs

# --- the whole of a level before a bare head is every body of that kind there, no one body ------------------------


def test_the_courts_of_a_whole_province_after_a_verb_are_no_body(res):
    """Read leftwards, 法院 ran over the verb and the words before it (总结三年来全省法院 as one name)."""
    found = new_orgs("院长在会上作报告,总结三年来全省法院商标审判工作的经验。", res)
    assert not any("法院" in name for name in found)


def test_the_offices_of_the_whole_country_and_of_every_county_are_no_body(res):
    found = new_orgs("该案例入选全国知识产权局系统优秀案例,全市县(区)知识产权局负责人参加了培训。", res)
    assert not any(name.endswith("知识产权局") for name in found)


def test_a_body_holding_the_whole_country_or_of_a_named_place_stays_a_body(res):
    """Guards the two above: 中华全国…协会 holds 全国 inside its name, and a province's courts printed with its name
    stay a body."""
    found = new_orgs("中华全国商标代理人协会会长出席,湖南法院代表介绍了审判经验。", res)
    assert {"中华全国商标代理人协会", "湖南法院"} <= set(found)


# --- a place's own name is no pair of abbreviations -----------------------------------------------------------------


def test_a_province_whose_name_is_two_abbreviations_names_its_own_office(res):
    """Regression: 辽宁 was read as 辽 and 宁 (Liaoning and Ningxia), so 辽宁省知识产权局 was the offices of two
    provinces and never made; a pair of abbreviations that is no place's name still is (粤港海关)."""
    found = new_orgs("辽宁省知识产权局与晋中市知识产权局签署协议,粤港海关代表出席。", res)
    assert {"辽宁省知识产权局", "晋中市知识产权局"} <= set(found)
    assert not any(name.startswith("粤港") for name in found)
