"""Issue 16, round 12 of the commitments (patterns 9 and 12), found on the newest annotated dev texts and tested on
sentences written for these tests, read by the real pipeline: a state that joins a body a treaty establishes
(加入国际植物新品种保护联盟) accedes to that treaty.
"""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def acts(text: str) -> list[tuple[str, str, list[str], str | None]]:
    return [(f.treaty, f.action, f.actors, f.date) for f in read(text, "treaty_actions")]


# --- 9. treaty actions ----------------------------------------------------------------------------------------------


def test_9_joining_the_union_a_convention_establishes_is_acceding_to_the_convention():
    assert acts("老挝于2021年加入了国际植物新品种保护联盟，成为其第78个成员。") == [
        ("upov-convention", "Accession", ["country/LA"], "2021")]
    assert acts("1980年，中国加入世界知识产权组织。") == [("wipo-convention", "Accession", ["country/CN"], "1980")]


def test_9_a_body_that_only_administers_a_treaty_or_is_named_without_joining_is_no_accession():
    assert acts("老挝代表团于2021年访问了世界知识产权组织。") == []
    assert acts("老挝于2021年加入了亚洲开发银行。") == []
