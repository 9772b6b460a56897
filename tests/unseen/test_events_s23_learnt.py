"""Issue 16, events, session 23: sentences written for these tests (none copied from an evaluation text), read by the
real pipeline, one test per mechanism — an event told only as where the reporter learnt the news (记者从…会议上获悉),
and a relative clause of opening or closing (开幕的, 闭幕的, 结束的) before a name told as a setting."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- the source frame: 记者从/在…上获悉/了解到/得知 ----------------------------------------------------------------


def test_an_unnumbered_meeting_the_reporter_learnt_the_news_at_is_an_event():
    found = events("记者从日前召开的全省专利代理行业工作会议上获悉，今年全省专利代理机构数量增长两成。",
                   date="2024-03-02")
    assert one(found, "全省专利代理行业工作会议").start is None


def test_the_dates_of_the_news_learnt_are_not_the_meetings():
    found = events("记者从1月9日召开的全市商标品牌工作会议上了解到：截至2023年底，全市有效注册商标达到12万件。",
                   date="2024-01-10")
    assert one(found, "全市商标品牌工作会议").start == "2024-01-09"


def test_a_source_named_without_a_clause_of_holding_is_an_event_too():
    found = events("记者在全省地理标志保护推进会上得知，今年将新增地理标志产品五件。", date="2024-05-06")
    assert one(found, "全省地理标志保护推进会").start is None


def test_cong_before_the_source_is_no_part_of_its_name_but_congye_in_a_name_is():
    found = events("记者从全省商标代理行业座谈会上获悉，代理机构数量稳步增长。", date="2024-05-06")
    assert [e.label for e in found] == ["全省商标代理行业座谈会"]
    held = events("5月8日，2024年知识产权从业人员培训班在南湖举办。", date="2024-05-10")
    assert one(held, "2024年知识产权从业人员培训班").start == "2024-05-08"


def test_an_unnumbered_session_told_only_as_where_someone_spoke_is_still_no_event():
    found = events("在去年召开的全市科技创新大会上，市长指出，要加强专利转化。", date="2024-05-06")
    assert [e.label for e in found] == []


def test_a_bare_meeting_the_news_came_from_is_no_event():
    found = events("记者从日前召开的会议上获悉，全省专利申请量稳步增长。", date="2024-05-06")
    assert [e.label for e in found] == []


# --- a relative clause of opening or closing before a name told as a setting --------------------------------------


def test_a_forum_told_as_the_setting_after_a_clause_of_opening_is_held():
    found = events("在5月8日开幕的2024南湖数据知识产权论坛上，专家表示，数据登记试点将扩大。", date="2024-05-10")
    assert one(found, "2024南湖数据知识产权论坛").start == "2024-05-08"


def test_a_forum_the_news_came_from_after_a_clause_of_closing_is_held():
    found = events("记者从日前在南湖结束的第三届数据知识产权论坛上获悉，数据登记试点将扩大。", date="2024-05-10")
    assert one(found, "第三届数据知识产权论坛").start is None
