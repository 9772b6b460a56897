"""Session 21 (wp23), one node per numbered session of a committee: a body holds each of its sessions once, so a
session told by the body's acronym (ACE第十五届会议) and by its name in full (执法咨询委员会第十五届会议), or on a
title line by its number alone (第三届会议 under the body's name) and in full in the body with the same days, is one
event, named in full and dated as precisely as either telling; two bodies' sessions of one number named in full stay
two. Sentences written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events


@pytest.mark.parametrize("text, date, told", [
    ("ACE第十五届会议小结\n\n执法咨询委员会第十五届会议于2022年8月31日至9月2日在日内瓦举行，会议交流了各国的执法经验。",
     "2022-09-20", ("执法咨询委员会第十五届会议", "2022-08-31", "2022-09-02")),
    ("版权及相关权常设委员会第四十一届会议于2021年6月28日至7月1日举行。会上，SCCR第四十一届会议听取了关于广播组织的介绍。",
     "2021-07-15", ("版权及相关权常设委员会第四十一届会议", "2021-06-28", "2021-07-01")),
    ("IGC第四十届会议结束\n\n政府间委员会第四十届会议于2019年6月21日闭幕，会上讨论了传统知识问题。", "2019-06-25",
     ("政府间委员会第四十届会议", "2019-06-21", "2019-06-21")),
])
def test_a_session_told_by_acronym_and_in_full_is_one(text: str, date: str, told: tuple[str, str, str]) -> None:
    """The acronym and the name of one body read the same holder: one session, its full name, its days."""
    assert [(e.label, e.start, e.end) for e in events(text, date)] == [told]


def test_a_title_lines_bare_session_is_the_one_the_body_tells_in_full() -> None:
    """A cover prints the session by its number under the body's name; the body tells it in full on the same days."""
    text = ("产权组织知识产权与数据问题特设小组\n\n第三届会议，2023年5月8日至10日\n\n"
            "知识产权与数据问题特设小组(DAG)第三届会议于2023年5月8日至10日举行，共有60个成员国出席。")
    assert [(e.label, e.start) for e in events(text, "2023-06-01")] == [
        ("知识产权与数据问题特设小组(DAG)第三届会议", "2023-05-08")]


def test_two_bodies_sessions_of_one_number_stay_two() -> None:
    """Two names in full, neither an acronym: two bodies, two sessions, whatever their number."""
    text = ("2021年10月，执法咨询委员会第十四届会议在日内瓦举行。同月，版权及相关权常设委员会第十四届会议"
            "也在日内瓦举行。")
    assert len(events(text, "2021-12-01")) == 2


def test_a_title_lines_bare_session_is_no_conference_of_the_same_number() -> None:
    """A conference numbered as the body's session is (第十七届…执法会议) does not end with the cover's 第十七届会议:
    two events, each on its own days."""
    text = ("执法咨询委员会\n\n第十七届会议\n\n2025年2月4日至6日，日内瓦\n\n"
            "产权组织参加了2024年11月5日至7日在新加坡举行的第十七届知识产权犯罪国际执法会议。")
    assert sorted((e.label, e.start) for e in events(text, "2025-01-10")) == [
        ("第十七届会议", "2025-02-04"), ("第十七届知识产权犯罪国际执法会议", "2024-11-05")]
