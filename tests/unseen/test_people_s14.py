"""Session 14 round, people and their affiliation: a body a report names in full and then contracts (最高人民法院 →
最高法院, 澳門大學 → 澳大), before a title or opening a unit's name. Every sentence here was written for these tests,
none copied from a report or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations


def _employers(res, told: list[tuple[str, str, str]]) -> None:
    """Each text ties the person named to the body named (a key for a body the gazetteer knows)."""
    for text, person, body in told:
        assert (person, affiliations(text, res).get(person)) == (person, body)


def test_a_contraction_before_a_title_names_the_body_printed_in_full(res):
    """365: 最高法院副院长甲 after 最高人民法院: the short name keeps a word and the head, in order."""
    _employers(res, [
        ("最高人民法院今天在京召开新闻发布会。最高法院副院长张明远介绍了知识产权审判工作情况。\n", "张明远", "SPC"),
        ("最高人民法院与世界知识产权组织签署谅解备忘录。最高法院副院长贺小荣和世界知识产权组织副总干事王彬颖出席。\n",
         "贺小荣", "SPC"),
    ])


def test_a_unit_whose_name_opens_with_a_contraction_is_of_the_body_printed_in_full(res):
    """345: 澳大法學院院長甲 after 澳門大學: the unit is 澳門大學法學院."""
    _employers(res, [
        ("南京大学代表团访问苏州市知识产权局。南大法学院院长周海涛介绍了学院知识产权人才培养情况。\n", "周海涛",
         "南京大学法学院"),
        ("浙江大学与杭州市市场监督管理局签订战略合作协议。浙大知识产权研究中心主任林晓燕主持签约仪式。\n", "林晓燕",
         "浙江大学知识产权研究中心"),
        ("厦门大学与泉州市知识产权局签署合作备忘录，厦大知识产权研究院院长何志强介绍了研究院情况。\n", "何志强",
         "厦门大学知识产权研究院"),
    ])


def test_a_place_and_a_head_printed_whole_are_a_body_of_their_own(res):
    """香港大學 is no contraction of 香港浸會大學 nor 上海大学 of 上海交通大学: a place's name before the head."""
    _employers(res, [
        ("上海交通大学与上海市知识产权局签署合作协议。上海大学法学院院长孙建平出席签约仪式。\n", "孙建平",
         "上海大学法学院"),
        ("香港浸會大學舉辦知識產權講座。香港大學法律學院教授陳家明主講。\n", "陳家明", "香港大學法律學院"),
    ])


def test_a_reporters_word_glued_to_an_outlets_name_credits_the_outlets_reporter(res):
    """381, 275: (中央社記者甲乙丙台北15日電) and 某某网记者 甲乙 文/图: the name before the reporter's word is the
    outlet, ending in an outlet's head, and the name after it (up to a space, a slash or the dateline's place) the
    reporter who writes for it."""
    _employers(res, [
        ("（中央社记者林美华台北3日电）行政院今天通过专利法修正草案，将送立法院审议。\n", "林美华", "中央社"),
        ("（中央社記者黃文彬東京20日電）日本特許廳今天公布年度報告。\n", "黃文彬", "中央社"),
        ("（新华社记者张伟北京3日电）国家知识产权局今天发布年度报告。\n", "张伟", "新华社"),
        ("（通讯员 思明区知识产权局 海峡网记者 林涛 文/图）近日，思明区举办专利转化对接会。\n", "林涛", "海峡网"),
        ("东南网5月8日讯（通讯员 鼓楼区市场监管局 东南网记者 陈岩 文/图）鼓楼区开展知识产权专项检查。\n", "陈岩",
         "东南网"),
    ])

