"""Treaty actions, session 23 (tr28): one act told twice is one act. Every sentence here was written for these tests,
none copied from an evaluation text or a probe; each runs the real pipeline.

A caption or headline above a story (its title lines) retells it: an undated act there, of a treaty the body tells
acts of, is none of its own. A conclusion or adoption happens to a treaty once, whoever is said to have helped it; an
undated ratification that names its state retells the one dated telling that named none. A verb whose own object is
another instrument (批准X议定书的《A》成员) does not act on the treaty; an instrument handed over, told further behind
the treaty than right after it (于递交批准书三个月后), is a time told; what a treaty aims at (旨在…) is no act."""

from __future__ import annotations

import pytest

from tests.unseen.test_treaties_s16 import _acts
from tests.unseen.test_treaty_actions_s20 import _told


def test_a_caption_above_the_story_retells_it():
    text = ("《新加坡条约》顺利签署\n"
            "《商标法新加坡条约》于2006年3月27日在新加坡通过，2009年3月16日生效。\n")
    assert sorted(_told(text)) == [("singapore-treaty", "Adoption"), ("singapore-treaty", "EntryIntoForce")]


def test_an_undated_caption_act_of_a_treaty_the_body_does_not_tell_of_stays():
    text = "《新加坡条约》顺利签署\n《专利合作条约》于1978年1月24日生效。\n"
    assert ("singapore-treaty", "Signature") in _told(text)


def test_a_conclusion_told_again_with_a_helper_is_one_conclusion():
    text = ("《马拉喀什条约》于2013年6月27日在马拉喀什缔结。\n"
            "2013年6月，中国政府积极协调、推动《马拉喀什条约》顺利缔结。\n")
    assert [act[:2] for act in _acts(text)] == [("marrakesh-treaty", "Conclusion")]


def test_a_ratification_told_again_with_its_state_is_one_ratification():
    text = ("2019年3月5日，议会表决通过，批准《马拉喀什条约》。\n"
            "专家指出，智利批准该条约意义深远。\n")
    assert [act[:2] for act in _acts(text)] == [("marrakesh-treaty", "Ratification")]


def test_an_entry_into_force_for_a_state_is_not_the_treatys_own():
    text = "智利近日递交了《马拉喀什条约》批准书，条约将于三个月后对智利正式生效。该条约于2016年9月30日生效。\n"
    forces = [act for act in _acts(text) if act[1] == "EntryIntoForce"]
    assert len(forces) == 2


def test_a_verb_with_an_instrument_of_its_own_does_not_act_on_the_treaty():
    text = "已批准修正议定书的《专利合作条约》成员国达到12个。\n"
    assert ("pct", "Ratification") not in _told(text)


def test_a_deposit_told_as_a_time_is_no_act():
    text = "2023年1月10日，智利交存《海牙协定》加入书。该协定于交存加入书三个月后即2023年4月10日对智利生效。\n"
    assert [act[:2] for act in _acts(text)].count(("hague-agreement", "Accession")) == 1


@pytest.mark.parametrize("text", [
    "旨在便利视障者获取和接受教育资源的《马拉喀什条约》受到广泛欢迎。\n",
    "各方开展合作，旨在加入《海牙协定》。\n",
])
def test_what_a_treaty_or_a_work_aims_at_is_no_act(text):
    assert not [act for act in _told(text) if act[1] in ("Ratification", "Accession")]


def test_a_clause_after_an_application_tells_what_was_applied_for():
    """中国正式提出申请，加入《A》: the subject-less clause is the application's content, not an accession."""
    assert ("hague-agreement", "Accession") not in _told("2019年5月，该国正式提出申请，加入《海牙协定》。\n")


@pytest.mark.parametrize("text", [
    "该国于2019年提出申请，2021年3月1日正式加入《海牙协定》。\n",
    "该国提交了申请，随后加入了《海牙协定》。\n",
])
def test_an_accession_with_its_own_date_or_completed_after_an_application_stays(text):
    assert ("hague-agreement", "Accession") in _told(text)


def test_a_clause_told_now_is_not_dated_by_the_clause_before():
    text = "2016年9月30日，《马拉喀什条约》正式生效，如今智利也已批准该条约。\n"
    assert ("marrakesh-treaty", "Ratification", ["country/CL"], None) in _acts(text)
    assert ("marrakesh-treaty", "EntryIntoForce", [], "2016-09-30") in _acts(text)
