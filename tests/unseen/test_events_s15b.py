"""Session 15 round 2 (ev16), events: an event announced as the subject of its verb under 将于/将在, told by
sentences written for these tests (none copied from an evaluation text or a probe), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events

# --- …仪式将在…举行: the name first, 将 and the verb's place or time after it (events/announced.py) ----------------


def test_a_ceremony_dated_before_it_and_announced_in_a_place_is_one_event_of_that_day():
    found = events("5月12日，全省商标品牌节开幕仪式将在宜昌市博物馆举行。", date="2024-05-08")
    # the opening ceremony names the festival it opens, whose first day it is (test_dates_s22, opening_act)
    assert [(e.label, e.start, e.end) for e in found] == [("全省商标品牌节", "2024-05-12", None)]


def test_a_seminar_a_time_word_and_future_helper_before_its_place_is_announced_for_the_morrow():
    found = events("据悉，专利代理行业座谈会明日将在市行政中心召开。", date="2024-03-14")
    assert [(e.label, e.start) for e in found] == [("专利代理行业座谈会", "2024-03-15")]


def test_a_forum_announced_for_a_month_and_a_place_under_one_future_helper():
    found = events("商标海外维权交流会将于下月在厦门国际会议中心举办。", date="2024-06-20")
    assert [e.label for e in found] == ["商标海外维权交流会"]


def test_a_plan_with_no_time_or_place_announces_nothing():
    """Guards the shape: 将 with neither 于 nor 在 before the verb is a plan, no event announced."""
    assert events("5月12日，专利代理行业座谈会将举办。", date="2024-03-14") == []
