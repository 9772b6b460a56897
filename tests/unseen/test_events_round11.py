"""Issue 16, events, round 11 (events found, recall first, on new annotated dev texts): sentences written for these
tests (none copied from an evaluation text), read by the real pipeline, one test per mechanism, named by the
issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- 10. an activity list (开展了A、B和C等活动): each item ending in an event noun is one event held ------------------


def test_10_each_item_of_an_activity_list_is_an_event_of_the_sentences_date():
    found = events("5月3日，杭州市市场监督管理局举办了专利成果展、商标品牌展示和相关视频播放等活动。",
                   date="2025-05-04")
    assert one(found, "专利成果展").start == "2025-05-03"
    assert one(found, "商标品牌展示").start == "2025-05-03"
    assert not [e for e in found if "视频" in e.label]  # an item with no event noun is no event


def test_10_a_pointing_list_of_announced_activities_is_held_within_the_events_month():
    found = events("4月20日，宁波市知识产权宣传周活动启动仪式在宁波举行。本次宣传周活动将同时开展青少年发明展示周、"
                   "商标知识有奖竞答、专利服务座谈、线上微讲堂和专家讲座等精彩纷呈的系列宣传活动。", date="2025-04-22")
    for label in ("青少年发明展示周", "商标知识有奖竞答", "专利服务座谈", "线上微讲堂", "专家讲座"):
        assert one(found, label).start == "2025-04"
    assert one(found, "线上微讲堂").mode == "Online"


def test_10_an_activity_list_under_no_verb_of_holding_makes_no_event():
    found = events("5月3日，杭州市市场监督管理局总结了专利成果展、商标品牌展示等活动的经验。", date="2025-05-04")
    assert not [e for e in found if e.label in ("专利成果展", "商标品牌展示")]


def test_10_a_list_of_bare_event_nouns_names_no_event():
    found = events("5月3日，杭州市市场监督管理局开展了培训、讲座和座谈等活动。", date="2025-05-04")
    assert not [e for e in found if e.label in ("培训", "讲座", "座谈")]


def test_10_he_inside_an_items_name_does_not_split_the_item():
    found = events("5月3日，国家知识产权局举办中美外观设计交流会、中欧知识产权保护最新进展和挑战交流会等活动。",
                   date="2025-05-04")
    assert not [e for e in found if e.label == "挑战交流会"], [e.label for e in found]


# --- 10. a term and a sitting (一届二次) number a session: no count of several --------------------------------------


def test_10_a_term_and_sitting_number_a_session_not_a_count():
    found = events("12月1日，宁波市知识产权服务业协会二届三次理事会会议在宁波召开。", date="2025-12-02")
    assert one(found, "宁波市知识产权服务业协会二届三次理事会会议").start == "2025-12-01"


def test_10_a_count_of_several_meetings_still_names_none():
    assert not events("5月3日，宁波市知识产权服务业协会举办了三次理事会会议。", date="2025-05-04")


def test_10_an_operation_in_an_undated_activity_list_is_no_event():
    found = events("4月20日，宁波市知识产权宣传周活动启动仪式在宁波举行。本次宣传周活动将同时开展商标知识有奖竞答、"
                   "知识产权联合执法行动和专家讲座等系列宣传活动。", date="2025-04-22")
    assert one(found, "商标知识有奖竞答").start == "2025-04"
    assert not [e for e in found if e.label == "知识产权联合执法行动"]


# --- 7. corner quotation marks (「」, Hong Kong and Taiwan) quote a name as “” do: one event ----------------------


def test_7_a_name_in_corner_quotes_is_the_same_event_as_told_without_them():
    text = ("第三届海峡两岸商标论坛在台中举行\n\n"
            "由台中市商标协会主办的第三届「海峡两岸商标论坛」，于10月8日在台中举行。\n")
    found = events(text, date="2025-10-09")
    assert len([e for e in found if "海峡两岸商标论坛" in e.label]) == 1, [e.label for e in found]


def test_10_an_activity_list_with_no_date_tells_of_kinds_of_work():
    found = events("宁波市市场监督管理局积极开展专利成果展、商标品牌展示等活动。", date="2025-05-04")
    assert not [e for e in found if e.label in ("专利成果展", "商标品牌展示")], [e.label for e in found]
