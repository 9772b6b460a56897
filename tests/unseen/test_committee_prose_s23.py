"""Issue 16, WIPO committee prose, session 23: sentences written for these tests (none copied from an evaluation
text), read by the real pipeline: a bare treaty noun right after a state's own act (批准条约, 加入公约) is the treaty of
that noun named before."""

from __future__ import annotations

from tests.unseen.test_treaties_s16 import _acts

# --- 正式批准条约 / 加入公约: the bare noun after a state's own act is the treaty named before ------------------------


def test_a_bare_treaty_noun_ratified_is_the_treaty_named_before():
    text = "两国代表介绍了《马拉喀什条约》的内容。秘鲁已于2016年5月正式批准条约，并设立了授权实体。"
    assert ("marrakesh-treaty", "Ratification", ["country/PE"], "2016-05") in _acts(text + "\n")


def test_a_bare_noun_of_another_kind_refers_to_no_treaty():
    assert _acts("会议讨论了《海牙协定》的新规则。秘鲁于2020年加入条约。\n") == []


def test_a_cooperation_agreement_approved_is_no_treaty_act():
    assert _acts("江南省与首尔市签署了《江南—首尔知识产权合作协定》。双方于2019年批准协定。\n") == []
