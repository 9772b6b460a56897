"""Issue 16, round 12 of the commitments (patterns 9 and 12), found on the newest annotated dev texts and tested on
sentences written for these tests, read by the real pipeline: a state that joins a body a treaty establishes
(加入国际植物新品种保护联盟) accedes to that treaty.
"""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges, read


def acts(text: str) -> list[tuple[str, str, list[str], str | None]]:
    return [(f.treaty, f.action, f.actors, f.date) for f in read(text, "treaty_actions")]


# --- 9. treaty actions ----------------------------------------------------------------------------------------------


def test_9_joining_the_union_a_convention_establishes_is_acceding_to_the_convention():
    assert acts("老挝于2021年加入了国际植物新品种保护联盟，成为其第78个成员。") == [
        ("upov-convention", "Accession", ["country/LA"], "2021")]
    assert acts("1980年，中国加入世界知识产权组织。") == [("wipo-convention", "Accession", ["country/CN"], "1980")]


def test_9_a_body_that_only_administers_a_treaty_or_is_named_without_joining_is_no_accession():
    assert acts("老挝代表团于2021年访问了世界知识产权组织。") == []
    assert acts("老挝于2021年加入了亚洲开发银行。") == []


# --- 6. agreements --------------------------------------------------------------------------------------------------


def test_6_a_half_width_bracket_after_the_instrument_glosses_it_as_a_full_width_one_does():
    found = read("天津市知识产权局与天津大学签订战略合作协议(协议)，共建专利导航服务基地。", "agreements")
    assert [(f.label, len(f.parties)) for f in found] == [("战略合作协议", 2)]


def test_6_an_instrument_name_never_runs_over_another_verb_of_signing():
    found = read("天津大学与天津市知识产权局签署合作协议天津市知识产权局6月2日与天津大学签署战略合作协议(协议)。",
                 "agreements")
    assert all("签署" not in f.label for f in found) and found


# --- 12. pledges ----------------------------------------------------------------------------------------------------


def test_12_a_forecast_after_a_verb_of_foreseeing_is_no_pledge():
    assert pledges("中国版权协会会长表示，可以预见短视频领域的版权纠纷将不断增多。") == []
    assert pledges("中国版权协会秘书长表示，预计明年的登记量将超过十万件。") == []


def test_12_the_effect_of_an_act_named_as_the_subject_is_no_pledge():
    assert pledges("天津市副市长李明表示，此次产业知识产权联盟的成立将进一步提升企业创新能力。") == []
    assert pledges("天津市副市长李明表示，天津市知识产权局将进一步提升企业创新能力。") == [
        ("org/tian-jin-shi-zhi-shi-chan-quan-ju", "天津市知识产权局将进一步提升企业创新能力")]


def test_12_jiang_ke_tells_a_possibility_not_a_commitment():
    assert pledges("世界知识产权组织副总干事表示，中小企业用好专利制度，将可在竞争中赢得主动。") == []


def test_12_lieru_after_jiang_marks_an_object_like_naru():
    assert pledges("报告指出，欧盟将数字版权列入优先事项。") == []


def test_12_agreeing_followed_by_a_word_of_the_future_or_of_later_is_a_pledge_of_both_sides():
    assert pledges("国家知识产权局与世界知识产权组织举行会谈。双方同意今后在数据交换领域开展合作。") == [
        ("org/CNIPA", "双方同意今后在数据交换领域开展合作"), ("org/WIPO", "双方同意今后在数据交换领域开展合作")]
    assert pledges("国家知识产权局与世界知识产权组织举行会谈。双方同意会谈纪要的内容。") == []


def test_12_a_clause_with_no_subject_after_a_signing_goes_on_with_the_signatories():
    for text in ("天津市知识产权局6月2日与天津大学签订战略合作协议，承诺将共同推进成果转化。",
                 "6月2日，天津大学与天津市知识产权局在津签订战略合作协议，承诺将共同推进成果转化。"):
        assert [actor for actor, _ in pledges(text)] == ["org/tian-jin-da-xue", "org/tian-jin-shi-zhi-shi-chan-quan-ju"]


def test_12_a_pronoun_before_a_verb_of_speech_is_the_person_named_last_in_the_sentence():
    welcome = "甲市知识产权局局长李明对王彬颖女士的来访表示欢迎，愿与世界知识产权组织深化合作。"
    said = "王彬颖女士高度评价中国取得的成绩，她表示将把中国的经验分享给更多成员国。"
    assert pledges(welcome + "世界知识产权组织副总干事" + said) == [
        ("org/WIPO", "她表示将把中国的经验分享给更多成员国"),
        ("org/jia-shi-zhi-shi-chan-quan-ju", "愿与世界知识产权组织深化合作")]
    assert pledges(welcome + said) == [
        ("org/jia-shi-zhi-shi-chan-quan-ju", "愿与世界知识产权组织深化合作")]  # whom she is of is not told
