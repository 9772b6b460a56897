"""Issue 16, events, session 25 (ev33): sentences written for these tests (none copied from an evaluation text), read
by the real pipeline — activities listed after one verb of holding (开展了A、B和C等一系列活动): an account of an
occasion dates it first and then lists what was held in it, so an undated list that tells of things held (a verb in
the past, a closer counting several) takes the month the passage printed last; a later item of a list that an event
holds is held by that event's organisers, as the first item is."""

from __future__ import annotations

from tests.unseen.test_events import events, one

_DATED = "5月12日是江南专利日。"


def test_an_undated_series_after_a_dated_sentence_is_held_in_that_month():
    found = events(_DATED + "江南大学法学院开展专利主题讲座、走进“远航”参观活动、趣味知识竞答等一系列宣传活动。",
                   date="2025-06-10")
    assert one(found, "走进“远航”参观活动").start == "2025-05"
    assert one(found, "专利主题讲座").start == "2025-05"


def test_a_long_closer_of_variety_words_still_closes_the_list():
    found = events(_DATED + "江南大学法学院开展专利主题讲座、走进“远航”参观活动等一系列内容丰富、特色鲜明的宣传活动。",
                   date="2025-06-10")
    assert one(found, "走进“远航”参观活动").start == "2025-05"


def test_a_year_alone_in_the_list_sentence_gives_way_to_the_month_told_before():
    found = events(_DATED + "学院围绕今年的主题，开展专利主题讲座、走进“远航”参观活动等一系列宣传活动。",
                   date="2025-06-10")
    assert one(found, "走进“远航”参观活动").start == "2025-05"


def test_a_bare_list_of_work_with_no_date_of_its_own_tells_of_no_event():
    found = events(_DATED + "江南市积极开展专利导航培训、商标品牌展示等活动。", date="2025-06-10")
    assert not [e for e in found if e.label in ("专利导航培训", "商标品牌展示")]


def test_items_found_undated_take_the_month_of_their_list():
    found = events(_DATED + "学院组织开展了“我的专利”作品征集活动、“护航创新”普法活动等一系列活动。", date="2025-06-10")
    assert one(found, "“我的专利”作品征集活动").start == "2025-05"


def test_a_later_item_of_a_list_an_event_holds_is_held_by_its_organisers():
    found = events("11月8日至10日，由江南商标协会主办的第三届江南商标节在江南市举办。商标节内容丰富，还举办了江南品牌"
                   "博览会、江南商标协会会员企业商标文化展示等主题活动。", date="2025-11-20")
    show = one(found, "江南商标协会会员企业商标文化展示")
    assert show.start == "2025-11" and show.organisers == one(found, "第三届江南商标节").organisers != []


def test_the_body_opening_the_sentence_holds_the_activities_it_lists():
    found = events(_DATED + "江南大学围绕今年的主题，开展专利主题讲座、走进“远航”参观活动等一系列宣传活动。",
                   date="2025-06-10")
    assert one(found, "走进“远航”参观活动").organisers == ["org/jiang-nan-da-xue"]


def test_no_body_holds_a_list_when_the_sentence_names_two_before_its_verb():
    found = events(_DATED + "江南大学与江南市知识产权局开展专利主题讲座、走进“远航”参观活动等一系列宣传活动。",
                   date="2025-06-10")
    assert one(found, "走进“远航”参观活动").organisers == []
