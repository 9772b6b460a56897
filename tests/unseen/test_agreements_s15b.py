"""Agreements, session 15 round 2 (ag16): a clause that opens with nothing but a time (12日与…签订, 于9日签署, 今天与…)
has no subject of its own, so it goes on with the subject of its sentence, as a clause opening with a full date
does. Every sentence here was written for these tests, none copied from an evaluation text or a probe; each runs
the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _parties(text: str, date: str) -> list[list[str]]:
    return [a.parties for a in agreements(text, date=date)]


def test_a_day_alone_opening_the_clause_of_with_leaves_the_sentences_subject_signing():
    text = "苏州大学在市科技局指导下牵头组建高校知识产权联盟，12日与江南大学签订《专利转化合作协议》。\n"
    assert _parties(text, "2021-03-18") == [["org/su-zhou-da-xue", "org/jiang-nan-da-xue"]]
    assert [a.date for a in agreements(text, date="2021-03-18")] == ["2021-03-12"]


def test_a_relative_day_opening_the_clause_is_no_subject_either():
    text = "温州市知识产权局召开知识产权工作推进会，今天与瑞安市人民政府签署了《知识产权强县建设合作协议》。\n"
    assert _parties(text, "2021-03-18") == [["org/wen-zhou-shi-zhi-shi-chan-quan-ju",
                                             "org/rui-an-shi-ren-min-zheng-fu"]]


def test_a_day_framed_by_yu_after_the_pair_lets_the_pair_sign():
    text = "厦门市中级人民法院和厦门市市场监督管理局，于9日共同签订《知识产权纠纷诉调对接合作备忘录》。\n"
    assert _parties(text, "2021-03-18") == [["org/xia-men-shi-zhong-ji-ren-min-fa-yuan",
                                             "org/xia-men-shi-shi-chang-jian-du-guan-li-ju"]]


def test_a_subject_after_the_day_still_signs_alone():
    text = "中山大学举办知识产权论坛，5日厦门大学与江南大学签订《专利运营合作协议》。\n"
    assert _parties(text, "2021-03-18") == [["org/xia-men-da-xue", "org/jiang-nan-da-xue"]]
