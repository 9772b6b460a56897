"""Session 16, round 3, the register of the bundled reports (committee and assembly reports, white papers, forum
write-ups): shapes of unseen text that carry over, each read by the real pipeline on sentences written for these
tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _pledges(text: str) -> list[tuple[str, str]]:
    return sorted((fact.actor, fact.quote) for fact in read(text, "pledges"))


def test_a_deliberative_body_deciding_passes_a_resolution_no_pledge_of_its_own():
    assert _pledges("产权组织大会决定将2026年例会推迟一周举行。") == []  # 将 after 决定 is part of the resolution
    assert _pledges("2023年5月,发展与知识产权委员会决定批准一个关于数字技术的新项目。") == []
    assert _pledges("世界知识产权组织大会在第六十届会议上,决定召开一次外交会议。") == []  # the clause opens with none
    assert _pledges("欧洲专利组织行政理事会还决定于2026年审查收费标准。") == []
    # an agency or an office deciding to act still pledges
    for text in ("浙江省知识产权局决定为中小企业提供专利检索补贴。", "浙江省知识产权局决定将专利检索补贴提高一倍。"):
        assert [actor for actor, _ in _pledges(text)] == ["org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"]


def _events(text: str) -> list[str]:
    return sorted(fact.label for fact in read(text, "events"))


def test_a_body_acting_at_its_own_session_or_as_a_means_is_no_meeting():
    assert _events("2021年,马德里联盟大会在第五十五届会议上批准了修正案,并决定于2022年举行工作组会议。") == [
        "工作组会议"]
    assert _events("经成员国大会审议通过后,该组织于2023年举办了首期培训班。") == ["首期培训班"]
    assert _events("经缔约方大会审议批准后,秘书处于2023年6月举办了培训。") == []
    # a session with its own number is a meeting held
    assert _events("世界知识产权组织成员国大会第六十五届系列会议于2024年7月9日在日内瓦举行。") == [
        "世界知识产权组织成员国大会第六十五届系列会议"]


def test_plurality_told_outside_the_event_noun_makes_the_mention_several_events():
    # an adverb of frequency before the verb of holding: held many times, no one sitting told
    assert _events("2023年,省委数次召开知识产权强省建设推进会。") == []
    assert _events("2023年,市政府多次主持召开知识产权联席会议全体会议。") == []
    # a word of variety closing the modifier: events of several kinds
    assert _events("2022年,该局举办了不同的知识产权培训班。") == []
    assert _events("2023年,该中心举办了形式多样的知识产权宣讲会。") == []
    # a count of one, or the word inside a quoted title, still names one event
    assert _events("2023年,该中心第三次举办知识产权宣讲会。") == ["知识产权宣讲会"]
    assert _events("2023年5月,该中心举办了“不同的声音”知识产权宣讲会。") == ["“不同的声音”知识产权宣讲会"]


def _held(text: str) -> list[tuple[str, list[str]]]:
    return sorted((fact.label, sorted(fact.organisers)) for fact in read(text, "events"))


def test_a_count_and_a_class_noun_close_a_list_of_bodies_without_a_measure_word():
    assert _held("2023年,国家知识产权局等九部门联合开展“知识产权护航”专项行动。") == [
        ("“知识产权护航”专项行动", ["org/CNIPA"])]
    assert _held("2022年6月,由海关总署、公安部两部门联合开展的“龙腾2022”专项行动正式启动。") == [
        ("“龙腾2022”专项行动", ["org/GACC", "org/MPS"])]
    # with a measure word, as before
    assert _held("2023年,国家知识产权局等两家单位联合开展“知识产权护航”专项行动。") == [
        ("“知识产权护航”专项行动", ["org/CNIPA"])]


def test_a_named_campaign_carried_out_recently_is_held_though_undated():
    assert _held("近日,国家知识产权局启动“蓝天2025”专项整治行动。") == [("“蓝天2025”专项整治行动", ["org/CNIPA"])]
    assert _held("国家版权局日前开展“青少年版权保护季”行动。") == [("“青少年版权保护季”行动", ["org/NCAC"])]
    # a campaign with no name of its own stays a kind of work
    assert _held("近日,国家知识产权局开展知识产权执法专项行动。") == []
