"""Session 18, people's affiliation: shapes of Chinese that tie a person to a body, counted as failures on probes (real
paragraphs outside the evaluation set, annotated before the extractor ran). Every sentence here was written for these
tests, none copied from a report, a probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations


def test_a_unit_after_the_bodys_word_for_itself_is_not_read_back_over_the_word(res):
    """我校某学院甲院长, 我局某处处长乙: the unit's name starts after the word a body names itself by, as after a
    bare 校 opening a clause; the name read back from its head stops at 我 or 本, inside the word, and would keep half
    of it (校某学院) as though 校 were part of the unit's own name."""
    for text, person, body in [
        ("代表团参观了我校材料科学学院,受到我校材料科学学院王海燕院长的接待。\n", "王海燕", "材料科学学院"),
        ("我院民事审判庭庭长孙立新介绍了案件审理情况。\n", "孙立新", "民事审判庭"),
        ("出席会议的有我局法规处处长周明。\n", "周明", "法规处"),
        ("座谈会由我院国际交流办公室主任赵文博主持。\n", "赵文博", "国际交流办公室"),
    ]:
        assert (person, affiliations(text, res).get(person)) == (person, body)
