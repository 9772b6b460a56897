"""Session 24 of the pledges: a paragraph that reports its speakers in turn, and 双方 after a talk of two sides; each
read by the real pipeline on sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_pledges_s18 import _said


def test_a_second_speaker_in_a_paragraph_speaks_for_his_own_body():
    # 甲指出，…。乙表示，将…: the subject-less pledge is the words of 乙, who speaks in that sentence
    assert _said("论坛上，海关总署副署长张强指出，我国正在加快建设知识产权强国，希望各方加强协作。"
                 "国家知识产权局副局长刘伟表示，将继续深化与东盟各国在专利审查领域的合作。") == [
        ("org/CNIPA", "liu-wei", "将继续深化与东盟各国在专利审查领域的合作")]
    # a body's official the people stage does not name (有关负责人) speaks for the body
    assert _said("论坛上，海关总署副署长张强指出，我国正在加快建设知识产权强国，希望各方加强协作。"
                 "国家知识产权局有关负责人表示，将继续深化与东盟各国在专利审查领域的合作。") == [
        ("org/CNIPA", None, "将继续深化与东盟各国在专利审查领域的合作")]


def test_the_same_speaker_named_again_keeps_the_paragraph_his():
    assert _said("论坛上，海关总署副署长张强指出，我国正在加快建设知识产权强国。"
                 "张强表示，将继续加大边境执法力度。") == [
        ("org/GACC", "zhang-qiang", "将继续加大边境执法力度")]


def test_both_sides_after_a_talk_are_the_two_who_met():
    # the talk's words name other bodies last (世界知识产权组织相关会议): 双方 is still the host and the guest
    assert _said("5月8日，国家知识产权局局长申长雨在京会见了来访的欧洲专利局局长坎普诺斯一行。\n\n"
                 "会谈中，双方就专利审查合作、世界知识产权组织相关会议的筹备等议题交换了意见。"
                 "双方表示，将进一步深化合作。") == [
        ("org/CNIPA", None, "将进一步深化合作"), ("org/EPO", None, "将进一步深化合作")]
    # a visit to an office whose parent the talk names again: the visitor and the office, not the parent
    found = _said("5月8日，浙江省知识产权局局长王平拜访世界知识产权组织中国办事处，并与办事处主任刘华进行了会谈。\n\n"
                  "会谈中，刘华就世界知识产权组织的数据资源和中国办事处的年度重点工作作了介绍。双方表示，将进一步加强联系。")
    assert [actor for actor, _, _ in found] == [
        "org/shi-jie-zhi-shi-chan-quan-zu-zhi-zhong-guo-ban-shi-chu", "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"]
