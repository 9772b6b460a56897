"""Session 11: where a person's name ends is one word list (knowledge/gazetteer/after_name.tsv), for the people
stage and the meetings reader alike; sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events
from tests.unseen.test_people import people


def test_a_name_ends_before_when_and_at(res):
    """时 (会见X时) and 于 (X于…出席) follow a name; they were read as its last character."""
    assert people("浙江省知识产权局局长陈明会见巴西驻华大使卡洛斯·席尔瓦时，双方就地理标志保护交换了意见。", res) == [
        ("陈明", "局长", "浙江省知识产权局"), ("卡洛斯·席尔瓦", "驻华大使", "")]
    assert people("国家知识产权局副局长王立于出席会议并致辞。", res) == [("王立", "副局长", "CNIPA")]


def test_a_meeting_side_ends_where_a_person_s_name_ends():
    """The meetings reader ended a name at its own shorter list, without 以: 陈明以会见施密特."""
    found = events("6月3日，浙江省知识产权局局长陈明以视频方式会见瑞士联邦知识产权局局长施密特。", date="2025-06-04")
    assert [(e.label, e.type) for e in found] == [("陈明会见施密特", "Meeting")]
