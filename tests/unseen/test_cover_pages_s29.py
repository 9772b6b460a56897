"""Session 29 (wp38), the cover page of a committee document (events/covers.py): the body, its session and the
session's dates and place, each on a line of its own. A session line that prints its other name in brackets, a
date line that opens in brackets before the document's title, a title line that names the body before a colon and
a session line a later telling names in full are covers too; a verb of sending (提交) ends a body's name read
leftwards, so a session a document goes to stays a reference. Sentences written for these tests, none copied from a
report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events


def _told(text: str, date: str) -> list[tuple[str, str | None, str | None, list[str], str | None]]:
    return [(e.label, e.start, e.end, e.organisers, e.city) for e in events(text, date)]


def test_a_session_line_with_its_other_name_in_brackets_is_the_cover() -> None:
    """第四十届会议(第20次特别会议) under the assembly's name: dated and placed by the line below, held by the body."""
    text = ("世界知识产权组织大会\n第四十届会议(第20次特别会议)\n2011年9月26日至10月5日,日内瓦\n"
            "关于某事项的报告")
    assert _told(text, "2011-08-01") == [
        ("第四十届会议", "2011-09-26", "2011-10-05", ["org/WIPO-GA"], "geneva")]


def test_a_date_in_brackets_before_the_title_dates_the_session_above() -> None:
    """…第二十届会议 / (2010年6月21日至24日,日内瓦)报告: the report's title runs on from the session's name."""
    text = "版权及相关权常设委员会第二十届会议\n(2010年6月21日至24日,日内瓦)报告\n1. 委员会审议了议程。"
    assert _told(text, "2010-08-01") == [
        ("版权及相关权常设委员会第二十届会议", "2010-06-21", "2010-06-24", ["org/WIPO-SCCR"], "geneva")]


def test_a_title_line_names_the_body_before_a_colon() -> None:
    """产权组织成员国大会：第五十八届系列会议: the organisation before the colon holds the session after it."""
    text = "产权组织成员国大会：第五十八届系列会议\n\n2018年9月24日至10月2日\n\n会议通过了议程。"
    assert [(label, start, organisers) for label, start, _, organisers, _ in _told(text, "2018-10-05")] == [
        ("第五十八届系列会议", "2018-09-24", ["org/WIPO"])]


def test_a_cover_session_named_in_full_later_keeps_the_covers_date() -> None:
    """The cover's 第二十五届会议 and the note's undated 专利法常设委员会第二十五届会议 are one session, dated by the
    cover."""
    text = ("专利法常设委员会\n第二十五届会议\n2016年12月12日至15日,日内瓦\n秘书处的说明\n"
            "本说明概述了专利法常设委员会第二十五届会议将讨论的问题。")
    assert _told(text, "2016-10-01") == [
        ("专利法常设委员会第二十五届会议", "2016-12-12", "2016-12-15", ["org/WIPO-SCP"], "geneva")]


def test_a_session_a_document_is_sent_to_is_no_event() -> None:
    """本文件将提交…第八十五届会议: 提交 is no part of the body's name, and the session is only where it goes."""
    assert events("秘书处编拟\n本文件将提交计划委员会第八十五届会议。", "2000-10-01") == []
