"""Session 21 (ev24), a series told with the year it began (自…起, 从…开始, …以来, 于…创办): the year marks when a
recurring series began, not when an event was held, and a series is no event (eval/realtext/README.md, a's rule 12).
Sentences written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_series_begun_in_a_year_is_no_event_of_that_year():
    """自/从/由 + a year + 起/开始/以来, or a year + 创办: whatever holding verb follows, the name is the series."""
    for text in ("市版权局从2018年开始连续举办青少年版权夏令营。",
                 "2016年以来，省知识产权局连续举办知识产权运营大赛。",
                 "香港知識產權署自2019年起舉辦「知識產權營商論壇」。",
                 "澳門經濟及科技發展局由2018年開始舉辦知識產權研討會。",
                 "“西部知识产权论坛”于2012年创办，由省律师协会主办。",
                 "“中部版权博览会”2014年創辦以來，已在武汉、郑州举办三届。"):
        assert not events(text, "2024-06-10"), text


def test_an_edition_or_a_day_that_opens_a_span_is_still_an_event():
    """An edition named by its ordinal (or 首届) in a series sentence, a day (not a year) before 起, and a year named
    relative to the report's (今年以来: the period a review covers) still tell one event."""
    for text, label in (("市知识产权局从2019年开始举办首届中小企业知识产权大赛。", "首届中小企业知识产权大赛"),
                        ("市知识产权局自2020年起举办第一届知识产权运营大赛。", "第一届知识产权运营大赛")):
        assert one(events(text, "2024-06-10"), label).start[:4] in ("2019", "2020"), text
    assert one(events("今年以来，市知识产权局举办了知识产权保护论坛。", "2024-06-10"),
               "知识产权保护论坛").start == "2024"
    assert one(events("自2024年5月8日起，市知识产权局举办为期三天的知识产权培训班。", "2024-06-10"),
               "知识产权培训班").start == "2024-05-08"


def test_a_year_that_begins_nothing_or_beside_a_day_leaves_the_event():
    """起诉 after a year begins no series, and a day in the sentence is when its event was held, whatever span a
    year with 以来 opens elsewhere in it."""
    for text, label in (("针对2023年起诉的商标侵权案件，市法院召开知识产权审判新闻发布会。", "知识产权审判新闻发布会"),
                        ("2023年起草条例期间，市知识产权局召开知识产权保护座谈会。", "知识产权保护座谈会")):
        assert one(events(text, "2024-06-10"), label), text
    assert one(events("5月8日，市知识产权局举办知识产权保护论坛，回顾2019年以来的工作。", "2024-06-10"),
               "知识产权保护论坛").start == "2024-05-08"
