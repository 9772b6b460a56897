"""Issue 16, events, round 3 (organisers and partners): sentences written for these tests (none copied from an
evaluation text), read by the real pipeline, one test per mechanism, named by the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- 5. 与X联合举办: X held the event with the unsaid subject, the report's author ----------------------------------


def test_5_an_organisation_after_yu_is_a_partner_and_the_unsaid_subject_the_author_organises():
    found = events("与世界知识产权组织联合举办2025年中国地理标志国际研讨会。", date="2025-11-02", author=("CNIPA",))
    event = one(found, "2025年中国地理标志国际研讨会")
    assert (event.organisers, event.partners) == (["org/CNIPA"], ["org/WIPO"])


def test_5_a_named_subject_before_yu_still_organises_with_its_partner():
    found = events("国家知识产权局与世界知识产权组织联合举办2025年中国地理标志国际研讨会。", date="2025-11-02",
                   author=("WIPO",))
    event = one(found, "2025年中国地理标志国际研讨会")
    assert sorted(event.organisers + event.partners) == ["org/CNIPA", "org/WIPO"]
    assert "org/CNIPA" in event.organisers


def test_5_a_treatys_numbered_meeting_held_jointly_by_the_unsaid_subject_is_the_authors_too():
    found = events("与世界知识产权组织共同举办第十二届PCT国际单位会议。", date="2025-11-02", author=("CNIPA",))
    assert one(found, "第十二届PCT国际单位会议").organisers == ["org/CNIPA"]


def test_5_a_treatys_numbered_meeting_told_only_as_a_setting_is_not_the_authors():
    found = events("该报告在于开罗举行的《生物多样性公约》第十七届缔约方会议上发布。", date="2025-11-02",
                   author=("WIPO",))
    assert all(e.organisers != ["org/WIPO"] for e in found)


# --- 5. A联合B、C共同主办: the subject of 联合 organises, those it is joined with are partners ------------------------
# (eval/realtext/README.md: "联合…举办 makes the others partners"; round 10 made 联合 a preposition like 与)

def test_5_the_subject_of_lianhe_before_a_verb_of_holding_is_an_organiser():
    found = events("杭州市贸促会联合世界知识产权组织、欧盟知识产权局共同举办的2025年钱塘知识产权论坛在杭州举行。",
                   date="2025-11-02")
    forum = one(found, "2025年钱塘知识产权论坛")
    assert forum.organisers == ["org/hang-zhou-shi-mao-cu-hui"]
    assert sorted(forum.partners) == ["org/EUIPO", "org/WIPO"]


# --- 5. role patterns are written once, in simplified script, and read traditional text too ----------------------

def test_5_a_traditional_sentence_is_read_by_the_simplified_role_patterns():
    found = events("11月3日，澳門海關於澳門舉辦粵港澳海關知識產權研討會。", date="2025-11-04")
    assert one(found, "粵港澳海關知識產權研討會").organisers == ["org/ao-men-hai-guan"]


def test_5_in_traditional_script_an_organisation_after_yu_is_a_partner_of_the_unsaid_subject():
    found = events("與世界知識產權組織聯合舉辦2025年中國地理標誌國際研討會。", date="2025-11-02", author=("CNIPA",))
    event = one(found, "2025年中國地理標誌國際研討會")
    assert (event.organisers, event.partners) == (["org/CNIPA"], ["org/WIPO"])


# --- 5. the host named by its role noun (主办方X) in another sentence of the event's paragraph ---------------------

def test_5_the_host_named_as_zhubanfang_in_the_next_sentence_organises():
    found = events("10月9日，第五届中非知识产权论坛在内罗毕举行。会议由主办方肯尼亚知识产权局局长约翰·穆图主持。",
                   date="2025-10-10")
    assert one(found, "第五届中非知识产权论坛").organisers == ["org/ken-ni-ya-zhi-shi-chan-quan-ju"]


# --- 5. an organisation's own meetings named right after it (…联盟系列会议) are held by it -------------------------

def test_5_an_organisations_series_of_meetings_is_held_by_it_even_when_the_author_only_attended():
    found = events("2025年，参加世界知识产权组织系列会议。", date="2025-12-01", author=("CNIPA",))
    assert one(found, "世界知识产权组织系列会议").organisers == ["org/WIPO"]


def test_5_a_traditional_ordinal_makes_a_numbered_session_of_the_body_named_before_it():
    """屆 is the traditional 届: 第51屆 had not been read as an ordinal, so the organisation's numbered session had no
    holder."""
    found = events("9月23日，世界知識產權組織成員國大會第51屆系列會議在日內瓦開幕。", date="2015-09-24")
    assert "org/WIPO" in one(found, "世界知識產權組織成員國大會第51屆系列會議").organisers
