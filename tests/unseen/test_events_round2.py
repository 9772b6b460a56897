"""Issue 16, events, round 2: sentences written for these tests (none copied from an evaluation text), read by the
real pipeline, one test per mechanism, named by the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- 10. bilateral meetings ---------------------------------------------------------------------------------------

def test_10_talks_held_severally_with_listed_countries_are_one_meeting_each_in_traditional_script():
    found = events("此外，署長與日本、越南海關關長分別舉行雙邊會議。", date="2025-05-06")
    talks = sorted(e.label for e in found if e.type == "Meeting")
    assert talks == ["與日本雙邊會議", "與越南海關雙邊會議"]  # one script, as the report prints it


def test_10_a_second_verb_of_talks_takes_its_own_counterpart():
    found = events("代表团与德国专利商标局举行会谈，又与新加坡知识产权局会面。", date="2025-05-06")
    assert sorted(e.label for e in found if e.type == "Meeting") == ["与德国专利商标局会谈", "与新加坡知识产权局会面"]


def test_10_a_country_right_before_its_body_is_one_side_not_two():
    found = events("代表團又與印度海關總署副署長會面。", date="2025-05-06")
    meetings = [e for e in found if e.type == "Meeting"]
    # one side: the Indian customs (read as a body of India since the mentions read traditional script), not
    # India and its customs as two
    assert len(meetings) == 1 and meetings[0].participants == ["org/yin-du-hai-guan-zong-shu"]


# --- 5. organisers: a subject with how long it went on before its verb --------------------------------------------

def test_5_a_subject_then_how_many_days_still_holds_the_event():
    found = events("国家知识产权局一连两天举办跨境电商知识产权保护研讨会，来自十国的代表参加。", date="2025-04-02")
    assert one(found, "跨境电商知识产权保护研讨会").organisers == ["org/CNIPA"]


# --- 11. what a report dated earlier tells of a later year is a plan ------------------------------------------------

def test_11_an_unnumbered_event_in_a_sentence_dated_after_the_report_is_planned_not_held():
    found = events("2026年，该局接任轮值主席并主办中非知识产权合作系列会议。", date="2025-10-09")
    assert found == []


def test_11_a_numbered_event_dated_after_the_report_is_still_an_announced_event():
    found = events("2026年3月，第九届中非知识产权论坛在开罗举行。", date="2025-10-09")
    assert one(found, "第九届中非知识产权论坛").start == "2026-03"


# --- 11. kinds of work listed before 等…领域 are no events ---------------------------------------------------------

def test_11_event_nouns_listed_as_fields_of_cooperation_are_no_events():
    found = events("2019年以来，两局在审查员培训、专利检索和信息化建设等三大领域开展了合作。", date="2025-10-09")
    assert found == []


# --- 10. events told only by what they are the subject of, a letter that greets them, or their chair's title ------

def test_10_a_common_head_noun_as_the_subject_of_a_verb_of_holding_names_one_event():
    found = events("青年发明者交流活动在杭州举办\n\n6月3日，来自十国的青年发明者参观了园区。", date="2025-06-04")
    assert [e.label for e in found] == ["青年发明者交流活动"]


def test_10_an_event_a_letter_greets_is_an_event_held_undated():
    found = events("此前，国务院总理李明向全球知识产权治理大会开幕活动致贺信。", date="2025-06-04")
    assert [(e.label, e.start) for e in found] == [("全球知识产权治理大会开幕活动", None)]


def test_10_a_numbered_session_known_only_from_its_chairs_title_is_held_undated():
    found = events("亚太知识产权组织第12届部长会议主席李华出席并讲话。", date="2025-06-04")
    assert [(e.label, e.start) for e in found] == [("亚太知识产权组织第12届部长会议", None)]


def test_10_an_unnumbered_body_followed_by_its_chair_is_no_event():
    assert events("欧亚专利组织理事会主席出席并讲话。", date="2025-06-04") == []


# --- 7. one event told with and without the dash that joins its parts -----------------------------------------------

def test_7_a_headline_without_the_dash_and_the_body_with_it_are_one_event():
    found = events("首次中国东盟商标审查员研讨会召开\n\n近日，国家知识产权局首次组织召开中国—东盟商标审查员研讨会。",
                   author=("CNIPA",), date="2025-06-04")
    assert len(found) == 1


# --- 5. a noun the organisation possesses is no role ---------------------------------------------------------------

def test_5_cooperation_with_an_organisation_told_as_a_noun_makes_it_no_partner():
    found = events("5月8日，第三届丝路知识产权论坛在西安举行，进一步推动了中国与世界知识产权组织的合作。",
                   date="2025-06-04")
    assert one(found, "第三届丝路知识产权论坛").partners == []


# --- 7. a headline's title without a name is no second meeting -------------------------------------------------------

def test_7_a_headline_meeting_whose_guest_is_only_a_country_and_title_is_no_meeting_of_its_own():
    found = events("局领导在京会见法国驻华大使\n\n5月3日，国家知识产权局副局长王力在京会见法国驻华大使杜邦一行。",
                   date="2025-05-06")
    assert [e.label for e in found if e.type == "Meeting"] == ["王力会见杜邦"]


# --- 2 and 7. a committee document: its own date is no event's, and its session is one event ------------------------

def test_2_7_a_documents_dated_title_page_and_its_first_paragraph_tell_one_session():
    found = events("原文:英文日期:2025年3月12日亚太知识产权委员会第九届会议2024年11月4日至6日,曼谷报告目录"
                   "第1项:会议开幕3与会代表名单1.\n亚太知识产权委员会(APIC)第九届会议于2024年11月4日至6日在曼谷举行."
                   "\n2.\n委员会由下列四十个成员国组成:泰国、越南、日本。", date="2025-03-12")
    assert [(e.label, e.start) for e in found] == [("亚太知识产权委员会第九届会议", "2024-11-04")]


# --- 10. dates listed and counted as as many occasions: one event each ---------------------------------------------

def test_10_two_months_listed_and_two_operations_counted_are_two_events():
    found = events("今年5月、7月，国家知识产权局会同新加坡知识产权局联合开展两次为期各半个月的跨境专利执法行动。",
                   date="2025-11-02")
    assert sorted(e.start for e in found if e.label == "跨境专利执法行动") == ["2025-05", "2025-07"]


def test_10_a_range_of_months_is_one_event():
    found = events("今年5月至7月，国家知识产权局会同新加坡知识产权局联合开展了为期两个月的跨境专利执法行动。",
                   date="2025-11-02")
    assert [(e.start, e.end) for e in found if e.label == "跨境专利执法行动"] == [("2025-05", "2025-07")]


# --- 11. a plan with its time told (将于明年举办…) announces one event; a plan without one announces none ------------

def test_11_an_unnumbered_event_whose_holding_is_told_with_jiangyu_and_a_time_is_announced():
    found = events("中心將於明年舉辦東南亞知識產權執法工作坊，加深區內執法人員的了解。", date="2025-06-01")
    assert [(e.label, e.start) for e in found] == [("東南亞知識產權執法工作坊", "2026")]


def test_11_an_unnumbered_event_in_a_plan_without_its_time_is_no_event():
    assert events("2026年，该局将接任轮值主席并主办东南亚知识产权执法工作坊。", date="2025-06-01") == []


# --- 5. a session named by its number alone belongs to the body the paragraph told of --------------------------------

def test_5_a_session_named_by_number_alone_is_held_by_the_committee_told_of_before_it():
    found = events("在发展领域，CDIP讨论了成员国提出的议题，产权组织为此提供了支持。"
                   "在2024年5月6日至10日举行的第三十二届会议上，委员会讨论了青年与知识产权。",
                   author=("WIPO",), date="2025-06-01")
    assert one(found, "第三十二届会议").organisers == ["org/WIPO-CDIP"]


# --- 5 and 10. an assembly's session is its organisation's; a second meeting listed with parties of its own ----------

def test_5_the_session_of_an_organisations_assembly_is_held_by_the_organisation():
    found = events("9月23日，世界知识产权组织成员国大会第六十届系列会议在日内瓦开幕，"
                   "国家知识产权局副局长王力率团出席会议。", author=("CNIPA",), date="2025-09-27")
    assert one(found, "世界知识产权组织成员国大会第六十届系列会议").organisers == ["org/WIPO"]


def test_10_a_meeting_listed_after_another_with_its_own_parties_keeps_its_own_name():
    found = events("9月23日，成员国大会第六十届系列会议在日内瓦开幕。\n\n"
                   "会议期间，王力还参加了第五届金砖国家知识产权局局长会议和中、日、美、欧、韩五局局长会。",
                   author=("CNIPA",), date="2025-09-27")
    assert "中、日、美、欧、韩五局局长会" in [e.label for e in found]
