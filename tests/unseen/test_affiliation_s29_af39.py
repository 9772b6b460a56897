"""Session 29, a faculty named by its discipline alone after a body's word for itself (我校法学院): the faculty of
the school the word stands for, not a body 校法学院 read back over the word. Counted as a failure on probes (real
paragraphs outside the evaluation set, annotated before the extractor ran: /tmp/af39-probes, develop half). Every
sentence here was written for these tests, none copied from a report, a probe or an evaluation text; each runs the
real pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_people_s13 import affiliations

OWN_FACULTIES = [
    # The school named in an earlier passage, its faculty in full there too: the dean's body is that faculty.
    ("4月3日，东湖大学商学院与南岭市中级人民法院签署合作协议。\n我校商学院院长林志远感谢法院的支持。\n",
     "林志远", "东湖大学商学院"),
    # The school named before in the same passage.
    ("西川理工大学与北港市知识产权局签署合作协议，我校法学院副院长韩秋实出席仪式。\n", "韩秋实", "西川理工大学法学院"),
]


@pytest.mark.parametrize(("text", "name", "body"), OWN_FACULTIES)
def test_a_faculty_after_the_word_for_its_school_is_that_schools(text, name, body, res):
    assert affiliations(text, res).get(name) == body


def test_no_body_is_read_back_over_the_word(res):
    """校法学院 is no body's name: the word 我校 stays whole."""
    text = "西川理工大学与北港市知识产权局签署合作协议，我校法学院副院长韩秋实出席仪式。\n"
    assert "校法学院" not in affiliations(text, res).values()


def test_a_unit_of_two_words_is_read_as_before(res):
    """A unit of two characters or more before its head (我校经济学院) was read already; the rule leaves it so."""
    text = "西川理工大学与北港市知识产权局签署合作协议，我校经济学院院长韩秋实出席仪式。\n"
    assert affiliations(text, res).get("韩秋实") == "西川理工大学经济学院"
