"""Issue 16, events: sentences written for these tests (none copied from an evaluation text), read by the real
pipeline — passages, spaCy mentions, the registry's extractors — one test per numbered pattern of the issue."""

from __future__ import annotations

from pathlib import Path

import pytest

from ipgraph.extract.events import EventFact, summarise_events
from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.dateline import dateline
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources
from ipgraph.zh.dates import find_dates


def events(text: str, date: str | None = None, period: str | None = None,
           author: tuple[str, ...] = ()) -> list[EventFact]:
    knowledge = resources().knowledge
    passages = segment(text)
    meta = ReportMeta(id="unseen", path=Path("unseen.txt"), date=date, period=period, author=author)
    return run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))["events"]


def one(found: list[EventFact], label: str) -> EventFact:
    named = [e for e in found if e.label == label]
    assert len(named) == 1, [e.label for e in found]
    return named[0]


# --- 2. dates anchored on the report's own date --------------------------------------------------------------------

def test_2_a_month_day_takes_the_year_of_the_reports_metadata_date():
    found = events("9月20日，第五届中非知识产权论坛在内罗毕举行。", date="2025-09-22")
    assert one(found, "第五届中非知识产权论坛").start == "2025-09-20"


def test_2_without_metadata_the_date_line_at_the_head_is_the_reports_own_date():
    text = "中巴知识产权研讨会举行\n\n发布时间：2025-03-02 10:15\n\n3月1日，第二届中巴知识产权研讨会在圣保罗举行。\n"
    assert dateline((p.text for p in segment(text)), resources().knowledge) == "2025-03-02"
    assert one(events(text), "第二届中巴知识产权研讨会").start == "2025-03-01"


def test_2_a_december_day_in_a_january_item_is_of_the_year_before():
    found = events("12月18日，第七届中新知识产权对话在惠灵顿举行。", date="2026-01-08")
    assert one(found, "第七届中新知识产权对话").start == "2025-12-18"


def test_2_relative_words_and_a_day_alone_read_against_the_reports_date():
    assert [d.start for d in find_dates("今年5月", 2025, "2025-09-22")] == ["2025-05"]
    assert [d.start for d in find_dates("去年", 2025, "2025-09-22")] == ["2024"]
    assert [d.start for d in find_dates("论坛8日晚开幕", 2025, "2025-09-22")] == ["2025-09-08"]
    found = events("6月3日，第八次中泰知识产权工作组会议在曼谷召开。同日，第一届中泰商标审查研讨会在曼谷举行。",
                   date="2025-06-05")
    assert one(found, "第一届中泰商标审查研讨会").start == "2025-06-03"


def test_2_digits_a_template_ran_together_are_a_date_range():
    assert [(d.start, d.end) for d in find_dates("2025060304日,", 2025, "2025-06-10")] == [("2025-06-03", "2025-06-04")]
    assert find_dates("编号12320250603日") == []


def test_2_dates_in_chinese_digits_are_dates_and_a_count_of_days_is_none():
    """Official documents and white papers date themselves in Chinese digits (二〇一七年一月二十三日); the scanner
    read Arabic digits only. A day in Chinese digits with no month before it is a count (为期三日), no date."""
    assert [(d.start, d.end) for d in find_dates("二〇一七年一月二十三日至二十五日", None)] == [
        ("2017-01-23", "2017-01-25")]
    assert [d.start for d in find_dates("二零二三年十二月，一九九九年", None)] == ["2023-12", "1999"]
    assert [d.start for d in find_dates("今年十一月三日", 2025, "2025-12-01")] == ["2025-11-03"]
    assert find_dates("为期三日的研讨会连续三日举行，一带一路，第一次会议", 2025, "2025-06-10") == []
    found = events("二〇二五年三月十二日，第三届中欧地理标志研讨会在布鲁塞尔举行。")
    assert one(found, "第三届中欧地理标志研讨会").start == "2025-03-12"


def test_2_a_named_day_named_on_its_own_is_that_years_campaign():
    found = events("4月25日，在第25个世界知识产权日来临之际，国家知识产权局举行新闻发布会。", date="2025-04-25")
    day = one(found, "第25个世界知识产权日")
    assert (day.type, day.start) == ("Campaign", "2025-04-26")
    assert not [e for e in events("世界知识产权日画廊展出了作品。", date="2025-05-01") if "知识产权日" in e.label]


