"""Issue 16, events, session 29 (ev38): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — the bodies a subject holds an event with, listed at any length before its place
(A联合B、C等部门在广场开展…, A牵头…等部门到…开展…), leave the verb the subject's; a verb of carrying out right after
a place stood at or gone to (在社区开展, 前往学校开展) in a sentence dated to the day holds a name with words of its own
(知识产权普法宣传活动), and its subject organises it; a quoted campaign followed by words of what was done
(“知识产权宣传周”口岸宣讲活动) names one activity of it; what an event was held through may open its place
(…培训也通过直播平台在线上展开); what a visit is about may stand between its place and its verb
(一行来我市就…工作进行调研)."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events

# --- the bodies held with, before the place: clauses.after_fellows, knowledge fellow ---


@pytest.mark.parametrize("text, label, organiser", [
    ("5月8日上午，青田县市场监督管理局联合县公安局、县人民法院、县文广旅体局等单位在鹤城广场开展"
     "2024年青田县知识产权宣传周集中宣传活动。", "2024年青田县知识产权宣传周集中宣传活动",
     "org/qing-tian-xian-shi-chang-jian-du-guan-li-ju"),
    ("9月12日，缙云县市场监督管理局牵头教育、卫健、商务、农业农村、文旅等十余个部门在仙都广场开展2024年缙云县"
     "质量月现场宣传活动。", "2024年缙云县质量月现场宣传活动", "org/jin-yun-xian-shi-chang-jian-du-guan-li-ju"),
])
def test_bodies_held_with_before_the_place_leave_the_verb_the_subjects(text: str, label: str, organiser: str):
    found = {e.label: e for e in events(text, date="2024-12-01")}
    assert label in found, list(found)
    assert found[label].start in ("2024-05-08", "2024-09-12")
    assert organiser in found[label].organisers, found[label].organisers


# --- a verb of carrying out after a place, in a sentence dated to the day: clauses.on_site ---


@pytest.mark.parametrize("text, label, start", [
    ("3月15日，庆元县人民法院前往五大堡乡中心学校开展知识产权普法宣传活动。", "知识产权普法宣传活动", "2024-03-15"),
    ("6月2日，遂昌县市场监管局在城北农贸市场开展地理标志产品保护宣传活动。", "地理标志产品保护宣传活动", "2024-06-02"),
    ("6月1日，松阳县市场监管局召开专题会议。次日，松阳县市场监管局到茶叶市场开展地理标志商标知识宣传活动。",
     "地理标志商标知识宣传活动", "2024-06-02"),
])
def test_a_verb_of_carrying_out_after_a_place_on_a_day_holds_the_name(text: str, label: str, start: str):
    found = {e.label: e for e in events(text, date="2024-12-01")}
    assert label in found, list(found)
    assert found[label].start == start
    assert found[label].organisers, "the subject before the place organises it"


@pytest.mark.parametrize("text", [
    "6月，遂昌县市场监管局在城北农贸市场开展地理标志产品保护宣传活动。",  # a month only: a stretch of work
    "遂昌县市场监管局在城北农贸市场开展地理标志产品保护宣传活动。",  # undated
    "6月2日，遂昌县市场监管局在城北农贸市场开展宣传活动。",  # a kind of work, no name of its own
    "6月2日，遂昌县市场监管局开展地理标志产品保护宣传活动。",  # no place: as before, a kind of work
    "6月2日，遂昌县市场监管局在全县开展地理标志产品保护宣传活动。",  # the whole county: work done throughout
    "6月2日，遂昌县市场监管局到各乡镇开展地理标志产品保护宣传活动。",  # every township: no one site
])
def test_without_a_day_a_place_or_words_of_its_own_it_is_no_event(text: str):
    assert [e.label for e in events(text, date="2024-12-01") if e.label.endswith("活动")] == []


# --- a quoted campaign and what was done: names._theme_titled ---


def test_a_quoted_campaign_followed_by_what_was_done_names_one_activity():
    found = {e.label: e for e in events("4月24日，温州海关组织开展“知识产权宣传周”进港区宣讲活动。", date="2024-04-30")}
    assert "“知识产权宣传周”进港区宣讲活动" in found, list(found)
    assert found["“知识产权宣传周”进港区宣讲活动"].start == "2024-04-24"


def test_a_quoted_campaign_with_activities_only_names_no_new_event():
    found = [e.label for e in events("4月20日，瑞安市宣布“宣传周”活动正式启动。", date="2024-04-30")]
    assert "“宣传周”活动" not in found, found


# --- what it was held through: knowledge held_means, model.held ---


@pytest.mark.parametrize("text, label", [
    ("5月9日，一场商标品牌培育专题培训也通过“浙里办”平台在线上展开。", "商标品牌培育专题培训"),
    ("5月9日，一场专利导航实务讲座依托直播平台在线上举行。", "专利导航实务讲座"),
])
def test_what_it_was_held_through_may_open_its_place(text: str, label: str):
    found = {e.label: e.start for e in events(text, date="2024-05-20")}
    assert found.get(label) == "2024-05-09", found


# --- what a visit is about, between its place and its verb: trips._ON_TOPIC ---


@pytest.mark.parametrize("text", [
    "3月6日，浙江省知识产权局副局长孙某一行来我市就地理标志保护工作进行调研。",
    "3月6日，浙江省知识产权局副局长孙某一行到丽水市对商标品牌指导站建设情况开展调研。",
])
def test_what_a_visit_is_about_may_stand_before_its_verb(text: str):
    found = [e for e in events(text, date="2024-03-10") if e.type == "Meeting"]
    assert [e.start for e in found] == ["2024-03-06"], [e.label for e in found]
