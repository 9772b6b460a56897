"""Agreements and treaties in report prose, session 26 (wb34). A year-end report or white paper sums up what was
signed instead of naming it: an instrument without a title whose clause counts the signings — the instruments
(签署合作文件12份, 两份协议), the counterparts loosely (等多个国家, 与20多个国家) or the years (连续数年, 每年) — is no
agreement; one titled or signed with named sides is kept, and so is an exact count with 分别. A phrase ending in a
treaty noun coordinated right after a known treaty (伯尔尼公约和某某公约) is a treaty of its own, acceded to with it.
Every sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the real
pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_dates_s13 import agreements
from tests.unseen.test_treaties_s16 import _acts


@pytest.mark.parametrize("text", [
    "2022年，青州市知识产权局与日本、韩国、泰国等多个国家的知识产权机构签订了合作谅解备忘录。\n",
    "2022年，青州市知识产权局与20多个国家的知识产权机构签署了合作协议。\n",
    "近年来，青州市与丽水市连续数年共同签署年度知识产权合作协议。\n",
    "2022年，青州市知识产权局对外签署合作协议12份，举办培训班3期。\n",
])
def test_a_count_of_unnamed_instruments_is_no_agreement(text):
    assert agreements(text, date="2023-03-01") == []


def test_a_titled_instrument_in_a_summary_is_kept():
    text = "2022年，青州市知识产权局与日本、韩国等多个国家签订了《青州知识产权合作备忘录》。\n"
    assert {a.label for a in agreements(text, date="2023-03-01")} == {"青州知识产权合作备忘录"}


def test_an_unnamed_instrument_with_one_named_counterpart_is_kept():
    text = "5月8日，青州市知识产权局与丽水市知识产权局签署了合作备忘录。\n"
    assert len(agreements(text, date="2023-06-01")) == 1


def test_an_exact_count_with_each_still_names_one_per_counterpart():
    text = "5月8日，青州市知识产权局分别与青禾银行、远山银行等2家银行签署了知识产权质押融资合作协议。\n"
    assert len(agreements(text, date="2023-06-01")) == 2


def test_a_treaty_coordinated_after_a_known_one_is_acceded_to_as_well():
    text = "改革开放以来，中国先后加入了伯尔尼公约和青州版权公约两个版权条约。\n"
    told = {(treaty, action) for treaty, action, _, _ in _acts(text)}
    assert ("berne-convention", "Accession") in told
    assert any(action == "Accession" and treaty != "berne-convention" for treaty, action in told)


def test_a_count_coordinated_after_a_treaty_is_no_treaty():
    text = "改革开放以来，中国先后加入了伯尔尼公约和两个版权条约。\n"
    assert {treaty for treaty, _, _, _ in _acts(text)} == {"berne-convention"}


def test_a_crowd_witnessing_the_signing_counts_no_signings():
    text = "5月8日，青州市知识产权局与丽水市知识产权局在众多企业代表的见证下签署了合作备忘录。\n"
    assert len(agreements(text, date="2023-06-01")) == 1
