"""Issue 16, events, session 24 (ev31): sentences written for these tests (none copied from an evaluation text), read
by the real pipeline — an itinerary: one event held at several stops that an adverb of succession (先后, 分别, 相继)
lists before the verb that holds it is one event per stop, on its own day and in its own city when they are told."""

from __future__ import annotations

from ipgraph.zh.date_lists import listed_dates
from ipgraph.zh.dates import find_dates
from tests.unseen.test_events import events, one


def _stops(found: list, label: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.start, e.city) for e in found if e.label == label)


def test_an_event_held_one_after_another_in_two_cities_is_two_events_on_their_own_days():
    found = events("9月12、14日，江南省专利巡讲活动先后在北京、上海举行。", date="2025-09-20")
    assert _stops(found, "江南省专利巡讲活动") == [("2025-09-12", "beijing"), ("2025-09-14", "shanghai")]


def test_dates_and_places_listed_after_fenbie_pair_in_order():
    found = events("江南省知识产权局分别于5月12日和5月14日在北京、上海举办专利代理人培训班。", date="2025-06-10")
    assert _stops(found, "专利代理人培训班") == [("2025-05-12", "beijing"), ("2025-05-14", "shanghai")]


def test_talks_held_for_two_named_fairs_one_after_another_are_two_talks_of_their_holder():
    found = events("5月9日，江南海关先后为“春季花市”及“冬季市集”举办保护知识产权专题讲座。", date="2025-06-10")
    talks = [e for e in found if e.label == "保护知识产权专题讲座"]
    assert len(talks) == 2 and all(e.organisers == ["org/jiang-nan-hai-guan"] for e in talks)


def test_an_adverb_of_succession_before_one_place_leaves_one_event():
    found = events("5月9日，江南省专利巡讲活动先后在北京举行。", date="2025-06-10")
    assert one(found, "江南省专利巡讲活动").start == "2025-05-09"


def test_an_adverb_of_succession_that_lists_no_stops_before_its_verb_leaves_one_event():
    found = events("5月9日，第三届江南知识产权论坛在南京举行，两国代表分别在开幕式和闭幕式上致辞。", date="2025-06-10")
    assert one(found, "第三届江南知识产权论坛").start == "2025-05-09"


def test_days_listed_after_one_month_each_take_that_month():
    text = "9月12、14日"
    span = find_dates(text, 2025, "2025-06-10")[0]
    assert [d.start for d in listed_dates(text, span, "2025-06-10")] == ["2025-09-12", "2025-09-14"]
    text = "5月12日和14日"
    span = find_dates(text, 2025, "2025-06-10")[0]
    assert [d.start for d in listed_dates(text, span, "2025-06-10")] == ["2025-05-12", "2025-05-14"]
