"""Session 12 (rf), events: a session the clause only refers to is no event held (events/referring.py). Sentences
written for these tests (none copied from an evaluation text), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events


def labels(text: str, date: str = "2025-08-06") -> list[str]:
    return [e.label for e in events(text, date=date)]


def test_a_session_named_as_a_time_point_is_no_event():
    found = labels("8月5日，中日知识产权工作组第十二次会议在东京召开。会议认为，中日知识产权工作组第十一次会议以来，"
                   "双方在审查合作方面取得积极进展。")
    assert "中日知识产权工作组第十二次会议" in found
    assert not any("第十一次" in label for label in found), found


def test_a_session_named_as_a_source_is_no_event():
    found = labels("5月10日，为贯彻落实第三次全国知识产权工作会议精神，全市知识产权工作会议在苏州召开。")
    assert "全市知识产权工作会议" in found
    assert "第三次全国知识产权工作会议" not in found, found


def test_a_session_as_the_agent_of_a_relative_clause_is_no_event():
    found = labels("8月5日，中泰知识产权联合委员会第八次会议在曼谷举行。会议回顾了第七次会议所确定合作事项的落实情况。")
    assert "中泰知识产权联合委员会第八次会议" in found
    assert not any("第七次" in label for label in found), found


def test_a_session_named_bare_as_the_time_of_another_event_is_no_event():
    found = labels("2024年7月9日，在世界知识产权组织第六十五届成员国大会期间，国家知识产权局局长与巴西工业产权局局长"
                   "在日内瓦举行双边会谈。", date="2024-07-10")
    assert not any("第六十五届" in label for label in found), found


def test_a_framed_session_that_a_verb_of_holding_governs_is_held():
    found = labels("在2024年7月9日举行的世界知识产权组织第六十五届成员国大会期间，国家知识产权局局长"
                   "与巴西工业产权局局长举行双边会谈。", date="2024-07-10")
    assert any("第六十五届成员国大会" in label for label in found), found


def test_a_referred_session_the_report_tells_held_elsewhere_stays_an_event():
    found = labels("2024年9月3日，中泰知识产权联合委员会第七次会议在北京召开。8月5日，中泰知识产权联合委员会第八次会议"
                   "在曼谷举行。会议认为，中泰知识产权联合委员会第七次会议以来，双方合作成效显著。")
    assert "中泰知识产权联合委员会第七次会议" in found, found
    assert "中泰知识产权联合委员会第八次会议" in found, found
