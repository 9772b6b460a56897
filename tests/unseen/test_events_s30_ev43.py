"""Issue 16, events, session 30 (ev43): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — a named day (knowledge/events/days.tsv: 世界知识产权日) before a noun too common
to name an event alone (活动) titles it as a quoted title does: 举办4·26世界知识产权日系列活动, 开展世界知识产权日
宣传活动 tell of one event, the day's activity the body holds; the day told alone is still the day's own event, and a
plan or a sentence with no verb of holding tells of none."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one


@pytest.mark.parametrize("text, date, label, start", [
    # a verb of holding and the day's series of activities
    ("5月3日，某大学知识产权学院举办4·26世界知识产权日系列活动。", "2024-05-06", "4·26世界知识产权日系列活动",
     "2024-05-03"),
    # a verb of carrying out, a dated sentence
    ("4月22日，某区人民检察院在中心广场开展世界知识产权日宣传活动。", "2024-04-24", "世界知识产权日宣传活动",
     "2024-04-22"),
    # topic words between the day and the noun
    ("4月25日，某县科学技术协会举办世界知识产权日主题科普活动。", "2023-04-27", "世界知识产权日主题科普活动",
     "2023-04-25"),
])
def test_a_named_day_before_a_common_noun_titles_one_event(text: str, date: str, label: str, start: str):
    assert one(events(text, date), label).start == start


def test_a_headline_naming_the_days_activity_is_one_event_of_its_holder():
    found = events("某县市场监督管理局开展世界知识产权日宣传活动\n本次活动共发放宣传资料300余份。\n", "2025-04-24")
    assert one(found, "世界知识产权日宣传活动").organisers


@pytest.mark.parametrize("text, date", [
    ("下一步，某区市场监督管理局将开展世界知识产权日宣传活动。", "2024-04-24"),  # a plan
    ("世界知识产权日宣传活动进一步提升了群众的保护意识。", "2024-04-28"),  # no verb of holding
    ("4月26日，某区在广场开展世界知识产权日的宣传活动。", "2024-04-28"),  # 的: what an activity was about
])
def test_a_day_with_no_holding_or_joined_by_de_titles_no_event(text: str, date: str):
    assert not [e.label for e in events(text, date) if e.label.endswith("活动")], text


def test_a_campaigns_activities_told_again_by_the_campaigns_name_are_one_event():
    """“4·26知识产权宣传周”活动 and the “知识产权宣传周” a later stand was part of are one campaign, not two."""
    text = ("某海关开展“4·26知识产权宣传周”活动\n"
            "连日来，某海关开展了形式多样的“4·26知识产权宣传周”活动。"
            "4月24日，某海关组织开展“知识产权宣传周”码头宣讲活动，向船员普及知识。\n")
    labels = [e.label for e in events(text, "2022-04-27")]
    assert "知识产权宣传周" not in labels
    assert "“4·26知识产权宣传周”活动" in labels


def test_a_papers_issue_named_for_a_campaign_is_no_event():
    """宣传周特刊, 大会专刊: an issue printed for the event, what a stand hands out."""
    text = "4月26日，某学院在校园举办知识产权有奖竞答活动，向同学们赠阅《某某报》宣传周特刊200份。"
    assert not [e.label for e in events(text, "2024-04-28") if e.label.endswith("宣传周")]


@pytest.mark.parametrize("text, date, labels, start", [
    # an adverb of order between the name and the verb that makes it the subject (率先拉开了…序幕)
    ("15日，“创意校园”摄影大赛率先拉开了本届科技节的序幕。", "2023-05-20", ["“创意校园”摄影大赛"], "2023-05-15"),
    # names listed before that verb are each its subject, each held that day
    ("3日，“小小发明家”绘画比赛、“专利达人”知识竞赛拉开了科普月活动序幕。", "2024-06-10",
     ["“小小发明家”绘画比赛", "“专利达人”知识竞赛"], "2024-06-03"),
])
def test_names_listed_before_a_verb_that_makes_them_its_subject_are_each_held(text: str, date: str,
                                                                             labels: list[str], start: str):
    found = events(text, date)
    for label in labels:
        assert one(found, label).start == start
