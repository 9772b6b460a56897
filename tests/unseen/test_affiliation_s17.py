"""Session 19, people's affiliation: shapes of Chinese that tie a person to a body, counted as failures on probes (real
paragraphs outside the evaluation set, annotated before the extractor ran: /tmp/af19-probes). Every sentence here was
written for these tests, none copied from a report, a probe or an evaluation text; each runs the real pipeline, and
main read each wrong."""

from __future__ import annotations

import pytest

from tests.unseen.test_people_s13 import affiliations

SHAPES = {
    # 甲局长带领某处乙处长: whom a person leads along (带领, 率领; 率队，带领) is the staff of the leader's own body, so
    # a unit printed among them without its body is a unit of the leader's; the unit's name is not read back over the
    # verb (陈立新带领综合处 is no body), and a unit opening with 对外 keeps it (break_words.tsv).
    "led": [
        ("市版权局局长陈立新带领综合处处长周海来到园区走访。\n", "周海", "市版权局综合处"),
        ("江城市知识产权局副局长孙明率领专利管理处李强处长、办公室赵敏主任到企业调研。\n", "赵敏",
         "江城市知识产权局办公室"),
        ("河西区市场监管局局长钱伟率队，带领法规处处长吴兰一行来访。\n", "吴兰", "河西区市场监管局法规处"),
        ("省版权局徐涛局长带领版权管理处何平处长、对外合作处冯军处长到出版社调研。\n", "冯军", "省版权局对外合作处"),
        ("南港市知识产权局郑伟局长、法规处邓明处长、对外合作处谢芳处长出席座谈。\n", "谢芳",
         "南港市知识产权局对外合作处"),
    ],
    # 某大学知识产权与竞争法研究院: nouns of two fields joined by 与, 和 or 及 right after a body's name are one unit of
    # that body, even where the stem after the joining word could name an institute alone (竞争法研究院).
    "fields": [
        ("江城大学知识产权与竞争法研究院院长王立明作主旨发言。\n", "王立明", "江城大学知识产权与竞争法研究院"),
        ("会议由南港大学科技与知识产权法研究所所长赵红主持。\n", "赵红", "南港大学科技与知识产权法研究所"),
        ("北川理工大学技术转移和知识产权研究中心主任钱进介绍了情况。\n", "钱进",
         "北川理工大学技术转移和知识产权研究中心"),
    ],
    # 某研究会副理事长、《某刊》杂志主编乙: a post at a periodical in title marks, after a 、 that ends the titles at a
    # body, is one more post of the same person; the body the chain opens with is theirs (also after the body's own
    # head: 某学院院长、《某刊》主编).
    "periodical": [
        ("江城市知识产权研究会副会长、秘书长、《知识产权研究》杂志主编梁文主持论坛。\n", "梁文",
         "江城市知识产权研究会"),
        ("南港大学法学院院长、《知识产权评论》主编蒋涛致辞。\n", "蒋涛", "南港大学法学院"),
        ("东海市版权协会会长、《版权天地》副主编孙丽出席。\n", "孙丽", "东海市版权协会"),
    ],
    # 仵, 禤 and 籃 (篮) are surnames (surnames.tsv adds a rarer one where a report needs it): the name after a title
    # opens with one, and a list of units after one body goes on past that person (某局局长甲，办公室主任仵某，…).
    "surnames": [
        ("北港市市场监督管理局局长林涛,办公室主任仵建华,法规处处长高阳一行来访。\n", "仵建华",
         "北港市市场监督管理局办公室"),
        ("北港市市场监督管理局局长林涛,办公室主任仵建华,法规处处长高阳一行来访。\n", "高阳",
         "北港市市场监督管理局法规处"),
        ("东江大学校长王林、副校长禤志强等出席开幕式。\n", "禤志强", "东江大学"),
    ],
    # 校董 (a member of a university's board) names a post at the university the report names, as 校长 does
    # (titles.tsv, governs: 大学).
    "board": [
        ("南山大学举行建校典礼,校董陈家明致辞。\n", "陈家明", "南山大学"),
        ("北江大学举行校庆。校董周立群表示祝贺。\n", "周立群", "北江大学"),
    ],
    # 庭长, 处长, 所长, 司长, 院长 name the head of a body whose head noun they repeat (titles.tsv, governs): a person
    # named with the title alone works for the body the report names so, as 局长 after 某局 does.
    "governs": [
        ("江城市中级人民法院知识产权审判庭与高校座谈。王立新庭长介绍了审判情况。\n", "王立新",
         "江城市中级人民法院知识产权审判庭"),
        ("南港市知识产权局法规处与企业座谈,周海处长介绍了政策。\n", "周海", "南港市知识产权局法规处"),
        ("江城大学知识产权研究所举办讲座,所长赵红主持。\n", "赵红", "江城大学知识产权研究所"),
        ("商务部条约法律司召开座谈会,孙明司长出席。\n", "孙明", "商务部条约法律司"),
    ],
}


@pytest.mark.parametrize(("text", "person", "body"), [case for cases in SHAPES.values() for case in cases])
def test_the_person_is_tied_to_the_body_the_shape_names(res, text: str, person: str, body: str) -> None:
    assert affiliations(text, res).get(person) == body
