"""Session 14, agreements: a compound of country abbreviations ends before a character that opens a word of its own
(中欧新的…协议 is China's and the EU's, not Singapore's too; 中美法律…: no France). Census of the dev fold: rt-215;
the shape (an abbreviation run followed by 新的, 新型, 新法律) shows in rt-213, rt-215, rt-245. Sentences written
for these tests, read by the real pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_commitments_round5 import read


@pytest.mark.parametrize(("sentence", "parties"), [
    ("中国商务部部长王明与欧盟贸易委员史密斯签署了中欧新的知识产权合作协议。", ["org/MOFCOM", "org/EU"]),
    ("中美双方签署了中美法律服务合作备忘录。", ["country/CN", "country/US"]),
    ("中法双方签署了中法新型伙伴关系合作协议。", ["country/CN", "country/FR"]),
    ("日前，中俄新的专利审查高速路协议在北京签署。", ["country/CN", "country/RU"]),
])
def test_a_compound_of_abbreviations_ends_before_a_word_of_its_own(sentence: str, parties: list[str]) -> None:
    assert [f.parties for f in read(sentence, "agreements")] == [parties]


def test_singapore_is_still_read_inside_a_compound() -> None:
    """新 stands for Singapore where no word of its own opens with it (中新两国)."""
    found = read("中新两国签署了知识产权合作备忘录。", "agreements")
    assert [f.parties for f in found] == [["country/CN", "country/SG"]]
