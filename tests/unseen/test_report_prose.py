"""Issue 16, patterns 11 and 12 in report prose (committee documents, annual reports): sentences written for these
tests (none copied from an evaluation text or a collected passage), read by the real pipeline."""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.events import EventFact
from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources


def facts(text: str, kind: str, date: str | None = None, author: tuple[str, ...] = ()) -> list:
    knowledge = resources().knowledge
    passages = segment(text)
    meta = ReportMeta(id="prose", path=Path("prose.txt"), date=date, author=author)
    return run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))[kind]


def labels(found: list[EventFact]) -> list[str]:
    return [e.label for e in found]


# --- 11. a past session named only as the owner of its report or its discussions is a reference -------------------

def test_11_a_session_whose_report_is_adopted_is_no_event():
    text = "议程第3项：通过商标法常设委员会第四十届会议的报告。鉴于无人提出意见，主席宣布通过该报告。"
    assert labels(facts(text, "events", date="2024-05-10")) == []


def test_11_the_discussions_of_the_previous_session_are_no_event():
    text = "各代表团在上届 SCT 会议的非正式讨论中参加了交流。"  # 参加 alone would make it an event attended
    assert labels(facts(text, "events", date="2024-05-10")) == []


def test_11_a_session_told_as_held_is_still_an_event():
    text = "商标法常设委员会第四十一届会议于2024年11月4日至7日举行，会议通过了第四十届会议的报告。"
    assert labels(facts(text, "events", date="2024-12-01")) == ["商标法常设委员会第四十一届会议"]


# --- 12. in a committee report a delegation speaks for its country --------------------------------------------------

def test_12_a_subjectless_pledge_after_a_delegation_is_its_countrys():
    found = facts("议程第6项。智利代表团表示，将继续向发展中国家提供专利审查培训。", "pledges", date="2024-05-10")
    assert [(p.actor, p.quote) for p in found] == [("country/CL", "将继续向发展中国家提供专利审查培训")]


def test_12_a_delegation_that_only_hopes_pledges_nothing():
    found = facts("智利代表团表示，希望秘书处尽快完成这项研究。", "pledges", date="2024-05-10")
    assert found == []


# --- 11. numbered regular meetings; a session's other name; a body's acronym ----------------------------------------

def test_11_a_numbered_regular_meeting_of_a_secretariat_is_an_event():
    found = facts("10月9日，东亚知识产权合作网络秘书处在首尔召开第十五次例会。", "events", date="2024-10-20")
    assert [(e.label, e.start) for e in found] == [("第十五次例会", "2024-10-09")]


def test_11_an_unnumbered_regular_meeting_is_none():
    assert facts("秘书处每月召开例会。", "events", date="2024-10-20") == []


def test_11_the_other_name_in_brackets_after_a_session_is_the_same_session():
    found = facts("马德里联盟大会第五十届会议（第二十次例会）于2016年10月3日至11日举行。", "events", date="2016-12-01")
    assert labels(found) == ["马德里联盟大会第五十届会议"]


def test_7_a_name_told_with_the_acronym_alone_is_the_same_event():
    text = ("国际保护知识产权协会(AIPPI)世界大会于2024年10月19日至22日在杭州举行。\n\n"
            "来自60多个国家的代表出席了AIPPI世界大会。")
    assert labels(facts(text, "events", date="2024-11-01")) == ["国际保护知识产权协会(AIPPI)世界大会"]


def test_7_an_undated_acronym_and_noun_is_the_numbered_session_told_in_full():
    text = ("9月9日至13日，常设信息技术委员会(CWS)第十二届会议在日内瓦举行。\n\n"
            "本局派员参加了CWS会议，介绍了数据标准的实施情况。")
    assert labels(facts(text, "events", date="2024-09-20")) == ["常设信息技术委员会(CWS)第十二届会议"]


# --- 11. another body's session that only passed a text, told in a clause of its own --------------------------------

def test_11_another_bodys_session_that_passed_a_text_after_a_comma_is_no_event():
    text = "国务院总理主持召开中央全面深化改革委员会第十二次会议，审议通过了《关于加强商业秘密保护的意见》。"
    assert facts(text, "events", date="2024-06-01") == []


def test_11_the_authors_own_session_that_approved_a_text_is_an_event_dated_when_it_acted():
    text = "2023年7月，产权组织大会第六十四届会议，批准了《2024/25两年期计划和预算》。"
    found = facts(text, "events", date="2024-01-10", author=("WIPO",))
    assert [(e.label, e.start) for e in found] == [("产权组织大会第六十四届会议", "2023-07")]


