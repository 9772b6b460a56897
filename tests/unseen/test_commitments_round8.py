"""Issue 16, round 8 of the commitments (patterns 6, 9 and 12), on sentences written for these tests (not taken from
any evaluation text), read by the real pipeline — passages, spaCy mentions, resolution, the registry's extractors — as
a report of 2025 with no author would be: agreements told with other verbs (签下, copies exchanged), an instrument
name holding such a verb, signatories after 由, a clause with its own counterpart after a pair, a ceremony's name
opening with its parties, a count of instruments, more instrument nouns, traditional script, a dateline's outlet;
treaty actions negated, appealed for, foretold, set as a condition, or named as the ground or frame of an act;
pledges of every side (各方, 与会各方), of a speaker who says 说, of a collective counting a compound said before, of
a collective opening an earlier clause (…，表示将…), of 两地海关.
"""

from __future__ import annotations

from tests.unseen.test_commitments_round4 import actions
from tests.unseen.test_commitments_round5 import pledges, read


def agreements(text: str) -> list[tuple[str, list[str]]]:
    return [(f.label, sorted(f.parties)) for f in read(text, "agreements")]


# --- 6. agreements ---------------------------------------------------------------------------------------------------

def test_6_qianxia_signs():
    assert agreements("6月3日，国家知识产权局与世界知识产权组织签下《专利审查合作协议》。") == [
        ("专利审查合作协议", ["org/CNIPA", "org/WIPO"])]


def test_6_exchanging_the_copies_of_an_instrument_signs_it_but_exchanging_views_signs_nothing():
    assert agreements("5月8日，欧洲专利局和日本特许厅互换了《审查高速路合作备忘录》文本。") == [
        ("审查高速路合作备忘录", ["org/EPO", "org/JPO"])]
    assert agreements("5月8日，欧洲专利局和日本特许厅交换了审查合作备忘录文本。") == [
        ("审查合作备忘录", ["org/EPO", "org/JPO"])]
    assert agreements("5月8日，欧洲专利局与日本特许厅深入交换意见商定明年的工作安排。") == []


def test_6_a_verb_of_signing_inside_an_instruments_name_signs_no_second_instrument():
    found = agreements("会上，国家知识产权局与世界知识产权组织签署了《人才培养合作协议》和《数据交换谅解备忘录》。")
    assert [label for label, _ in found] == ["人才培养合作协议", "数据交换谅解备忘录"]


def test_6_an_instrument_signed_by_an_agent_after_you_names_its_parties_there():
    assert agreements("《专利审查合作谅解备忘录》由国家知识产权局与欧洲专利局共同签署。") == [
        ("专利审查合作谅解备忘录", ["org/CNIPA", "org/EPO"])]


def test_6_a_clause_with_its_own_counterpart_goes_on_with_the_subject_alone_not_the_pair_before():
    found = agreements("5月8日，国家知识产权局与欧洲专利局签订双边合作协议，并与日本特许厅签署合作备忘录。")
    assert found == [("双边合作协议", ["org/CNIPA", "org/EPO"]), ("合作备忘录", ["org/CNIPA", "org/JPO"])]


def test_6_the_parties_an_unquoted_name_opens_with_before_its_ceremony_are_its_parties_not_its_name():
    assert agreements("5月8日，国家知识产权局与欧洲专利局战略合作框架协议签约仪式在京举行。") == [
        ("战略合作框架协议", ["org/CNIPA", "org/EPO"])]


def test_6_a_count_of_instruments_is_no_part_of_the_name():
    found = agreements("5月8日，国家知识产权局与欧洲专利局签订了两项合作协议。")
    assert found == [("合作协议", ["org/CNIPA", "org/EPO"])]


def test_6_a_common_statement_minutes_of_any_talks_and_a_plan_in_taiwanese_wording_are_instruments():
    kinds = {f.label: f.type for text in ("5月8日，国家知识产权局与欧洲专利局签署《关于专利审查合作的共同声明》。",
                                          "5月9日，国家知识产权局与欧洲专利局签署了会商纪要。",
                                          "5月10日，国家知识产权局与欧洲专利局签署《2025年度合作計畫》。")
             for f in read(text, "agreements")}
    assert kinds == {"关于专利审查合作的共同声明": "JointStatement", "会商纪要": "Minutes",
                     "2025年度合作計畫": "WorkPlan"}