def test_2_a_date_after_the_name_with_yu_is_its_own_not_the_year_of_a_fair_before_it():
    found = events("由国家知识产权局主办的2025年进博会“跨境电商知识产权专题活动”于11月6日在上海召开。",
                   date="2025-11-07")
    assert one(found, "跨境电商知识产权专题活动").start == "2025-11-06"


def test_2_a_named_day_dates_what_was_held_on_it_but_not_what_was_held_as_it_drew_near():
    found = events("在2025年世界知识产权日，该局在利马举办了第二届秘鲁青年发明研讨会。", date="2025-05-30")
    assert one(found, "第二届秘鲁青年发明研讨会").start == "2025-04-26"
    found = events("4月24日，在第25个世界知识产权日来临之际，第二届秘鲁青年发明研讨会在利马举行。", date="2025-04-25")
    assert one(found, "第二届秘鲁青年发明研讨会").start == "2025-04-24"


def test_2_a_text_without_a_year_still_tells_of_what_was_held_on_a_day():
    found = events("研修班于6月5日在澳门举行结业典礼暨成果展示仪式。")
    assert one(found, "结业典礼暨成果展示仪式").start is None


def test_2_a_dated_event_with_a_length_is_told_as_held():
    found = events("以今年5月6日至20日为期15天的联合执法行动为例，两地海关查获侵权货物。", date="2025-09-01")
    assert one(found, "联合执法行动").start == "2025-05-06"


def test_2_an_event_under_way_on_the_day_told_is_dated_to_the_month():
    found = events("10月9日，在第五届中国知识产权运营年会召开之际，多国代表参观了展示中心。", date="2025-10-10")
    assert one(found, "第五届中国知识产权运营年会").start == "2025-10"


def test_2_a_sentence_pointing_back_gives_a_more_precise_date():
    found = events("2025年，产权组织举办了第二届知识产权与气候论坛。该论坛于2025年11月3日在开罗举行。",
                   author=("WIPO",), period="2025")
    assert one(found, "第二届知识产权与气候论坛").start == "2025-11-03"


def test_2_a_stage_of_a_programme_keeps_its_noun_and_the_date_after_it():
    found = events("2025-2026年青年发明人计划的培训阶段于2025年10月6日至9日在日内瓦举行。", author=("WIPO",),
                   period="2025")
    assert [(e.label, e.start) for e in found] == [("2025-2026年青年发明人计划的培训阶段", "2025-10-06")]
    found = events("WIPO学院于2025年5月12日至16日办了第三期“女性发明人领导力课程”。", author=("WIPO",), period="2025")
    assert one(found, "第三期“女性发明人领导力课程”").start == "2025-05-12"


def test_2_an_event_told_as_recent_stays_undated_and_the_summary_counts_it():
    found = events("近日，第四届东盟知识产权培训班在雅加达举办。", date="2025-04-10")
    assert one(found, "第四届东盟知识产权培训班").start is None
    assert summarise_events(found) == "1 events (1 undated)"


# --- 4. clean event names ------------------------------------------------------------------------------------------

def test_4_no_leading_junk_no_organiser_clause_no_cut_year():
    found = events("据悉,由世界知识产权组织主办、欧洲专利局承办的第二届丝路知识产权合作论坛在西安开幕。"
                   "3月5日，世界知识产权组织召开2024年度工作座谈会。", date="2025-03-06")
    assert one(found, "第二届丝路知识产权合作论坛")
    assert one(found, "2024年度工作座谈会").start == "2025-03-05"


def test_4_a_dateline_is_no_part_of_the_name():
    found = events("新华社北京3月2日电 第三届中非知识产权合作论坛2日在北京举行。", date="2025-03-02")
    assert [e.label for e in found] == ["第三届中非知识产权合作论坛"]


def test_4_half_width_punctuation_ends_a_name():
    found = events("8月2日,第九届中蒙知识产权研讨会在乌兰巴托举行。", date="2025-08-03")
    assert one(found, "第九届中蒙知识产权研讨会").start == "2025-08-02"


