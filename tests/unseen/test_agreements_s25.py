"""Agreements, session 25 (ag33): a word of time between a party's name and its verb ends the name (远山今天宣布与…
签订 is 远山's, not 远山今天's); an agreement told dated and then again without a date (此次A与B签订的…协议) is one
agreement; a body's word for itself (我局, 本院) is no organisation of that name: it is the body the passage named
before whose name ends so, also where it opens an instrument's name (我院与A…协议签订仪式: A is named); the outlet of
a dateline with a byline (东湖网讯（通讯员…）) is no subject. Every sentence here was written for these tests, none
copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def test_a_time_word_after_a_brand_is_no_part_of_its_name():
    text = "本网讯，远山今天宣布与青禾科技有限公司签订全球专利交叉许可协议。\n"
    parties = {p for a in agreements(text, date="2024-06-01") for p in a.parties}
    assert "org/yuan-shan" in parties
    assert not any("jin-tian" in p for p in parties)


def test_a_time_word_after_a_headed_name_is_no_part_of_it():
    text = "据报道，青禾通讯股份有限公司今日宣布与远山科技有限公司签署专利许可协议。\n"
    parties = {p for a in agreements(text, date="2024-06-01") for p in a.parties}
    assert not any("jin-ri" in p for p in parties)
    assert len(parties) == 2


def test_an_agreement_told_dated_then_again_undated_is_one():
    text = ("6月3日，青禾科技有限公司与远山科技有限公司签订专利许可协议。\n"
            "业内人士认为，此次青禾科技有限公司与远山科技有限公司签订的专利许可协议将减少诉讼。\n")
    found = agreements(text, date="2024-06-05")
    assert [a.date for a in found] == ["2024-06-03"]


def test_a_bodys_word_for_itself_is_no_organisation():
    text = "会上，我局与丽水市第二医院签署了合作备忘录。\n"
    parties = {p for a in agreements(text, date="2024-06-01") for p in a.parties}
    assert "org/wo-ju" not in parties


def test_a_bodys_word_for_itself_is_the_body_named_before():
    text = "衢州市知识产权局局长甲到访丽水市第二医院。会上，我局与丽水市第二医院签署了合作备忘录。\n"
    found = agreements(text, date="2024-06-01")
    assert [sorted(a.parties) for a in found] == [["org/li-shui-shi-di-er-yi-yuan",
                                                   "org/qu-zhou-shi-zhi-shi-chan-quan-ju"]]


def test_the_outlet_of_a_dateline_with_a_byline_is_no_party():
    text = "东湖网讯（通讯员 甲乙）4月2日下午，我校与丽水市第二医院战略合作协议签订仪式在行政楼举行。\n"
    parties = {p for a in agreements(text, date="2024-06-01") for p in a.parties}
    assert not any("wang" in p for p in parties)


def test_a_name_opening_with_a_bodys_word_for_itself_names_the_other_party():
    text = "5月8日上午，我院与丽水市第二医院战略合作协议签订仪式在会议室举行。\n"
    found = agreements(text, date="2024-06-01")
    assert [(a.parties, a.date) for a in found] == [(["org/li-shui-shi-di-er-yi-yuan"], "2024-05-08")]
