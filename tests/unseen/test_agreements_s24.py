"""Agreements, session 24 (ag31): a collective (双方, 三方) that signs before the text has named the sides stands
for the run of as many actors that opens a clause of its sentence or of the next one (双方经过磋商，共同签署了《…》。
A与B将…); a collective the text resolved before keeps its sides, and a run that does not open a clause (由A与B的代表
宣读) names no side. Every sentence here was written for these tests, none copied from an evaluation text or a probe;
each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _parties(text: str) -> list[list[str]]:
    return sorted(sorted(a.parties) for a in agreements(text, date="2024-06-01"))


def test_the_sides_named_in_the_next_sentence_sign():
    text = ("日前，一场知识产权合作交流会在杭州举行。\n"
            "双方经过友好磋商，共同签署了《知识产权协作备忘录》。江苏省知识产权局与浙江省知识产权局将围绕执法协作开展合作。\n")
    assert _parties(text) == [["org/jiang-su-sheng-zhi-shi-chan-quan-ju", "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"]]


def test_three_sides_after_a_clause_of_their_own():
    text = ("三方在签约仪式上签署了《战略合作协议》。根据协议，江苏省知识产权局、浙江省知识产权局和安徽省知识产权局"
            "将共建服务平台。\n")
    assert _parties(text) == [["org/an-hui-sheng-zhi-shi-chan-quan-ju", "org/jiang-su-sheng-zhi-shi-chan-quan-ju",
                               "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"]]


def test_sides_named_before_are_kept():
    text = ("江苏省知识产权局与浙江省知识产权局举行工作会谈。\n"
            "双方签署了《执法协作备忘录》。安徽省知识产权局与上海市知识产权局也将加入协作。\n")
    assert _parties(text) == [["org/jiang-su-sheng-zhi-shi-chan-quan-ju", "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"]]


def test_a_pair_inside_a_clause_names_no_side():
    text = "双方签署了《执法协作备忘录》，备忘录由江苏省知识产权局与浙江省知识产权局的代表宣读。\n"
    assert _parties(text) == [[]]


def test_a_title_naming_the_states_is_the_bodys_agreement():
    text = ("中日签署专利审查合作备忘录\n"
            "5月6日，国家知识产权局与日本特许厅在东京签署了《专利审查合作备忘录》，双方将加强审查员交流。\n")
    found = agreements(text, date="2024-06-01")
    assert [(sorted(a.parties), a.date) for a in found] == [(["org/CNIPA", "org/JPO"], "2024-05-06")]


def test_a_title_of_other_states_stays_its_own():
    text = ("中美签署专利审查合作备忘录\n"
            "5月6日，国家知识产权局与日本特许厅在东京签署了《专利审查合作备忘录》。\n")
    assert len(agreements(text, date="2024-06-01")) == 2


def test_a_brand_is_not_a_clause_that_runs_into_the_other_company():
    text = ("青禾、远山达成全球专利交叉许可协议\n"
            "今日，青禾和远山宣布达成全球专利交叉许可协议。青禾法务部部长表示：“青禾很高兴与远山公司达成许可。”\n")
    parties = {p for a in agreements(text, date="2024-06-01") for p in a.parties}
    assert not any("gao-xing" in p for p in parties)


def test_a_weekday_glued_to_the_subject_is_no_part_of_its_name():
    text = "外媒消息，当地时间周三青禾宣布和VOLTA达成新的专利授权协议。\n"
    assert _parties(text) == [["org/qing-he", "org/volta"]]
