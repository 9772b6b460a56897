"""Issue 16, round 6 of the commitments (patterns 6, 9 and 12), on sentences written for these tests (not taken from
any evaluation text), read by the real pipeline — passages, spaCy mentions, resolution, the registry's extractors — as
a report of 2025 with no author would be: agreements signed 共同 by a collective, by a list of places closed by a
count and a shared head, by a subject told as 作为…; pledges whose 将 is "will" before an adverb, and segments after ；
that report the speaker's next words.
"""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges, read

# --- 6. agreements ---------------------------------------------------------------------------------------------------

def test_6_the_tong_of_gongtong_is_no_with_and_the_collective_signs_one_instrument():
    found = read("3月4日，国家知识产权局与世界知识产权组织举行会谈。会上，双方共同揭牌成立联合研究中心并签订合作协议。",
                 "agreements")
    assert [(f.label, sorted(f.parties)) for f in found] == [("合作协议", ["org/CNIPA", "org/WIPO"])]


def test_6_a_list_of_places_closed_by_a_count_shares_the_head_after_the_count():
    found = read("2025年4月8日，青岛中院作为牵头单位，与烟台、潍坊、威海等三市中院共同签署"
                 "《海洋知识产权司法协作框架协议》。",
                 "agreements")
    assert len(found) == 1
    names = sorted(p.rsplit("/", 1)[-1] for p in found[0].parties)
    assert names == sorted(["qing-dao-zhong-ji-ren-min-fa-yuan", "yan-tai-shi-zhong-ji-ren-min-fa-yuan",
                            "wei-fang-shi-zhong-ji-ren-min-fa-yuan", "wei-hai-shi-zhong-ji-ren-min-fa-yuan"])
    # 中院 is written in full in a key (short_forms.tsv), so 青岛中院 and 青岛市中级人民法院 are one node
    assert found[0].date == "2025-04-08"


# --- 12. pledges -----------------------------------------------------------------------------------------------------

def test_12_will_before_an_adverb_is_will_even_with_an_object_word_later():
    quote = "双方将充分利用在科研成果转化方面的优势"
    assert pledges(f"国家知识产权局与世界知识产权组织签署备忘录。{quote}。") == [
        ("org/CNIPA", quote), ("org/WIPO", quote)]


def test_12_a_segment_after_a_semicolon_that_reports_the_next_words_is_no_more_of_the_pledge():
    found = pledges("國家知識產權局局長在會上致辭時表示，國家知識產權局將加強對外合作；"
                    "並指，有關規劃已經提出建設區域中心。")
    assert [quote for _, quote in found] == ["國家知識產權局將加強對外合作"]


def test_6_signing_told_after_the_title_with_only_lead_words_between():
    found = read("2025年6月3日，国家知识产权局与世界知识产权组织举行会谈，《关于加强数据合作的谅解备忘录》正式签署。",
                 "agreements")
    assert [(f.type, f.label, sorted(f.parties), f.date) for f in found] == [
        ("MemorandumOfUnderstanding", "关于加强数据合作的谅解备忘录", ["org/CNIPA", "org/WIPO"], "2025-06-03")]


def test_6_a_roadmap_is_a_work_plan():
    found = read("2025年9月1日，国家知识产权局与世界知识产权组织签署《数字化合作路线图》。", "agreements")
    assert [(f.type, f.label) for f in found] == [("WorkPlan", "数字化合作路线图")]


def test_12_a_hope_in_either_wording_is_no_pledge():
    assert pledges("国家知识产权局局长表示，期望双方将进一步加强合作；盼望明年的会议将取得成功。") == []


def test_12_becoming_something_is_a_forecast_not_a_pledge():
    assert pledges("世界知识产权组织总干事表示，上海将继续成为亚洲重要的知识产权交易中心。") == []


def test_12_a_cue_in_a_headline_glued_in_front_of_the_dateline_is_the_body_told_in_short():
    found = pledges("论坛在京开幕 国家知识产权局将推出新服务 新华社北京3月2日电(记者王明)论坛2日在京开幕。"
                    "国家知识产权局将于下月推出一套新的检索服务。")
    assert found == [("org/CNIPA", "国家知识产权局将于下月推出一套新的检索服务")]


def test_6_officials_signing_for_their_governments_make_their_states_the_parties():
    found = read("2025年3月5日，中国驻越南大使和越南科技部部长分别代表本国政府签署了《中越知识产权合作谅解备忘录》。",
                 "agreements")
    assert [(f.label, sorted(f.parties)) for f in found] == [
        ("中越知识产权合作谅解备忘录", ["country/CN", "country/VN"])]


def test_12_zhili_without_yu_is_a_cue_of_the_sentence_subject():
    assert pledges("海关关长表示，深圳海关成立知识产权保护联盟，致力打造跨境执法平台。") == [
        ("org/shen-zhen-hai-guan", "致力打造跨境执法平台")]


