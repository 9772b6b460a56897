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


@pytest.mark.parametrize("text", [
    "他曾担任北方科技研究院副院长期间，主持了多项专利合作。\n",
    "王芳任学院院长期间，学院获批多个项目。\n",
    "刘洋在担任某大学校长任内推动改革。\n",
])
def test_a_term_of_office_after_a_title_is_no_person(text, res):
    """Regression (af24's report): 期间, 任内 after a title (副院长期间) were read as a person's name, as a run of
    characters after the title of a body of no known country; words of a term of office (after_name.tsv) open none."""
    assert not {"期间", "任内"} & set(affiliations(text, res))
