"""Session 21, people's affiliation: shapes of Chinese that tie a person to a body, counted as failures on probes (real
paragraphs outside the evaluation set, annotated before the extractor ran: /tmp/af21-probes, /tmp/af19-probes and the
older folders). Every sentence here was written for these tests, none copied from a report, a probe or an evaluation
text; each runs the real pipeline. The ``SHAPES`` main read wrong; the ``GUARDS`` it read right, and still does."""

from __future__ import annotations

import pytest

from tests.unseen.test_people_s13 import affiliations

SHAPES = {
    # 法学院, 商学院: a faculty named by a discipline whose word is one character (knowledge/gazetteer/faculties.tsv)
    # is a body though its name holds one character before its head 学院.
    "faculties": [
        ("医学院副院长李明华出席仪式并致辞。\n", "李明华", "医学院"),
        ("会议由商学院党委书记赵晓燕主持。\n", "赵晓燕", "商学院"),
        ("文学院教授周立新作了题为“数字时代的版权”的报告。\n", "周立新", "文学院"),
    ],
}

GUARDS = [
    # the faculty printed with its university before: the person is the full name's
    ("北方大学法学院举办知识产权讲座，法学院院长钱进主持。\n", "钱进", "北方大学法学院"),
    # two characters of a discipline already named the faculty before a title
    ("经济学院院长孙立平介绍了学院的发展情况。\n", "孙立平", "经济学院"),
]


@pytest.mark.parametrize(("text", "person", "body"),
                         [*(case for cases in SHAPES.values() for case in cases), *GUARDS])
def test_each_person_works_for_the_faculty_printed(res, text: str, person: str, body: str) -> None:
    """The shapes main read wrong and the guards it read right, asked alike."""
    assert affiliations(text, res).get(person) == body
