"""Issue 16, events, round 4 (report prose: committee documents, activity reports, white papers): sentences written
for these tests (none copied from an evaluation text), read by the real pipeline, one test per mechanism, named by
the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

WIPO_2024 = {"period": "2024-01/2024-12", "author": ("WIPO",)}

# --- 10. a counted set of events with a description of its own is one event told --------------------------------


def test_10_a_series_of_webinars_about_a_topic_is_one_event():
    found = events("产权组织举办了一系列关于专利信息检索的网络研讨会，惠及120名审查员。", **WIPO_2024)
    assert one(found, "关于专利信息检索的网络研讨会").type == "Webinar"


def test_10_a_count_of_roundtables_about_a_topic_is_one_event():
    found = events("还为合作伙伴组织了三次关于青年创作者和版权的圆桌会议。", **WIPO_2024)
    assert one(found, "关于青年创作者和版权的圆桌会议").organisers == ["org/WIPO"]


def test_10_a_count_of_workshops_titled_in_quotes_is_one_event_named_by_its_title():
    found = events("2024年5月举行了两期题为“地理标志与乡村发展”的区域讲习班。", **WIPO_2024)
    assert one(found, "地理标志与乡村发展").start == "2024-05"


def test_10_a_count_without_a_description_still_names_no_event():
    found = events("产权组织举办了一系列网络研讨会，惠及120名审查员。", **WIPO_2024)
    assert found == []


def test_10_an_event_noun_before_a_noun_of_measures_is_no_event():
    found = events("组织了关于专利审查的研讨会，以推广培训举措。", **WIPO_2024)
    assert [e.label for e in found] == ["关于专利审查的研讨会"]



# --- 10. a quoted title whose event noun follows a topic and a colon ----------------------------------------------


def test_10_a_quoted_title_ending_in_an_event_noun_after_a_colon_is_an_event():
    found = events("在2024年4月26日举办了“青年与创新：国际对话”。", **WIPO_2024)
    assert one(found, "青年与创新：国际对话").start == "2024-04-26"


# --- 7. one event told with and without the acronym in brackets --------------------------------------------------


def test_7_a_name_told_again_without_its_bracketed_acronym_is_the_same_event():
    found = events("2024年5月20日，在北京举办国际植物育种者协会（ISF）世界种子大会。"
                   "国际植物育种者协会世界种子大会于2024年5月20日开幕，60个国家的代表出席。", period="2024-01/2024-12",
                   author=("CNIPA",))
    assert len([e for e in found if e.label.endswith("世界种子大会")]) == 1


# --- 10. adverbs between a clause's start and its verb of holding (每月举行, 继续举办) leave it without a subject ----


def test_10_a_series_held_every_month_by_the_unsaid_subject_is_one_event():
    found = events("2024年，马德里注册部开展了多项推广活动：\n\n"
                   "· 每月举行海牙网络研讨会，介绍外观设计国际注册的实用信息。", **WIPO_2024)
    assert one(found, "海牙网络研讨会").type == "Webinar"


def test_10_a_name_after_a_copula_describes_the_event_told_before_it_is_none_of_its_own():
    found = events("香港海关一连三天举办区域执法高峰会议，汇聚200名代表，是香港海关首次举办大型区域执法会议。",
                   date="2024-05-20")
    assert [e.label for e in found] == ["区域执法高峰会议"]


def test_7_a_numbered_event_told_again_with_its_ordinal_moved_is_the_same_event():
    found = events("2024年3月5日，第三届全球设计与创新圆桌会议以混合形式举行。\n\n"
                   "在2024年3月5日举行的全球设计与创新第三次圆桌会议上，总干事发表了讲话。", **WIPO_2024)
    assert [e.label for e in found] == ["第三届全球设计与创新圆桌会议"]


# --- 10. a body named for its meetings (…论坛 in the gazetteer) that a verb attends: one meeting, held by it -----


def test_10_attending_a_forum_that_is_a_body_is_an_event_the_forum_holds():
    found = events("2024年，国家知识产权局参加互联网治理论坛，介绍了中国的数据知识产权制度。", period="2024-01/2024-12",
                   author=("CNIPA",))
    assert one(found, "互联网治理论坛").organisers == ["org/IGF"]
