"""Session 15 (ez), events of part ze's shape that unseen text tells and the reader missed: sentences written for
these tests (none copied from an evaluation text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events

# --- festivities as head nouns: a festival (品牌节), a week (专利周), a carnival, a concert, a camp -----------------


@pytest.mark.parametrize(("text", "date", "told"), [
    ("10月12日，第三届海峡两岸文化创意品牌节在厦门开幕。", "2024-10-13",
     ("第三届海峡两岸文化创意品牌节", "Event", "2024-10-12")),
    ("5月20日，2023澳门原创音乐嘉年华在塔石广场举行。", "2023-05-21",
     ("2023澳门原创音乐嘉年华", "Event", "2023-05-20")),
    ("协会于7月8日在珠海举办第二届粤港澳青年版权音乐会。", "2023-07-09",
     ("第二届粤港澳青年版权音乐会", "Event", "2023-07-08")),
    ("8月2日，首届两岸青年原创音乐交流营在福州举办。", "2023-08-05",
     ("首届两岸青年原创音乐交流营", "TrainingCourse", "2023-08-02")),
    ("第七届全国专利周系列活动9月3日在杭州举办。", "2024-09-05",
     ("第七届全国专利周系列活动", "Campaign", "2024-09-03")),
])
def test_a_festival_a_week_a_carnival_a_concert_or_a_camp_is_an_event(text, date, told):
    assert [(e.label, e.type, e.start) for e in events(text, date=date)] == [told]


def test_a_festivity_noun_alone_or_in_a_common_phrase_names_no_event():
    assert events("本节介绍版权登记的流程，每周三受理申请。", date="2024-06-01") == []


# --- a week's series of events told again by the week's name and this year (今年X) is the same event ------------


def test_this_years_week_told_after_its_series_of_events_is_that_series():
    found = events("第七届全国专利周系列活动9月3日在杭州举办。今年全国专利周的主题是“保护创新、服务发展”。",
                   date="2024-09-05")
    assert [(e.label, e.start) for e in found] == [("第七届全国专利周系列活动", "2024-09-03")]
