"""Session 13, grammar read in one position and not in a neighbouring one (agreements): an instrument named in
quotation marks after the signing verb, as one in 《》 is; 和 after a time word opening the counterparts, as 与 does
(A今天和B签署); a description opened by a word of generality (全球最大…公司) no party's name, as it is no
organisation's. Sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

import shutil

from ipgraph.extract.party_words import party_words
from ipgraph.knowledge.gazetteer import read_tsv
from ipgraph.knowledge.wordlists import word_lists
from tests.unseen.test_commitments_round5 import read

from conftest import ROOT

_OFFICE, _UNIVERSITY = "org/ning-bo-shi-zhi-shi-chan-quan-ju", "org/ning-bo-da-xue"


def test_an_instrument_in_quotation_marks_after_the_verb_is_signed():
    """A closing ” (or the ASCII " real text mixes in) ends an instrument's name, as 》 does."""
    for sentence, labels in (
            ("3月5日，宁波市知识产权局与宁波大学签订“专利导航合作协议”，双方将共建服务平台。", ["专利导航合作协议"]),
            ('3月5日，宁波市知识产权局与宁波大学签订了“专利导航合作备忘录"。', ["专利导航合作备忘录"]),
            ("3月5日，宁波市知识产权局与宁波大学签署“人才培养框架协议”和“专利托管协议”。",
             ["人才培养框架协议", "专利托管协议"])):
        found = read(sentence, "agreements")
        assert sorted(f.label for f in found) == sorted(labels), sentence
        assert all(f.parties == [_OFFICE, _UNIVERSITY] for f in found), sentence


def test_he_after_a_time_word_opens_the_counterparts():
    """A list's joint never follows a word of when: 和 there is the preposition, and the subject ends before it."""
    for when in ("今天", "近日", "于3月5日"):
        found = read(f"宁波市知识产权局{when}和宁波大学签署了《人才培养合作协议》。", "agreements")
        assert [f.parties for f in found] == [[_OFFICE, _UNIVERSITY]], when


def test_a_description_opened_by_a_word_of_generality_is_no_party():
    """全球最大…公司 describes the body named after it; it is no organisation of its own."""
    found = read("5月8日，宁波大学与全球最大专利服务公司签署了《专利运营合作备忘录》。", "agreements")
    assert all("zui-da" not in p for f in found for p in f.parties)
    found = read("5月8日，宁波市知识产权局和世界最大专利数据公司、宁波大学签署了《专利运营合作备忘录》。",
                 "agreements")
    assert all("zui-da" not in p for f in found for p in f.parties)


def test_a_body_pointed_back_to_by_gai_signs_as_the_subject():
    """该院/该中心/该局 in the subject's place is the body named before whose name ends in that noun, as it is after
    与 (与该网络签署)."""
    for sentence, subject, counterpart in (
            ("宁波大学法学院成立于2001年，现有教师80人。3月5日，该院与宁波市知识产权局签署了《人才培养合作协议》。",
             "org/ning-bo-da-xue-fa-xue-yuan", _OFFICE),
            ("浙江省知识产权保护中心位于杭州。近日，该中心与浙江大学签订了《专利快速预审合作协议》。",
             "org/zhe-jiang-sheng-zhi-shi-chan-quan-bao-hu-zhong-xin", "org/zhe-jiang-da-xue"),
            ("宁波市市场监督管理局位于宁波。6月2日，该局同宁波大学签署了《专利托管合作协议》。",
             "org/ning-bo-shi-shi-chang-jian-du-guan-li-ju", _UNIVERSITY)):
        found = read(sentence, "agreements")
        assert [f.parties for f in found] == [[subject, counterpart]], sentence


def test_the_party_words_leave_the_shared_word_lists_as_the_file_gives_them(tmp_path):
    """Regression: party_words added the words of generality to the ``not_name`` list of the dict ``word_lists``
    caches, so every other reader of party_names.tsv saw them too, and each new PartyWords of the folder added them
    again."""
    knowledge = tmp_path / "knowledge"
    shutil.copytree(ROOT / "knowledge", knowledge)
    path = knowledge / "commitments" / "party_names.tsv"
    printed = tuple(r["word"] for r in read_tsv(path, ("list", "word")) if r["list"] == "not_name")
    words = party_words(knowledge)
    assert "全球最大" in words.lists["not_name"]
    assert word_lists(path)["not_name"] == printed
