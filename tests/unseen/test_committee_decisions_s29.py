"""Session 29 (wp38), a committee report's sentence that opens with the acronym of a deliberative body the gazetteer
knows (CDIP, SCCR, IGC: a name ending in 委员会) goes on with what the body did: a later clause without a subject of
its own (…，并决定…) is the body's resolution, no pledge, as it is after a body named in full. An agency deciding to
act still pledges. Sentences written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges


def test_a_clause_after_a_committees_acronym_is_its_resolution() -> None:
    """IGC审议了…，并决定…: the committee decides, nobody pledges."""
    assert pledges("IGC审议了秘书处编拟的两份文件，讨论了各代表团的意见，并决定以第二份文件作为今后谈判的基础。") == []


def test_a_committees_acronym_and_its_name_in_full_read_alike() -> None:
    """The name in full was a resolution before; the acronym now is too."""
    assert pledges("专利法常设委员会审议了议程，并决定以该清单作为工作基础。") == []
    assert pledges("SCP审议了议程，并决定以该清单作为工作基础。") == []


def test_an_agency_deciding_to_act_still_pledges() -> None:
    """WIPO is an organisation, not a body that sits: its decision to fund is its pledge."""
    assert [actor for actor, _ in pledges("WIPO审议了该申请，并决定为该项目提供资助。")] == ["org/WIPO"]
