"""Session 32, committee documents and white papers: a list of a body's numbered sessions is the body's item by item,
a cover page's body line may stand above the agenda item, a session named as the body acting (注意到) or by where it
stands (上届) is a reference, places listed before 分别 are stops, and a quoted event a release was made at is dated
by the sentence's day. Sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_each_numbered_session_of_a_list_is_held_by_the_body_before_the_first():
    """某联盟第62届技术委员会会议和第83届行政与法律委员会会议: the union holds both sessions, the second named by its
    number alone."""
    found = events("10月9日至12日,国际植物新品种保护联盟第62届技术委员会会议和第83届行政与法律委员会会议在日内瓦举行。",
                   date="2025-10-15")
    assert one(found, "第83届行政与法律委员会会议").organisers == ["org/UPOV"]
    assert one(found, "国际植物新品种保护联盟第62届技术委员会会议").organisers == ["org/UPOV"]


def test_a_session_after_a_clause_break_is_not_of_the_list():
    """A numbered event after a comma is told in another clause: the body before it holds no more than its own."""
    found = events("国际植物新品种保护联盟第62届技术委员会会议结束后,第5届亚洲种业论坛在东京举行。", date="2025-10-15")
    assert all(e.organisers != ["org/UPOV"] for e in found if e.label.startswith("第5届"))


def test_a_cover_pages_body_line_above_the_agenda_item_holds_the_session():
    """Body / 暂定议程议题 / session / date and place, each a line: the agenda item's line names no holder, the body's
    line above it does."""
    cover = "发展与知识产权委员会(CDIP)\n暂定议程议题5\n第三十五届会议\n2025年4月7日至11日,日内瓦\n"
    found = events(cover + "1. 本文件载有项目报告。", date="2025-03-01")
    assert one(found, "第三十五届会议").organisers == ["org/WIPO-CDIP"]


def test_a_cover_line_of_other_words_between_names_no_holder():
    """A line of other words between (原文:英文) is no agenda item: the body above it is not read as the holder."""
    found = events("世界知识产权组织\n原文:英文\n第九届会议\n2023年4月24日至28日,日内瓦\n报告草案", date="2023-05-01")
    assert one(found, "第九届会议").organisers == []


def test_a_quoted_event_that_is_the_setting_of_a_release_takes_the_sentences_day():
    """4月20日，《…》在“…仪式”上发布: the white paper was released at the ceremony, so the ceremony was held that day,
    a finer date than the year its name opens with."""
    found = events("4月20日上午,《2024年某市知识产权保护状况》白皮书在“2025年市知识产权宣传周启动仪式”上发布。",
                   date="2025-04-22")
    assert one(found, "2025年市知识产权宣传周启动仪式").start == "2025-04-20"


def test_places_listed_before_the_adverb_of_succession_are_stops_each():
    """在A、B和C分别举办了…讲习班: the places stand before 分别, the verb right after it; a workshop in each."""
    found = events("2024年,该项目在秘鲁、印度尼西亚和南非分别举办了国家讲习班。", date="2025-03-01")
    assert [e.stop for e in found if e.label == "国家讲习班"] == ["秘鲁", "印度尼西亚", "南非"]


def test_bodies_listed_before_the_adverb_hold_one_event_each_in_one_place():
    """甲局和乙局分别在北京举办了研讨会: the list is who held, the place is one: no itinerary of stops."""
    found = events("2024年5月,甲局和乙局分别在北京举办了研讨会。", date="2025-03-01")
    assert all(e.stop is None for e in found)


def test_a_session_that_took_note_is_where_a_body_acted_no_event_told():
    """CDIP第二十九届会议注意到…: the session named as the body acting (words.tsv decision), with no date of its
    own, is a reference, not a session the report tells of as held."""
    assert events("CDIP第二十九届会议注意到了该项目的完成报告。", date="2025-03-01") == []
    assert events("发展与知识产权委员会第三十届会议注意到了项目评估报告。", date="2025-03-01") == []


def test_places_and_a_list_of_events_after_the_adverb_go_in_pairs():
    """在A、B和C分别举办了第一届、第二届和第三届…: each place has its own session; no session is held at every stop."""
    found = events("在甲市、乙市和丙市分别举办了第一届、第二届和第三届区域会议。", date="2025-03-01")
    assert sorted(e.label for e in found) == ["第一届区域会议", "第三届区域会议", "第二届区域会议"]


def test_the_last_session_named_as_the_body_acting_is_a_reference():
    """某委员会上届会议注意到…: 上届 names the session before the one told, as 下届 the one after: no event held."""
    assert events("渔业资源委员会(渔资委)上届会议注意到了该报告。", date="2025-03-01") == []


def test_meetings_a_committee_asks_for_are_none_held():
    """…的问题并要求秘书处组织一系列国家与地区会议: an event name never reaches back past 要求 (words.tsv left_stop);
    the meetings asked for are not held."""
    assert events("委员会讨论了保护广播组织的问题并要求秘书处组织一系列国家与地区会议。", date="2025-03-01") == []
