"""Session 15, round 2, of the pledges: shapes that real paragraphs outside the evaluation set print, read by the
real pipeline on sentences written for these tests (none copied from a probe or an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _pledgers(text: str) -> list[tuple[str, str]]:
    return sorted((fact.actor, fact.quote) for fact in read(text, "pledges"))


def test_hui_after_a_body_is_the_future():
    # 会/會 with a body as its subject (a head noun or a headless name right before it, adverbs between) says
    # what the body will do, as 将 does
    assert [quote for _, quote in _pledgers("下月起，国家知识产权局专利局会开通新的电子申请系统。")] == [
        "国家知识产权局专利局会开通新的电子申请系统"]
    assert _pledgers("明年，深圳海关亦會加強對跨境包裹的知識產權查驗。") == [
        ("org/shen-zhen-hai-guan", "深圳海关亦會加強對跨境包裹的知識產權查驗")]
    assert _pledgers("港府会设立专责小组，推动专利审查人才培训。") == [
        ("org/xiang-gang-te-bie-xing-zheng-qu-zheng-fu", "港府会设立专责小组，推动专利审查人才培训")]


def test_hui_of_a_person_a_thing_or_a_noun_is_no_pledge():
    # a person's 会 tells his own plans or abilities, a thing's 会 a forecast, 会 ending a head (协会) or opening a
    # noun or a verb of meeting (会议, 会同) no modal at all, nor is 会 after a verb that a head spells
    assert _pledgers("访问期间，王明还会参观多家科技企业。") == []
    assert _pledgers("专家认为，这项新规定一定会越来越完善。") == []
    assert _pledgers("市知识产权局会同公安部门查处了一批侵权案件。") == []
    assert _pledgers("中国版权协会会员代表出席了论坛。") == []
    assert _pledgers("經濟部智慧局跨部會推動著作權法修正。") == []  # 部會: the ministries and councils
    # a head after an adverb is a verb, not a name ending (还组织: organises)
    assert _pledgers("秘书处还组织会讲法语的志愿者参加培训。") == []


def test_a_government_named_by_its_kind_is_the_one_of_the_region_the_report_names():
    # 政府将…/政府会… with no government named before: the government of the one region the report names, where
    # the press prints that government short (港府, 澳府: headless_names.tsv)
    assert _pledgers("香港的创意产业发展迅速。政府将加强对设计版权的保护。") == [
        ("org/xiang-gang-te-bie-xing-zheng-qu-zheng-fu", "政府将加强对设计版权的保护")]
    assert _pledgers("澳门的商标申请量持续增长。政府会简化商标注册程序。") == [
        ("org/ao-men-te-bie-xing-zheng-qu-zheng-fu", "政府会简化商标注册程序")]
    assert _pledgers("香港擁有健全的法律制度，政府也會設立知識產權融資專項基金。") == [
        ("org/xiang-gang-te-bie-xing-zheng-qu-zheng-fu", "政府也會設立知識產權融資專項基金")]


def test_a_government_of_a_place_without_a_short_government_or_of_several_places_is_nobody():
    # a city's or a country's government, or the government of one of several places, the text does not say
    assert _pledgers("北京的专利申请量居全国首位。政府将加大专利资助。") == []
    assert _pledgers("香港与新加坡的知识产权合作日益密切。政府将加强对设计版权的保护。") == []
