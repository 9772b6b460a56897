"""Agreements, session 22 (ag27): companies that reports name by a brand are parties. A company whose trade name
is printed in Latin letters before its Chinese name (XYZ科技集团股份有限公司, ABB（中国）有限公司) keeps those
letters in its name; and a short form announced with 为 (以下简称为“某大”) is defined as one announced without it.
Every sentence here was written for these tests, none copied from an evaluation text
or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _parties(text: str) -> list[list[str]]:
    return [a.parties for a in agreements(text, date="2024-06-01")]


def test_a_latin_trade_name_opens_the_company_name():
    text = "某省知识产权局与XYZ科技集团股份有限公司签署知识产权战略合作协议。\n"
    assert _parties(text) == [["org/mou-sheng-zhi-shi-chan-quan-ju", "org/xyz-ke-ji-ji-tuan-gu-fen-you-xian-gong-si"]]


def test_a_latin_trade_name_before_a_bracketed_place():
    text = "某某大学与QRS（中国）有限公司签订联合研发协议。\n"
    assert _parties(text) == [["org/mou-mou-da-xue", "org/qrs-zhong-guo-you-xian-gong-si"]]


def test_latin_letters_before_a_head_that_names_nobody_make_no_company():
    text = "该国将IP列入公司治理项目，某市知识产权局与甲乙丙科技有限公司签署合作协议。\n"
    assert _parties(text) == [["org/mou-shi-zhi-shi-chan-quan-ju", "org/jia-yi-bing-ke-ji-you-xian-gong-si"]]


def test_a_short_form_announced_with_wei_names_the_body():
    text = "某某理工大学（以下简称为“某理工”）成立于1958年。5月6日，某理工与丙丁科技有限公司签署战略合作协议。\n"
    assert _parties(text) == [["org/mou-mou-li-gong-da-xue", "org/bing-ding-ke-ji-you-xian-gong-si"]]

