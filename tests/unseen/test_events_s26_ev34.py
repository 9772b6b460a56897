"""Issue 16, events, session 26 (ev34): sentences written for these tests (none copied from an evaluation text), read
by the real pipeline — an event told as the subject of its verb with an adverb of how it went between them (…讲座在线上
平台顺利展开, …宣传周活动在全校全面开展), of a verb of unfolding (展开, 开展) or of one that opens a series (…挑战赛拉开
了…系列活动的序幕); the head nouns of contests (挑战赛, 竞答赛); 定向 and 导向, words that hold the preposition 向 and
stop no name; a theme told before a name without 的 (以“…”为主题2024年…活动); the series an event opened (拉开了…的
序幕) held even in an undated lead; who gave a lecture (由…主讲的) no part of its name."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_lecture_that_went_smoothly_on_a_platform_is_held():
    found = events("3月8日晚,由张教授主讲的商标法入门讲座在腾讯会议平台顺利展开,300余名学生参加。", date="2024-03-10")
    assert one(found, "商标法入门讲座").start == "2024-03-08"


def test_a_campaign_carried_out_in_full_across_a_county_is_held():
    found = events("5月6日,青山县知识产权宣传月活动在全县全面开展。", date="2024-05-08")
    assert one(found, "青山县知识产权宣传月活动").start == "2024-05-06"


def test_a_contest_that_opens_a_series_is_held_and_so_is_the_series():
    found = events("6月2日,由县文旅局主办的湖畔定向越野挑战赛拉开了全县专利宣传周系列活动的序幕。", date="2024-06-03")
    labels = {e.label for e in found}
    assert "湖畔定向越野挑战赛" in labels, labels
    assert one(found, "全县专利宣传周系列活动").start == "2024-06-02"


def test_a_quiz_contest_keeps_its_head_noun():
    found = events("9月9日,省教育厅举办第三届全省中学生版权知识竞答赛。", date="2024-09-10")
    assert one(found, "第三届全省中学生版权知识竞答赛").start == "2024-09-09"


def test_a_theme_before_a_name_without_de_is_no_part_of_it():
    found = events("4月21日,以“护航原创设计”为主题2025年校园知识产权宣传周活动全面开展。", date="2025-04-28")
    assert one(found, "2025年校园知识产权宣传周活动").start == "2025-04-21"


def test_a_plan_to_carry_out_a_campaign_is_still_no_event():
    found = events("下一步,该局将在全县开展知识产权宣传活动。", date="2024-05-08")
    assert not found, [e.label for e in found]


def test_a_week_quoted_by_its_kind_alone_is_the_week_told_before():
    found = events("4月20日,东湖区2024年知识产权宣传周活动启动仪式在区政府举行。最后,区长宣布“宣传周”活动正式启动。",
                   date="2024-04-21")
    assert [e.label for e in found] == ["东湖区2024年知识产权宣传周活动启动仪式"]


def test_how_a_campaign_is_going_is_no_event_held():
    found = events("5月6日,局长听取了各所知识产权宣传活动开展情况的汇报。", date="2024-05-08")
    assert not found, [e.label for e in found]


def test_a_series_a_contest_opened_is_held_in_an_undated_lead():
    found = events("近日,由区科协主办的青少年发明挑战赛拉开了全区科技活动周系列活动的序幕。", date="2024-05-20")
    labels = {e.label for e in found}
    assert {"青少年发明挑战赛", "全区科技活动周系列活动"} <= labels, labels


def test_who_gave_a_lecture_is_no_part_of_its_name():
    found = events("3月8日,学院举办由李研究员主讲的商标检索实务讲座。", date="2024-03-10")
    assert one(found, "商标检索实务讲座").start == "2024-03-08"
