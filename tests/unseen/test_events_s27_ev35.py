"""Issue 16, events, session 27 (ev35): sentences written for these tests (none copied from an evaluation text), read
by the real pipeline — kinds of activity listed under one verb (A、B和C等活动): 和 joins the last item (each item of a
dated list is an event, 知识竞赛 too), and modifiers listed before one name stay in it; a contest whose head says its
kind (…设计比赛, …演讲比赛) is named without quotes; a length told with 历时 opens no name (历时三个月的…大赛); 自治州
and 自治县 hold 自 and stop no name."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_he_joins_the_last_item_of_a_list_of_kinds_of_activity():
    found = events("5月12日,县科协积极开展街头宣讲、版权普法宣传和知识竞赛等活动,迎接科技周。", date="2024-05-14")
    labels = {e.label for e in found}
    assert not any("宣传和" in label for label in labels), labels
    assert one(found, "知识竞赛").start == "2024-05-12"


def test_modifiers_listed_before_one_name_stay_in_it():
    found = events("3月2日,省局举办了面向律师、法官和检察官的知识产权培训班。", date="2024-03-05")
    assert one(found, "面向律师、法官和检察官的知识产权培训班").start == "2024-03-02"


def test_a_design_contest_is_named_without_quotes():
    found = events("10月9日,市图书馆举办了校园文创海报设计比赛。", date="2024-10-10")
    assert one(found, "校园文创海报设计比赛").start == "2024-10-09"


def test_a_bare_speech_contest_is_no_name():
    found = events("10月9日,该校举办了演讲比赛。", date="2024-10-10")
    assert not found, [e.label for e in found]


def test_a_length_told_with_lishi_opens_no_name():
    found = events("11月8日,历时三个月的第五届“专利之星”工业设计大赛在市会展中心举行。", date="2024-11-10")
    assert one(found, "第五届“专利之星”工业设计大赛").start == "2024-11-08"


def test_an_autonomous_prefecture_stays_in_a_contest_name():
    found = events("9月1日,州市场监管局举办了自治州第三届“护航杯”商标知识竞赛。", date="2024-09-02")
    assert one(found, "自治州第三届“护航杯”商标知识竞赛").start == "2024-09-01"
