"""Treaty actions, session 17 round 1 (tr19). Every sentence here was written for these tests, none copied from an
evaluation text or a probe; each runs the real pipeline.

A gloss in brackets right after a treaty (its short name, its English title, a definition after a comma) is no
distance between the treaty and the verb behind it, and its commas do not end the treaty's clause. A short name the
text defines may be introduced with 为, printed in 《》 and follow a gloss (（English，以下简称为《A》）); printed
later as a title of its own, or holding a city's name (日内瓦文本), it is still the treaty. The 於 form of a lead word
(将於) opens a clause as 将于 does. What a treaty provides for after a condition (交存批准书之后三个月生效) is not an
act told as done. Printed variants of two titles (成立…公约, …国际保存海牙协定) name the gazetteer's treaties."""

from __future__ import annotations

import pytest

from tests.unseen.test_treaties_s16 import _acts, treaty_actions


def _acts_on(text: str, date: str) -> list[tuple[str, str, list[str], str | None]]:
    """The acts of a report of ``date``: what a date without its year (5月5日) or a future one is read against."""
    return [(a.treaty, a.action, a.actors, a.date) for a in treaty_actions(text, date)]


def test_a_gloss_with_a_comma_between_a_treaty_and_its_entry_into_force_is_no_distance():
    text = "中国于1992年批准的《保护文学和艺术作品伯尔尼公约》（Berne Convention，BC）于1992年10月15日对中国生效。\n"
    assert ("berne-convention", "EntryIntoForce", ["country/CN"], "1992-10-15") in _acts(text)


def test_a_long_english_title_in_brackets_is_no_distance_to_the_entry_into_force():
    text = "外交会议通过的《视听表演北京条约》（Beijing Treaty on Audiovisual Performances）于2020年4月28日正式生效。\n"
    assert ("beijing-treaty", "EntryIntoForce", [], "2020-04-28") in _acts(text)


def test_an_english_short_name_in_brackets_before_a_date_and_a_state_is_no_distance():
    text = "经全国人大常委会批准的《马拉喀什条约》（英文简称Marrakesh Treaty）2022年5月5日对中国生效。\n"
    assert ("marrakesh-treaty", "EntryIntoForce", ["country/CN"], "2022-05-05") in _acts(text)


def test_a_short_name_defined_with_wei_and_printed_as_a_title_is_the_treaty():
    text = ("《国际植物新品种保护公约》（以下简称为“《公约》”）是植物新品种保护的基本条约。\n"
            "越南于2006年12月24日加入了《公约》，成为该联盟成员。\n")
    assert ("upov-convention", "Accession", ["country/VN"], "2006-12-24") in _acts(text)


def test_a_short_name_defined_after_an_english_gloss_is_the_treaty_it_follows():
    text = ("《国际承认用于专利程序的微生物保存布达佩斯条约》（Budapest Treaty，以下简称《条约》）1977年在"
            "布达佩斯缔结。1995年7月1日，《条约》对中国生效。\n")
    acts = _acts(text)
    assert ("budapest-treaty", "EntryIntoForce", ["country/CN"], "1995-07-01") in acts
    assert all(treaty == "budapest-treaty" for treaty, *_ in acts)


def test_a_short_name_printed_as_a_title_is_the_new_treaty_it_names_not_one_of_its_own():
    text = ("《取消外国公文书认证要求的公约》（Apostille Convention，以下简称《认证公约》）于1965年生效。"
            "2023年3月8日，中国加入了《认证公约》。\n")
    acts = {(treaty, action) for treaty, action, _, _ in _acts(text)}
    assert acts == {("qu-xiao-wai-guo-gong-wen-shu-ren-zheng-yao-qiu-de-gong-yue", "EntryIntoForce"),
                    ("qu-xiao-wai-guo-gong-wen-shu-ren-zheng-yao-qiu-de-gong-yue", "Accession")}


def test_a_short_name_that_holds_a_citys_name_is_the_treaty_not_the_city():
    text = ("《工业品外观设计国际注册海牙协定日内瓦文本》（以下简称“日内瓦文本”）于1999年通过。"
            "韩国于2014年7月1日加入日内瓦文本。\n")
    assert ("hague-geneva-act", "Accession", ["country/KR"], "2014-07-01") in _acts(text)


def test_an_entry_into_force_after_jiang_yu_in_traditional_script_is_read():
    text = "《商標法新加坡條約》於2006年3月27日通過，將於2009年3月16日起生效。\n"
    acts = _acts_on(text, "2008-06-01")
    assert ("singapore-treaty", "EntryIntoForce", [], "2009-03-16") in acts


def test_a_treaty_reaching_its_threshold_then_entering_into_force_in_traditional_script():
    text = "截至去年底，《視聽表演北京條約》達到生效條件，將於2020年4月28日正式生效。\n"
    assert ("beijing-treaty", "EntryIntoForce", [], "2020-04-28") in _acts_on(text, "2020-02-01")