def test_12_a_programme_announced_before_its_list_makes_every_item_a_pledge():
    found = pledges("局长指出，国家知识产权局明年将做好三方面工作：一是完善审查制度；二是致力于加强保护；"
                    "三是发挥主场优势，办好国际会议。")
    assert sorted(quote for _, quote in found) == sorted([
        "国家知识产权局明年将做好三方面工作：一是完善审查制度", "二是致力于加强保护", "三是发挥主场优势，办好国际会议"])
    assert {actor for actor, _ in found} == {"org/CNIPA"}


def test_12_an_item_of_a_list_begun_without_a_cue_is_no_pledge():
    found = pledges("国家知识产权局今年开展三项工作：一是完善制度；二是将加强保护；三是办好会议。")
    assert found == [("org/CNIPA", "二是将加强保护")]


def test_12_a_bare_clause_after_a_hope_is_more_of_the_hope_but_one_joined_by_bing_is_the_speakers():
    assert pledges("国家知识产权局副局长表示，期待双方以此为契机，将合作推向新高度。") == []
    assert pledges("国家知识产权局副局长表示，希望双方深化合作，并将继续支持相关工作。") == [
        ("org/CNIPA", "并将继续支持相关工作")]


# --- 9. treaty actions -----------------------------------------------------------------------------------------------

def test_9_a_treaty_opening_its_clause_is_adopted_by_the_verb_that_closes_it_and_enters_into_force_after_a_comma():
    found = read("《视听表演北京条约》于2012年6月在北京通过，2020年4月28日生效。", "treaty_actions")
    assert sorted((f.treaty, f.action, f.date) for f in found) == [
        ("beijing-treaty", "Adoption", "2012-06"), ("beijing-treaty", "EntryIntoForce", "2020-04-28")]


def test_9_tongguo_through_a_treaty_or_after_it_with_more_words_is_no_adoption():
    assert read("《视听表演北京条约》通过保护表演者权利，促进了文化产业发展。", "treaty_actions") == []


def test_9_an_action_that_is_the_topic_of_a_forecast_did_not_happen():
    assert read("专家认为，加入《工业品外观设计国际注册海牙协定》将有助于企业开拓海外市场。", "treaty_actions") == []


def test_6_an_instrument_named_in_passing_with_its_parties_in_its_name_is_theirs_undated():
    found = read("自中越两国政府间知识产权合作谅解备忘录签署以来，两国合作不断深化。", "agreements")
    assert [(f.label, sorted(f.parties), f.date) for f in found] == [
        ("中越两国政府间知识产权合作谅解备忘录", ["country/CN", "country/VN"], None)]
    found = read("会上，双方回顾了“中法知识产权合作路线图”的执行情况。", "agreements")
    assert [(f.type, f.label, f.date) for f in found] == [("WorkPlan", "中法知识产权合作路线图", None)]


def test_6_a_name_in_passing_is_not_told_again_when_signed_nor_read_from_a_signing_clause():
    found = read("2025年2月3日，国家知识产权局与日韩分别签署双边合作备忘录；中法双方签署了《中法合作备忘录》。",
                 "agreements")
    assert sorted((f.label, f.date) for f in found) == [
        ("中法合作备忘录", "2025-02-03"), ("双边合作备忘录", "2025-02-03"), ("双边合作备忘录", "2025-02-03")]


def test_6_a_cooperation_plan_is_a_work_plan_and_qianyue_signs():
    found = read("2025年4月，国家知识产权局与世界知识产权组织签约《2025年合作计划》。", "agreements")
    assert [(f.type, f.label, sorted(f.parties)) for f in found] == [
        ("WorkPlan", "2025年合作计划", ["org/CNIPA", "org/WIPO"])]


def test_12_a_bracketed_other_name_between_the_actor_and_the_cue_is_no_distance():
    found = pledges("2025年5月，国家知识产权局和世界知识产权组织(产权组织)将共同举办培训班。")
    assert sorted(actor for actor, _ in found) == ["org/CNIPA", "org/WIPO"]


def test_12_a_collective_counts_the_bodies_of_the_people_who_signed_for_the_sides():
    found = pledges("2025年3月，中国贸促会和联合国教科文组织的代表出席仪式。鹿儿岛直人和况旭代表双方签署合作协议。"
                    "双方将在数据交换方面开展合作。")
    assert sorted(actor for actor, _ in found) == ["org/JPO", "org/SAMR-EIB"]


def test_12_a_collective_counts_the_sides_enumerated_paragraphs_before():
    found = pledges("9月5日，香港海关、深圳海关、澳门海关在香港举行执法合作会议。\n\n世界海关组织代表应邀出席。\n\n"
                    "会上回顾了合作成果。\n\n三地海关承诺共同打击跨境侵权。")
    assert len(found) == 3 and "org/xiang-gang-hai-guan" in {actor for actor, _ in found}
