"""Agreements, session 16 round 4 (ag18): a company printed by its brand stands as a party where the sentence's
structure says one stands: a Latin-script name (Nokia, Sun Patent Trust) or a Chinese name glossed by one (爱立信
(Ericsson)); 宣布 after a subject is no part of its name. Every sentence here was written for these tests, none
copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _told(text: str) -> list[tuple[str, list[str]]]:
    return [(a.label, a.parties) for a in agreements(text, date="2024-06-01")]


def test_chinese_names_glossed_in_latin_script_are_parties():
    text = "谷歌（Google）与三星（Samsung）共同宣布签署专利交叉授权协议。\n"
    assert _told(text) == [("专利交叉授权协议", ["org/gu-ge", "org/san-xing"])]


def test_a_latin_script_name_beside_a_glossed_one():
    text = "Nokia与爱立信(Ericsson)签订了一份标准必要专利许可协议。\n"
    assert _told(text) == [("标准必要专利许可协议", ["org/nokia", "org/ai-li-xin"])]


def test_a_latin_script_name_of_several_words_is_one_party():
    text = "联想集团与Sun Patent Trust签署专利许可协议。\n"
    assert _told(text) == [("专利许可协议", ["org/lian-xiang-ji-tuan", "org/sun-patent-trust"])]


def test_glossed_names_that_announce_a_signing_are_its_parties():
    text = "中兴(ZTE)和小米(Xiaomi)宣布达成全球专利交叉许可协议。\n"
    assert _told(text) == [("全球专利交叉许可协议", ["org/zhong-xing", "org/xiao-mi"])]


def test_a_retelling_opened_by_this_time_names_the_same_parties():
    text = "此次中兴(ZTE)与Nokia签订的专利许可协议覆盖了4G和5G标准。\n"
    assert [parties for _, parties in _told(text)] == [["org/zhong-xing", "org/nokia"]]
