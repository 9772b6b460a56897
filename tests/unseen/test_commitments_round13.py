"""Issue 16, round 13 of the commitments (patterns 6, 9 and 12), found on the dev texts added last (parts u–w) and
tested on sentences written for these tests, read by the real pipeline: a compound of country abbreviations as the
subject that signs, a headline in brackets glued in front of its first sentence, a memorandum issued jointly,
signatories listed by commas, a counted collective (3家单位) telling a named instrument again; a treaty's short name
in letters, a verb qualifying a noun behind a treaty, a treaty that stays the subject of the clauses after its own,
an instrument submitted; the people of both sides who speak for them, a province or city that pledges.
"""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges, read

# --- 6. agreements --------------------------------------------------------------------------------------------------


def test_6_a_compound_of_country_abbreviations_opening_the_subject_signs():
    found = read("2019年，中法签署知识产权合作备忘录。", "agreements")
    assert [(f.label, f.parties) for f in found] == [("知识产权合作备忘录", ["country/CN", "country/FR"])]


def test_6_a_headline_in_brackets_glued_in_front_ends_the_instrument_it_names():
    found = read("[中德就专利审查合作发表联合声明]中德两国5日在柏林就专利审查合作发表联合声明。", "agreements")
    assert [(f.label, f.parties) for f in found] == [("联合声明", ["country/CN", "country/DE"])]


def test_6_a_memorandum_issued_jointly_is_concluded_a_plan_issued_jointly_is_not():
    parties = "日前，甲省人民检察院、甲省市场监督管理局和甲省知识产权局"
    found = read(parties + "联合印发《强化商标协同保护合作备忘录》。", "agreements")
    assert [(f.type, len(f.parties)) for f in found] == [("MemorandumOfUnderstanding", 3)]
    assert read(parties + "联合印发《商标保护行动计划》。", "agreements") == []
    assert read("日前，甲省人民检察院和甲省知识产权局印发《强化商标协同保护合作备忘录》。", "agreements") == []


def test_6_signatories_listed_by_commas_each_with_body_title_and_name_all_sign():
    found = read("天津市第一中级人民法院副院长王明，天津市知识产权局局长李强出席揭牌仪式并签署"
                 "《知识产权协同保护框架协议》。", "agreements")
    assert [f.parties for f in found] == [["org/tian-jin-shi-di-yi-zhong-ji-ren-min-fa-yuan",
                                           "org/tian-jin-shi-zhi-shi-chan-quan-ju"]]
    found = read("会议由王明主持，天津市知识产权局局长李强出席并签署《知识产权协同保护框架协议》。", "agreements")
    assert [(f.parties, f.unnamed) for f in found] == [(["org/tian-jin-shi-zhi-shi-chan-quan-ju"], True)]  # session 10:
    # the chair 王明 signs nothing; the other side is unnamed, an agreement all the same


def test_6_and_12_a_counted_collective_signing_an_instrument_named_before_tells_it_again_and_pledges_for_its_sides():
    text = ("5月2日，天津市第一中级人民法院、天津市知识产权局和天津大学共同签署《知识产权协同保护框架协议》。\n\n"
            "据悉，此次3家单位共同签订知识产权协同保护框架协议，将建立联络长效机制。")
    found = read(text, "agreements")
    assert [(f.label, len(f.parties), len(f.passages)) for f in found] == [("知识产权协同保护框架协议", 3, 2)]
    court, office = "org/tian-jin-shi-di-yi-zhong-ji-ren-min-fa-yuan", "org/tian-jin-shi-zhi-shi-chan-quan-ju"
    assert [actor for actor, _ in pledges(text)] == ["org/tian-jin-da-xue", court, office]


# --- 9. treaty actions ----------------------------------------------------------------------------------------------


def acts(text: str) -> list[tuple[str, str, str | None]]:
    return [(f.treaty, f.action, f.date) for f in read(text, "treaty_actions")]


def test_9_letters_in_brackets_after_a_treaty_the_gazetteer_lacks_are_its_short_name():
    found = acts("2024年，甲国与乙国签署了《甲乙数字贸易协定》（DTA）。目前，DTA协定已于2025年3月1日生效。")
    assert ("jia-yi-shu-zi-mao-yi-xie-ding", "EntryIntoForce", "2025-03-01") in found


def test_9_a_verb_that_qualifies_a_noun_behind_the_treaty_is_no_act():
    assert acts("《甲乙数字贸易协定》生效门槛较高。") == []
    assert acts("甲国已完成《甲乙数字贸易协定》生效准备工作。") == []


def test_9_the_treaty_stays_the_subject_of_the_clauses_after_its_own():
    assert acts("《甲乙数字贸易协定》达到生效门槛，将于2026年1月1日起生效。") == [
        ("jia-yi-shu-zi-mao-yi-xie-ding", "EntryIntoForce", "2026-01-01")]



def test_9_submitting_an_instrument_is_handing_it_over_and_the_entry_into_force_after_it_is_an_act_of_its_own():
    found = acts("2024年，智利与新西兰签署了《甲乙数字贸易协定》（DTA）。\n\n"
                 "2025年，智利已正式提交核准书，DTA协定达到生效门槛，将于2026年1月1日起生效。")
    assert ("jia-yi-shu-zi-mao-yi-xie-ding", "Ratification", "2025") in found
    assert ("jia-yi-shu-zi-mao-yi-xie-ding", "EntryIntoForce", "2026-01-01") in found



def test_9_a_verb_behind_the_treaty_in_what_qualifies_an_instrument_is_no_act():
    assert acts("推进会上，相关机构签署了推动《商标法新加坡条约》实施的合作协议。") == []
    assert acts("2025年，老挝加入了《商标法新加坡条约》。会上，双方签署了推动条约实施的合作备忘录。") == [
        ("singapore-treaty", "Accession", "2025")]


# --- 12. pledges ----------------------------------------------------------------------------------------------------


def test_12_the_people_of_both_sides_speak_for_the_sides():
    for said in ("双方代表表示，将加强联系和合作。", "双方人员表示，将加强联系和合作。"):
        assert [actor for actor, _ in pledges("此次签约促进了天津大学与南开大学的合作，" + said)] == [
            "org/nan-kai-da-xue", "org/tian-jin-da-xue"]
    assert pledges("天津大学与南开大学签署合作协议，巴西代表表示，将加强合作。") == [("country/BR", "将加强合作")]


def test_12_a_province_or_city_that_pledges_is_a_body_of_its_own():
    assert pledges("接下来，漳州将做好地理标志统一认定工作。") == [("org/zhang-zhou", "漳州将做好地理标志统一认定工作")]
    assert [actor for actor, _ in pledges("同时，莆田市、宁德市将与厦门海关共建执法协作机制。")] == [
        "org/ning-de-shi", "org/pu-tian-shi"]
    assert pledges("接下来，甲地将做好地理标志统一认定工作。") == []