def test_a_ratified_treaty_that_will_enter_into_force_on_a_date_told_in_traditional_script():
    text = "中國遞交批准書後，《馬拉喀什條約》已完成國內程序，將於2022年5月5日生效。\n"
    assert ("marrakesh-treaty", "EntryIntoForce", [], "2022-05-05") in _acts_on(text, "2022-02-05")


def _actions(text: str) -> set[str]:
    return {action for _, action, _, _ in _acts(text)}


@pytest.mark.parametrize("text", ["国务院全面部署了《区域全面经济伙伴关系协定》生效实施工作。\n",
                                  "各部门认真做好《马拉喀什条约》生效实施工作，确保条约落地。\n",
                                  "省知识产权局召开会议，研究《视听表演北京条约》生效实施工作。\n"])
def test_the_work_of_bringing_a_treaty_into_force_is_no_entry_into_force(text: str):
    assert "EntryIntoForce" not in _actions(text)


@pytest.mark.parametrize("text", ["按照规定，《商标法新加坡条约》将在十个国家交存批准书之后三个月生效。\n",
                                  "《视听表演北京条约》在30个缔约方交存批准书或加入书三个月以后生效。\n",
                                  "依照其条款，《利雅得外观设计法条约》将在十五个缔约方交存文书之后三个月生效。\n"])
def test_an_entry_into_force_after_a_condition_is_what_the_treaty_provides(text: str):
    assert _actions(text) == set()


@pytest.mark.parametrize("text", ["按照《马拉喀什条约》，世界知识产权组织20个成员国交存批准书以后，条约即生效。\n",
                                  "根据《北京条约》的规定，世界知识产权组织30个成员国交存批准书或加入书3个月之后生效。\n",
                                  "《新加坡条约》规定，世界知识产权组织十个成员国递交批准书之后，条约方能生效。\n"])
def test_deposits_a_treaty_waits_for_are_no_ratification(text: str):
    assert "Ratification" not in _actions(text)


def test_printed_variants_of_two_titles_are_the_gazetteers_treaties():
    assert _acts("1967年7月14日，51个国家在斯德哥尔摩签订了《成立世界知识产权组织公约》。\n") == [
        ("wipo-convention", "Signature", [], "1967-07-14")]
    assert _acts("中国于1980年6月3日加入《成立世界知识产权组织公约》。\n") == [
        ("wipo-convention", "Accession", ["country/CN"], "1980-06-03")]
    assert _acts("《工业品外观设计国际保存海牙协定》于1925年11月6日在海牙缔结。\n") == [
        ("hague-agreement", "Conclusion", [], "1925-11-06")]


def test_a_treaty_concluded_in_the_nineteenth_century_has_that_years_date():
    assert _acts("《保护工业产权巴黎公约》于1883年3月20日在巴黎缔结。\n") == [
        ("paris-convention", "Conclusion", [], "1883-03-20")]
    assert _acts("1883年缔结的《保护工业产权巴黎公约》至今仍是工业产权保护的基础。\n") == [
        ("paris-convention", "Conclusion", [], "1883")]
    assert _acts("一八八六年九月九日通过的《保护文学和艺术作品伯尔尼公约》是版权领域最早的公约。\n") == [
        ("berne-convention", "Adoption", [], "1886-09-09")]


@pytest.mark.parametrize(("text", "act"), [
    ("《专利合作条约》由世界知识产权组织管理，1970年6月19日在华盛顿缔结。\n", ("pct", "Conclusion", [], "1970-06-19")),
    ("《商标法新加坡条约》是商标程序的国际规则，2006年3月27日在新加坡通过。\n",
     ("singapore-treaty", "Adoption", [], "2006-03-27")),
    ("《视听表演北京条约》为表演者提供保护，2012年6月26日在北京缔结。\n",
     ("beijing-treaty", "Conclusion", [], "2012-06-26")),
])
def test_a_clause_of_a_date_and_a_place_tells_what_happened_to_the_treaty_before_it(text: str, act: tuple):
    assert _acts(text) == [act]


def test_a_bare_treaty_noun_opening_a_clause_is_the_treaty_named_last():
    assert ("singapore-treaty", "EntryIntoForce", [], "2009-03-16") in _acts(
        "《商标法新加坡条约》2006年通过。2009年3月16日，条约正式生效。\n")
    assert ("wct", "EntryIntoForce", [], "2013-11-06") in _acts(
        "《世界知识产权组织版权条约》于2002年对中国生效，条约对中国澳门特别行政区自2013年11月6日起生效。\n")


def test_a_bare_treaty_noun_after_a_word_of_membership_is_the_treaty_named_last():
    assert ("paris-convention", "Accession", ["country/TR"], "1990") in _acts(
        "中国于1985年加入《保护工业产权巴黎公约》。1990年，土耳其也成为公约成员。\n")


def test_entering_into_force_and_being_implemented_is_one_act():
    assert _actions("《海牙协定》于2022年5月5日在中国生效实施。\n") == {"EntryIntoForce"}
