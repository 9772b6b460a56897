"""Session 12 (ev), events found and their start dates: sentences written for these tests (none copied from an
evaluation text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events

# --- head nouns of events the knowledge lacked: an operation (行动), a week (创新周), a market (市集) ------------


@pytest.mark.parametrize(("text", "date", "told"), [
    ("2023年发起的第三期“蓝盾行动”共查获侵权案件300起。", "2024-01-10", ("第三期“蓝盾行动”", "Campaign", "2023")),
    ("2024年5月，某市海关发起了“清风行动”，查获侵权货物120批。", "2024-06-01", ("清风行动", "Campaign", "2024-05")),
    ("某科技园区创新周10月9日起连续三天举办，期间举办多场论坛。", "2024-10-20",
     ("某科技园区创新周", "Campaign", "2024-10-09")),
    ("11月3日，“2024年春节年货市集”在人民广场开幕，市场监管局到场宣传商标知识。", "2024-11-05",
     ("2024年春节年货市集", "Exhibition", "2024-11-03")),
])
def test_an_operation_a_week_or_a_market_of_its_own_name_is_an_event(text, date, told):
    assert [(e.label, e.type, e.start) for e in events(text, date=date)] == [told]


def test_an_action_plan_a_follow_up_action_and_a_whole_city_gathering_are_no_events():
    assert events("2024年5月，省知识产权局印发《商标品牌建设行动计划》。", date="2024-06-01") == []
    assert events("2023年10月16日，产权组织举办培训。作为直接的后续行动，30名学员参加了辅导。", date="2024-01-10") \
        == events("2023年10月16日，产权组织举办培训。", date="2024-01-10")
    assert events("11月3日，全市集中销毁侵权商品一批。", date="2024-11-05") == []


# --- 暨 joins two events of different kinds, or two operations one of which is a quoted title (events/compounds.py) --


@pytest.mark.parametrize(("text", "told"), [
    ("9月5日，第三届中泰知识产权局长会暨研讨会在曼谷举行。",
     [("第三届中泰知识产权局长会", "Meeting", "2024-09-05"), ("第三届中泰知识产权研讨会", "Seminar", "2024-09-05")]),
    ("9月3日，闽台知识产权合作工作组第八次会议暨新闻发布会在福州召开。",
     [("闽台知识产权合作工作组第八次会议", "Meeting", "2024-09-03"),
      ("闽台知识产权合作工作组新闻发布会", "Event", "2024-09-03")]),
])
def test_two_events_of_different_kinds_joined_by_ji_are_two_sharing_what_opens_the_first(text, told):
    """The bare second noun takes the first name's opening (第三届中泰知识产权), not a number that counts the first
    noun's sessions only (第八次)."""
    assert [(e.label, e.type, e.start) for e in events(text, date="2024-09-10")] == told


def test_a_quoted_operation_joined_to_another_operation_is_two():
    found = events("3月1日，某市市场监管局举办“护航行动2024”暨商标专项执法行动。", date="2024-03-10")
    assert [(e.label, e.type) for e in found] == [("“护航行动2024”", "Campaign"), ("商标专项执法行动", "Campaign")]


@pytest.mark.parametrize(("text", "label"), [
    ("3月1日，某市市场监管局召开“护航行动2024”暨商标专项执法行动部署会。", "“护航行动2024”暨商标专项执法行动部署会"),
    ("3月1日，第二届两岸青年论坛暨第五届海峡法治论坛在厦门举行。", "第二届两岸青年论坛暨第五届海峡法治论坛"),
    ("3月1日，东盟知识产权青年研修班暨联合实验室成立一周年活动在南宁举行。",
     "东盟知识产权青年研修班暨联合实验室成立一周年活动"),
])
def test_a_meeting_about_two_operations_two_forums_and_a_course_with_an_activity_joined_by_ji_are_one(text, label):
    assert [e.label for e in events(text, date="2024-03-10")] == [label]


def test_a_headline_part_told_in_the_lead_with_a_fuller_name_and_place_is_that_event():
    found = events("第三届中泰知识产权局长会暨研讨会在曼谷举行\n\n日前，第三届中泰知识产权双边局长会在泰国曼谷举行。"
                   "会议期间，双方还出席了第三届中泰知识产权研讨会。", date="2024-09-10")
    assert sorted(e.label for e in found) == ["第三届中泰知识产权双边局长会", "第三届中泰知识产权研讨会"]
