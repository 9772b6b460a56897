"""Session 27, one event told twice (ev45): a lead that sums up the activities its paragraphs then tell one by one,
and a headline that names a meeting by its kind where the body adds a meeting's noun. Sentences written for these
tests (none copied from an evaluation text), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events


def labels(text: str, date: str = "2025-05-12") -> list[str]:
    return sorted(e.label for e in events(text, date=date))


_SUMMED = ("5月10日，市知识产权局开展专利检索主题讲座、企业走访及知识产权趣味竞答等一系列宣传活动。\n"
           "活动期间，市知识产权局邀请专家在“护航创新 服务发展”系列讲座中讲解专利检索方法。\n"
           "当天下午，市知识产权局在市民广场举办知识产权有奖竞答活动，向市民发放宣传资料。\n")


def test_a_lead_that_sums_up_activities_is_not_a_second_node_of_each():
    found = labels(_SUMMED)
    assert "专利检索主题讲座" not in found and "知识产权趣味竞答" not in found, found
    assert any(label.endswith("系列讲座") for label in found), found
    assert any("有奖竞答" in label for label in found), found


def test_the_later_telling_keeps_the_lead_as_its_first_passage():
    lecture = next(e for e in events(_SUMMED, date="2025-05-12") if e.label.endswith("系列讲座"))
    assert lecture.passages[0] == "p1" and lecture.start == "2025-05-10"


def test_a_listed_name_with_an_edition_or_a_body_of_its_own_is_no_summary():
    text = ("5月10日，市知识产权局开展第三届知识产权讲座、企业走访及知识产权趣味竞答等一系列宣传活动。\n"
            "活动期间，市知识产权局邀请专家在“护航创新 服务发展”系列讲座中讲解专利检索方法。\n")
    assert "第三届知识产权讲座" in labels(text)


def test_two_later_events_of_the_noun_leave_the_summary_alone():
    text = ("5月10日，市知识产权局开展专利检索主题讲座、知识产权趣味竞答等一系列宣传活动。\n"
            "上午，市知识产权局举办“专利导航”系列讲座。\n"
            "下午，市知识产权局举办“商标品牌”系列讲座。\n")
    assert "专利检索主题讲座" in labels(text)


def test_a_headline_naming_the_meeting_by_its_kind_is_the_body_meeting():
    text = ("中德两局局长举行第三次战略对话\n"
            "12月4日，第三次中德知识产权局局长战略对话会议在北京举行。双方交流了合作情况。\n")
    found = labels(text, date="2025-12-05")
    assert found == ["第三次中德知识产权局局长战略对话会议"], found


def test_a_headline_of_another_number_stays_another_meeting():
    text = ("中德两局局长举行第二次战略对话\n"
            "12月4日，第三次中德知识产权局局长战略对话会议在北京举行。双方交流了合作情况。\n")
    assert len(labels(text, date="2025-12-05")) == 2

