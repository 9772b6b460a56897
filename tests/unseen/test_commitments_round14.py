"""Issue 16, round 14 of the commitments (pattern 6), found on the dev texts: an instrument named a 合作机制 (the
synonym of 协作机制), and signatories listed each by body, title and name whose last clause ends in a verb of
attending before a comma and a subject-less 并签署. Sentences written for these tests, read by the real pipeline.
"""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read

COURT, OFFICE = "org/tian-jin-shi-di-yi-zhong-ji-ren-min-fa-yuan", "org/tian-jin-shi-zhi-shi-chan-quan-ju"


def test_6_a_cooperation_mechanism_signed_is_an_agreement_one_set_up_is_not():
    found = read("6月3日，天津市第一中级人民法院与天津市知识产权局签署《知识产权协同保护合作机制》。", "agreements")
    assert [(f.label, f.type, f.parties) for f in found] == [
        ("知识产权协同保护合作机制", "CooperationAgreement", [COURT, OFFICE])]
    assert read("6月3日，天津市第一中级人民法院与天津市知识产权局建立健全合作机制。", "agreements") == []
    assert read("他表示，中法两局合作机制运行良好。", "agreements") == []  # named in passing: a standing arrangement


def test_6_signatories_listed_before_an_attending_clause_sign_after_its_comma():
    found = read("6月3日，天津市第一中级人民法院副院长王明，天津市知识产权局局长李强参加，"
                 "并签署《知识产权协同保护合作机制》。", "agreements")
    assert [f.parties for f in found] == [[COURT, OFFICE]]
    found = read("6月3日，会议由王明主持，天津市知识产权局局长李强参加，并签署《知识产权协同保护合作机制》。",
                 "agreements")
    assert [(f.parties, f.unnamed) for f in found] == [([OFFICE], True)]  # the chair signs nothing (session 10: the
    # other side is unnamed, an agreement all the same)


def test_6_people_introduced_with_body_and_title_and_named_again_alone_sign_for_their_bodies():
    introduced = "10月15日，天津市知识产权局局长李强出席。天津大学校长王明出席。"
    found = read(introduced + "仪式最后，李强与王明共同签署了专利信息合作的协议。", "agreements")
    assert [f.parties for f in found] == [["org/tian-jin-shi-zhi-shi-chan-quan-ju", "org/tian-jin-da-xue"]]
    found = read("10月15日，天津市知识产权局局长李强出席。仪式最后，李强与王明共同签署了专利信息合作的协议。",
                 "agreements")
    assert [f.unnamed for f in found] == [True]  # 王明 was never introduced: his body is unknown, no party named


def test_6_an_instrument_negotiated_to_be_signed_is_an_announced_agreement():
    found = read("会上，国家知识产权局与欧盟委员会商签《知识产权合作谅解备忘录》。", "agreements")
    assert [(f.label, f.type, f.date, len(f.parties)) for f in found] == [
        ("知识产权合作谅解备忘录", "MemorandumOfUnderstanding", None, 2)]
    found = read("甲方建议，保持国家知识产权局与欧盟委员会的直接沟通，谈签《关于地理标志保护的联合声明》等合作文件。",
                 "agreements")
    assert [f.label for f in found] == ["关于地理标志保护的联合声明"]
