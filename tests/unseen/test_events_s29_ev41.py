"""Issue 16, events, session 29 (ev41): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — a headline and the body naming one activity in two ways, neither name ending the
other (headline 2024年知识产权宣传周宣传活动, body 2024年某区知识产权安全宣传周现场宣传活动; headline 某省…岗前培训班,
body 全省…培训班), are one event: the words of one name, without its year, edition or scope word, stand in order in
the other's, the type noun, the day (or none) and the holder (or none) agree. The node takes the body's name (the
headline's when the body's opens with a scope word, 全省), the more precise date and the roles of both."""

from __future__ import annotations

import pytest

from ipgraph.extract.events.labels import words_within
from tests.unseen.test_events import events, one


@pytest.mark.parametrize("text, date, kept, gone, start", [
    # the body's fuller name for the headline's activity
    ("东湖区开展2024年知识产权宣传周宣传活动\n"
     "4月25日上午，东湖区市场监督管理局在人民广场开展2024年东湖区知识产权安全宣传周现场宣传活动。"
     "活动现场共发放宣传资料300余份。\n", "2024-04-26",
     "2024年东湖区知识产权安全宣传周现场宣传活动", "2024年知识产权宣传周宣传活动", "2024-04-25"),
    # a body course named for its scope (全省) is the headline's course, which keeps the headline's name
    ("浙江省商标代理人岗前培训班开班\n"
     "为加强人才队伍建设，省知识产权研究中心决定举办全省商标代理人培训班。"
     "5月10日上午，浙江省商标代理人岗前培训班开班仪式在杭州举行。\n", "2024-05-12",
     "浙江省商标代理人岗前培训班", "全省商标代理人培训班", "2024-05-10"),
])
def test_a_headline_and_the_body_naming_one_activity_two_ways_are_one_event(text: str, date: str, kept: str,
                                                                              gone: str, start: str):
    found = events(text, date=date)
    assert one(found, kept).start == start
    assert not [e for e in found if e.label == gone]


def test_a_body_activity_whose_words_are_not_the_headlines_stays_its_own():
    text = ("东湖区开展2024年知识产权宣传周宣传活动\n"
            "4月25日上午，东湖区市场监督管理局在人民广场开展商标品牌保护现场宣传活动。活动现场共发放宣传资料300余份。\n")
    labels = [e.label for e in events(text, date="2024-04-26")]
    assert "2024年知识产权宣传周宣传活动" in labels and "商标品牌保护现场宣传活动" in labels


def test_words_within_reads_words_in_order_not_scattered_characters():
    assert words_within("知识产权宣传周宣传活动", "坡头区知识产权安全宣传周现场宣传活动")
    assert words_within("专利工程师培训班", "安徽省专利工程师岗前培训班")
    assert not words_within("专利代理实务培训班", "专利审查员代理人实务技能业务培训班")  # four runs: pieces
    assert not words_within("商标品牌宣传活动", "知识产权宣传周现场宣传活动")


# --- a name never reaches back past 召集 or 部署 (knowledge/events/words.tsv left_stop) ------------------------------

def test_a_meeting_called_to_plan_the_week_is_no_event_named_after_its_caller():
    text = "4月26日上午，副县长王明召集会议部署宣传周活动，并到现场参加宣传活动。"
    assert not [e for e in events(text, date="2024-04-27") if "王明" in e.label]


def test_names_holding_the_words_still_read_whole():
    text = ("3月5日，全市知识产权工作部署会在市政府召开。\n"
            "5月8日，知识产权联席会议召集人会议在市政府召开。\n")
    labels = [e.label for e in events(text, date="2024-05-10")]
    assert "全市知识产权工作部署会" in labels and "知识产权联席会议召集人会议" in labels
