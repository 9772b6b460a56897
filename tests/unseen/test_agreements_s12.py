"""Session 12, agreements: a state named as a party where the text names its body (census on the dev fold: 249,
295, 217). Sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def test_a_state_printed_in_front_of_its_own_body_is_no_party_of_its_own():
    found = read("6月3日，中国国家版权局与新西兰知识产权局在惠灵顿签署《版权合作谅解备忘录》。", "agreements")
    assert [(f.label, f.parties) for f in found] == [
        ("版权合作谅解备忘录", ["org/NCAC", "org/xin-xi-lan-zhi-shi-chan-quan-ju"])]
    found = read("6月3日，中国与新西兰签署《版权合作谅解备忘录》。", "agreements")
    assert [f.parties for f in found] == [["country/CN", "country/NZ"]]  # states, where no body of theirs signs


def test_a_compound_before_a_collective_of_bodies_names_the_bodies_the_report_names():
    text = ("中韩两局签署合作备忘录\n\n6月3日，国家知识产权局局长王明与韩国特许厅厅长李强在首尔会谈，"
            "中国政府代表团陪同。")
    found = read(text, "agreements")
    assert [f.parties for f in found] == [["org/CNIPA", "org/KIPO"]]  # 中国政府 is the state, not one of its bodies
    found = read("中韩两国签署合作备忘录\n\n6月3日，国家知识产权局局长王明与韩国特许厅厅长李强会谈。", "agreements")
    assert [f.parties for f in found] == [["country/CN", "country/KR"]]  # 两国: the states themselves


def test_an_instrument_noun_ends_its_name_before_a_clause_that_goes_on():
    """并 (签署…协议并举行揭牌仪式), 以来 and 以 (purpose), 时: the instrument's name ends at its noun, and the signing
    is told; before, a noun followed by any of these named no instrument at all."""
    for sentence in ("2025年3月5日，杭州市知识产权局与浙江大学签署合作协议并举行揭牌仪式。",
                     "杭州市知识产权局与浙江大学签署战略合作协议以来，双方开展了多项合作。",
                     "杭州市知识产权局与浙江大学签署合作备忘录以推动专利转化。"):
        found = read(sentence, "agreements")
        assert [f.parties for f in found] == [["org/hang-zhou-shi-zhi-shi-chan-quan-ju", "org/zhe-jiang-da-xue"]], \
            sentence


def test_an_unquoted_instrument_signed_after_its_name_and_a_date():
    found = read("杭州市知识产权局与浙江大学的战略合作协议于2025年3月5日正式签署。", "agreements")
    assert [(f.label, f.parties, f.date) for f in found] == [
        ("战略合作协议", ["org/hang-zhou-shi-zhi-shi-chan-quan-ju", "org/zhe-jiang-da-xue"], "2025-03-05")]


def test_a_clause_without_a_subject_signs_with_the_whole_coordination_before_it():
    """A和B就…达成合作，签署…: the carried subject is the coordination A和B, not A alone (A与B was read already)."""
    for sentence in ("杭州市知识产权局和浙江大学就人才培养达成合作，签署合作协议。",
                     "杭州市知识产权局和浙江大学举行座谈，并签署合作协议。"):
        found = read(sentence, "agreements")
        assert [f.parties for f in found] == [["org/hang-zhou-shi-zhi-shi-chan-quan-ju", "org/zhe-jiang-da-xue"]], \
            sentence
