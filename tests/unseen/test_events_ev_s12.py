"""Session 12 (ev), events found and their start dates: sentences written for these tests (none copied from an
evaluation text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events

# --- head nouns of events the knowledge lacked: an operation (行动), a week (创新周), a market (市集) ------------


@pytest.mark.parametrize(("text", "date", "told"), [
    ("2023年发起的第三期“蓝盾行动”共查获侵权案件300起。", "2024-01-10", ("蓝盾行动", "Campaign", "2023")),
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