# --- 5. organisers and partners ------------------------------------------------------------------------------------

def test_5_guiding_and_undertaking_bodies_are_partners():
    found = events("5月8日，由国家知识产权局指导，世界知识产权组织主办，"
                   "欧洲专利局承办的第三届绿色技术专利研讨会在日内瓦举行。", date="2025-05-09")
    event = one(found, "第三届绿色技术专利研讨会")
    assert event.organisers == ["org/WIPO"]
    assert set(event.partners) == {"org/CNIPA", "org/EPO"}


def test_5_a_country_or_organisation_inside_the_events_own_name_is_no_partner():
    found = events("10月9日，第三届中国-东盟知识产权论坛在南宁举行。", date="2025-10-10")
    assert "org/ASEAN" not in one(found, "第三届中国-东盟知识产权论坛").partners


def test_5_a_cooperation_inside_the_events_own_name_or_anothers_is_no_partnership():
    found = events("6月2日，中国与欧洲专利局合作二十周年纪念活动在慕尼黑举行。活动期间举办了中国与欧洲专利局合作"
                   "二十周年图片展、数字专利检索成果展览。", date="2025-06-03")
    for label in ("中国与欧洲专利局合作二十周年纪念活动", "中国与欧洲专利局合作二十周年图片展", "数字专利检索成果展览"):
        assert "org/EPO" not in one(found, label).partners, label


def test_5_a_verb_whose_object_is_another_event_gives_roles_to_that_event_only():
    found = events("配合10月20日至22日举行的第5届中国-中亚博览会，国家知识产权局和海关总署共同主办中国-中亚"
                   "知识产权执法论坛。", date="2025-10-19")
    assert one(found, "第5届中国-中亚博览会").organisers == []
    event = one(found, "中国-中亚知识产权执法论坛")
    assert set(event.organisers + event.partners) == {"org/CNIPA", "org/GACC"}


def test_5_a_word_inside_a_title_is_no_verb_of_the_clause():
    found = events("10月3日，上海市知识产权局局长率队参加第九届长三角知识产权交易博览会，并与浙江省知识产权局签署"
                   "《知识产权保护合作协议》。", date="2025-10-04")
    event = one(found, "第九届长三角知识产权交易博览会")
    assert event.partners == [] and event.organisers == []


def test_5_a_later_paragraph_pointing_back_tells_the_organisers():
    text = ("11月3日，第二届中法专利审查研讨会在巴黎举行，双方专家30余人出席。\n\n"
            "与会专家交流了审查实践。\n\n本次研讨会由国家知识产权局和世界知识产权组织联合主办。\n")
    event = one(events(text, date="2025-11-04"), "第二届中法专利审查研讨会")
    assert set(event.organisers + event.partners) == {"org/CNIPA", "org/WIPO"}


def test_5_a_collective_subject_is_the_sides_the_text_named():
    text = ("3月4日，国家知识产权局与欧洲专利局在北京举行会谈。\n\n"
            "会谈中回顾了双方去年成功举办第一届专利数据开放论坛等合作成果。\n")
    event = one(events(text, date="2025-03-05"), "第一届专利数据开放论坛")
    assert set(event.organisers) == {"org/CNIPA", "org/EPO"}


def test_5_a_body_that_convenes_is_the_organiser():
    found = events("4月2日，世界知识产权组织召开第三届知识产权与数字经济座谈会。", date="2025-04-03")
    assert one(found, "第三届知识产权与数字经济座谈会").organisers == ["org/WIPO"]


def test_5_the_body_whose_numbered_session_it_is_holds_it():
    text = "3月12日，中欧地理标志联合委员会第五次会议在布鲁塞尔召开。"
    label = "中欧地理标志联合委员会第五次会议"
    body = "org/zhong-ou-di-li-biao-zhi-lian-he-wei-yuan-hui"
    assert one(events(text, date="2025-03-13"), label).organisers == [body]
    # a joint body of two states, told in one side's report: that author's meeting
    assert one(events(text, date="2025-03-13", author=("CNIPA",)), label).organisers == ["org/CNIPA"]


