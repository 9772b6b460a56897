"""Session 15 round, people and their affiliation: a body's contraction printed alone before the title of its head
or before a name and that title (澳大校长甲, 成大甲副校长), with or without a bracket that qualifies the title
(某大(学术)副校长乙). Every sentence here was written for these tests, none copied from a report, a probe or an
evaluation text; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations


def _employers(res, told: list[tuple[str, str, str]]) -> None:
    """Each text ties the person named to the body named."""
    for text, person, body in told:
        assert (person, affiliations(text, res).get(person)) == (person, body)


def test_a_contraction_before_a_heads_title_reads_the_name_after_it_and_ties_it_to_the_full_name(res):
    """厦大校长甲乙丙 with no word of the name's kind after it (热情, 一行): the contraction stands where a body's
    name stands, so the name of three characters after the title is read as after 厦门大学校长."""
    _employers(res, [
        ("厦门大学与泉州市知识产权局签署合作协议。厦大校长张宗益热情接待了来访客人。\n", "张宗益", "厦门大学"),
        ("南京大学代表团访问苏州市知识产权局，南大校长吕建明一行参观了展览。\n", "吕建明", "南京大学"),
        ("輔仁大學與新北市政府簽署合作備忘錄，由輔大校長江漢聲主持簽約儀式。\n", "江漢聲", "輔仁大學"),
    ])


def test_a_contraction_before_a_name_and_a_heads_title_is_the_bodys_name(res):
    """成大甲乙丙副校长: the name between the contraction and the title is the person's, of the body contracted."""
    _employers(res, [
        ("國立成功大學與工業技術研究院簽署合作備忘錄。成大蘇慧貞校長致詞。\n", "蘇慧貞", "國立成功大學"),
        ("四川大学与成都市知识产权局签约。川大李言荣副校长出席并讲话。\n", "李言荣", "四川大学"),
        ("浙江大学与杭州海关签署备忘录，浙大何莲珍副校长介绍了学校情况。\n", "何莲珍", "浙江大学"),
    ])


def test_a_bracket_that_qualifies_the_title_stands_between_the_contraction_and_the_title(res):
    """某大(学术)副校长甲: the bracket says which of the vice-rectors, the contraction still names the body."""
    _employers(res, [
        ("澳門大學舉辦創新周。澳大(學術)副校長馬志成一行參觀了展覽。\n", "馬志成", "澳門大學"),
        ("厦门大学与漳州市签约，厦大（常务）副校长韩家淮热情接待了客人。\n", "韩家淮", "厦门大学"),
        ("浙江大学举办知识产权论坛，浙大(研究)副校长周天华等嘉宾参加。\n", "周天华", "浙江大学"),
    ])


def test_a_contraction_names_the_body_whose_full_name_opens_its_units_name(res):
    """A report that prints the university only to open the name of a unit of it (某大学某中心主办) and then its
    contraction before the head's title: the person is the university's, a body the report names that way."""
    _employers(res, [
        ("由厦门大学知识产权研究中心主办的论坛今日开幕。\n\n厦大校长张宗益、副市长李明出席开幕式。\n", "张宗益",
         "厦门大学"),
        ("浙江大学创新创业学院举办专利大赛。\n\n浙大副校长黄先海致辞。\n", "黄先海", "浙江大学"),
        ("輔仁大學法律學院舉辦智慧財產權研討會。\n\n輔大江漢聲校長出席並致詞。\n", "江漢聲", "輔仁大學"),
    ])
