"""Treaty actions, session 28 (tr36): acts told inside an event's name or an anniversary, a negotiation told more
than once, and a kind of instrument described rather than named. Every sentence here was written for these tests,
none copied from an evaluation text or a probe; each runs the real pipeline.

An act in front of a treaty whose anniversary names an event (举办中国加入《A》二十五周年座谈会) is part of that
name: only the anniversary is told there. The act an anniversary counts from is the act the report tells elsewhere,
undated there too; told nowhere else, it stays told. A negotiation is one process: its start and its end
told apart are one act. A numeral and a classifier before two parties joined by a dash (一份中国-智利双边贸易协定)
describe a kind of instrument, no instrument's name."""

from __future__ import annotations

from tests.unseen.test_treaty_actions_s20 import _told


def test_an_act_inside_an_anniversary_event_name_is_not_told():
    text = "2020年9月，商标局举办中国加入《马德里议定书》二十五周年座谈会。\n"
    told = _told(text)
    assert ("madrid-protocol", "Anniversary") in told
    assert ("madrid-protocol", "Accession") not in told


def test_an_anniversary_that_is_no_event_name_keeps_its_act():
    text = "双方代表共同纪念中国加入《马德里议定书》二十五周年。\n"
    told = _told(text)
    assert ("madrid-protocol", "Anniversary") in told
    assert ("madrid-protocol", "Accession") in told


def test_the_act_an_anniversary_counts_from_is_the_act_told_elsewhere():
    text = ("在《商标法新加坡条约》签署十周年之际，各方回顾了条约的意义。\n"
            "新加坡政府在本国正式签署了《商标法新加坡条约》。\n")
    assert _told(text).count(("singapore-treaty", "Signature")) == 1


def test_a_negotiation_told_at_its_start_and_its_end_is_one_act():
    text = ("《保护广播组织条约》的谈判始于1998年。\n"
            "2024年，各成员国宣布《保护广播组织条约》谈判进入最后阶段。\n")
    assert _told(text).count(("broadcasting-treaty", "Negotiation")) == 1


def test_a_kind_of_instrument_after_a_numeral_and_classifier_is_no_treaty():
    text = "这是2019年双方正式签署的一份中国-智利双边贸易协定。\n"
    assert not [act for act in _told(text) if act[1] == "Signature"]


def test_two_parties_joined_by_a_dash_still_name_an_instrument():
    text = "2019年10月，中国-智利自贸协定升级议定书正式生效。\n"
    assert [act for act in _told(text) if act[1] == "EntryIntoForce"]
