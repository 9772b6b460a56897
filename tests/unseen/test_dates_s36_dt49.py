"""Issue 16, start dates, session 36 (dt49): sentences written for these tests (none copied from an evaluation text
or a probe), read by the real pipeline. Parts of an event listed after its name take its time past an organisation
that is only a word of a listed part's name (某某会议) and when the last two are joined by 和 with no 、; a range of
two full dates printed without 日 (a session's heading) is read with its days."""

from __future__ import annotations

from ipgraph.zh.dates import find_dates
from tests.unseen.test_events import events, one

FESTIVAL = "11月5日至7日，第九届某某商标品牌节在长沙举行。"


def test_an_organisation_inside_a_listed_parts_name_is_no_subject_of_the_next_verb():
    found = events(FESTIVAL + "本届品牌节继续举办某某法律研讨会、INTA会议，并新增第三次中日商标实务研讨会。",
                   date="2025-11-10")
    assert one(found, "第三次中日商标实务研讨会").start == "2025-11"


def test_the_second_of_two_parts_joined_by_he_takes_the_holders_month():
    found = events(FESTIVAL + "本届品牌节继续举办某某法律研讨会，"
                   "并新增第三次中日商标实务研讨会和“品牌出海”商标业务交流会。", date="2025-11-10")
    assert one(found, "第三次中日商标实务研讨会").start == "2025-11"
    assert one(found, "“品牌出海”商标业务交流会").start == "2025-11"


def test_a_range_of_full_dates_without_ri_is_read_to_the_day():
    spans = find_dates("某某组织成员国大会 – 2025年9月8-2025年9月17\n各代表团出席。", 2025, None)
    assert [(d.start, d.end) for d in spans] == [("2025-09-08", "2025-09-17")]


def test_a_number_after_a_month_that_counts_something_is_no_day():
    assert [d.start for d in find_dates("2025年9月8项措施落地", 2025, None)] == ["2025-09"]
