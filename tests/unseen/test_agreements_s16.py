"""Agreements, session 16 round 3 (ag17): a signed mechanism (《…工作机制》, …联络机制, …联动机制) is an instrument
between its signatories, as a 协作机制 or 合作机制 already was; a verb that never belongs to an organisation's name
(name_stops.tsv: 分别代表, 宣布) ends a person glued in front of a party's name. Every sentence here was written for
these tests, none copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _told(text: str) -> list[tuple[str, list[str]]]:
    return [(a.label, a.parties) for a in agreements(text, date="2024-06-01")]


def test_a_signed_working_mechanism_is_an_agreement_of_its_signatories():
    text = "杭州市人民检察院与杭州市市场监督管理局共同签署《知识产权行政执法与刑事司法衔接工作机制》。\n"
    signatories = ["org/hang-zhou-shi-ren-min-jian-cha-yuan", "org/hang-zhou-shi-shi-chang-jian-du-guan-li-ju"]
    assert _told(text) == [("知识产权行政执法与刑事司法衔接工作机制", signatories)]


def test_a_signed_liaison_mechanism_is_an_agreement():
    text = "拱北海关与江门海关签订《跨关区知识产权保护联络机制》，明确了线索通报的方式。\n"
    assert _told(text) == [("跨关区知识产权保护联络机制", ["org/gong-bei-hai-guan", "org/jiang-men-hai-guan"])]


def test_a_linkage_mechanism_signed_without_title_marks_is_an_agreement():
    text = "宁波市中级人民法院和宁波市知识产权局签署知识产权纠纷诉调对接联动机制。\n"
    assert _told(text) == [("知识产权纠纷诉调对接联动机制",
                            ["org/ning-bo-shi-zhong-ji-ren-min-fa-yuan", "org/ning-bo-shi-zhi-shi-chan-quan-ju"])]


def test_a_mechanism_to_be_set_up_after_a_signing_is_no_second_agreement():
    text = "宁波大学与宁波市知识产权局签署合作协议，并将建立定期会商的工作机制。\n"
    assert [label for label, _ in _told(text)] == ["合作协议"]


def test_a_person_representing_a_body_is_no_part_of_its_name():
    text = "2017年6月9日，常岭与巨拴科分别代表西安工程大学和陕西省知识产权局共同签署知识产权战略合作协议。\n"
    signatories = ["org/xi-an-gong-cheng-da-xue", "org/shan-xi-sheng-zhi-shi-chan-quan-ju"]
    assert _told(text) == [("知识产权战略合作协议", signatories)]


def test_a_person_announcing_is_no_part_of_the_body_announced():
    text = "会上，巨拴科宣布陕西科技大学成为知识产权试点单位，并与陕西科技大学签署战略合作协议。\n"
    assert all("xuan-bu" not in party for _, parties in _told(text) for party in parties)
    assert ["org/shan-xi-ke-ji-da-xue"] in [parties for _, parties in _told(text)]


def test_a_counterpart_named_after_a_person_and_a_verb_of_representing_is_the_body():
    text = "签字仪式上，常岭与岳宗全分别代表宁波工程学院和宁波市知识产权局签署知识产权合作协议。\n"
    parties = [party for _, found in _told(text) for party in found]
    assert "org/ning-bo-gong-cheng-xue-yuan" in parties and not any("dai-biao" in party for party in parties)
