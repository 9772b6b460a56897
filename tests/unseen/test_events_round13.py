"""Issue 16, events, round 13 (campaign weeks and days, roles told by a later sentence, on the newest dev texts):
sentences written for these tests (none copied from an evaluation text), read by the real pipeline, one test per
mechanism, named by the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- 5. 活动, the noun of any event, as the subject of 由…主办 gives the roles of the event told last ---------------


def test_5_a_bare_activity_noun_before_you_names_the_campaign_told_last():
    text = ("4月20日，芜湖举办2024年知识产权宣传周。\n"
            "4月21日，芜湖举办商标保护论坛。\n"
            "活动由芜湖市市场监督管理局主办，芜湖市中级人民法院承办。\n")
    found = events(text, date="2024-04-22")
    week, forum = one(found, "2024年知识产权宣传周"), one(found, "商标保护论坛")
    assert week.organisers == ["org/wu-hu-shi-shi-chang-jian-du-guan-li-ju"], week.organisers
    assert week.partners == ["org/wu-hu-shi-zhong-ji-ren-min-fa-yuan"], week.partners
    assert forum.organisers == [], forum.organisers


# --- 11. 今年 before a bare event noun points back to this year's event: it names none of its own --------------------


def test_11_this_years_bare_event_noun_names_no_event():
    text = "4月22日，芜湖市启动2024年知识产权宣传周活动，今年宣传周的主题是“保护创新”。"
    labels = [e.label for e in events(text, date="2024-04-23")]
    assert not [label for label in labels if label.startswith("今年")], labels


# --- 2. a named day quoted inside an event's name is neither the event's date nor an event of its own -------------


def test_2_a_quoted_named_day_inside_a_name_gives_no_date_and_no_event():
    found = events("5月12日，芜湖市中级人民法院开展“4·26世界知识产权日”普法宣传活动。", date="2024-05-13")
    assert [(e.label, e.start) for e in found] == [("“4·26世界知识产权日”普法宣传活动", "2024-05-12")], \
        [(e.label, e.start) for e in found]


def test_2_a_quoted_named_day_that_ends_its_clause_is_still_the_day():
    found = events("在“4·26世界知识产权日”，芜湖市中级人民法院举办知识产权保护论坛。", date="2024-04-27")
    assert one(found, "知识产权保护论坛").start == "2024-04-26"


# --- 10. a call whose clause names no visitor is made by the visitors of the call told before ----------------------


def test_10_a_later_call_without_a_named_visitor_keeps_the_visitors_of_the_call_before():
    text = "12月3日上午，浙江省律师协会代表团拜访司法部。\n下午，代表团又拜访了外交部。\n"
    found = events(text, date="2025-12-04")
    first, second = one(found, "拜访司法部"), one(found, "拜访了外交部")
    assert second.type == "Meeting"
    assert first.participants[0] == second.participants[0], (first.participants, second.participants)


def test_10_a_tour_with_no_call_before_it_stays_no_event():
    assert not events("研修班期间，学员们实地考察了宁波舟山港集团有限公司。", date="2025-12-04")


# --- 5. the bodies that sign hold a signing ceremony no sentence gives an organiser -------------------------------


def test_5_the_parties_named_in_a_signing_ceremonys_name_are_its_organisers():
    found = events("9月5日，宁波大学与宁波市知识产权保护中心专利导航合作签约仪式在宁波大学举行。", date="2025-09-06")
    signing = [e for e in found if e.type == "Ceremony"]
    assert len(signing) == 1 and len(signing[0].organisers) == 2, [(e.label, e.organisers) for e in found]


def test_5_bodies_inside_a_documents_title_do_not_hold_its_signing_ceremony():
    found = events("9月5日，《宁波大学与宁波市知识产权保护中心合作协议》签约仪式在宁波举行。", date="2025-09-06")
    assert [e.organisers for e in found if e.type == "Ceremony"] == [[]], [(e.label, e.organisers) for e in found]


# --- 2. 当日 refers to the day told last, not to a year of history told since --------------------------------------


def test_2_same_day_skips_a_year_of_history_back_to_the_day_told():
    text = ("6月5日，中法商标工作组会议在巴黎举行。\n"
            "自2012年两局签署合作备忘录以来，双方合作不断深化。\n"
            "当日，中法商标研讨会在巴黎举行。\n")
    found = events(text, date="2025-06-06")
    assert one(found, "中法商标研讨会").start == "2025-06-05"


# --- 2. talks a news item tells with no date go on the course of the event of its month ----------------------------


def test_2_undated_talks_after_a_dated_event_of_the_items_month_take_its_month():
    text = ("宁波海关3月4日至6日举办区域知识产权执法研讨会。\n"
            "此外，宁波海关与越南海关总局举行双边会谈。\n")
    found = events(text, date="2025-03-06")
    assert [e.start for e in found if e.type == "Meeting" and "会谈" in e.label] == ["2025-03"], \
        [(e.label, e.start) for e in found]


def test_2_talks_told_as_recent_keep_no_date():
    text = ("宁波海关3月4日至6日举办区域知识产权执法研讨会。\n"
            "前不久，宁波海关与越南海关总局举行双边会谈。\n")
    found = events(text, date="2025-03-06")
    assert [e.start for e in found if e.type == "Meeting" and "会谈" in e.label] == [None], \
        [(e.label, e.start) for e in found]
