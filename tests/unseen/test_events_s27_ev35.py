"""Issue 16, events, session 27 (ev35): sentences written for these tests (none copied from an evaluation text), read
by the real pipeline — kinds of activity listed under one verb (A、B和C等活动): 和 joins the last item, a bare kind
(知识竞赛, 专题讲座) names no event, and a 、 before an item that is itself an event of the list parts two items, so no
two items are read as one name; a contest whose head says its kind (…设计比赛, …演讲比赛) is named without quotes; a
length told with 历时 opens no name (历时三个月的…大赛); 自治州 and 自治县 hold 自 and stop no name."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_kinds_of_activity_listed_under_one_verb_are_no_event():
    found = events("5月12日,县科协积极开展街头宣讲、版权普法宣传和知识竞赛等活动,迎接科技周。", date="2024-05-14")
    labels = {e.label for e in found}
    assert not any("竞赛" in label for label in labels), labels


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
