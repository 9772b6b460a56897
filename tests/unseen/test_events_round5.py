"""Issue 16, events, round 5 (the new tune texts of parts d–f: visits, press conferences, title lines of documents,
nameless mentions): sentences written for these tests (none copied from an evaluation text), read by the real
pipeline, one test per mechanism, named by the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- 11. a nameless generic mention counted once is no event -------------------------------------------------------


def test_11_a_bare_event_noun_with_a_count_is_no_event():
    found = events("2024年，产权组织在秘鲁和哥伦比亚举办了一次研讨会，交流地理标志保护经验。", period="2024-01/2024-12",
                   author=("WIPO",))
    assert found == []


def test_11_a_bare_press_conference_is_no_event_but_a_named_one_is():
    found = events("5月8日，最高人民法院召开新闻发布会。5月9日，最高人民法院召开2024年商标审判工作新闻发布会。",
                   date="2024-05-10")
    assert [(e.label, e.start) for e in found] == [("2024年商标审判工作新闻发布会", "2024-05-09")]
    assert found[0].organisers == ["org/SPC"]


# --- 2. a year at the head of a name is its edition, not its date --------------------------------------------------


def test_2_a_year_range_opening_a_name_leaves_the_sentence_day_as_the_date():
    found = events("4月20日，国家知识产权局召开2022年-2023年专利审查质量新闻发布会。", date="2024-04-21")
    assert [e.start for e in found] == ["2024-04-20"]


# --- 10. visits of a named body are meetings of the two sides --------------------------------------------------------


def test_10_a_visit_of_a_named_body_is_a_meeting_of_visitor_and_visited():
    found = events("3月5日，欧洲专利局代表团访问了国家知识产权局，双方就审查合作交换意见。", date="2024-03-06")
    visit = one(found, "访问了国家知识产权局")
    assert (visit.type, visit.start, visit.participants) == ("Meeting", "2024-03-05", ["org/EPO", "org/CNIPA"])
    assert visit.organisers == []


def test_10_going_to_a_body_to_survey_it_is_a_visit():
    found = events("6月2日，国家知识产权局一行赴欧洲专利局调研。", date="2024-06-03")
    assert one(found, "赴欧洲专利局调研").participants == ["org/CNIPA", "org/EPO"]


def test_10_a_visit_modifying_a_noun_or_with_no_visitor_named_is_no_event():
    found = events("他是第一位访问国家知识产权局的外国法官。学员们还赴日内瓦参观了世界知识产权组织。",
                   date="2024-06-03")
    assert found == []


# --- 4. the title line of a document made for an event dates it ----------------------------------------------------


def test_4_a_title_line_of_name_dash_date_is_the_event_and_its_year_form_the_same():
    found = events("知识产权国际合作大会 - 2024年9月9日至11日\n\n我谨向参加2024年合作大会的各位代表表示欢迎。",
                   date="2024-09")
    assert [(e.label, e.start, e.end) for e in found] == [("知识产权国际合作大会", "2024-09-09", "2024-09-11")]


# --- 2. a document's cover page dates and places the session it is made for -----------------------------------------


def test_2_a_cover_page_gives_the_session_the_date_and_place_of_the_line_after_it():
    text = ("原文：英文\n\n日期：2024年6月3日\n\n专利法常设委员会\n\n第三十六届会议\n\n"
            "2024年10月14日至17日，日内瓦\n\n秘书处编拟的文件\n")
    session = one(events(text), "第三十六届会议")
    assert (session.start, session.end, session.city) == ("2024-10-14", "2024-10-17", "geneva")
    assert session.organisers == ["org/WIPO-SCP"]


# --- 4. a name stops at a verb printed in traditional script; a short form defined for it is no other event --------


def test_4_a_name_stops_at_a_traditional_verb_of_holding_and_its_defined_short_form_is_the_same_event():
    found = events("2023年5月8日，由國家知識產權局主辦、深圳市人民政府承辦的國際商標品牌大會"
                   "（以下簡稱“品牌大會”）在深圳開幕。", date="2023-05-09")
    assert [e.label for e in found] == ["國際商標品牌大會"]
    assert found[0].organisers == ["org/CNIPA"]


# --- 2. an undated headline event takes the date of the lead that tells it -------------------------------------------


def test_2_a_headline_visit_takes_the_day_of_the_lead_naming_the_same_side():
    text = ("国家知识产权局一行赴欧洲专利局调研\n\n发布时间：2024-06-05\n\n"
            "6月3日上午，国家知识产权局代表团一行五人在慕尼黑开展调研。\n")
    assert one(events(text), "赴欧洲专利局调研").start == "2024-06-03"


def test_2_a_lead_with_a_year_alone_is_history_and_dates_no_headline_event():
    text = "国家知识产权局一行赴欧洲专利局调研\n\n发布时间：2024-06-05\n\n1978年，国家知识产权局的前身成立。\n"
    assert one(events(text), "赴欧洲专利局调研").start is None


# --- 5. an organisation's member states' assembly is held by that organisation --------------------------------------


def test_5_an_assembly_of_an_organisations_member_states_is_held_by_it():
    found = events("世界知识产权组织成员国大会 - 2024年7月9日至17日\n\n各位代表：\n", date="2024-07")
    assert one(found, "世界知识产权组织成员国大会").organisers == ["org/WIPO"]


# --- 2. a release's time stamp glued to its headline is the report's date, no event's ------------------------------


def test_2_a_full_date_with_a_clock_time_is_a_stamp_and_the_lead_dates_the_event():
    text = ("第三届中欧商标论坛在布鲁塞尔举办\n2024年05月22日 09:15 来源：某网\n\n"
            "5月20日，国家知识产权局在布鲁塞尔举办第三届中欧商标论坛。\n")
    assert one(events(text), "第三届中欧商标论坛").start == "2024-05-20"


# --- 11. an event named as the source of outcomes to implement is not told as held --------------------------------


def test_11_an_event_whose_outcomes_are_implemented_is_no_event_told():
    found = events("2024年3月，国家知识产权局举办了海外维权培训班，是为了落实第三届中非合作论坛的成果。",
                   date="2024-03-20")
    assert [e.label for e in found] == ["海外维权培训班"]


# --- 10. an event held during a conference told in traditional script takes its month ------------------------------


def test_10_a_roundtable_held_during_a_two_day_conference_takes_its_month():
    found = events("2024年9月3日至4日，知識產權高級別會議在北京舉行。會議期間，舉辦了“數字經濟”知識產權圓桌會議，"
                   "各國代表作為觀察員列席會議。", date="2024-09-05")
    assert one(found, "“數字經濟”知識產權圓桌會議").start == "2024-09"
    assert [e.label for e in found] == ["知識產權高級別會議", "“數字經濟”知識產權圓桌會議"]


# --- 5. a half-width bracket after a co-organiser does not end the list of them -------------------------------------


def test_5_cohosts_listed_with_a_half_width_bracket_between_are_all_partners():
    found = events("6月5日,由国家知识产权局主办、欧洲专利局(EPO)和深圳市人民政府协办的中欧专利审查研讨会在深圳召开。",
                   date="2024-06-06")
    seminar = one(found, "中欧专利审查研讨会")
    assert seminar.organisers == ["org/CNIPA"]
    assert seminar.partners[0] == "org/EPO" and len(seminar.partners) == 2


# --- 11. an event noun after an adverb of manner is a verb, no event -------------------------------------------------


def test_11_an_event_noun_after_an_adverb_of_manner_is_no_event():
    found = events("自2024年5月6日大会开幕以来，各国代表经过长达5天的紧张讨论、积极磋商，通过了议定书。",
                   date="2024-05-30")
    assert not any("磋商" in e.label for e in found)


# --- 10. a campaign of a year named inside a press conference's name is an event of its own -------------------------


def test_10_a_years_campaign_inside_a_press_conferences_name_is_its_own_event():
    found = events("4月20日，国家知识产权局召开2024年全国知识产权宣传周新闻发布会。", date="2024-04-21")
    assert one(found, "2024年全国知识产权宣传周").start == "2024"
    assert one(found, "2024年全国知识产权宣传周新闻发布会").start == "2024-04-20"


# --- 10. an event announced with 将在 (a place or an occasion, across a comma) is told -------------------------------


def test_10_an_exhibition_announced_with_jiang_zai_across_a_comma_is_an_event():
    found = events("今年9月，我们还将在世界知识产权组织成员国大会期间，在其日内瓦总部举办中国专利历史图片展。",
                   date="2024-04-24")
    assert [e.label for e in found] == ["中国专利历史图片展"]