def test_5_an_adverb_between_the_organisation_and_its_verb_leaves_it_the_subject():
    found = events("近日，国家知识产权局首次组织召开中国—中亚知识产权局局长研讨会。", date="2025-07-01")
    event = one(found, "中国—中亚知识产权局局长研讨会")
    assert (event.organisers, event.start) == (["org/CNIPA"], None)


def test_5_the_body_acting_together_with_another_organises_it_the_other_is_partner():
    found = events("今年6月，中国海关会同欧盟委员会税务与海关同盟总司联合开展了知识产权执法行动。", date="2025-09-01")
    event = one(found, "知识产权执法行动")
    assert event.organisers == ["org/GACC"] and len(event.partners) == 1


def test_5_a_subjectless_item_is_held_by_the_authors_unit_its_list_hangs_from():
    text = ("12. 2024年，WIPO学院开展了多项培训活动。以下介绍其中一些活动：\n"
            "· 2024年5月，在内罗毕举办了第三届知识产权教学讲习班。\n")
    event = one(events(text, author=("WIPO",), period="2024"), "第三届知识产权教学讲习班")
    assert event.organisers == ["org/WIPO-ACADEMY"] and event.organiser_inferred


def test_5_whom_an_event_was_held_for_is_not_its_organiser():
    found = events("2024年6月，为国家知识产权局举办了第二届马德里体系在线培训讲习班。", author=("WIPO",), period="2024")
    assert one(found, "第二届马德里体系在线培训讲习班").organisers == ["org/WIPO"]


# --- 7. one node per real event --------------------------------------------------------------------------------------

def test_7_headline_body_and_later_mention_are_one_event():
    text = ("第六届中澳知识产权对话举行\n\n4月9日，第六届中澳知识产权对话在堪培拉举行。双方交流了审查经验。\n\n"
            "第六届中澳知识产权对话期间，双方还举办了企业座谈。\n")
    found = [e for e in events(text, date="2025-04-10") if "中澳知识产权对话" in e.label]
    assert len(found) == 1 and found[0].start == "2025-04-09" and len(found[0].passages) == 3


def test_7_a_headline_shorter_than_the_body_is_the_same_event_and_takes_the_body_date():
    text = "中新举行知识产权工作组会议\n\n5月6日，第九次中新知识产权工作组会议在新加坡举行。\n"
    found = [e for e in events(text, date="2025-05-07") if "工作组会议" in e.label]
    assert [(e.label, e.start) for e in found] == [("第九次中新知识产权工作组会议", "2025-05-06")]


def test_7_an_event_told_again_keeps_the_roles_the_later_telling_states():
    text = ("第四届中蒙知识产权论坛在乌兰巴托举行\n\n8月5日，第四届中蒙知识产权论坛在乌兰巴托举行。"
            "多国代表出席。\n\n国家知识产权局和世界知识产权组织共同主办第四届中蒙知识产权论坛。\n")
    event = one(events(text, date="2025-08-06"), "第四届中蒙知识产权论坛")
    assert set(event.organisers + event.partners) == {"org/CNIPA", "org/WIPO"}


# --- 8. modes --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("how", "mode"), [("以视频会议形式", "Online"), ("以线上线下结合方式", "Hybrid")])
def test_8_video_conference_is_online_and_both_is_hybrid(how, mode):
    found = events(f"7月1日，第十届中瑞知识产权研讨会{how}举行。", date="2025-07-02")
    assert one(found, "第十届中瑞知识产权研讨会").mode == mode


# --- 10. bilateral meetings and enumerations ----------------------------------------------------------------------

def test_10_a_meeting_of_two_officials_is_a_meeting_with_both_sides():
    found = events("3月4日，国家知识产权局局长申长雨在京会见欧洲专利局局长坎皮诺斯一行。", date="2025-03-05")
    meeting = one(found, "申长雨会见坎皮诺斯")
    assert meeting.type == "Meeting" and meeting.start == "2025-03-04"
    assert meeting.participants == ["org/CNIPA", "org/EPO"]


