"""Session 25, a school's or an office's own news receiving visitors: the body that comes to 我校 (来校访问, 来访我校,
对我校进行访问, 到我院调研) is not the body 我校 or a bare 校长 stands for, though the report names it first. Counted
as failures on probes (real paragraphs outside the evaluation set, annotated before the extractor ran:
/tmp/af33-probes). Every sentence here was written for these tests, none copied from a report, a probe or an
evaluation text; each runs the real pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_people_s13 import affiliations

HOSTS = [
    # A visiting university named first; the host's officers named by 我校 or by a bare title after it.
    ("5月8日，北岭理工大学副校长韩东明一行来校访问，我校副校长郑秋云会见了来宾。\n", "郑秋云", "北岭理工大学"),
    ("6月2日，南港海洋学院党委书记柯立新等一行来访我校。我校党委书记唐文博会见了客人。\n", "唐文博", "南港海洋学院"),
    ("9月3日，东陵大学代表团对我校进行友好访问。副校长许安平会见了代表团。\n", "许安平", "东陵大学"),
    ("西川中级人民法院副院长罗一凡一行到我院交流。我院院长钟立明主持座谈。\n", "钟立明", "西川中级人民法院"),
]


@pytest.mark.parametrize(("text", "name", "guest"), HOSTS)
def test_the_host_is_not_the_body_that_visits_it(text, name, guest, res):
    assert affiliations(text, res).get(name) != guest


def test_the_visitors_keep_their_own_body(res):
    """The rule leaves alone the people the visiting body's name is printed before (韩东明 is 北岭理工大学's)."""
    text = "5月8日，北岭理工大学副校长韩东明一行来校访问，我校副校长郑秋云会见了来宾。\n"
    assert affiliations(text, res).get("韩东明") == "北岭理工大学"


def test_the_host_named_later_is_still_its_officers_body(res):
    """A host the report names after the visit (东华师范大学) is the body 我校 stands for."""
    text = ("3月5日，西岭科技大学副校长冯建国一行来访我校。我校副校长高明远会见了客人。\n"
            "高明远介绍了东华师范大学的办学情况。\n")
    assert affiliations(text, res).get("高明远") == "东华师范大学"


def test_a_bureau_leading_a_group_to_a_school_keeps_its_deputy(res):
    """A guest is kept out only for a body of the visited word's head: the 局 whose 副局长 leads a group to a school
    is still his (来校 visits a 大学, not a 局)."""
    text = "南湖区市场监督管理局高度重视，副局长贺文杰亲自带队来校参加活动。\n"
    assert affiliations(text, res).get("贺文杰") == "南湖区市场监督管理局"
