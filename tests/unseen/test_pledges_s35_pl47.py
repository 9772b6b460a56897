"""Session 35, pledges second pass (pl47): 将 followed by a governing verb is the future even when a verb of disposal
stands inside that verb's object; a body that will hold an occasion pledges it; a collective that opens the clause
before a bare verb of speech says the words; a verb of what a fact signifies takes the cue after it into its object;
a bare 转化 names work. Each read by the real pipeline on
sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _pledges(text: str) -> list[tuple[str, str]]:
    return sorted((fact.actor, fact.quote) for fact in read(text, "pledges"))


def test_a_governing_verb_after_will_makes_it_the_future_despite_a_disposal_word_in_its_object():
    pledges = _pledges("杭州市知识产权局将定期开展专利转化对接活动。")
    assert [a for a, _ in pledges] == ["org/hang-zhou-shi-zhi-shi-chan-quan-ju"]
    assert [a for a, _ in _pledges("杭州市知识产权局将每年组织专利成果转化路演。")] \
        == ["org/hang-zhou-shi-zhi-shi-chan-quan-ju"]


def test_a_disposal_stays_one_where_the_verb_is_a_noun_or_the_disposal_itself():
    # 开展情况 is a noun phrase, the object 将 marks; 举办成 is the verb of disposal after the object 论坛
    assert _pledges("杭州市知识产权局将开展情况纳入考核。") == []
    assert _pledges("杭州市知识产权局将论坛举办成品牌活动。") == []
    assert _pledges("杭州市知识产权局将企业标准转换为地方标准。") == []


def test_a_body_that_will_hold_an_occasion_pledges_it_but_an_occasion_taking_place_pledges_nothing():
    assert [a for a, _ in _pledges("杭州市知识产权局将于4月26日举办。")] == ["org/hang-zhou-shi-zhi-shi-chan-quan-ju"]
    assert [a for a, _ in _pledges("杭州市知识产权局今年将于5月在西湖区召开。")] \
        == ["org/hang-zhou-shi-zhi-shi-chan-quan-ju"]
    assert _pledges("本届论坛将于9月在杭州举行。") == []


def test_the_sides_that_open_the_clause_before_a_bare_verb_of_speech_say_the_words():
    pledges = _pledges("杭州市知识产权局局长张三会见了浙江大学校长李四，双方就专利转化交换了意见，表示将加强合作。")
    assert sorted(a for a, _ in pledges) == ["org/hang-zhou-shi-zhi-shi-chan-quan-ju", "org/zhe-jiang-da-xue"]
    # a collective inside a speaker's words is no sayer: his words are his body's
    pledges = _pledges("杭州市知识产权局局长张三表示，双方合作成果丰硕，将继续加强合作。")
    assert [a for a, _ in pledges] == ["org/hang-zhou-shi-zhi-shi-chan-quan-ju"]


def test_a_cue_in_the_object_of_what_a_fact_signifies_is_no_pledge():
    assert _pledges("此次协议的签订，标志着甲乙两县将开展更为紧密的交流合作。") == []


def test_a_bare_conversion_names_work_and_leaves_will_the_future():
    # 转化 with no goal after it (为, 成) is part of a noun (专利转化运用, 转化中心), no verb of disposal
    for text in ("杭州市知识产权局将加强专利转化运用。", "杭州市知识产权局将共建专利转化中心。"):
        assert [a for a, _ in _pledges(text)] == ["org/hang-zhou-shi-zhi-shi-chan-quan-ju"]
    # with its goal it disposes of its object
    assert _pledges("杭州市知识产权局将其转化为生产力。") == []


def test_a_word_that_refers_back_after_a_time_of_the_act_is_the_body_named_before():
    pledges = _pledges("杭州市市场监管局召开会议。今年该局将开展专利导航服务。")
    assert [a for a, _ in pledges] == ["org/hang-zhou-shi-shi-chang-jian-du-guan-li-ju"]
