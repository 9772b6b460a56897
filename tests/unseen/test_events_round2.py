"""Issue 16, events, round 2: sentences written for these tests (none copied from an evaluation text), read by the
real pipeline, one test per mechanism, named by the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one


# --- 10. bilateral meetings ---------------------------------------------------------------------------------------

def test_10_talks_held_severally_with_listed_countries_are_one_meeting_each_in_traditional_script():
    found = events("此外，署長與日本、越南海關關長分別舉行雙邊會議。", date="2025-05-06")
    talks = sorted(e.label for e in found if e.type == "Meeting")
    assert talks == ["与日本雙邊會議", "与越南海關雙邊會議"]


def test_10_a_second_verb_of_talks_takes_its_own_counterpart():
    found = events("代表团与德国专利商标局举行会谈，又与新加坡知识产权局会面。", date="2025-05-06")
    assert sorted(e.label for e in found if e.type == "Meeting") == ["与德国专利商标局会谈", "与新加坡知识产权局会面"]


def test_10_a_country_right_before_its_body_is_one_side_not_two():
    found = events("代表團又與印度海關總署副署長會面。", date="2025-05-06")
    meetings = [e for e in found if e.type == "Meeting"]
    assert len(meetings) == 1 and meetings[0].participants == ["country/IN"]


# --- 5. organisers: a subject with how long it went on before its verb --------------------------------------------

def test_5_a_subject_then_how_many_days_still_holds_the_event():
    found = events("国家知识产权局一连两天举办跨境电商知识产权保护研讨会，来自十国的代表参加。", date="2025-04-02")
    assert one(found, "跨境电商知识产权保护研讨会").organisers == ["org/CNIPA"]
