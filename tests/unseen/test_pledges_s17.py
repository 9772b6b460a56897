"""Session 17 (round 1) of the pledges: shapes of unseen text that carry over, each read by the real pipeline on
sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges, read


def test_a_quotation_opening_the_paragraph_is_the_words_of_the_person_named_after_it():
    # “…我们将…。”X表示，…: the quoted words are the speaker's, and so is a subject-less 将 after his verb of speech
    found = read("“我们将加快建设知识产权保护中心，为企业提供更快的维权服务。”福建省知识产权局局长林峰表示，"
                 "去年全省专利授权量稳步增长。", "pledges")
    assert [(f.actor, f.speaker, f.quote) for f in found] == [
        ("org/fu-jian-sheng-zhi-shi-chan-quan-ju", "lin-feng",
         "“我们将加快建设知识产权保护中心，为企业提供更快的维权服务")]
    found = read("“过去一年，全市共查处侵权案件三百余宗，其中跨境电商渠道的案件明显增多，涉案金额也创下新高。”"
                 "在昨日举行的新闻发布会上，深圳海关副关长王强表示，下一步将加大对跨境电商渠道的监管。", "pledges")
    assert [(f.actor, f.speaker, f.quote) for f in found] == [
        ("org/shen-zhen-hai-guan", "wang-qiang", "下一步将加大对跨境电商渠道的监管")]
    # the quoted words end at the closing mark: who said them is no part of the pledge
    found = read("“中心已经服务了两千多家企业，今后还将拓展海外维权业务。”浙江省知识产权保护中心主任陈静说。",
                 "pledges")
    assert [(f.speaker, f.quote) for f in found] == [("chen-jing", "今后还将拓展海外维权业务")]
    # a quoted name opening the paragraph (no clause inside the marks) is no quotation: nobody spoke it
    assert pledges("“知识产权强国”建设稳步推进。下一步，相关工作将由各地分头落实。") == []


def test_an_itinerary_printed_ahead_is_no_pledge():
    # a cue that goes straight on, past the time of the act, to a verb of travel or stand-in: a schedule
    assert pledges("广东省知识产权局局长李刚将于下周一前往澳门，拜访澳门经济及科技发展局。") == []
    assert pledges("深圳市市场监督管理局昨日查获一批侵权货物。局长周敏将于本月20日返回广州。") == []
    assert pledges("知识产权署署长黄志光将于本月18日启程前往日内瓦。") == []
    assert pledges("商务及经济发展局局长李明将于周五返港，其间由常任秘书长署理局长职务。") == []
    assert pledges("在他离港期间，副局长周明将署任局长。") == []
    assert pledges("创新科技署署长陈伟将率领企业代表团到访新加坡知识产权局。") == []
    # a body that sends someone, or will act once there, still pledges
    assert pledges("国家知识产权局将派专家前往老挝开展培训。") == [
        ("org/CNIPA", "国家知识产权局将派专家前往老挝开展培训")]
    assert pledges("澳门海关将于下月加强对口岸的巡查。") == [
        ("org/ao-men-hai-guan", "澳门海关将于下月加强对口岸的巡查")]


def test_bodies_of_a_kind_the_text_names_none_of_act_under_the_body_the_report_names_first():
    # 全市各级…部门将…, 各地将…, 沿线国家…机构将…: no actor named; the report's first organisation, whose work it tells
    found = pledges("绵阳市市场监督管理局启动知识产权宣传月。宣传月期间，全市各级市场监管部门将走进企业开展专利培训。")
    assert found == [("org/mian-yang-shi-shi-chang-jian-du-guan-li-ju", "全市各级市场监管部门将走进企业开展专利培训")]
    assert pledges("国家知识产权局昨日召开新闻发布会。今年5月，全国各地将集中开展地理标志保护宣传活动。") == [
        ("org/CNIPA", "全国各地将集中开展地理标志保护宣传活动")]
    found = pledges("广西知识产权局主办研讨会。会议认为，沿线国家知识产权机构将加强审查信息共享。")
    assert [quote for _, quote in found] == ["沿线国家知识产权机构将加强审查信息共享"]
    # a body named (全国人大常委会) or a collective of sides is read as before
    assert pledges("全国人大常委会将审议专利法修正案。") == [("org/NPCSC", "全国人大常委会将审议专利法修正案")]