def test_12_jiang_before_a_result_already_reached_marks_an_object_not_a_pledge():
    said = "国家知识产权局局长表示，本局高度重视审查质量，将审查周期缩短到了十二个月，有力推动了创新。"
    assert facts(said, "pledges", date="2024-05-10") == []


def test_12_jiang_before_a_result_to_reach_is_still_a_pledge():
    found = facts("国家知识产权局局长表示，本局将把审查周期缩短到十二个月。", "pledges", date="2024-05-10")
    assert [p.actor for p in found] == ["org/CNIPA"]


# --- round 2 (bp30): committee reports of other bodies, Director General's reports, court and customs reports -----

def test_7_a_title_line_session_printed_beside_its_date_is_the_session_the_body_tells_dated():
    text = ("专利信息委员会(PIC) 第八届会议 2023 年 3 月 6 日至 9 日,罗马\n报告\n"
            "1. 专利信息委员会(以下简称“委员会”)于 2023 年 3 月 6 日至 9 日在罗马举行了第八届会议。")
    found = facts(text, "events", date="2023-04-20")
    assert [(e.label, e.start) for e in found] == [("专利信息委员会(PIC) 第八届会议", "2023-03-06")]


def test_7_two_bodies_sessions_of_one_number_stay_two():
    text = ("商标法委员会 第八届会议 2023 年 3 月 6 日至 9 日,罗马\n报告\n"
            "1. 专利信息委员会(PIC)于 2023 年 5 月 2 日至 4 日在日内瓦举行了第八届会议。")
    assert len(facts(text, "events", date="2023-06-20")) == 2


def test_4_a_paragraph_number_glued_to_the_name_is_no_part_of_it():
    text = "委员会审议了该文件。2.PIC第一届会议于2023年3月6日至9日举行。共有50个成员国参加会议。"
    assert labels(facts(text, "events", date="2023-04-20")) == ["PIC第一届会议"]


def test_12_an_effect_foretold_with_cushi_or_daozhi_is_no_pledge():
    for effect in ("促使", "导致"):
        said = f"国家知识产权局局长表示，此举将{effect}审查周期缩短。"
        assert facts(said, "pledges", date="2024-05-10") == [], effect


def test_12_a_decision_counted_with_a_classifier_is_a_noun_not_the_cue():
    said = "国家知识产权局局长表示，这项决定给了地方更大的自主权。"
    assert facts(said, "pledges", date="2024-05-10") == []
    found = facts("国家知识产权局局长表示，该局决定设立三个新的审查中心。", "pledges", date="2024-05-10")
    assert [p.actor for p in found] == ["org/CNIPA"]


def test_11_a_kind_of_work_joined_with_a_bare_event_noun_is_no_event():
    text = "本年度，产权组织为各国海关官员举办了能力建设和培训活动。"
    assert facts(text, "events", date="2024-10-11", author=("WIPO",)) == []


def test_11_a_named_seminar_joined_with_a_bare_event_noun_keeps_its_name():
    text = "本年度，产权组织为各国海关官员举办了2024年边境执法研讨会和培训。"
    assert labels(facts(text, "events", date="2024-10-11", author=("WIPO",))) == ["2024年边境执法研讨会和培训"]


def test_12_a_programme_that_did_something_is_no_plan():
    text = "产权组织专业发展计划在2023年为120名审查员提供了进修课程。"
    assert facts(text, "pledges", date="2024-10-11", author=("WIPO",)) == []


def test_12_a_plan_to_do_something_is_still_a_pledge():
    found = facts("产权组织计划在2025年为审查员开设进修课程。", "pledges", date="2024-10-11", author=("WIPO",))
    assert [p.actor for p in found] == ["org/WIPO"]


def test_11_a_session_named_as_the_owner_of_a_request_is_a_reference():
    text = "按照专利法常设委员会第三十五届会议的要求，秘书处编写了一份关于审查合作的研究。"
    assert facts(text, "events", date="2024-10-11", author=("WIPO",)) == []


def test_11_a_session_during_which_a_text_was_approved_is_a_reference():
    text = "该试点项目于专利法常设委员会第三十四届会议期间获得批准。"
    assert facts(text, "events", date="2024-10-11", author=("WIPO",)) == []


