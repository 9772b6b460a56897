"""Treaty actions, session 18 round 1 (tr21). Every sentence here was written for these tests, none copied from an
evaluation text or a probe; each runs the real pipeline and each failed on main.

A clause of a date, a place after 于 and a closing verb after a treaty's own tells what happened to it, and 签订 and
订立 are such verbs (，1977年4月28日于布达佩斯签订). A treaty applied to a territory (适用于澳门特别行政区,
延伸至) is applied by the state bound by it: an Implementation, unless denied (暂不适用), only proposed (适用于香港的
建议) or the topic of a forecast. A bare treaty noun printed as a title of its own (加入《条约》) or after a pointing
word (该《公约》) is the treaty named last like it. A count of parties as the subject (已有67个国家批准…) tallies the
treaty's parties: an act of nobody named, so none. A negation in front of the verb (不再能仅加入) denies it."""

from __future__ import annotations

import pytest

from tests.unseen.test_treaties_s16 import _acts


def _told(text: str) -> set[tuple[str, str]]:
    return {(treaty, action) for treaty, action, _, _ in _acts(text)}


@pytest.mark.parametrize(("text", "act"), [
    ("《国际承认用于专利程序的微生物保存布达佩斯条约》，1977年4月28日于布达佩斯签订，1980年8月19日生效。\n",
     ("budapest-treaty", "Signature", [], "1977-04-28")),
    ("《国际承认用于专利程序的微生物保存布达佩斯条约》，1977年4月28日于布达佩斯签订，1980年8月19日生效。\n",
     ("budapest-treaty", "EntryIntoForce", [], "1980-08-19")),
    ("《商标法条约》于1994年10月27日在日内瓦订立，是简化商标注册手续的国际条约。\n",
     ("trademark-law-treaty", "Conclusion", [], "1994-10-27")),
    ("商标国际注册体系始于《商标国际注册马德里协定》。该协定于1891年4月14日签订，此后多次修订。\n",
     ("madrid-agreement", "Signature", [], "1891-04-14")),
])
def test_a_clause_of_a_date_a_place_and_a_closing_verb_tells_what_happened_to_the_treaty(text, act):
    acts = _acts(text)
    assert act[:2] in {(t, a) for t, a, _, _ in acts}
    assert act[3] in {d for t, a, _, d in acts if (t, a) == act[:2]}


@pytest.mark.parametrize("text", [
    "根据中央人民政府的通知，《世界知识产权组织表演和录音制品条约》自2014年起适用于澳门特别行政区。\n",
    "《商标国际注册马德里协定有关议定书》已于2020年延伸至澳门地区。\n",
    "经中央人民政府同意，《专利合作条约》亦适用于香港特别行政区。\n",
])
def test_a_treaty_applied_to_a_territory_is_implemented_there(text):
    assert any(action == "Implementation" for _, action in _told(text))


@pytest.mark.parametrize("text", [
    "在中央人民政府另行通知前，《马拉喀什条约》暂不适用于澳门特别行政区。\n",
    "特区政府正研究《专利合作条约》适用于香港的可行性。\n",
    "业界普遍认为，《海牙协定》适用于香港将有助于设计产业发展。\n",
])
def test_a_treaty_not_applied_or_only_proposed_for_a_territory_is_not_implemented(text):
    assert not any(action == "Implementation" for _, action in _told(text))


@pytest.mark.parametrize("text", [
    "截至2023年底，已有90多个国家批准《马拉喀什条约》。\n",
    "迄今已有115个成员加入《商标国际注册马德里协定有关议定书》。\n",
    "目前有30个缔约国签署了《视听表演北京条约》。\n",
    "截至2024年3月，已有 45个成员国批准《商标法新加坡条约》。\n",
])
def test_a_count_of_parties_as_the_subject_is_no_act(text):
    assert _acts(text) == []


def test_a_count_after_named_parties_leaves_their_act():
    text = "中国、日本等15个国家签署了《区域全面经济伙伴关系协定》。\n"
    actors = {actor for _, action, who, _ in _acts(text) if action == "Signature" for actor in who}
    assert {"country/CN", "country/JP"} <= actors


@pytest.mark.parametrize("text", [
    "2017年3月，该联盟大会决定，新成员今后不能仅加入《商标国际注册马德里协定》。\n",
    "会议决定于2019年起缔约方不得再单独批准《保护文学和艺术作品伯尔尼公约》的旧文本。\n",
    "理事会2020年决定，该国不再加入《专利合作条约》。\n",
])
def test_a_negation_in_front_of_the_verb_denies_a_decided_act(text):
    assert _acts(text) == []


