"""One node per real event and agreement, however often it is told (session 35, ev53). Every sentence here was
written for these tests, none copied from an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements
from tests.unseen.test_events import events

# --- talks: no hole where a side's name was read from words that name no one ----------------------------------------


def test_talks_with_the_attending_firms_name_no_second_side():
    found = events("6月3日，市知识产权局局长高远与与会企业代表座谈交流。", date="2025-06-04")
    assert not [e.label for e in found if "与会" in e.label or e.label.endswith("与座谈交流")], \
        [e.label for e in found]


def test_a_word_of_manner_before_the_talks_is_no_guests_name():
    text = "活动结束后，市知识产权局副局长高远与市茶叶协会秘书长林小青、市园艺学会相关代表进行深入座谈交流。"
    labels = [e.label for e in events(text, date="2025-06-04")]
    assert "高远与林小青座谈交流" in labels, labels
    assert not any("进行" in label or "深入" in label for label in labels), labels


def test_unnamed_holders_of_a_title_are_no_guest():
    found = events("6月3日，市知识产权局局长高远与相关企业负责人进行深入座谈交流。", date="2025-06-04")
    assert not any("进行" in e.label or "深入" in e.label for e in found), [e.label for e in found]


# --- agreements: a short title, one title told in two passages ----------------------------


def test_the_short_title_a_text_defines_is_the_instrument_signed():
    text = ("6月3日，市知识产权局与市中级人民法院签署了《关于加强知识产权司法保护协作的谅解备忘录》"
            "（以下简称“《谅解备忘录》”）。\n市知识产权局局长高远表示，《谅解备忘录》的签署标志着两家合作进入新阶段。\n")
    assert [a.label for a in agreements(text, date="2025-06-04")] == ["关于加强知识产权司法保护协作的谅解备忘录"]


def test_one_title_told_in_two_passages_with_a_side_named_otherwise_is_one_instrument():
    text = ("6月3日，江城市知识产权局与江城大学签署《知识产权人才培养合作协议》。\n"
            "会上，江城市市场监督管理局局长高远与江城大学副校长林青共同签署了《知识产权人才培养合作协议》。\n")
    assert [a.label for a in agreements(text, date="2025-06-04")] == ["知识产权人才培养合作协议"]


def test_one_title_signed_with_each_counterpart_of_a_list_stays_one_per_pair():
    text = "6月3日，江城市知识产权局分别与江城大学、江城理工学院签署《知识产权人才培养合作协议》。\n"
    assert len(agreements(text, date="2025-06-04")) == 2


# --- events: a word put in before the head -----------------------------------------


def test_a_name_with_a_word_put_in_before_its_head_on_one_day_is_one_event():
    text = "6月3日，市知识产权局举办商标代理人培训班。\n6月3日，商标代理人业务培训班在江城开班，120名学员参加。\n"
    assert [e.label for e in events(text, date="2025-06-04")] == ["商标代理人业务培训班"]


def test_names_of_two_sides_one_country_apart_stay_two_events():
    text = "6月3日，第九次中日商标局局长会议在东京举行。\n6月3日，第九次中日韩商标局局长会议在东京举行。\n"
    assert len(events(text, date="2025-06-04")) == 2



def test_talks_with_the_body_a_delegation_visited_are_the_visits_talks():
    text = ("江城市知识产权局局长高远日前率团访问德国专利商标局。\n"
            "在与德国专利商标局局长的会谈中，高远表示愿深化两局合作。\n")
    found = [e for e in events(text, date="2025-06-04") if e.type == "Meeting"]
    assert len(found) == 1 and "德国专利商标局" in found[0].label, [e.label for e in found]


def test_a_named_day_told_by_two_names_of_one_date_is_one_day():
    text = "今年4月26日是第25个世界知识产权日。在“4·26世界知识产权日”到来之际，江城市知识产权局举办了宣传活动。\n"
    days = [e for e in events(text, date="2025-04-27") if e.rule == "event-day"]
    assert [(e.label, e.start) for e in days] == [("第25个世界知识产权日", "2025-04-26")]


def test_a_title_told_again_without_its_year_is_the_instrument_signed():
    text = ("6月3日，江城市知识产权局与江城大学签署《2025年知识产权合作协议》。\n"
            "江城大学副校长林青表示，《知识产权合作协议》的签署将推动校地合作。\n")
    assert [a.label for a in agreements(text, date="2025-06-04")] == ["2025年知识产权合作协议"]


def test_two_titles_of_two_years_stay_two_instruments():
    text = ("江城市知识产权局与江城大学签署《2024年知识产权合作计划》。\n"
            "江城市知识产权局与江城大学签署《2025年知识产权合作计划》。\n")
    assert len(agreements(text, date="2025-06-04")) == 2


def test_a_title_line_that_shortens_a_party_tells_the_bodys_instrument():
    text = ("江城知识产权局与江城大学签订合作协议\n"
            "6月3日，江城市知识产权局与江城大学法学院签订《知识产权人才培养合作协议》。\n")
    assert [a.label for a in agreements(text, date="2025-06-04")] == ["知识产权人才培养合作协议"]
