"""Session 33 (wp42): a year a locative opens right before the verb that holds an event (决定于2016年召开…论坛) is
the time the event is held, not the edition's year: the fuller date that opens the sentence is the decision's.
Sentences written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events


def test_a_year_after_a_locative_dates_the_event_not_the_decision_before_it():
    """于/在 + year + verb of holding: the event takes that year, not the month of the decision that opens the
    sentence."""
    for text, date, label, start in (
            ("2015年3月，东盟知识产权合作工作组决定于2016年召开第五届东盟知识产权论坛。", "2016-01-05",
             "第五届东盟知识产权论坛", "2016"),
            ("2017年6月，双方同意在2018年举办第二届中非版权合作论坛。", "2017-07-01",
             "第二届中非版权合作论坛", "2018")):
        found = events(text, date)
        assert [(e.label, e.start) for e in found] == [(label, start)], text


def test_a_year_opening_the_name_is_still_the_edition_when_a_fuller_date_is_told():
    """No locative before the year: 召开2020年…会议 names the edition, and the day told is the event's."""
    found = events("3月18日，某省知识产权局召开2020年全省知识产权工作会议。", "2020-03-20")
    assert [(e.label, e.start) for e in found] == [("2020年全省知识产权工作会议", "2020-03-18")]