def test_6_the_outlet_of_a_dateline_with_a_place_and_date_is_no_subject_a_later_clause_goes_on_with():
    found = agreements("新华社北京5月8日专电（记者王五）5月8日，国家知识产权局不但与欧洲专利局签署合作协议，"
                       "而且与日本特许厅签署了谅解备忘录。")
    assert found == [("合作协议", ["org/CNIPA", "org/EPO"]), ("谅解备忘录", ["org/CNIPA", "org/JPO"])]


def test_6_words_of_signing_read_in_traditional_script_too():
    assert agreements("5月8日，國家知識產權局與歐洲專利局達成《專利審查合作協議》。") == [
        ("專利審查合作協議", ["org/CNIPA", "org/EPO"])]
    found = agreements("5月9日，國家知識產權局與歐洲專利局簽署了一項合作協議。")
    assert found == [("合作協議", ["org/CNIPA", "org/EPO"])]


# --- 9. treaty actions -----------------------------------------------------------------------------------------------

def test_9_a_negated_action_is_none():
    assert actions("我国尚未加入《海牙协定》，但正在开展相关研究。") == set()
    assert actions("那时中国还没有签署《海牙协定》。") == set()


def test_9_an_appeal_to_others_or_help_for_them_is_no_action_of_the_one_who_appeals():
    assert actions("世界知识产权组织呼吁各国尽快批准《北京条约》。") == set()
    assert actions("世界知识产权组织秘书处协助成员国实施《马拉喀什条约》。") == set()
    assert actions("推动更多国家加入《马拉喀什条约》。") == set()


def test_9_an_action_behind_the_treaty_that_a_forecast_takes_as_topic_or_that_sets_a_condition_is_none():
    assert actions("《马拉喀什条约》的实施将惠及视障者。") == set()
    assert actions("《北京条约》生效后，表演者的权利将得到更好保护。") == set()


def test_9_a_dated_entry_into_force_told_before_what_followed_is_still_an_action():
    assert actions("《北京条约》于2020年4月28日生效后，各国开始修订国内法。") == {("beijing-treaty", "EntryIntoForce")}


def test_9_a_treaty_named_as_the_ground_or_the_frame_of_an_act_is_not_the_object_of_the_verb_behind_it():
    assert actions("两局在《专利合作条约》框架下实施了多个合作项目。") == set()
    assert actions("按照《马拉喀什条约》签署的合作安排，双方交换无障碍格式版。") == set()
    assert actions("《马拉喀什条约》实施以来，视障者获得的作品持续增加。") == {("marrakesh-treaty", "Implementation")}


# --- 12. pledges -----------------------------------------------------------------------------------------------------

def test_12_every_side_is_each_actor_of_the_last_list():
    said = pledges("国家知识产权局、欧洲专利局与日本特许厅举行会谈。与会各方表示，将共同推动专利审查合作。")
    assert sorted(actor for actor, _ in said) == ["org/CNIPA", "org/EPO", "org/JPO"]
    assert sorted(actor for actor, _ in pledges("国家知识产权局与欧洲专利局举行会谈。各方愿继续深化合作。")) == [
        "org/CNIPA", "org/EPO"]


def test_12_a_speaker_who_says_shuo_opens_his_words_and_we_is_his_office():
    found = read("欧洲专利局局长安东尼奥说：“我们将继续加强与中方的合作。”", "pledges")
    assert [f.actor for f in found] == ["org/EPO"]


def test_12_a_collective_counts_the_countries_of_a_compound_earlier_in_its_passage():
    said = pledges("中日韩三国知识产权局局长会议在东京举行。三方同意将继续深化合作。")
    assert sorted(actor for actor, _ in said) == ["country/CN", "country/JP", "country/KR"]


def test_12_next_steps_as_the_topic_are_no_cue_and_a_bare_verb_of_speech_is_no_subject():
    text = "国家知识产权局与欧洲专利局举行会谈。会谈中，双方还就下一步合作进行了讨论，表示将在审查员交流方面加强合作。"
    found = read(text, "pledges")
    assert {f.quote for f in found} == {"表示将在审查员交流方面加强合作"}
    assert sorted(f.actor for f in found) == ["org/CNIPA", "org/EPO"]


def test_12_the_customs_of_two_places_are_the_two_customs_named_before():
    said = pledges("香港海关与深圳海关举行执法合作会议。两地海关表示，会继续加强执法合作。")
    assert len({actor for actor, _ in said}) == 2
