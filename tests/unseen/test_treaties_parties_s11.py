"""Session 11 round of treaty actions and agreement parties: shapes of unseen text that carry over, each read by the
real pipeline on sentences written for these tests (none copied from an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _acts(text: str) -> list[tuple[str, str, list[str], bool, str | None]]:
    return sorted((f.treaty, f.action, f.actors, f.inferred, f.date) for f in read(text, "treaty_actions"))


def test_the_state_a_treaty_enters_into_force_for_is_the_acts_actor():
    assert _acts("2024年3月1日，《商标法新加坡条约》对泰国生效。") == [
        ("singapore-treaty", "EntryIntoForce", ["country/TH"], False, "2024-03-01")]
    assert _acts("2022年，《视听表演北京条约》在越南正式生效，惠及众多表演者。") == [
        ("beijing-treaty", "EntryIntoForce", ["country/VN"], False, "2022")]
    assert _acts("《马拉喀什条约》自2023年5月起在中华人民共和国香港特别行政区生效。") == [
        ("marrakesh-treaty", "EntryIntoForce", ["country/HK"], False, "2023-05")]
    # a place that is no state sets the act, and a state with a clause of its own is not the one it is in force for
    assert [a[2] for a in _acts("《视听表演北京条约》在日内瓦生效。")] == [[]]


def test_a_signing_told_at_an_event_of_its_passage_has_that_events_date():
    def _signed(text: str) -> list[tuple[str, str | None]]:
        return sorted((f.label, f.date) for f in read(text, "agreements"))

    assert _signed("6月12日，浙江省知识产权局与杭州市中级人民法院在杭州举行知识产权保护合作签约仪式。"
                   "仪式上，双方签署了《知识产权协同保护合作协议》。") == [("知识产权协同保护合作协议", "2025-06-12")]
    assert _signed("9月3日，第五届钱塘江知识产权论坛在杭州开幕。论坛期间，浙江大学与宁波大学两校签署了合作协议。") == [
        ("合作协议", "2025-09-03")]
    # 近日 says when is not told, a speaker recounts what was signed before, 已 tells it as done earlier
    assert _signed("在世界知识产权日来临之际，近日，浙江大学与宁波大学举行签约仪式，在线签署了《专利转化合作协议》。"
                   ) == [("专利转化合作协议", None)]
    assert _signed("9月3日，第五届钱塘江知识产权论坛在杭州开幕。浙江省知识产权局局长王明表示，近年来，"
                   "浙江省知识产权局与宁波大学签署了合作协议。") == [("合作协议", None)]
    assert _signed("9月3日，第五届钱塘江知识产权论坛在杭州开幕。浙江大学已与宁波大学签署了合作协议。") == [
        ("合作协议", None)]


def test_a_signing_told_after_its_occasion_in_a_story_has_the_occasions_day():
    found = read("11月8日，第三届西湖知识产权论坛在杭州开幕。\n\n"
                 "开幕式上，浙江省知识产权局与宁波大学签署了合作备忘录。", "agreements")
    assert [(f.label, f.date) for f in found] == [("合作备忘录", "2025-11-08")]
    # an occasion dated to the month only (a campaign week) dates no signing
    found = read("2025年4月，宁波市开展知识产权宣传周活动。\n\n活动中，宁波市知识产权局与宁波大学签署了合作备忘录。",
                 "agreements")
    assert [(f.label, f.date) for f in found] == [("合作备忘录", None)]


def test_a_signing_or_an_act_dated_relative_to_the_reports_own_date_is_read_against_it():
    # the helper's report is dated 2025-12-01: 昨日 is the day before, 今日 that day, 3日 a day of its month
    found = read("昨日，浙江省知识产权局与宁波大学签署了合作备忘录。", "agreements")
    assert [(f.label, f.date) for f in found] == [("合作备忘录", "2025-11-30")]
    found = read("中新两国3日在新加坡发表联合声明。", "agreements")
    assert [(f.label, f.date) for f in found] == [("联合声明", "2025-12-03")]
    assert _acts("《商标法新加坡条约》今日对泰国生效。") == [
        ("singapore-treaty", "EntryIntoForce", ["country/TH"], False, "2025-12-01")]
