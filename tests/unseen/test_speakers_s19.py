"""Session 21 (round 1) of the speakers: a time word between a name and its verb (发言人甲9日表示, 署长乙当天下午
出席, 局长丙近日指出) ends the name, as the adverbs that stand there do; the people stage, the meetings reader and the
pledges' speaker follow. Sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_events import events
from tests.unseen.test_people import people
from tests.unseen.test_pledges_s18 import _said


def test_a_day_between_a_name_and_its_verb_ends_the_name(res):
    # a day in digits, a month and a day, a day in Chinese digits: a name of two characters was lost or took them
    assert people("外交部发言人林青9日表示，中方愿同各方加强知识产权合作。", res) == [("林青", "发言人", "外交部")]
    assert people("国务院副总理陈刚6月8日在杭州会见了世界知识产权组织总干事邓鸿森。", res) == [
        ("陈刚", "副总理", "STATE-COUNCIL"), ("邓鸿森", "总干事", "WIPO")]
    assert people("商务部部长王文二十日同来访的欧盟贸易委员会谈。", res) == [("王文", "部长", "MOFCOM")]


def test_a_word_of_a_relative_or_recent_day_and_a_part_of_the_day_end_it_too(res):
    assert people("香港特区政府知识产权署署长黄敏当天下午出席了论坛开幕式。", res) == [
        ("黄敏", "署长", "香港特区政府知识产权署")]
    # 李强近日 is no married name (李 and 强 are both surnames): 近日 is a time word
    assert people("国家知识产权局局长李强近日在调研时指出，要加快建设知识产权强国。", res) == [
        ("李强", "局长", "CNIPA")]


def test_a_time_word_with_no_verb_after_it_ends_no_name(res):
    # the day must stand before a verb or coverb that follows a name: a married name and a day with nothing after
    assert people("行政长官林郑月娥今日出席活动。", res) == [("林郑月娥", "行政长官", "")]
    assert people("局长张伟3号楼的办公室。", res) == []


def test_the_meeting_and_the_pledge_s_speaker_follow_the_name():
    assert [(e.label, e.start) for e in events("国家知识产权局局长王伟9日会见了瑞士联邦知识产权局局长施密特。",
                                               date="2025-06-10")] == [("王伟会见施密特", "2025-06-09")]
    assert _said("针对有关报道，商务部新闻发言人何伟5日在例行发布会上表示，中方将继续扩大开放。") == [
        ("country/CN", "he-wei", "中方将继续扩大开放")]