@pytest.mark.parametrize("text", [
    "《视听表演北京条约》于2012年缔结。工作组审议并批准了秘书处起草的《条约》行政条款。\n",
    "会议审议通过了《视听表演北京条约》行政条款和最后条款。\n",
    "理事会批准了《商标国际注册马德里协定有关议定书》附件中的费用表。\n",
    "工作组批准了《工业品外观设计国际注册海牙协定》序言的中文译本。\n",
])
def test_a_verb_in_front_of_a_part_of_the_treaty_acts_on_the_part(text):
    assert not {action for _, action in _told(text)} & {"Ratification", "Adoption"}


@pytest.mark.parametrize(("text", "acts"), [
    ("《国际植物新品种保护公约》，简称UPOV公约，是1961年12月2日在巴黎签订的，1968年8月10日生效。\n",
     {("upov-convention", "Signature", "1961-12-02"), ("upov-convention", "EntryIntoForce", "1968-08-10")}),
    ("伯尔尼公约，全称为《保护文学和艺术作品伯尔尼公约》（英文：Berne Convention），1886年9月9日于伯尔尼签订，"
     "1887年12月5日生效。\n",
     {("berne-convention", "Signature", "1886-09-09"), ("berne-convention", "EntryIntoForce", "1887-12-05")}),
    ("《商标法条约》于1994年10月27日在日内瓦通过，旨在简化各国商标注册程序，1996年8月1日生效。\n",
     {("trademark-law-treaty", "EntryIntoForce", "1996-08-01")}),
])
def test_clauses_that_name_no_one_keep_the_treaty_the_subject_of_the_clauses_after(text, acts):
    assert acts <= {(treaty, action, date) for treaty, action, _, date in _acts(text)}


def test_a_closing_clause_may_close_with_the_territory_a_treaty_is_applied_to():
    text = "《专利合作条约》于1994年1月1日对中国生效，同时适用于澳门特别行政区，暂不适用于香港特区。\n"
    assert [(t, a) for t, a, _, _ in _acts(text) if a == "Implementation"] == [("pct", "Implementation")]


def test_a_treaty_that_does_not_apply_to_a_territory_is_not_implemented_there():
    text = "《马拉喀什条约》现时并不适用于澳门特区，特区政府将修改相关法律。\n"
    assert _acts(text) == []


@pytest.mark.parametrize(("text", "act"), [
    # a bare treaty noun printed as a title (加入该《条约》) is the treaty named last like it
    ("《专利合作条约》于1970年在华盛顿缔结。我国于1993年加入该《条约》。\n",
     ("pct", "Accession", ["country/CN"], "1993")),
    ("本文所称《视听表演北京条约》是保护表演者的国际条约。中国于2014年批准《条约》。\n",
     ("beijing-treaty", "Ratification", ["country/CN"], "2014")),
    ("《伯尔尼公约》于1886年缔结；1992年，中国加入上述《公约》。\n",
     ("berne-convention", "Accession", ["country/CN"], "1992")),
    # so it is a passage later
    ("《马拉喀什条约》于2013年通过。\n《条约》旨在便利阅读障碍者获取作品。\n2022年，中国批准《条约》。\n",
     ("marrakesh-treaty", "Ratification", ["country/CN"], "2022")),
    ("《商标法新加坡条约》于2006年通过。\n《条约》简化了商标注册程序。\n2009年3月16日，《条约》正式生效。\n",
     ("singapore-treaty", "EntryIntoForce", [], "2009-03-16")),
    ("《伯尔尼公约》是最早的版权公约之一。\n《公约》保护文学艺术作品。\n1992年，中国加入《公约》。\n",
     ("berne-convention", "Accession", ["country/CN"], "1992")),
    # a closing clause names the state a treaty comes into force for (，2022年5月5日对中国生效)
    ("《马拉喀什条约》于2013年6月27日通过，2022年5月5日对中国生效。\n",
     ("marrakesh-treaty", "EntryIntoForce", ["country/CN"], "2022-05-05")),
    ("《专利合作条约》于1970年在华盛顿缔结，并于1994年1月1日对中国生效。\n",
     ("pct", "EntryIntoForce", ["country/CN"], "1994-01-01")),
    ("《商标法新加坡条约》于2006年通过，2009年3月16日生效，且自2023年3月1日起对土耳其生效。\n",
     ("singapore-treaty", "EntryIntoForce", ["country/TR"], "2023-03-01")),
])
def test_an_act_told_in_one_of_these_shapes_is_read(text, act):
    assert act in _acts(text)
