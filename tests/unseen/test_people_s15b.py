"""Session 15 round 2, people and their affiliation: titles are a closed class taken from the language, so the
titles.tsv rows a university, a government, a legislature or a company prints were completed (教务长, 研发长, 次长,
主委, 监事长, 财务长 …). A name beside a title the list lacked was not read as a person
at all. Every sentence here was written for these tests, none copied from a report, a probe or an evaluation text;
each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_people_s13 import affiliations
from tests.unseen.test_people_s15 import _employers


def test_the_officers_of_a_university_below_its_head_are_titles(res):
    """教务长, 研发长, 总务长, 学务长: a university's provost and its officers for research and general affairs."""
    _employers(res, [
        ("海东理工大学与某市政府签署合作协议，海东理工大学教务长钱立群出席签约仪式。\n", "钱立群", "海东理工大学"),
        ("西岭科技大學研發長林正雄表示，學校今年的專利授權數量創下新高。\n", "林正雄", "西岭科技大學"),
        ("南湖师范大学总务长孙德明介绍了新校区建设情况。\n", "孙德明", "南湖师范大学"),
    ])


def test_the_titles_of_a_ministry_a_party_and_a_company_officer_are_titles(res):
    """次长 (a vice-minister), 主委 (the chair of a party's committee), 监事长 and 财务长 (a supervisory board's
    chair, a company's finance officer)."""
    _employers(res, [
        ("东林市知识产权保护协会监事长周海涛在会上作了工作报告。\n", "周海涛", "东林市知识产权保护协会"),
        ("北山电子股份有限公司財務長黃志明說明了公司的研發投入。\n", "黃志明", "北山电子股份有限公司"),
        ("西岭市经济发展局次长陈永康出席论坛并致辞。\n", "陈永康", "西岭市经济发展局"),
    ])



def test_a_party_committees_titles_open_a_chain_of_titles_after_the_body(res):
    """党委常委, 纪委书记, 党委常务副书记: the titles of a body's party committee, printed first in a chain of titles
    after the body's name (某大学党委常委、副校长、秘书长甲): the person is the body's."""
    _employers(res, [
        ("东岭大学党委常委、副校长、秘书长赵文博主持了签约仪式。\n", "赵文博", "东岭大学"),
        ("南湖师范大学党委副书记、纪委书记钱立群出席会议。\n", "钱立群", "南湖师范大学"),
        ("西岭市光明集团有限公司党委常委、副总经理、总法律顾问孙德明介绍了公司的专利布局。\n", "孙德明",
         "西岭市光明集团有限公司"),
    ])


def test_an_adverb_or_a_coverb_after_a_name_ends_it(res):
    """重点, 围绕, 针对, 详细 …: a word that opens the predicate after its subject (after_name.tsv) says where a
    name after a title ends when no body is printed before the title (秘书长甲乙重点介绍了…)."""
    people = {
        "会上，副秘书长林晓东重点介绍了联盟的工作计划。\n": "林晓东",
        "座谈会上，副主任何志平围绕专利转化提出了三点建议。\n": "何志平",
        "随后，常务副会长孔德海详细说明了章程的修改内容。\n": "孔德海",
    }
    for text, person in people.items():
        assert person in affiliations(text, res)
