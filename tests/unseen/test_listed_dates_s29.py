"""Session 29 (wp38), a listed item's date in brackets (events rule ``event-list``) read in either width: a copied
page types ``(2019年6月3日至5日)`` as often as ``（…）``, and its commas half-width too; a session the clause sends a
document to (将提交给…第二十五届会议（…）) is what the document goes to, no item held. Sentences written for these
tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events


def test_a_half_width_bracket_dates_a_listed_item() -> None:
    """2019年地区协调会议(2019年6月3日至5日): the item and its days, as with full-width brackets."""
    text = "2. 2019年地区协调会议(2019年6月3日至5日)汇集了来自40个国家的代表,讨论了来年的工作。"
    assert [(e.label, e.start, e.end) for e in events(text, "2019-09-01")] == [
        ("2019年地区协调会议", "2019-06-03", "2019-06-05")]


def test_half_width_colon_and_comma_open_the_items() -> None:
    """…包括:A(…),B(…): each item its own event, as the full-width list reads."""
    text = "本年度的活动包括:区域协调会议(2019年3月4日),国家协调员会议(2019年4月8日)。"
    assert [(e.label, e.start) for e in events(text, "2019-09-01")] == [
        ("区域协调会议", "2019-03-04"), ("国家协调员会议", "2019-04-08")]


def test_a_session_a_report_goes_to_is_no_listed_item() -> None:
    """该报告将提交给…(PBC)的第三十届会议(…): the session is only where the report goes."""
    text = "2. 该报告将提交给计划和预算委员会(PBC)的第三十届会议(2019年7月8日至12日)。"
    assert events(text, "2019-05-01") == []
