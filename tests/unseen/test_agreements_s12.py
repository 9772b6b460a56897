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
