"""Session 32, departments named by their function alone as organisers (op43): sentences written for these tests
(none copied from an evaluation text or a probe), read by the real pipeline. A body's own news names its departments
without the body (科技处, 教务处, 校团委: knowledge/gazetteer/faculties.tsv); where a body stands, they are bodies."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one
from tests.unseen.test_people import new_orgs, people


def holders(text: str, label: str) -> list[str]:
    """The organisers and partners the pipeline gives the one event of that label."""
    event = one(events(text, date="2024-05-01"), label)
    return [*event.organisers, *event.partners]


def _names(text: str, res) -> set[str]:
    return {details["name"] for details in new_orgs(text, res).values()}


@pytest.mark.parametrize(("text", "expected"), [
    ("本届专利检索大赛由教务处主办，各院系协办。", "教务处"),
    ("5月10日，由校团委和图书馆共同举办的商标设计大赛在体育馆举行。", "校团委"),
    ("学工部联合法学院举办了知识产权主题班会。", "学工部"),
])
def test_a_department_named_by_its_function_alone_is_a_body(text: str, expected: str, res):
    assert expected in _names(text, res)


def test_a_department_holding_an_event_is_its_organiser():
    assert "org/jiao-wu-chu" in holders("4月20日，由教务处主办的专利检索大赛在图书馆举行。", "专利检索大赛")


def test_a_department_before_yu_and_a_date_acts_on_that_day(res):
    text = "科研处于5月12日邀请专利代理师举办了专利撰写讲座。"
    assert "科研处" in _names(text, res)


@pytest.mark.parametrize("text", [
    "我国量子科技处于世界前列。",
    "当前科技处于快速发展阶段，高校应加强专利布局。",
])
def test_the_verb_chu_yu_after_a_function_word_names_no_department(text: str, res):
    assert not any(name.endswith("处") for name in _names(text, res))


def test_a_department_told_again_short_is_the_one_named_in_full_before(res):
    found = new_orgs("华东政法学院科研处与某律师事务所签约。科研处将组织教师参与专利转化。", res)
    names = {details["name"] for details in found.values()}
    assert "科研处" not in names and "华东政法学院科研处" in names


def test_a_department_read_by_its_function_still_credits_the_writer_of_its_bracket(res):
    assert people("学校举办了专利讲座。（撰稿：科技处 编辑：张丽）", res) == [("张丽", "编辑", "科技处")]
