"""将 as the disposal marker and as the future, session 18 round 1 (pl22). Every sentence here was written for these
tests, none copied from an evaluation text or a probe; each positive one failed on main.

将 marks an object when a noun phrase follows it and then a verb of disposal (纳入, 加入, 延伸至, 列为 …): 将X纳入Y
tells what the subject does with X, not what it will do. Right after 将, that verb is the future's (将加入《A》,
将为企业提供…); so is a verb taking a pivot (将推动X成为…) and 把 (将把X纳入…: the disposal is 把's, the pledge
将's). A treaty disposed of (将《A》延伸至澳门) is the act told, not a plan; a territory disposed of into a treaty
(将香港加入《A》) is neither a pledge of the subject nor its accession."""

from __future__ import annotations

import pytest

from tests.unseen.test_commitments_round5 import pledges
from tests.unseen.test_treaties_s16 import _acts


@pytest.mark.parametrize(("text", "actor"), [
    ("广州市知识产权局将为中小企业提供免费的专利检索服务。\n", "org/guang-zhou-shi-zhi-shi-chan-quan-ju"),
    ("国家知识产权局将把地理标志保护纳入乡村振兴考核体系。\n", "org/CNIPA"),
    ("国家知识产权局将推动苏州成为知识产权强市建设的示范城市。\n", "org/CNIPA"),
    ("国家知识产权局将支持高校加入产业知识产权联盟。\n", "org/CNIPA"),
])
def test_will_right_before_a_verb_a_pivot_verb_or_ba_is_the_future(text, actor):
    assert [a for a, _ in pledges(text)] == [actor]


@pytest.mark.parametrize("text", [
    "澳门特区政府将澳门加入《商标国际注册马德里协定有关议定书》的申请提交中央人民政府。\n",
    "上海市知识产权局将商标品牌培育工作列为年度重点任务。\n",
    "国家知识产权局将其纳入知识产权强国建设纲要的考核指标。\n",
])
def test_will_before_an_object_and_a_verb_of_disposal_is_no_pledge(text):
    assert pledges(text) == []


@pytest.mark.parametrize(("text", "treaty"), [
    ("1999年，葡萄牙政府将《保护文学和艺术作品伯尔尼公约》延伸至澳门地区。\n", "berne-convention"),
    ("2008年，中央人民政府将《专利合作条约》适用于香港特别行政区。\n", "pct"),
    ("2020年，中央人民政府正式将《马拉喀什条约》适用于澳门特别行政区。\n", "marrakesh-treaty"),
])
def test_a_treaty_disposed_of_by_will_is_applied_not_planned(text, treaty):
    assert (treaty, "Implementation") in {(t, a) for t, a, _, _ in _acts(text)}


@pytest.mark.parametrize("text", [
    "中国政府将于明年将《专利合作条约》适用于澳门特别行政区。\n",
    "香港特区政府正寻求中央协助，将香港加入《商标国际注册马德里协定有关议定书》。\n",
])
def test_a_future_will_or_a_territory_disposed_of_into_a_treaty_tells_no_act(text):
    assert _acts(text) == []


def test_the_dates_of_a_disposed_treatys_modifiers_are_not_the_acts():
    text = "1999年，葡萄牙政府将经1971年巴黎文本修订的《保护文学和艺术作品伯尔尼公约》延伸至澳门地区。\n"
    assert ("berne-convention", "Implementation", "1999") in {(t, a, d) for t, a, _, d in _acts(text)}


def test_a_place_disposed_of_into_a_role_is_no_pledge():
    assert pledges("特区政府将澳门定位并打造成为中葡知识产权交流平台。\n") == []
