"""Issue 16, round 10 of the commitments (patterns 9 and 12), found on new annotated dev texts and tested on
sentences written for these tests, read by the real pipeline as a report of 2025 with no author would be: a
conclusion told behind the treaty (《A》于…缔结); a short name in brackets (《A》（PCT）三十周年) is no distance to the
verb behind it; an act told again undated (加入《A》三十周年) is the act told with its date; a treaty inside what
qualifies an instrument (签署了落实该条约的备忘录), inside another work's title or an event's name is no act of
its own; nominal acts a forecast takes as its topic (《A》的缔结和生效，将…); 通过的《A》 adopts it; an instrument
handed over with no treaty in front of it (向…递交加入书，成为该条约…成员) is one of the treaty the sentence names,
and the clause after it no second act; a wish (期待…推动条约实施) is no act; 将 before a result (将A与B联系在一起,
將…定為…) marks an object, no pledge; 決定 is the cue 决定 in traditional characters.
"""

from __future__ import annotations

from tests.unseen.test_commitments_round4 import actions
from tests.unseen.test_commitments_round5 import pledges, read

# --- 9. treaty actions ----------------------------------------------------------------------------------------------


def test_9_a_conclusion_told_behind_the_treaty_is_a_conclusion():
    assert actions("《内罗毕条约》于1981年9月26日在内罗毕缔结，中国至今尚未加入。") == {
        ("nairobi-treaty", "Conclusion")}


def test_9_a_short_name_in_brackets_is_no_distance_to_an_anniversary_behind_it():
    # session 28: the accession in front names the event (…三十周年座谈会) with it, as the bundled gold reads
    # 中国加入专利合作条约三十周年纪念活动; only the anniversary is told there (test_treaty_actions_s28)
    assert actions("4月8日，甲省举行纪念中国加入《专利合作条约》（PCT）三十周年座谈会。") == {("pct", "Anniversary")}


def test_9_the_accession_an_anniversary_marks_is_the_one_told_with_its_date():
    found = read("中国于1994年加入《专利合作条约》。今年是中国加入《专利合作条约》三十周年。", "treaty_actions")
    # 今年 is the year of the report's own date (test_treaties_parties_s11); the accession inside stays 1994's
    assert sorted((f.action, f.date) for f in found) == [("Accession", "1994"), ("Anniversary", "2025")]


def test_9_an_act_told_again_without_its_date_is_the_act_told_with_it():
    found = read("甲国于2019年加入《马德里议定书》。报告回顾了甲国加入《马德里议定书》以来的商标注册情况。",
                 "treaty_actions")
    assert [(f.action, f.date, len(f.passages)) for f in found] == [("Accession", "2019", 1)]


def test_9_a_treaty_in_what_qualifies_an_instrument_is_not_what_the_verb_signs():
    assert actions("《内罗毕条约》去年对丙国生效。会上，两家单位签署了落实该条约的合作备忘录。") == {
        ("nairobi-treaty", "EntryIntoForce")}


def test_9_a_treaty_inside_another_works_title_or_an_events_name_undergoes_nothing():
    assert actions("丁市版权协会发出《〈马拉喀什条约〉正式生效 阅读无障碍从我做起》倡议书。") == set()
    assert actions("11月2日，马拉喀什条约实施研讨会在杭州举行。") == set()


def test_9_nominal_acts_that_a_forecast_takes_as_its_topic_did_not_happen_there():
    assert actions("《内罗毕条约》的缔结和生效，将推动奥林匹克标志保护水平的提高。") == set()


def test_9_tongguo_de_before_a_treaty_adopts_it():
    found = read("戊国代表介绍了2000年6月1日在日内瓦通过的《专利法条约》。", "treaty_actions")
    assert [(f.treaty, f.action, f.date) for f in found] == [("patent-law-treaty", "Adoption", "2000-06-01")]


def test_9_an_instrument_handed_over_without_a_treaty_is_of_the_treaty_its_sentence_names():
    found = read("3月5日，智利向世界知识产权组织交存加入书，成为《马拉喀什条约》第九十个缔约方。", "treaty_actions")
    assert [(f.treaty, f.action, f.actors, f.date) for f in found] == [
        ("marrakesh-treaty", "Accession", ["country/CL"], "2025-03-05")]


def test_9_a_wish_is_no_act():
    assert actions("总干事期待与各国合作推动《马拉喀什条约》实施。") == set()


# --- 12. pledges -----------------------------------------------------------------------------------------------------

def test_12_jiang_before_a_result_the_object_is_brought_to_marks_an_object():
    assert pledges("甲公司负责人表示，数字平台将高校与中小企业联系在一起，效果显著。") == []
    assert pledges("乙市人民政府已將每年3月15日定為乙市品牌日。") == []


def test_12_but_jiang_before_a_verb_is_still_a_pledge():
    assert [actor for actor, _ in pledges("乙市人民政府將繼續加大知識產權保護力度。")] == [
        "org/yi-shi-ren-min-zheng-fu"]


def test_12_a_decision_told_in_traditional_characters_is_a_pledge_of_the_sides_a_collective_counts():
    found = pledges("5月6日，國家知識產權局與歐洲專利局簽署合作協議。雙方決定共同建設專利審查培訓中心。")
    assert sorted(actor for actor, _ in found) == ["org/CNIPA", "org/EPO"]


def test_12_a_decision_dated_before_it_that_starts_a_period_under_way_is_no_pledge():
    assert pledges("这是今年5月国家知识产权局决定建立审查协作机制以来首次召开联席会议。") == []
    assert [actor for actor, _ in pledges("国家知识产权局决定建立审查协作机制。")] == ["org/CNIPA"]
    assert [actor for actor, _ in pledges("國家知識產權局將鞏固合作以來取得的成果。")] == ["org/CNIPA"]
