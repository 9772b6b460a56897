"""Session 36, committee documents (wp44): a paragraph number printed again with no heading between keeps its own
passage; a session recalled, charging others or sent a report is only referred to; a body's session with the
body's short form in brackets is the body's; a name too short to stand alone is a body as a list item beside one.
Sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from ipgraph.ingest.passages import segment
from tests.unseen.test_commitments_round5 import read
from tests.unseen.test_events import events, one
from tests.unseen.test_new_orgs_s14 import orgs

# A contents list numbered 1., 2. and a body numbered 1., 2. again, no heading line to tell them apart.
NUMBERED_TWICE = ("渔业法律事务委员会(渔法委)\n\n1. 引 言\n2. 撤消丁委员会\n\n附 录\n\n1. 决议草案\n\n"
                  "I. 引 言\n\n1. 渔业法律事务委员会(渔法委)第九届会议于2001年4月2日举行。\n2. 下列成员出席了会议。\n")


def _names(text: str, res) -> set[str]:
    return {name for names in orgs(text, res) for name in names}


def test_a_number_printed_again_with_no_heading_is_a_passage_of_its_own():
    """Each passage keys the facts read in it: two passages of one key shared their mentions, and a name's span
    from one was read in the other's text (the build stopped on an index past its end)."""
    slugs = [p.slug for p in segment(NUMBERED_TWICE)]
    assert len(slugs) == len(set(slugs))
    assert read(NUMBERED_TWICE, "treaty_actions") == []


def test_a_session_a_body_recalls_is_no_event_and_the_verb_opens_no_name(res):
    """忆及 ends in 及, which joins nouns elsewhere: here it is a verb, and the session after it is a memory."""
    text = "丙委员会忆及理事会第一一四届会议(1997年11月)要求秘书处审查证书程序。"
    assert events(text, date="1999-05-01") == []
    assert not any("忆及" in name for name in _names(text, res))


def test_a_session_that_charged_others_is_no_event():
    """A numbered session, or one told by its time, named as the source of a request (要求, 建议 right after it) is
    not told held."""
    assert events("戊委员会第四十三届会议要求秘书处组织三个虚拟活动。", date="2023-12-01") == []
    assert events("1998年5月的计划和财政两委员会联席会议建议由一个证书委员会在大会开幕之前审查证书。",
                  date="1999-05-01") == []
    # the meeting a news item is about may say what it asks for, and a verb of holding may tell it held: still held
    assert one(events("3月5日，全省知识产权工作会议要求各地加强保护。", date="2024-03-06"), "全省知识产权工作会议")
    assert one(events("3月5日，在杭州召开的全省知识产权局局长会议要求各地加强保护。", date="2024-03-06"),
               "全省知识产权局局长会议")


def test_a_session_a_report_is_sent_to_is_no_event():
    """向…第六十九届会议提交报告: the session is where the report goes, as after 提交给."""
    assert events("大会请秘书长就公约现况向大会第六十九届会议提交报告。", date="2014-07-25") == []


def test_a_bodys_session_after_its_short_form_in_brackets_is_held_by_the_body():
    """(渔法委) between the body and its session's number stands as an acronym would."""
    found = events("渔业法律事务委员会(渔法委)第十二届会议于2010年4月26日和27日举行。", date="2010-05-01")
    assert one(found, "渔业法律事务委员会(渔法委)第十二届会议").organisers == ["org/yu-ye-fa-lv-shi-wu-wei-yuan-hui"]


def test_a_short_name_beside_a_body_in_a_list_is_a_body(res):
    """设计学院 (two characters before 学院) names no body alone; beside 中欧知识产权学院 across 、 it is one."""
    names = _names("3月4日，设计学院、中欧知识产权学院负责人带队调研。", res)
    assert {"设计学院", "中欧知识产权学院"} <= names
    assert "设计学院" not in _names("3月4日，设计学院负责人带队调研。", res)


def test_the_state_councils_poverty_office_printed_short_is_a_body(res):
    """国务院扶贫办 ends in 办, a verb of holding no head reads: the short name is listed with its full name."""
    assert ("国务院扶贫办",) in orgs("国务院扶贫办、财政部等机构的代表出席了总结会。", res)
