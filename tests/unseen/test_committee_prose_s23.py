"""Issue 16, WIPO committee prose, session 23: sentences written for these tests (none copied from an evaluation
text), read by the real pipeline, one test per mechanism — a nameless event noun in the predicate of a copula whose
subject points back describes the event told before (no second event), and a bare treaty noun right after a state's
own act (批准条约, 加入公约) is the treaty of that noun named before."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one
from tests.unseen.test_treaties_s16 import _acts

# --- 这是…举办大型国际会议 / 此次研讨会是…举办的一次…会议: the predicate says what the told event is ---------------


@pytest.mark.parametrize("text", [
    "3月4日，江南市版权研讨会在江南市举行，这是国家版权局首次在该省举办大型国际会议。",
    "3月4日，江南市版权研讨会在江南市举行。此次研讨会是应企业需要而举办的一次具有示范意义的会议。",
    "3月4日，江南市版权研讨会在江南市举行，该研讨会是江南市版权局今年举办的第二场大型会议。",
])
def test_a_nameless_event_noun_after_a_copula_whose_subject_points_back_is_no_second_event(text):
    found = events(text, date="2025-03-10")
    assert [e.label for e in found] == ["江南市版权研讨会"]
    assert one(found, "江南市版权研讨会").start == "2025-03-04"


def test_a_name_of_its_own_after_the_copula_is_still_read():
    found = events("3月4日，江南市举办版权研讨会，这是江南市版权局举办的“第二届版权保护论坛”。", date="2025-03-10")
    assert "第二届版权保护论坛" in [e.label for e in found]


# --- 正式批准条约 / 加入公约: the bare noun after a state's own act is the treaty named before ------------------------


def test_a_bare_treaty_noun_ratified_is_the_treaty_named_before():
    text = "两国代表介绍了《马拉喀什条约》的内容。秘鲁已于2016年5月正式批准条约，并设立了授权实体。"
    assert ("marrakesh-treaty", "Ratification", ["country/PE"], "2016-05") in _acts(text + "\n")


def test_a_bare_noun_of_another_kind_refers_to_no_treaty():
    assert _acts("会议讨论了《海牙协定》的新规则。秘鲁于2020年加入条约。\n") == []


def test_a_cooperation_agreement_approved_is_no_treaty_act():
    assert _acts("江南省与首尔市签署了《江南—首尔知识产权合作协定》。双方于2019年批准协定。\n") == []
