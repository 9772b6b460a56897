"""Agreements, session 26 (ag34): a wire dateline opening the signing clause is the outlet's (某某网6月8日讯 A与B…:
A signs, not the outlet); an administrative area the gazetteer lists, named alone in a party's place (与蔡甸区签署),
signs for itself, while a word that merely ends like a place (有关地区) does not; a short name in Latin letters after
an instrument's noun before its signing (…合作备忘录（MOU）签署仪式) is no part of the name nor a break before the
verb; the place where a counterpart signs (与B在B的会议厅签署) is no part of its name; a word of a party's place
after a word of company kind (两大制造商分别与…) is no company. Every sentence here was written for these tests, none
copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _parties(text: str, date: str = "2024-06-10") -> list[list[str]]:
    return [sorted(a.parties) for a in agreements(text + "\n", date=date)]


def test_the_outlet_of_a_dated_wire_dateline_is_no_party():
    found = _parties("远山网6月8日讯 OPPO与青禾科技有限公司今日宣布签署专利交叉许可协议。")
    assert found == [["org/oppo", "org/qing-he-ke-ji-you-xian-gong-si"]]


def test_a_county_named_alone_after_with_signs():
    assert _parties("青禾大学与蔡甸区签署战略合作协议。") == [["org/cai-dian-qu", "org/qing-he-da-xue"]]


def test_a_prefecture_city_named_alone_signs_and_a_list_of_them_each():
    found = _parties("青禾大学分别与丽水市、衢州市签署战略合作协议。")
    assert sorted(found) == [["org/li-shui-shi", "org/qing-he-da-xue"], ["org/qing-he-da-xue", "org/qu-zhou-shi"]]


def test_a_word_ending_like_a_place_is_no_party():
    assert _parties("青禾大学与有关地区签署战略合作协议。") == [["org/qing-he-da-xue"]]


def test_a_latin_short_name_after_the_noun_is_no_break():
    found = agreements("青禾大學與麗水學院5日舉行學術交流合作備忘錄（MOU）簽署儀式。\n", date="2024-06-10")
    assert [(len(a.parties), a.date) for a in found] == [(2, "2024-06-05")]
    assert "MOU" not in found[0].label


def test_the_place_of_signing_after_a_counterpart_is_no_part_of_its_name():
    found = _parties("青禾大学与丽水学院在丽水学院行政楼会议厅签署合作协议。")
    assert found == [["org/li-shui-xue-yuan", "org/qing-he-da-xue"]]


def test_an_adverb_after_a_word_of_company_kind_is_no_company():
    found = agreements("近日，青禾与远山两大手机制造商分别与松下控股达成了全球交叉许可协议。\n", date="2024-06-10")
    assert not any("fen-bie" in p for a in found for p in a.parties)
