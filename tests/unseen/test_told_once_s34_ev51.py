"""Session 34, one node per event and per instrument however often told (ev51): a sentence that tells a series'
history (…论坛始创于2021年，迄今已是第五届) names the series the report's edition belongs to, not a second event of
that year; and an instrument named first by the ceremony that signed it (A与B合作协议签字仪式) and then by its title
(签署了《…合作协议》) is one agreement. Sentences written for these tests (none copied from an evaluation text), read
by the real pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_dates_s13 import agreements
from tests.unseen.test_events import events


def labels(text: str, date: str = "2025-06-04") -> list[str]:
    return sorted(e.label for e in events(text, date=date))


def test_a_series_told_with_the_year_it_was_founded_is_no_second_event():
    text = ("6月3日，第五届长江知识产权论坛在武汉开幕。\n"
            "长江知识产权论坛始创于2021年，迄今已举办五届。\n")
    assert labels(text) == ["第五届长江知识产权论坛"], labels(text)


def test_a_quoted_series_name_in_other_words_is_no_second_event():
    text = ("6月3日，第五届长江知识产权论坛在武汉开幕。\n"
            "“知识产权长江论坛”由市知识产权局创立于2021年，迄今已是第五届。\n")
    assert labels(text) == ["第五届长江知识产权论坛"], labels(text)


def test_an_edition_told_in_a_series_sentence_still_stands():
    text = ("6月3日，第五届长江知识产权论坛在武汉开幕。\n"
            "该论坛始创于2021年，首届长江知识产权论坛在宜昌举行。\n")
    assert "首届长江知识产权论坛" in labels(text), labels(text)


_CEREMONY = ("6月3日，江城市人民政府与省知识产权局合作协议签字仪式在江城举行。\n"
             "签字仪式上，副市长王林与省知识产权局局长李强签署了《共建知识产权强市合作协议》。\n")


def test_an_instrument_named_by_its_signing_ceremony_is_the_titled_one():
    found = agreements(_CEREMONY, date="2025-06-04")
    assert [a.label for a in found] == ["共建知识产权强市合作协议"], [a.label for a in found]
    assert set(found[0].passages) == {"p1", "p2"} and found[0].date == "2025-06-03"


@pytest.mark.parametrize(("body", "count"), [
    ("两校签署了《知识产权人才联合培养合作协议》和《专利转化合作协议》。", 3),  # two titles: the ceremony's stands
    ("江城大学与南山集团签署了《专利转化合作协议》。", 2),  # a title of other sides: the ceremony's stands
])
def test_a_ceremony_without_one_titled_instrument_of_its_sides_keeps_its_own(body: str, count: int):
    text = "6月3日，江城大学与东岭大学合作协议签约仪式在东岭举行。\n" + body + "\n"
    assert len(agreements(text, date="2025-06-04")) == count


def test_a_host_city_in_brackets_told_again_by_the_city_alone_is_one_event():
    text = "6月3日，中国（江城）知识产权论坛在江城开幕。\n江城知识产权论坛由市政府主办。\n"
    assert labels(text) == ["中国（江城）知识产权论坛"], labels(text)


def test_the_node_takes_the_full_name_after_a_headline_without_year_and_country():
    text = "江城知识产权交易博览会开幕\n6月3日，2025中国（江城）知识产权交易博览会在江城开幕。\n"
    found = events(text, date="2025-06-04")
    assert [(e.label, e.start) for e in found] == [("2025中国（江城）知识产权交易博览会", "2025-06-03")]


def test_two_host_cities_are_two_events():
    text = "6月3日，中国（江城）知识产权论坛在江城开幕。\n6月10日，东岭知识产权论坛在东岭开幕。\n"
    assert len(labels(text)) == 2, labels(text)
