"""Treaty actions, session 22 (tr27): more acts that are not acts. Every sentence here was written for these tests,
none copied from an evaluation text or a probe; each runs the real pipeline.

A part of a treaty (《A》实施细则) takes the verbs around it: adopting or bringing into force the regulations is not
an act on the treaty. An act that qualifies a noun of what it needs (加入《A》的可行性, 就加入《A》问题), that starts a
span counted in years (加入《A》30年来), or that a wish or a search for it opens (有意加入, 寻求加入) is not told as
happening. A decision whose object is a plan (决定申请加入《A》) decided the plan, not the act. An act alone in its
clause is the topic of a forecast that opens the next one (加入《A》，既有助于…), or of a judgement (…并非出乎意料). An
anniversary behind an act behind the treaty (《A》签署十周年) is told with it."""

from __future__ import annotations

import pytest

from tests.unseen.test_treaty_actions_s20 import _told


@pytest.mark.parametrize(("text", "act"), [
    ("大会当天通过了《专利合作条约》实施细则的修改。\n", ("pct", "Adoption")),
    ("《专利合作条约》实施细则修改于2020年7月1日生效。\n", ("pct", "EntryIntoForce")),
    ("两国专家研究了加入《海牙协定》的可行性。\n", ("hague-agreement", "Accession")),
    ("双方就加入《马拉喀什条约》问题交换了意见。\n", ("marrakesh-treaty", "Accession")),
    ("加入《专利合作条约》30年来，我国申请量增长迅速。\n", ("pct", "Accession")),
    ("该国政府有意加入《商标法新加坡条约》。\n", ("singapore-treaty", "Accession")),
    ("2021年10月，该国决定申请加入《海牙协定》。\n", ("hague-agreement", "Accession")),
    ("加入《海牙协定》，既有助于企业布局海外，也有利于设计保护。\n", ("hague-agreement", "Accession")),
    ("专家认为，该国加入《马拉喀什条约》并非出乎意料。\n", ("marrakesh-treaty", "Accession")),
])
def test_a_part_a_prospect_a_span_a_wish_a_decided_plan_and_a_topic_are_no_acts(text, act):
    assert act not in _told(text)


@pytest.mark.parametrize(("text", "act"), [
    ("2021年10月，该国正式加入《海牙协定》。\n", ("hague-agreement", "Accession")),
    ("《专利合作条约》于1978年1月24日生效。\n", ("pct", "EntryIntoForce")),
    ("2014年，我国批准《视听表演北京条约》，有助于保护表演者权利。\n", ("beijing-treaty", "Ratification")),
    ("我国加入《海牙协定》，有利于企业布局海外。\n", ("hague-agreement", "Accession")),
])
def test_the_acts_beside_them_stay_acts(text, act):
    assert act in _told(text)


def test_an_anniversary_behind_an_act_behind_the_treaty_is_told():
    """《A》签署十周年: the anniversary is told, as it is after an act in front (加入《A》三十周年)."""
    assert ("marrakesh-treaty", "Anniversary") in _told("今天是《马拉喀什条约》签署十周年纪念日。\n")
