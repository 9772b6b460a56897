"""Issue 16, round 7 of the commitments (patterns 6 and 12), on sentences written for these tests (not taken from
any evaluation text), read by the real pipeline — passages, spaCy mentions, resolution, the registry's extractors — as
a report of 2025 with no author would be: an instrument told again (该协议是…签署的首个…协议; its short name after
以下简称; a headline and the body; the bare noun a collective signs), named before its signing ceremony or as a
协作机制, signed jointly; a dateline's outlet that opens the sentence; the objects of one pledge listed after ；,
双方 after an agreement standing for its signatories, 同意就…, and 两院.
"""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges, read

# --- 6. agreements ---------------------------------------------------------------------------------------------------

def test_6_an_anaphor_and_an_instrument_noun_opening_a_sentence_tell_the_instrument_again():
    found = read("5月6日，国家知识产权局与世界知识产权组织签署《数据交换合作协议》。"
                 "该协议是双方在数字领域签署的第一份专门合作协议，涵盖三个方面。", "agreements")
    assert [(f.label, sorted(f.parties)) for f in found] == [("数据交换合作协议", ["org/CNIPA", "org/WIPO"])]


def test_6_a_short_name_after_yixia_jiancheng_is_no_second_instrument():
    found = read("6月2日，国家知识产权局与世界知识产权组织签署了《关于地理标志保护的合作备忘录》(以下简称《备忘录》)。",
                 "agreements")
    assert [f.label for f in found] == ["关于地理标志保护的合作备忘录"]


def test_6_the_outlet_of_a_dateline_opening_the_sentence_is_no_party():
    found = read("知产网讯 近日，国家知识产权局副局长率团访问日内瓦，"
                 "与世界知识产权组织举行会谈并签署了《人员交流合作协议》。", "agreements")
    assert [sorted(f.parties) for f in found] == [["org/CNIPA", "org/WIPO"]]


def test_6_an_instrument_named_without_quotes_before_its_signing_ceremony_is_signed():
    found = read("3月9日，国家知识产权局与世界知识产权组织举行审查协作框架协议签订仪式。", "agreements")
    assert [(f.label, sorted(f.parties)) for f in found] == [("审查协作框架协议", ["org/CNIPA", "org/WIPO"])]


def test_6_an_instrument_on_which_the_signatories_sign_runs_back_to_zai():
    found = read("国家知识产权局局长与世界知识产权组织总干事在人才交流合作协议上签字。", "agreements")
    assert [f.label for f in found] == ["人才交流合作协议"]


def test_6_a_cooperation_mechanism_signed_as_a_title_is_an_instrument():
    found = read("4月1日，国家知识产权局与世界知识产权组织签订了《商标审查协作机制》。", "agreements")
    assert [(f.label, f.type) for f in found] == [("商标审查协作机制", "CooperationAgreement")]


def test_6_counterparts_that_sign_jointly_sign_one_instrument():
    found = read("5月5日，国家知识产权局与世界知识产权组织、欧洲专利局联合举行数据共享合作协议签约仪式。", "agreements")
    assert [sorted(f.parties) for f in found] == [["org/CNIPA", "org/EPO", "org/WIPO"]]


def test_6_a_headline_a_dated_body_and_a_collective_signing_the_bare_noun_make_one_agreement():
    found = read("国家知识产权局与世界知识产权组织举行审查协作框架协议签订仪式\n\n"
                 "7月2日，国家知识产权局与世界知识产权组织签订审查协作框架协议。\n\n仪式上，双方共同签订框架协议。",
                 "agreements")
    assert [(f.label, f.date) for f in found] == [("审查协作框架协议", "2025-07-02")]


# --- 12. pledges -----------------------------------------------------------------------------------------------------

def test_12_objects_listed_after_a_semicolon_without_a_cue_are_one_pledge():
    found = pledges("国家知识产权局与世界知识产权组织签署合作协议。根据协议，双方将联合培养审查人才；"
                    "合办专利数据实验室；互派青年审查员。")
    quote = "双方将联合培养审查人才；合办专利数据实验室；互派青年审查员"
    assert found == [("org/CNIPA", quote), ("org/WIPO", quote)]


def test_12_a_segment_after_a_semicolon_opening_with_a_word_of_the_future_is_a_pledge_of_its_own():
    found = pledges("国家知识产权局将加快完善审查标准；进一步压缩审查周期。")
    assert found == [("org/CNIPA", "国家知识产权局将加快完善审查标准"), ("org/CNIPA", "进一步压缩审查周期")]


def test_12_shuangfang_after_an_agreement_is_its_signatories_not_the_bodies_they_build():
    found = pledges("国家知识产权局与世界知识产权组织签署合作协议，共同建设上海仲裁中心及北京调解中心。"
                    "双方还将加强人员交流。")
    assert found == [("org/CNIPA", "双方还将加强人员交流"), ("org/WIPO", "双方还将加强人员交流")]


def test_12_a_segment_opening_with_a_manner_word_lists_more_of_the_pledge():
    found = pledges("国家知识产权局与世界知识产权组织签署合作协议。双方将联合开展审查员培训；共同建设数据平台。")
    quote = "双方将联合开展审查员培训；共同建设数据平台"
    assert found == [("org/CNIPA", quote), ("org/WIPO", quote)]


def test_12_agreeing_to_exchange_on_a_matter_is_a_pledge():
    found = pledges("国家知识产权局与世界知识产权组织举行会谈。双方同意就数字化审查交流经验。")
    assert [actor for actor, _ in found] == ["org/CNIPA", "org/WIPO"]


def test_12_liangyuan_stands_for_the_two_courts_named_before():
    found = pledges("北京市高级人民法院与天津市高级人民法院签署协作协议。今后，两院法官将定期交流审判经验。")
    assert len(found) == 2 and all("两院法官将定期交流审判经验" == quote for _, quote in found)
    assert len({actor for actor, _ in found}) == 2
