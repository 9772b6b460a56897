"""Issue 16, events, session 34 (ev52): sentences written for these tests (none copied from an evaluation text or
a probe), read by the real pipeline — meetings told by a verb: two bodies' 座谈交流 joined by 与 is their talks,
as a call (通话) between two officers is; a group that 来访 a named body visits it (来访 no longer read as part
of the host's name); a body the clause has told as visited is no visitor of the next call (访问了A，并拜访了B:
the visitors of B are the group, not A); talks recalled (回顾了…与X的会谈) or wished for (期待…与X会谈) are
no meeting held; talks joined by 与 over a video link (视频会议) are talks; a group met by its word alone in the
sentence of its visit (到访X，局长会见了代表团) is part of that visit, read after it; the word of the group
(代表团一行) is no title before a name; the outlet of a bulletin line (某某网讯) is no visitor; 欧专局 is the
EPO."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one


def test_two_bodies_joined_by_yu_in_a_panel_exchange_hold_talks():
    found = events("4月12日，江苏省知识产权局与安徽省知识产权局在合肥进行座谈交流。", date="2025-04-15")
    meeting = one(found, "与安徽省知识产权局座谈交流")
    assert meeting.type == "Meeting" and meeting.start == "2025-04-12"
    assert len(meeting.participants) == 2


def test_a_call_between_two_officers_is_a_meeting_of_their_bodies():
    found = events("8月20日，国家知识产权局局长王志远与欧洲专利局局长卡尔·温特通话。", date="2025-08-22")
    meeting = one(found, "王志远与卡尔·温特通话")
    assert set(meeting.participants) == {"org/CNIPA", "org/EPO"}
    assert meeting.start == "2025-08-20"


@pytest.mark.parametrize("text, label, side", [
    ("7月3日，韩国知识产权局代表团来访市知识产权局。", "来访市知识产权局", "org/KIPO"),
    ("6月2日，国家知识产权局与新加坡知识产权局举行视频会议。", "与新加坡知识产权局视频会议", "org/CNIPA"),
])
def test_a_visit_by_laifang_and_talks_over_a_video_link_have_two_sides(text, label, side):
    meeting = one(events(text, date="2025-07-05"), label)
    assert side in meeting.participants and len(meeting.participants) == 2


def test_a_body_visited_earlier_in_the_clause_is_no_visitor_of_the_next_call():
    text = "9月8日，市知识产权局代表团访问了奥地利专利局，并拜访了欧亚专利组织。"
    found = events(text, date="2025-09-10")
    second = next(e for e in found if e.label.endswith("欧亚专利组织"))
    assert not any("ao-di-li" in p for p in second.participants), second.participants


@pytest.mark.parametrize("text", [
    "会上，局长回顾了去年与欧洲专利局的会谈。",
    "局长表示，期待明年与欧洲专利局举行会谈。",
])
def test_talks_recalled_or_wished_for_are_no_meeting(text):
    assert not [e for e in events(text, date="2025-03-01") if e.type == "Meeting"]


def test_a_group_met_in_the_sentence_of_its_visit_is_part_of_that_visit():
    found = events("7月3日，韩国知识产权局代表团到访市知识产权局，局长刘洋会见了代表团。", date="2025-07-05")
    meetings = [e for e in found if e.type == "Meeting"]
    assert [e.label for e in meetings] == ["到访市知识产权局"]
    assert "org/KIPO" in meetings[0].participants


def test_the_word_of_a_group_met_is_no_title_before_a_name():
    found = events("韩国知识产权局代表团来访。市知识产权局局长刘洋会见了代表团一行。", date="2025-07-05")
    assert "刘洋会见代表团一行" in {e.label for e in found}


def test_the_outlet_of_a_bulletin_line_makes_no_visit():
    text = "江城网讯 日前，市知识产权局局长刘洋率队访问了欧专局，并拜访了奥地利专利局。"
    found = events(text, date="2025-10-09")
    visits = [e for e in found if e.type == "Meeting"]
    assert visits and all(not any("jiang-cheng-wang" in p for p in e.participants) for e in visits), \
        [(e.label, e.participants) for e in visits]
    assert any("org/EPO" in e.participants for e in visits)
