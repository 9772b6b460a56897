"""Issue 16, events, session 32 (ev46): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — a public act of enforcement (集中销毁活动, 统一销毁行动) is an event whatever verb
stages it (举行, 开展); a short list in brackets (省(区、市)) glosses the word before it as one word does, so the name
goes on through it; a named event told only as the place of what was done (在“…”销毁活动主会场) was held, as one told
at its session (会议上) is, while an unnamed one (在活动现场) stays a setting."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one


@pytest.mark.parametrize("text, label, start", [
    ("4月26日，东湖海关在物流园举行侵权货物集中销毁活动，共销毁侵权货物3万件。", "侵权货物集中销毁活动", "2024-04-26"),
    ("4月21日，西岭市打假办开展侵权假冒商品集中销毁活动。", "侵权假冒商品集中销毁活动", "2024-04-21"),
    ("4月25日，南屏市场监管局举行大型侵权商品销毁行动。", "大型侵权商品销毁行动", "2024-04-25"),
])
def test_a_destruction_of_seized_goods_is_an_event(text: str, label: str, start: str):
    assert one(events(text, date="2024-04-28"), label).start == start


def test_a_list_in_brackets_inside_a_name_does_not_cut_it():
    text = "近日，某领导小组办公室组织开展了12省(区、市)侵权假冒商品统一销毁行动，共销毁假货800吨。"
    assert one(events(text, date="2024-04-28"), "12省(区、市)侵权假冒商品统一销毁行动")


def test_a_named_event_told_as_the_place_of_what_was_done_was_held():
    text = "4月23日，东湖海关在“护航创新—云上直播”集中统一销毁活动主会场，销毁侵权货物5万件。"
    assert one(events(text, date="2024-04-28"), "“护航创新—云上直播”集中统一销毁活动").start == "2024-04-23"


@pytest.mark.parametrize("text", [
    "4月23日，东湖海关在活动现场向旅客发放宣传资料200份。",
    "4月23日，东湖海关开展宣传活动，向旅客发放宣传资料200份。",
    "今年以来，东湖海关累计销毁侵权货物12万件。",
])
def test_an_unnamed_activity_or_a_count_of_goods_destroyed_is_no_event(text: str):
    assert events(text, date="2024-04-28") == []
