"""Issue 16, events, session 28 (ev37): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — an operation singled out by what it acts on (打假专项行动, 商标侵权专项执法行动)
is a name of its own that a verb of carrying out holds in a dated sentence, a kind alone (联合执法行动) or counted
(执法行动约5000次) is none; a clause whose subject was told before and that opens with its time (…，自3月1日起开展)
or a place gone to (到夜市开展) still has the subject's verb; 本年度 is this year, no pointing word; how many went
(一行5人到X调研) is read over in a visit."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events

# --- an operation named by what it acts on: knowledge operation / operation_manner, kinds.named_operation ---


@pytest.mark.parametrize("text, label, start", [
    ("6月3日，青田县市场监管局在全县开展侵权假冒眼镜专项整治行动。", "侵权假冒眼镜专项整治行动", "2024-06-03"),
    ("9月2日，丽水海关在口岸开展出口商标侵权专项执法行动。", "出口商标侵权专项执法行动", "2024-09-02"),
    ("11月5日，缙云县市场监管局组织执法人员到五金市场开展执法抽查行动。", "执法抽查行动", "2024-11-05"),
    ("龙泉市市场监管局结合本地实际，突出重点市场，自3月1日起开展2024年宝剑商标保护专项行动。",
     "2024年宝剑商标保护专项行动", "2024-03-01"),
    ("8月8日，温州海关联合瑞安海关开展本年度第二次知识产权保护联合执法行动。",
     "本年度第二次知识产权保护联合执法行动", "2024-08-08"),
])
def test_an_operation_named_by_what_it_acts_on_is_held(text: str, label: str, start: str):
    found = [(e.label, e.start) for e in events(text, date="2024-12-01")]
    assert (label, start) in found, found


@pytest.mark.parametrize("text", [
    "6月3日，青田县市场监管局在全县开展联合执法行动。",
    "6月3日，青田县市场监管局在全县开展专项行动。",
    "2024年，全县市场监管部门针对重点市场开展执法行动约5000次。",
    "青田县市场监管局积极开展侵权假冒眼镜专项整治行动。",
    "下一步，青田县市场监管局将开展侵权假冒眼镜专项整治行动。",
])
def test_a_kind_of_operation_a_count_or_an_undated_one_is_no_event(text: str):
    assert [e.label for e in events(text, date="2024-12-01") if e.label.endswith("行动")] == []


# --- how many went, told after 一行 (trips._HEAD_COUNT) ---


@pytest.mark.parametrize("text", [
    "5月9日，衢州市市场监督管理局副局长钱某一行5人到金华市知识产权保护中心调研。",
    "5月9日，衢州市市场监督管理局副局长钱某一行五人到金华市知识产权保护中心调研。",
])
def test_a_head_count_after_the_group_is_read_over_in_a_visit(text: str):
    found = [e for e in events(text, date="2024-05-10") if e.type == "Meeting"]
    assert [e.start for e in found] == ["2024-05-09"], [e.label for e in found]