def test_10_talks_with_several_counterparts_listed_are_one_meeting_each():
    found = events("2025年，国家知识产权局与欧洲专利局、日本特许厅和韩国知识产权局举行了双边会谈。", author=("CNIPA",),
                   date="2025-12-30")
    talks = sorted(e.label for e in found if e.type == "Meeting")
    assert talks == ["与日本特许厅会谈", "与欧洲专利局会谈", "与韩国知识产权局会谈"]


def test_10_the_organisation_before_yu_is_the_first_side_of_talks():
    found = events("3月4日，国家知识产权局与欧洲专利局在北京举行会谈。", date="2025-03-05", author=("WIPO",))
    assert one(found, "与欧洲专利局会谈").participants == ["org/CNIPA", "org/EPO"]


def test_10_the_events_a_counted_noun_lists_after_including_are_held():
    found = events("2025年6月，在肯尼亚举办了两场青年活动，包括青年发明人圆桌会议和校园专利知识竞赛周。",
                   author=("WIPO",), period="2025")
    assert one(found, "青年发明人圆桌会议").start == "2025-06"
    services = "2025年，产权组织提供了多种服务，包括第三届专利检索研讨会的录像。"
    assert not events(services, author=("WIPO",), period="2025")


def test_10_an_enumerated_name_is_one_event_per_item():
    found = events("2025年，举办中美、中欧知识产权对话和交流会。", period="2025-01/2025-12", author=("CNIPA",))
    labels = sorted(e.label for e in found)
    assert labels == ["中欧知识产权交流会", "中欧知识产权对话", "中美知识产权交流会", "中美知识产权对话"]


# --- 11. nameless mentions and references to past sessions ----------------------------------------------------------

def test_11_a_session_named_only_where_something_was_decided_or_sent_is_no_event():
    found = events("该方案已在执法咨询委员会第二十届会议上作了介绍。调查结果提交给执法咨询委员会第二十一届会议。"
                   "2025年3月1日，全国人民代表大会常务委员会第十五次会议表决通过了该决定。", author=("WIPO",),
                   date="2025-06-01")
    assert found == []


def test_11_a_body_and_its_session_where_a_decision_was_made_are_no_events():
    found = events("根据在产权组织大会第五十六届会议（第32次特别会议）上做出的决定，秘书处开始了筹备工作。",
                   author=("WIPO",), period="2025")
    assert found == []


def test_11_a_nameless_or_pointing_mention_is_no_event():
    found = events("5月6日，双方出席了世界知识产权组织相关会议。", date="2025-05-07")
    assert found == []


def test_11_alternatives_kinds_of_events_and_offered_courses_are_no_events():
    found = events("2024年，该局在各地举行线上或线下会议，派员参加了各机构组织的讲座和研讨会，"
                   "并推出了名为“专利检索入门”的远程学习课程。", author=("WIPO",), date="2024-12-31")
    assert found == []


def test_11_a_session_where_a_decision_was_taken_is_no_event_but_an_announced_one_is():
    found = events("本报告回应执法咨询委员会在2019年9月2日举行的第十四届会议上做出的决定。"
                   "委员会第二十届会议将于明年3月举行。", author=("WIPO",), date="2025-06-01")
    assert [(e.label, e.start) for e in found] == [("委员会第二十届会议", "2026-03")]



def test_11_an_unnumbered_name_in_a_sentence_about_a_recurring_series_is_the_series():
    found = events("据悉，中非知识产权论坛创办于2012年，每年轮流在中国和非洲国家举行。", date="2025-06-01")
    assert found == []


def test_11_an_unnamed_fair_told_as_where_something_happened_is_no_event():
    found = events("2024年，在中国专利保护协会主办的国际、国内展览会上设立了最佳专利奖。", date="2025-01-10")
    assert found == []


@pytest.mark.parametrize("sentence, label, kind", [
    ("2025年3月8日举行了“专利与女性创业”分享会。", "“专利与女性创业”分享会", "Seminar"),
    ("2025年5月，组织了一场知识产权黑客马拉松。", "知识产权黑客马拉松", "Event"),
    ("2025年9月，在曼谷举办了关于数字商标管理的大师班。", "关于数字商标管理的大师班", "TrainingCourse"),
])
def test_10_events_named_by_other_nouns(sentence, label, kind):
    assert one(events(sentence, author=("WIPO",), period="2025"), label).type == kind

