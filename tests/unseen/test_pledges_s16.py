"""Session 16 (round 3) of the pledges: shapes of unseen text that carry over, each read by the real pipeline on
sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges
from tests.unseen.test_people import new_orgs


def test_the_time_of_the_act_between_a_body_and_its_modal_leaves_the_body_the_subject():
    # a noun of the future's time between the body and 会 (and an adverb with it): the body will do it
    found = pledges("商标注册处下月会推出网上检索服务。")
    assert [quote for _, quote in found] == ["商标注册处下月会推出网上检索服务"]
    found = pledges("深圳海关今后亦会加大对跨境包裹的查验力度。")
    assert [quote for _, quote in found] == ["深圳海关今后亦会加大对跨境包裹的查验力度"]
    found = pledges("广州知识产权法院年内会公布一批典型案例。")
    assert [quote for _, quote in found] == ["广州知识产权法院年内会公布一批典型案例"]
    # 年 alone is no time of the act: the 会 of 年会 stays a meeting's
    assert pledges("本届知识产权年会由国家知识产权局主办。") == []


def test_a_bare_head_before_the_time_or_an_adverb_refers_to_the_body_named_before():
    customs = "org/zhu-hai-hai-guan"
    assert pledges("珠海海关昨日在口岸查获一批侵权货物。海关日后会继续严厉打击侵权活动。") == [
        (customs, "海关日后会继续严厉打击侵权活动")]
    assert pledges("珠海海关昨日在口岸查获一批侵权货物。海关亦会加强对旅客行李的检查。") == [
        (customs, "海关亦会加强对旅客行李的检查")]
    # a name that ends in an adverb's character keeps it: 成都 is no 成 with 都
    assert [actor for actor, _ in pledges("成都将举办知识产权宣传周活动。")] == ["org/cheng-du"]


def test_a_verb_of_acting_together_ends_the_name_before_it(res):
    # 联同 (Hong Kong's and Macao's 会同), 连同, 偕同 stand before a body's name, never inside one
    for text in ("香港海关昨日联同知识产权署展开联合行动。", "澳门海关连同经济局到多间商铺巡查。"):
        assert not any(word in name for name in new_orgs(text, res) for word in ("联同", "连同")), text
    assert pledges("珠海海关偕同市场监管局开展检查。海关将继续加强监管。") == [
        ("org/zhu-hai-hai-guan", "海关将继续加强监管")]


def test_a_clause_of_adverbs_before_the_modal_goes_on_with_the_body_that_opens_the_sentence():
    # …，亦会…, …，又会…: no subject of its own, the body a clause before it opens with is the subject of 会
    found = pledges("商标注册处会简化续期手续,缩短处理时间,又会推出网上查询服务。")
    assert [quote for _, quote in found] == ["又会推出网上查询服务", "商标注册处会简化续期手续,缩短处理时间,"]
    assert {actor for actor, _ in found} == {"org/shang-biao-zhu-ce-chu"}
    found = pledges("律政司除推动调解服务外,亦会研究设立知识产权仲裁中心。")
    assert found == [("org/lv-zheng-si", "亦会研究设立知识产权仲裁中心")]
    assert pledges("珠海海关今年查获大批侵权货物,同时亦会加强与业界的合作。") == [
        ("org/zhu-hai-hai-guan", "同时亦会加强与业界的合作")]
    # a person's 会 after adverbs tells a plan of his own: no pledge
    assert pledges("他表示,今年经济向好,亦会到访北京。") == []


def test_a_thing_of_an_actor_as_the_subject_is_foretold_not_pledged():
    # the actor opens the clause, a noun of its own follows up to the cue: its figures, its trade will grow
    assert pledges("香港知识产权贸易额将稳步上升。") == []
    assert pledges("未来台湾专利申请量将持续增加。") == []
    assert pledges("中国专利申请量将继续保持增长。") == []
    assert pledges("国家知识产权局审查周期将进一步缩短。") == []
    # the actor's government, its event, its bodies of a kind, its time of the act: the actor's pledge as before
    assert [actor for actor, _ in pledges("中国政府将进一步加强知识产权保护。")] == ["org/CN-GOV"]
    assert [actor for actor, _ in pledges("国家知识产权局年会将于9月在北京举办三场分论坛。")] == ["org/CNIPA"]
    # …but the event's own taking place told ahead, nothing after the verb, is a schedule (s31 pl42)
    assert pledges("国家知识产权局年会将于9月在北京举办。") == []
    assert [actor for actor, _ in pledges("今年中国法院系统将重点加强司法解释工作。")] == ["country/CN"]
    assert pledges("珠海海关昨日查获一批侵权货物。海关本月将开展专项行动。") == [
        ("org/zhu-hai-hai-guan", "海关本月将开展专项行动")]
