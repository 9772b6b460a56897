"""Session 32, committee documents: a body's name a bracketed Chinese short form defines reads on over the words
joining its nouns (粮食和…委员会(某委)), and an expert group (专家组) so defined is a body. Sentences written for
these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_new_orgs_s14 import orgs


def _names(text: str, res) -> set[str]:
    return {name for names in orgs(text, res) for name in names}


def test_a_chinese_short_form_in_brackets_makes_the_joined_nouns_one_name(res):
    """(渔资委) takes its characters from the phrase in order and ends in one of its head's: the phrase is one name,
    粮食和 included, as a Latin acronym in the bracket makes it."""
    names = _names("粮食和渔业资源委员会(渔资委)在上届会议上同意编写指南。", res)
    assert "粮食和渔业资源委员会" in names
    assert "渔业资源委员会" not in names


def test_a_short_form_that_is_the_head_alone_defines_the_group(res):
    """…专家组(专家组): "the Group" from here on; the expert group is a body, its joined fields part of its name."""
    names = _names("该指南已由植物和动物遗传资源专家组(专家组)审查。", res)
    assert "植物和动物遗传资源专家组" in names


def test_a_bracket_of_other_words_defines_no_name(res):
    """(筹) or (北京) after a phrase takes no characters of a head: no name is read over 和 because of it."""
    assert not any(n.startswith("研究和") for n in _names("研究和开发中心(筹)正式成立。", res))
