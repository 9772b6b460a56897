"""Issue 16, events, round 14 (organisers and partners on text nobody read): sentences written for these tests
(none copied from an evaluation text), read by the real pipeline, one test per mechanism, named by the issue's
pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- 5. 今年 before the subject of 由 points back to this year's event told: its roles are that event's ------------


def test_5_this_years_noun_before_you_gives_its_roles_to_the_event_told():
    text = ("4月20日，芜湖举办2024年知识产权宣传周。"
            "今年宣传周由芜湖市市场监督管理局主办，芜湖市中级人民法院承办。")
    week = one(events(text, date="2024-04-27"), "2024年知识产权宣传周")
    assert week.organisers == ["org/wu-hu-shi-shi-chang-jian-du-guan-li-ju"], week.organisers
    assert week.partners == ["org/wu-hu-shi-zhong-ji-ren-min-fa-yuan"], week.partners


def test_5_last_years_noun_gives_no_roles_to_this_years_event():
    text = ("4月20日，芜湖举办知识产权论坛。"
            "去年论坛由芜湖市市场监督管理局主办，芜湖市中级人民法院承办。")
    forum = one(events(text, date="2024-04-27"), "知识产权论坛")
    assert forum.organisers == [] and forum.partners == [], (forum.organisers, forum.partners)


def test_5_this_years_noun_names_the_edition_told_not_the_last_event_of_its_type():
    text = ("4月20日，芜湖举办2024年知识产权宣传周。4月26日，芜湖举办世界知识产权日主题宣传活动。"
            "今年宣传周由芜湖市市场监督管理局主办。")
    found = events(text, date="2024-04-27")
    assert one(found, "2024年知识产权宣传周").organisers == ["org/wu-hu-shi-shi-chang-jian-du-guan-li-ju"]
    assert not [e.label for e in found if e.organisers and "宣传周" not in e.label]


# --- 5. a body named before its session's term and sitting (二届一次, no 第) holds that session ----------------------


def test_5_a_body_before_a_session_numbered_by_term_and_sitting_holds_it():
    found = events("2024年3月5日，芜湖市知识产权保护协会二届一次会员代表大会在芜湖召开。", date="2024-03-06")
    assert one(found, "芜湖市知识产权保护协会二届一次会员代表大会").organisers == \
        ["org/wu-hu-shi-zhi-shi-chan-quan-bao-hu-xie-hui"]


# --- 5. 开展 takes its subject across a place or a time, as 举办, 举行 and 召开 do (X在…开展) -------------------------


def test_5_the_subject_of_kaizhan_across_a_place_holds_the_event():
    text = "4月22日，芜湖市市场监督管理局在中山广场开展了知识产权宣传活动。"
    campaign = one(events(text, date="2024-04-23"), "知识产权宣传活动")
    assert campaign.organisers == ["org/wu-hu-shi-shi-chang-jian-du-guan-li-ju"], campaign.organisers


# --- 5. 得到X支持, the passive of X支持 (X提供…支持, both in roles.tsv): X supports the event as a partner ------------


def test_5_a_body_whose_support_the_event_received_is_a_partner():
    text = ("6月3日，芜湖知识产权论坛在芜湖举行。论坛由芜湖市市场监督管理局主办，"
            "并得到安徽省知识产权局支持。")
    forum = one(events(text, date="2024-06-04"), "芜湖知识产权论坛")
    assert forum.partners == ["org/an-hui-sheng-zhi-shi-chan-quan-ju"], forum.partners


# --- 5. 该院与X举行…: a pointing subject holds the event with the body it acts with, as ^X与…举办 does ---------------


def test_5_a_pointing_subject_with_a_co_holder_holds_the_event():
    text = "4月26日，芜湖大学法学院开展普法活动。同日，该院与芜湖市知识产权局联合举办知识产权保护论坛。"
    forum = one(events(text, date="2024-04-27"), "知识产权保护论坛")
    assert forum.organisers == ["org/wu-hu-da-xue-fa-xue-yuan"], forum.organisers
    assert forum.partners == ["org/wu-hu-shi-zhi-shi-chan-quan-ju"], forum.partners
