"""Session 16, organisers and partners (og17): sentences written for these tests (none copied from an evaluation text
or a probe), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- a body named after 在 and a place is where the event was held, not who held it ---------------------------------


def test_a_university_after_a_city_is_the_venue():
    found = events("第四届长三角商标研讨会于6月3日在上海同济大学举行。", date="2025-06-10")
    assert one(found, "第四届长三角商标研讨会").organisers == []


def test_an_academy_after_a_prefecture_city_is_the_venue_past_an_adverb():
    found = events("6月5日，全省地理标志保护工作会议在济南市山东省农业科学院顺利召开。", date="2025-06-10")
    assert one(found, "全省地理标志保护工作会议").organisers == []


def test_a_university_after_a_city_of_taiwan_is_the_venue():
    found = events("2024年海峡两岸版权论坛于10月18日在台北市台湾大学举行。", date="2024-10-20")
    assert one(found, "2024年海峡两岸版权论坛").organisers == []


def test_a_body_that_holds_an_event_in_a_district_still_holds_it():
    """Guards the mechanism: the place after 在 is where the body held the event; the body before 在 holds it."""
    found = events("5月8日，浙江省知识产权局在杭州市余杭区举办专利导航培训班。", date="2025-05-10")
    assert one(found, "专利导航培训班").organisers == ["org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"]
    found = events("5月9日，由宁波市知识产权局主办的甬江专利论坛在宁波高新区宁波大学科技园成功举行。",
                   date="2025-05-10")
    assert one(found, "甬江专利论坛").organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]
