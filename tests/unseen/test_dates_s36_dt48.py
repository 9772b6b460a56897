"""Issue 16, start dates, session 36 (dt48): sentences written for these tests (none copied from an evaluation text
or a probe), read by the real pipeline. Events dated by the event that holds them: parts listed after the holder's
clauses of roles (由A主办，B承办，包括…) or as quoted items (包括“A”“B”等), a headline's undated series by the month its
dated parts share, a sentence opening with 随后 by the date told last, an opening 在论坛上 or a type noun before 还 by
the event told before; a date in Latin punctuation is no part of the name after it, and 新增 is a verb of holding."""

from __future__ import annotations

from tests.unseen.test_events import events, one

FESTIVAL = "11月5日至7日，第九届某某商标品牌节在长沙举行。"


def test_parts_listed_after_the_holders_roles_take_its_month():
    found = events(FESTIVAL + "本届品牌节由某某商标协会主办，某某品牌促进中心、某某商标事务所承办，"
                   "包括“某某商标年会”“某某品牌商标博览会”等主题活动。", date="2025-11-10")
    assert one(found, "某某商标年会").start == "2025-11"
    assert one(found, "某某品牌商标博览会").start == "2025-11"  # the second quoted item, no 、 before it


def test_a_body_after_the_roles_that_holds_an_event_itself_is_its_subject():
    found = events(FESTIVAL + "本届品牌节由某某商标协会主办，某某律师事务所另行举办了“某某商标沙龙”。",
                   date="2025-11-10")
    assert one(found, "某某商标沙龙").start is None


def test_a_headlines_undated_series_takes_the_month_its_parts_share():
    text = ("某学院第五届知识产权周系列活动成功举办\n"
            "3月10日，“知识产权伴我行”知识竞赛在图书馆报告厅举行。\n"
            "3月15日，“创新与保护”专题讲座在学术中心举行。\n")
    assert one(events(text, date="2025-03-18"), "某学院第五届知识产权周系列活动").start == "2025-03"


def test_a_series_whose_parts_fall_in_two_months_stays_undated():
    text = ("某学院第五届知识产权周系列活动成功举办\n"
            "3月28日，“知识产权伴我行”知识竞赛在图书馆报告厅举行。\n"
            "4月2日，“创新与保护”专题讲座在学术中心举行。\n")
    assert one(events(text, date="2025-04-08"), "某学院第五届知识产权周系列活动").start is None


OPENED = "5月12日上午，第三届某某知识产权论坛在成都开幕。"


def test_a_sentence_opening_with_right_after_goes_on_with_the_date_told_last():
    found = events(OPENED + "随后，与会嘉宾出席了某某专利导航成果发布会。", date="2024-05-14")
    assert one(found, "某某专利导航成果发布会").start == "2024-05-12"


def test_at_the_forum_is_a_setting_of_the_forum_told_before():
    found = events(OPENED + "在论坛上，某某局发布了年度报告，并举行了某某运营联盟揭牌仪式。", date="2024-05-14")
    assert one(found, "某某运营联盟揭牌仪式").start == "2024-05"  # opened: went on past its first day


def test_a_type_noun_before_an_adverb_of_one_more_thing_names_the_event_told_before():
    found = events(OPENED + "此外，论坛还举办了某某高价值专利培育研讨会。", date="2024-05-14")
    assert one(found, "某某高价值专利培育研讨会").start == "2024-05"


def test_a_date_in_latin_punctuation_is_no_part_of_the_name_after_it():
    for printed in ("2024.05.12", "2024/5/12", "2024-05-12"):
        found = events(printed + " 第三届某某知识产权论坛在北京举行。", date="2024-05-14")
        assert one(found, "第三届某某知识产权论坛").start == "2024-05-12"


def test_a_newly_added_session_is_named_without_the_verb():
    found = events(FESTIVAL + "本届品牌节继续举办某某商标法律研讨会，并新增第二次某某商标制度研讨会。",
                   date="2025-11-10")
    assert one(found, "第二次某某商标制度研讨会").start == "2025-11"
