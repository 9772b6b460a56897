"""Events, session 34 (wp43, committee documents): a progress report's summary and its detail tell one activity,
once by its full name and once by the end of its name alone. Every sentence here was written for these tests, none
copied from an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events

_REPORT = ("项目概述\n\n1. 2023年9月，在青禾市举办了关于地理标志与乡村旅游的区域讲习班。\n\n"
           "主要成就\n\n2. 在青禾市举办的区域讲习班（2023年9月）促成了一份国家行动计划。\n")


def test_a_detail_naming_an_activity_by_its_names_end_is_the_one_told_in_full():
    found = events(_REPORT, date="2024-03-01", author=("WIPO",))
    assert [(e.label, e.start) for e in found] == [("关于地理标志与乡村旅游的区域讲习班", "2023-09")]


def test_two_activities_ending_so_in_one_month_leave_the_short_name_its_own():
    text = ("1. 2023年9月，举办了关于地理标志的区域讲习班。\n\n2. 2023年9月，举办了关于商标的区域讲习班。\n\n"
            "3. 区域讲习班（2023年9月）取得成功。\n")
    found = events(text, date="2024-03-01", author=("WIPO",))
    assert "区域讲习班" in [e.label for e in found]


def test_another_month_is_another_activity():
    text = "1. 2023年9月，举办了关于地理标志的区域讲习班。\n\n2. 2023年11月，又举办了一期区域讲习班。\n"
    found = events(text, date="2024-03-01", author=("WIPO",))
    assert len(found) == 2, [(e.label, e.start) for e in found]


def test_listed_activities_with_a_place_beside_their_bracketed_dates_are_each_an_event():
    text = ("2023年，举办了关于植物品种保护的网络研讨会（2023年2月15日）、关于专利信息检索的培训班（2023年4月，青禾市）"
            "和关于集体管理的国家讲习班（远山市，2023年5月）。\n")
    found = events(text, date="2024-03-01", author=("WIPO",))
    assert [(e.label, e.start) for e in found] == [("关于植物品种保护的网络研讨会", "2023-02-15"),
                                                  ("关于专利信息检索的培训班", "2023-04"),
                                                  ("关于集体管理的国家讲习班", "2023-05")]


def test_the_detail_gives_the_activity_told_by_month_its_days():
    text = ("1. 项目于2023年3月在白河市举办了关于版权集体管理的区域研讨会。\n\n"
            "2. 区域研讨会于2023年3月15日至16日在白河市举行，30名官员参加。\n")
    found = events(text, date="2024-03-01", author=("WIPO",))
    assert [(e.label, e.start, e.end) for e in found] == [("关于版权集体管理的区域研讨会", "2023-03-15", "2023-03-16")]


def test_places_each_dated_in_brackets_are_stops_of_one_activity():
    text = "项目在青禾市（2023年5月）和远山市（2023年9月）举办了关于知识产权与乡村旅游的国家研讨会。\n"
    found = events(text, date="2024-03-01", author=("WIPO",))
    assert [(e.label, e.start) for e in found] == [("关于知识产权与乡村旅游的国家研讨会", "2023-05"),
                                                  ("关于知识产权与乡村旅游的国家研讨会", "2023-09")]
