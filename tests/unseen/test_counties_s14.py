"""Session 14, counties as places in a name: a county of counties.tsv printed whole is one known place, as a city
the gazetteer matches is, so a name read leftwards from its head opens with it and a verb or function word inside it
(会同: together with; 共和: republic; 于: at) no longer cuts it. Sentences written for these tests, read by the real
pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_new_orgs_s14 import orgs


@pytest.mark.parametrize(("sentence", "name"), [
    ("日前，会同县人民法院与怀化学院签订合作协议。", "会同县人民法院"),
    ("昨天，会同县检察院与怀化学院召开座谈会。", "会同县检察院"),
    ("上午，于都县市场监管局开展了专利执法检查。", "于都县市场监管局"),
])
def test_a_county_whose_name_holds_a_stop_word_is_read_whole(res, sentence: str, name: str) -> None:
    assert (name,) in orgs(sentence, res)


@pytest.mark.parametrize(("sentence", "name"), [
    ("近日，青海省共和县市场监管局开展知识产权执法检查。", "青海省共和县市场监管局"),
    ("湖南省会同县人民政府与中南大学签署合作协议。", "湖南省会同县人民政府"),
])
def test_a_county_body_after_its_province_opens_with_the_province(res, sentence: str, name: str) -> None:
    assert (name,) in orgs(sentence, res)


def test_counties_in_a_list_of_bodies_are_each_read_whole(res) -> None:
    found = orgs("会议由会同县知识产权局、和平县科技局和于都县市场监管局共同主办。", res)
    assert {("会同县知识产权局",), ("和平县科技局",), ("于都县市场监管局",)} <= found.keys()
