"""Session 20 (rt21), one node per real event and its start date: a later sentence that tells the event as the object
of 对 (X对第三届…论坛的召开表示祝贺) names no second event; a campaign told with and without the word for its
activities (…宣传周活动, …宣传周; 全国 or 中国) is one; the words of raising and lowering the curtain (拉开大幕,
揭幕, 落下帷幕) and of opening a camp, a contest or a lecture (开营, 开赛, 开讲) hold an event as 开幕 does, so the
sentence's date is its. Sentences written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events


@pytest.mark.parametrize("text, label", [
    ("5月8日，第三届长江知识产权论坛在武汉开幕。\n\n湖北省副省长张明对第三届长江知识产权论坛的召开表示热烈祝贺。",
     "第三届长江知识产权论坛"),
    ("6月2日，2021年安徽知识产权运营大会在合肥举行。\n\n国家知识产权局发来贺信，对2021年安徽知识产权运营大会的成功举办"
     "表示祝贺。", "2021年安徽知识产权运营大会"),
    ("9月1日，第二届苏州知识产权对接会在苏州举行。\n\n市长王强对第二届苏州知识产权对接会的召开表示祝贺。",
     "第二届苏州知识产权对接会"),
    ("6月22日，商標巡回研討會在成都舉行。\n\n辦事處顧問文學出席會議並對研討會進行總結。", "商標巡回研討會"),
])
def test_the_object_of_dui_is_the_event_told_again(text: str, label: str) -> None:
    """对 opens the object of a later verb (表示祝贺, 进行总结): the name after it is the event told before, and
    the person or body before it is no part of any name."""
    assert [e.label for e in events(text, "2021-11-06")] == [label]


def test_a_name_that_holds_dui_in_a_word_keeps_it() -> None:
    """对接会, 对话会, 对非…: words that hold 对 are no preposition, and the name runs through them."""
    for text, label in (("3月3日，中国对非投资论坛在北京举行。", "中国对非投资论坛"),
                        ("4月2日，中美知识产权对话会在上海举行。", "中美知识产权对话会"),
                        ("5月9日，2022年专利技术对接会在杭州举行。", "2022年专利技术对接会")):
        assert [e.label for e in events(text, "2022-06-01")] == [label]


@pytest.mark.parametrize("verb", ["拉开大幕", "启幕", "揭幕", "落下帷幕"])
def test_the_curtain_words_hold_the_event(verb: str) -> None:
    """…年会在北京拉开大幕: the date of the sentence is the meeting's, as with 开幕."""
    found = events(f"9月13日，第十三届中国知识产权年会在北京{verb}。", "2024-09-19")
    assert [(e.label, e.start) for e in found] == [("第十三届中国知识产权年会", "2024-09-13")]


@pytest.mark.parametrize("text, label", [
    ("7月8日，第三届全国专利检索大赛在南京开赛。", "第三届全国专利检索大赛"),
    ("7月8日，2024年青少年知识产权夏令营在青岛开营。", "2024年青少年知识产权夏令营"),
    ("7月8日，第二期知识产权大讲堂在厦门开讲。", "第二期知识产权大讲堂"),
    ("7月8日，第五届西部知识产权论坛在成都揭幕。", "第五届西部知识产权论坛"),
])
def test_opening_a_camp_a_contest_or_a_lecture_holds_it(text: str, label: str) -> None:
    """开赛, 开营, 开讲 open the event their subject names as 开班 opens a course: a dated event."""
    assert [(e.label, e.start) for e in events(text, "2024-07-20")] == [(label, "2024-07-08")]


@pytest.mark.parametrize("text, date, label", [
    ("2018年全国知识产权宣传周启动\n\n4月20日，2018年全国知识产权宣传周在北京启动。\n\n"
     "世界知识产权组织总干事为中国知识产权宣传周活动发来贺信。", "2018-04-21", "2018年全国知识产权宣传周"),
    ("2022年全省知识产权宣传月活动启幕\n\n4月1日，2022年全省知识产权宣传月在杭州拉开帷幕。", "2022-04-02",
     "2022年全省知识产权宣传月活动"),
    ("2019年全国版权宣传周活动开幕\n\n4月22日，2019年全国版权宣传周在北京开幕。", "2019-04-23",
     "2019年全国版权宣传周活动"),
])
def test_a_campaign_told_with_and_without_its_activities_is_one(text: str, date: str, label: str) -> None:
    """…宣传周活动 and …宣传周, 全国 and 中国: one campaign."""
    found = events(text, date)
    assert [e.label for e in found] == [label]
    assert found[0].start is not None and len(found[0].start) == len("2018-04-20")