def test_11_a_session_a_document_is_submitted_to_is_a_reference():
    for sent in ("该项研究已提交至专利法常设委员会第三十六届会议。",
                 "评估报告将提交专利法常设委员会第三十七届会议审议。"):
        assert facts(sent, "events", date="2024-10-11", author=("WIPO",)) == [], sent


def test_11_a_session_held_during_its_dates_is_still_an_event():
    text = "专利法常设委员会第三十六届会议于2024年10月14日至17日在日内瓦举行，会议期间举办了一场信息交流会。"
    found = facts(text, "events", date="2024-10-20", author=("WIPO",))
    assert ("专利法常设委员会第三十六届会议", "2024-10-14") in [(e.label, e.start) for e in found]


def test_12_the_authors_unit_that_says_it_will_act_pledges():
    found = facts("秘书处表示将于明年年初公布问卷调查的结果。", "pledges", date="2024-10-11", author=("WIPO",))
    assert [p.actor for p in found] == ["org/WIPO-SECRETARIAT"]


def test_12_being_ready_or_intending_to_act_is_a_pledge():
    for sent in ("秘书处准备在下届会议之前向各代表团分发一份清单。", "产权组织随时准备为有需要的成员国提供立法咨询。",
                 "产权组织打算在明年推出新版全球品牌数据库。"):
        assert [p.actor for p in facts(sent, "pledges", date="2024-10-11", author=("WIPO",))], sent


def test_12_plans_told_as_a_noun_are_no_pledge():
    assert facts("总干事在发言中介绍了本组织今后的打算。", "pledges", date="2024-10-11", author=("WIPO",)) == []


def test_10_a_meeting_two_bodies_hold_jointly_is_held():
    text = "杭州市中级人民法院与杭州市市场监督管理局联合召开商业秘密保护工作座谈会。"
    found = facts(text, "events", date="2024-10-11")
    assert labels(found) == ["商业秘密保护工作座谈会"]


def test_10_a_numbered_edition_of_a_yearly_meeting_told_as_a_setting_is_held():
    text = "副总干事在第十二届知识产权执法年度会议开幕致辞中介绍了新的合作框架。"
    assert labels(facts(text, "events", date="2024-10-11", author=("WIPO",))) == ["第十二届知识产权执法年度会议"]


def test_11_a_yearly_meeting_without_a_number_is_no_one_event():
    assert facts("产权组织每年为各国执法官员举办年度会议。", "events", date="2024-10-11", author=("WIPO",)) == []


def test_7_this_years_edition_told_again_is_the_dated_one():
    text = ("6月3日，省版权局召开2024年版权宣传周活动总结会。会议认为，今年的版权宣传周活动覆盖面广，"
            "各地联动举办。")
    found = labels(facts(text, "events", date="2024-06-05"))
    assert "今年的版权宣传周" not in found and "2024年版权宣传周" in found


def test_7_last_years_edition_is_another_event():
    text = ("6月3日，省版权局召开2024年版权宣传周活动总结会。会议认为，去年的版权宣传周活动覆盖面广，"
            "各地联动举办。")
    assert "去年的版权宣传周" in labels(facts(text, "events", date="2024-06-05"))


def test_10_a_meeting_a_body_organises_and_convenes_is_held():
    for sent in ("组织召开全省商标品牌工作推进会，部署全年任务。", "省市场监管局牵头举办长三角商标品牌发展论坛。"):
        assert len(facts(sent, "events", date="2024-10-11", author=("CNIPA",))) == 1, sent


def test_10_a_body_whose_name_ends_in_zuzhi_still_holds_what_it_convenes():
    for sent in ("世界知识产权组织召开第九次知识产权与前沿技术对话会。",
                 "与世界知识产权组织联合举办数字版权国际研讨会。"):
        assert len(facts(sent, "events", date="2024-10-11", author=("CNIPA",))) == 1, sent


def test_10_a_meeting_held_with_unnamed_fellow_bodies_is_held():
    for sent in ("省知识产权局会同有关部门召开海外维权援助工作推进会。",
                 "省知识产权局与有关单位共同召开海外维权援助工作推进会。",
                 "省知识产权局联合相关部门召开海外维权援助工作推进会。"):
        assert labels(facts(sent, "events", date="2024-10-11")) == ["海外维权援助工作推进会"], sent


def test_12_sides_that_say_unanimously_that_they_will_act_each_pledge():
    text = "中国与巴西举行知识产权合作会谈。双方一致表示，将继续加强审查员交流。"
    found = facts(text, "pledges", date="2024-10-11")
    assert sorted(p.actor for p in found) == ["country/BR", "country/CN"]
