"""Session 29 (dt38): a day alone read against the month the text told before it — sentences written for these
tests (none copied from an evaluation text), read by the real pipeline. On a page that prints no date of its own, a
day alone (24日上午) is of the month told last (…于5月10日至14日开展…。12日上午…); every rule reads a passage
from the date told before it, so neither a date the passage tells later (…5日开幕。…3月设立…) nor one another
passage tells later gives a day alone or 当天 its month."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- a day alone on an undated page ------------------------------------------------------------------------------


def test_a_day_alone_on_an_undated_page_takes_the_month_told_before_it():
    found = events("我院于5月10日至14日开展2022年科技活动周系列活动。\n\n"
                   "12日上午，在学术中心举办了专利检索培训讲座。\n\n"
                   "13日下午，在图书馆召开知识产权转化座谈会。")
    assert one(found, "专利检索培训讲座").start == "2022-05-12"
    assert one(found, "知识产权转化座谈会").start == "2022-05-13"


def test_a_day_alone_before_any_month_on_an_undated_page_stays_undated():
    """Guards the one above: the month printed after the day (3月设立…) is another fact's, told later, and the
    page's year is not known, so the forum is left undated rather than put in March."""
    found = events("第三届江南知识产权论坛5日在南京开幕。与会者认为，知识产权保护日益重要。"
                   "江苏省知识产权局2019年3月设立了专家委员会，方便企业咨询。")
    assert one(found, "第三届江南知识产权论坛").start is None


def test_a_day_alone_is_not_read_against_a_month_a_later_passage_tells():
    found = events("第三届江南知识产权论坛5日在南京开幕。\n\n"
                   "据悉，2019年3月1日，江苏省知识产权局设立了专家委员会。")
    assert one(found, "第三届江南知识产权论坛").start is None


# --- 当天 read in order on a dated page ------------------------------------------------------------------------


def test_the_same_day_is_the_day_told_before_it_not_a_later_one_of_its_passage():
    found = events("11月8日，2030中国国际专利博览会在苏州开幕。\n\n"
                   "开幕首日，主旨论坛举行。与会嘉宾在当天共同见证了“2031中国国际专利博览会举办城市授旗仪式”。"
                   "11月9日，专题论坛继续进行。", date="2030-11-11")
    assert one(found, "2031中国国际专利博览会举办城市授旗仪式").start == "2030-11-08"
