"""Agreements, session 13 round: the occasion a signing its sentence does not date was signed at. Every
sentence here was written for these tests, none copied from an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def test_a_named_day_beside_the_meeting_is_no_second_date_of_the_signings_occasion():
    text = ("在第21个世界知识产权日到来之际，4月19日，苏州市知识产权局与苏州市中级人民法院"
            "召开知识产权协同保护座谈会。\n\n两部门代表进行了交流，并签订了《知识产权协同保护合作备忘录》。\n")
    assert [a.date for a in agreements(text, date="2021-06-20")] == ["2021-04-19"]
    told = ("4月26日是第21个世界知识产权日。4月19日，苏州市知识产权局与苏州市中级人民法院召开知识产权协同保护座谈会。"
            "会上，双方签订了《知识产权协同保护合作备忘录》。\n")
    assert [a.date for a in agreements(told, date="2021-06-20")] == ["2021-04-19"]


def test_an_event_told_after_the_signing_in_its_passage_is_not_its_occasion():
    text = ("6月15日，苏州市知识产权局与上海市知识产权局召开知识产权合作联席会议。\n\n"
            "会议听取了两地合作进展情况汇报。\n\n双方签署了《长三角知识产权合作备忘录》，并商定明年联合举办第五届长三角知识产权论坛。\n")
    assert [a.date for a in agreements(text, date="2021-06-20")] == ["2021-06-15"]


def test_a_named_day_alone_is_still_the_occasion_it_dates():
    text = "世界知识产权日当天，苏州市知识产权局与上海市知识产权局签订了《长三角知识产权合作备忘录》。\n"
    assert [a.date for a in agreements(text, date="2021-04-28")] == ["2021-04-26"]
