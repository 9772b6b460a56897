"""Treaty actions, session 22 (tr27): more acts that are not acts. Every sentence here was written for these tests,
none copied from an evaluation text or a probe; each runs the real pipeline.

A part of a treaty (《A》实施细则) takes the verbs around it: adopting or bringing into force the regulations is not
an act on the treaty. A decision whose object is a plan (决定申请加入《A》) decided the plan, not the act. An act
alone in its clause is the topic of a forecast that opens the next one (加入《A》，既有助于…), or of a judgement
(…并非出乎意料). An anniversary behind an act behind the treaty (《A》签署十周年) is told with it."""

from __future__ import annotations

import pytest

from tests.unseen.test_treaty_actions_s20 import _told


@pytest.mark.parametrize(("text", "act"), [
    ("大会当天通过了《专利合作条约》实施细则的修改。\n", ("pct", "Adoption")),
    ("《专利合作条约》实施细则修改于2020年7月1日生效。\n", ("pct", "EntryIntoForce")),
    ("2021年10月，该国决定申请加入《海牙协定》。\n", ("hague-agreement", "Accession")),
    ("加入《海牙协定》，既有助于企业布局海外，也有利于设计保护。\n", ("hague-agreement", "Accession")),
    ("专家认为，该国加入《马拉喀什条约》并非出乎意料。\n", ("marrakesh-treaty", "Accession")),
])
def test_a_part_a_decided_plan_and_a_topic_are_no_acts(text, act):
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
