"""Issue 16, events, round 6 (the new tune texts of parts g–j: cover pages, editions named by their year, several
organisers in role lines and later sentences): sentences written for these tests (none copied from an evaluation
text), read by the real pipeline, one test per mechanism, named by the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- 2. dates: a year in the name, a cover's glued date, no year guessed from a statistic -----------------------------


def test_2_a_year_in_the_name_dates_its_month_day_in_an_undated_page():
    found = events("3月22-23日，由浙江大学主办的2025西湖知识产权论坛在杭州举行。")
    assert (one(found, "2025西湖知识产权论坛").start, one(found, "2025西湖知识产权论坛").end) == \
        ("2025-03-22", "2025-03-23")


def test_2_a_year_inside_a_name_after_its_quoted_title_dates_its_day():
    found = events("5月9日下午，“数据产权与创新”2024年知识产权座谈会在广州举办。")
    assert one(found, "“数据产权与创新”2024年知识产权座谈会").start == "2024-05-09"


def test_2_a_name_year_alone_dates_an_event_the_sentence_dates_only_by_recently():
    found = events("近日，2019长江知识产权高端论坛在武汉举行。", date="2019-06-03")
    assert one(found, "2019长江知识产权高端论坛").start == "2019"


def test_2_the_year_of_the_name_and_a_later_day_make_one_event():
    found = events("2022东湖知识产权论坛在武汉举办\n\n11月8日，2022东湖知识产权论坛在武汉举办。", date="2022-11-10")
    assert [(e.label, e.start) for e in found] == [("2022东湖知识产权论坛", "2022-11-08")]


def test_2_a_full_date_glued_to_a_sessions_name_on_a_copied_cover_is_its_date():
    found = events("文件日期:2019年3月1日亚太地区版权委员会第十二届会议(特别会议)2018年11月5日至9日,"
                   "曼谷报告经委员会通过。", date="2019-03-01")
    session = one(found, "亚太地区版权委员会第十二届会议")
    assert (session.start, session.end) == ("2018-11-05", "2018-11-09")


def test_2_an_undated_page_takes_no_year_from_a_statistic_for_a_bare_day():
    found = events("第十一届东亚知识产权论坛3月6日在首尔开幕。2021年，韩国专利申请量增长了3%。")
    assert one(found, "第十一届东亚知识产权论坛").start is None


def test_2_a_headline_event_is_dated_by_the_lead_that_names_its_venue():
    found = events("国际商标交流团参观活动在商标品牌展示中心举办\n\n10月9日，交流团参观了商标品牌展示中心。",
                   date="2024-10-11")
    assert one(found, "国际商标交流团参观活动").start == "2024-10-09"


# --- 3. a short bracket inside a name does not cut it ----------------------------------------------------------------


def test_3_a_place_in_brackets_inside_a_name_is_part_of_it():
    found = events("2024年3月5日,苏州市人民政府主办的国家知识产权强市建设试点城市(苏州)推进大会在苏州举行。")
    assert [e.label for e in found] == ["国家知识产权强市建设试点城市(苏州)推进大会"]


# --- 5. organisers and partners ---------------------------------------------------------------------------------------


def test_5_role_lines_under_an_event_name_its_organisers_and_partners():
    found = events("5月8日，第五届长三角知识产权发展论坛在合肥举行。\n\n"
                   "主办单位：江苏省知识产权局、浙江省知识产权局\n\n指导单位：国家知识产权局\n", date="2024-05-10")
    forum = one(found, "第五届长三角知识产权发展论坛")
    assert (forum.organisers, forum.partners) == (
        ["org/jiang-su-sheng-zhi-shi-chan-quan-ju", "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"], ["org/CNIPA"])


def test_5_a_later_sentence_with_the_event_as_subject_of_you_gives_its_roles():
    found = events("5月8日，第五届长三角知识产权发展论坛在合肥举行。\n\n论坛由江苏省知识产权局、浙江省知识产权局以及"
                   "安徽省知识产权局共同主办。", date="2024-05-10")
    assert one(found, "第五届长三角知识产权发展论坛").organisers == [
        "org/jiang-su-sheng-zhi-shi-chan-quan-ju", "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju",
        "org/an-hui-sheng-zhi-shi-chan-quan-ju"]


def test_5_the_series_name_without_the_editions_year_gives_the_editions_roles():
    found = events("近日，2019长江知识产权高端论坛在武汉举行。\n\n据悉，长江知识产权高端论坛由湖北省知识产权局主办，"
                   "已连续举办五届。", date="2019-06-03")
    assert [(e.label, e.organisers) for e in found] == [
        ("2019长江知识产权高端论坛", ["org/hu-bei-sheng-zhi-shi-chan-quan-ju"])]


def test_5_a_body_after_zai_is_the_venue_not_an_organiser():
    found = events("4月20日，浙江省知识产权局举办的专利代理人培训班在浙江大学成功举办。", date="2024-04-22")
    course = one(found, "专利代理人培训班")
    assert (course.organisers, course.partners) == (["org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"], [])


def test_5_an_alias_bracket_does_not_cut_the_body_before_yu_from_the_organisers():
    found = events("6月3日，浙江省知识产权局（以下简称“省局”）与浙江大学联合举行知识产权人才培养基地揭牌仪式。",
                   date="2024-06-05")
    ceremony = one(found, "知识产权人才培养基地揭牌仪式")
    assert set(ceremony.organisers + ceremony.partners) == {
        "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju", "org/zhe-jiang-da-xue"}


def test_5_bodies_that_lead_are_organisers_and_those_joined_with_huitong_partners():
    found = events("4月20日，由江苏省知识产权局、江苏省高级人民法院牵头，会同江苏省公安厅共同举办的知识产权保护高峰论坛"
                   "在南京举行。", date="2024-04-22")
    release = one(found, "知识产权保护高峰论坛")
    assert (release.organisers, release.partners) == (
        ["org/jiang-su-sheng-zhi-shi-chan-quan-ju", "org/jiang-su-sheng-gao-ji-ren-min-fa-yuan"],
        ["org/jiang-su-sheng-gong-an-ting"])


def test_5_a_body_with_another_holding_a_meeting_is_its_organiser_the_other_its_partner():
    found = events("4月23日，国家知识产权局与新加坡知识产权局以视频会议形式召开第十次中新知识产权局局长会议。",
                   date="2024-04-25")
    meeting = one(found, "第十次中新知识产权局局长会议")
    assert (meeting.organisers, meeting.partners, meeting.mode) == (
        ["org/CNIPA"], ["org/xin-jia-po-zhi-shi-chan-quan-ju"], "Online")


def test_5_gai_and_a_head_noun_holding_an_event_is_the_body_told_before():
    found = events("宁波市知识产权保护中心成立于2019年。6月13日，该中心举办了专利预审业务培训班。", date="2024-06-14")
    assert one(found, "专利预审业务培训班").organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-bao-hu-zhong-xin"]


# --- 10. an event told as the setting of another act -----------------------------------------------------------------


def test_10_an_event_a_body_held_told_as_a_setting_is_held_and_the_act_after_is_no_role():
    found = events("2024年4月2日,江苏省知识产权局主办的2024长三角知识产权交流会上,南京大学与东南大学签署了合作协议。")
    fair = one(found, "2024长三角知识产权交流会")
    assert (fair.start, fair.organisers, fair.partners) == (
        "2024-04-02", ["org/jiang-su-sheng-zhi-shi-chan-quan-ju"], [])


def test_10_a_setting_with_no_body_saying_who_held_it_or_a_list_of_kinds_is_no_event():
    found = events("在去年召开的全省大会上，他作了报告。在江苏省发明协会主办的国际、国内展览会上设立了多个奖项。",
                   date="2024-04-02")
    assert found == []


def test_5_a_body_that_will_host_an_event_is_its_organiser():
    found = events("申长雨表示，国家知识产权局将主办2026年中欧知识产权局局长会议。", date="2025-06-10")
    assert one(found, "2026年中欧知识产权局局长会议").organisers == ["org/CNIPA"]


# --- 2. an announced edition named by its year is that year's event -------------------------------------------------


def test_2_an_announced_edition_with_a_year_in_its_name_takes_that_year():
    found = events("申长雨表示，国家知识产权局将主办2026年中欧知识产权局局长会议。", date="2025-06-10")
    assert one(found, "2026年中欧知识产权局局长会议").start == "2026"


def test_2_a_year_that_de_follows_is_no_editions_year():
    found = events("2025年的首批培训将于3月开始。", date="2025-01-10")
    assert found == []


# --- 10. visits told with 到访 are meetings of the two sides ----------------------------------------------------------


def test_10_a_delegation_calling_on_a_body_with_daofang_is_a_meeting():
    found = events("6月5日，澳门经济及科技发展局代表团到访国家知识产权局，双方就商标审查合作进行交流。",
                   date="2024-06-10")
    visit = one(found, "到访国家知识产权局")
    assert (visit.type, visit.start, visit.participants) == (
        "Meeting", "2024-06-05", ["org/ao-men-jing-ji-ji-ke-ji-fa-zhan-ju", "org/CNIPA"])


# --- 4. a word that holds a stop does not cut a name ------------------------------------------------------------------


def test_4_xingwei_inside_a_name_does_not_cut_it_at_wei():
    found = events("与欧洲专利局举办2025打击侵权假冒行为中欧执法合作研讨会。", date="2025-12-31")
    assert [e.label for e in found] == ["2025打击侵权假冒行为中欧执法合作研讨会"]


def test_2_yesterday_and_today_are_days_of_the_news_items_own_date():
    found = events("昨日，第三届宁波知识产权论坛在宁波举行。今天上午，第四届杭州知识产权论坛在杭州开幕。",
                   date="2024-06-10")
    assert [(e.label, e.start) for e in found] == [("第三届宁波知识产权论坛", "2024-06-09"),
                                                   ("第四届杭州知识产权论坛", "2024-06-10")]


def test_2_yesterday_in_an_item_dated_only_by_its_month_gives_no_day():
    found = events("昨日，第三届宁波知识产权论坛在宁波举行。", date="2024-06")
    assert one(found, "第三届宁波知识产权论坛").start is None


# --- 8. modes: 线上 and 线下 together, in either order or script, are hybrid -----------------------------------------


def test_8_online_and_offline_together_in_any_wording_is_hybrid():
    found = events("6月8日，第二届绍兴知识产权论坛以线上与线下相结合的方式举办。"
                   "6月9日，第三届绍兴知识产权论坛采取線上線下同步方式舉行。", date="2024-06-10")
    assert [e.mode for e in found] == ["Hybrid", "Hybrid"]


def test_5_this_editions_organiser_is_for_and_host_is_for_name_its_roles():
    found = events("6月10日，第四届钱塘知识产权论坛在杭州举行。本届论坛的主办方为浙江省知识产权局，承办方为浙江大学。",
                   date="2024-06-10")
    forum = one(found, "第四届钱塘知识产权论坛")
    assert (forum.organisers, forum.partners) == (
        ["org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"], ["org/zhe-jiang-da-xue"])


def test_5_a_body_opening_a_name_with_its_editions_year_organises_it():
    found = events("6月9日，世界知识产权组织（WIPO）2024年新加坡暑期学校在新加坡开幕。"
                   "6月10日，最高人民法院2024年知识产权司法保护新闻发布会在北京举行。", date="2024-06-11")
    assert [(e.type, e.organisers) for e in found] == [("TrainingCourse", ["org/WIPO"]), ("Event", ["org/SPC"])]


def test_5_a_body_opening_a_name_without_a_year_or_with_a_range_is_no_organiser():
    found = events("6月10日，最高人民法院知识产权司法保护新闻发布会在北京举行。6月11日，最高人民法院2023-2024年知识产权"
                   "审判白皮书新闻发布会在北京举行。", date="2024-06-12")
    assert [e.organisers for e in found] == [[], []]
