"""Issue 16, events, session 33 (ev49): sentences written for these tests (none copied from an evaluation text or a
probe), read by the real pipeline — county news of a promotion week: a county's party committee department after
联合 is a partner of its own (联合某县委宣传部); watching a ceremony on screen (组织收看…启动仪式) tells it was held;
a theme clause 以“…”为主题的 between the verb and the name leaves the verb governing it; a promotion campaign and an
enforcement operation joined by 暨 are two events; a programme's items (一是…；二是…) are read with their own dates;
an inspection operation (…执法抽查行动) and a quoted celebration (“…庆祝活动”) are events."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_county_party_department_after_lianhe_is_a_partner_not_part_of_the_subject():
    text = ("4月20日，南岭县市场监督管理局联合南岭县委宣传部、南岭县文明办等部门"
            "在街心广场举办知识产权保护宣传周系列活动。")
    event = one(events(text, date="2024-04-28"), "知识产权保护宣传周系列活动")
    assert event.organisers == ["org/nan-ling-xian-shi-chang-jian-du-guan-li-ju"]
    assert "org/nan-ling-xian-wei-xuan-chuan-bu" in event.partners


def test_a_ceremony_watched_on_screen_was_held_and_the_watching_verb_is_no_part_of_a_name():
    text = "4月20日，南岭县市场监管局组织干部职工收看省知识产权局2024年知识产权宣传周启动仪式。"
    event = one(events(text, date="2024-04-28"), "省知识产权局2024年知识产权宣传周启动仪式")
    assert event.start == "2024-04-20"
    assert not any("shou-kan" in key for key in event.organisers + event.partners)


def test_a_theme_clause_before_the_name_leaves_the_verb_governing_it_and_ji_joins_two_campaigns():
    text = ("4月25日，南岭县市场监管局在中心广场开展以“严格保护 激励创新”为主题的"
            "知识产权宣传周活动暨联合执法检查行动。")
    told = {(e.label, e.start, tuple(e.organisers)) for e in events(text, date="2024-04-28")}
    held_by = ("org/nan-ling-xian-shi-chang-jian-du-guan-li-ju",)
    assert told == {("知识产权宣传周", "2024-04-25", held_by), ("联合执法检查行动", "2024-04-25", held_by)}


def test_a_promotion_joined_to_an_operation_is_two_events():
    text = "5月6日，南岭县市场监管局在步行街开展知识产权宣传活动暨商标侵权专项执法行动。"
    found = events(text, date="2024-05-08")
    assert one(found, "知识产权宣传活动").start == "2024-05-06"
    assert one(found, "商标侵权专项执法行动").start == "2024-05-06"


def test_the_items_of_a_programme_keep_their_own_dates():
    text = ("4月26日，南岭县市场监管局开展知识产权宣传周活动。"
            "一是4月21日在南岭中学开展知识产权咨询活动；二是4月23日举办商标品牌培育培训班。")
    found = events(text, date="2024-04-28")
    assert one(found, "知识产权咨询活动").start == "2024-04-21"
    assert one(found, "商标品牌培育培训班").start == "2024-04-23"


def test_an_inspection_operation_and_a_quoted_celebration_are_events():
    text = "4月22日，南岭区市场监管局联合南岭区公安分局开展了商标专用权执法抽查行动。"
    event = one(events(text, date="2024-04-28"), "商标专用权执法抽查行动")
    assert event.start == "2024-04-22" and event.partners == ["org/nan-ling-qu-gong-an-fen-ju"]
    found = events("4月26日，南岭区知识产权局举办“2024年世界知识产权日庆祝活动”。", date="2024-04-28")
    assert one(found, "2024年世界知识产权日庆祝活动").organisers == ["org/nan-ling-qu-zhi-shi-chan-quan-ju"]
