"""Agreements, session 28 (ag36): an instrument named in corner brackets, as Hong Kong and Taiwan print
titles (簽署「…合作協議」), is read as one in 《》 is; a signing told first with a modifier before 之 or 的
(為期兩年之合作協議) and again by the instrument's title is one agreement; a university printed by its short
form in a party's place (與嘉大簽訂) is the university the report names in full, or one of that name. Every
sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the real
pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def test_a_title_in_corner_brackets_is_an_instrument():
    text = ("青禾科技公司與遠山保險股份有限公司於2024年3月5日在臺北簽署「專利保險合作協議」，"
            "雙方將推廣專利保險。\n")
    found = agreements(text, date="2024-04-01")
    assert [(a.label, len(a.parties), a.date) for a in found] == [("專利保險合作協議", 2, "2024-03-05")]


def test_a_modified_bare_noun_and_the_title_after_it_are_one_agreement():
    text = ("國立嘉義大學與國立屏東大學由兩校校長代表簽署為期兩年之合作協議書，加強研究合作。\n"
            "兩校共同簽署「研究與人才交流合作協議書」，整合兩校資源。\n")
    found = agreements(text, date="2024-04-01")
    assert len(found) == 1
    assert found[0].label == "研究與人才交流合作協議書"
    assert len(found[0].parties) == 2


def test_a_universitys_short_form_is_the_university_named_in_full():
    text = ("國立嘉義大學近年推動產學合作。\n"
            "青禾科技公司8日宣布與嘉大簽訂合作協議，共同培育人才。\n")
    found = agreements(text, date="2024-04-10")
    assert len(found) == 1
    assert len(found[0].parties) == 2
    assert any("jia-yi-da-xue" in p for p in found[0].parties)


def test_a_short_form_without_the_full_name_is_a_university_of_that_name():
    text = "青禾科技公司8日宣布與嘉大簽訂合作協議。該院也與屏東科技大學合作多年。\n"
    found = agreements(text, date="2024-04-10")
    assert [sorted(a.parties) for a in found] == [["org/jia-da", "org/qing-he-ke-ji-gong-si"]]


def test_a_word_in_da_is_no_university_where_none_is_named():
    text = "青禾科技公司宣布與強大簽訂合作協議。\n"
    assert not any("qiang-da" in p for a in agreements(text, date="2024-04-10") for p in a.parties)


def test_a_title_in_corner_brackets_is_signed_by_those_after_it():
    text = "「專利保險合作協議」由青禾科技公司與遠山保險股份有限公司於3月5日簽署。\n"
    found = agreements(text, date="2024-04-01")
    assert [(a.label, len(a.parties), a.date) for a in found] == [("專利保險合作協議", 2, "2024-03-05")]


def test_a_title_in_corner_brackets_signed_after_it_is_dated_so():
    text = "「青禾科技公司與遠山保險股份有限公司專利保險合作協議」於3月5日在臺北正式簽署。\n"
    assert [a.date for a in agreements(text, date="2024-04-01")] == ["2024-03-05"]
