"""Session 33 (wp42): instruments counted by no number (一系列备忘录, 若干合作协议) are none one could name or date,
though both sides be named — a review's back-reference or summary, not a signing told; an exact count between two
named sides (两项合作协议) stays theirs. Sentences written for these tests, none copied from a report, an
evaluation text or a probe."""

from __future__ import annotations

import pytest

from tests.unseen.test_dates_s13 import agreements


@pytest.mark.parametrize("text", [
    "基于国家版权局与新加坡知识产权局签订的一系列备忘录，两局开展人员交流。",
    "2021年，国家版权局与新加坡知识产权局签署了若干合作协议。",
])
def test_instruments_counted_by_no_number_are_no_agreement(text):
    assert agreements(text, "2022-01-10") == []


def test_an_exact_count_or_a_single_instrument_between_named_sides_is_kept():
    for text in ("国家版权局与新加坡知识产权局签订了两项合作协议。", "国家版权局与新加坡知识产权局签订了合作备忘录。"):
        assert len(agreements(text, "2022-01-10")) == 1, text
