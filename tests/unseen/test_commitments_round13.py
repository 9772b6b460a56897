"""Issue 16, round 13 of the commitments (patterns 6, 9 and 12), found on the dev texts added last (parts u–w) and
tested on sentences written for these tests, read by the real pipeline: a compound of country abbreviations as the
subject that signs, a headline in brackets glued in front of its first sentence.
"""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read

# --- 6. agreements --------------------------------------------------------------------------------------------------


def test_6_a_compound_of_country_abbreviations_opening_the_subject_signs():
    found = read("2019年，中法签署知识产权合作备忘录。", "agreements")
    assert [(f.label, f.parties) for f in found] == [("知识产权合作备忘录", ["country/CN", "country/FR"])]


def test_6_a_headline_in_brackets_glued_in_front_ends_the_instrument_it_names():
    found = read("[中德就专利审查合作发表联合声明]中德两国5日在柏林就专利审查合作发表联合声明。", "agreements")
    assert [(f.label, f.parties) for f in found] == [("联合声明", ["country/CN", "country/DE"])]
