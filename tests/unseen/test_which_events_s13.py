"""Session 13, which events a text tells and their names: sentences written for these tests (none copied from an
evaluation text), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events


def labels(text: str, date: str = "2025-05-06") -> list[str]:
    return [e.label for e in events(text, date=date)]


def test_an_edition_before_a_quoted_title_belongs_to_the_name():
    assert labels("由市知识产权局主办的第三届“甬江知识产权论坛”5日在宁波开幕。") == ["第三届“甬江知识产权论坛”"]
    assert labels("2019年发起的第三期全球“护航行动”查获案件300起。") == ["第三期全球“护航行动”"]


def test_an_edition_is_not_taken_across_another_event_noun():
    assert "第二届大会上发布“蓝天行动”" not in labels("第二届大会上发布“蓝天行动”，为期三个月。")
