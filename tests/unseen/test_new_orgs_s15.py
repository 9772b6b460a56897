"""Session 15, organisations the gazetteer lacks (org15): sentences written for these tests, none copied from a
report, an evaluation text or a probe, read by the real mention stage."""

from __future__ import annotations

from tests.unseen.test_people import new_orgs


def test_a_local_office_printed_with_ban_for_bangongshi_is_a_body(res):
    """省编办, 市外办, 县扶贫办, 市双打办: a place's office named by its field of work and 办 (org_heads.tsv), read
    forwards from the place as 市商务局 is; 办 alone stays a verb (市里主办)."""
    for text, name in (("省编办近日批复同意设立两个知识产权法庭。", "省编办"),
                       ("市外办主任陈立新会见了来访的代表团。", "市外办"),
                       ("县扶贫办联合县市场监管局开展商标品牌培训。", "县扶贫办"),
                       ("市双打办会同市公安局开展春季专项执法检查。", "市双打办")):
        assert name in new_orgs(text, res), text
    assert not new_orgs("本次培训由市里主办,各区协办。", res)


def test_gaodeng_is_a_word_of_a_name_not_the_end_of_a_list(res):
    """高等 (higher: 高等法院, 高等研究院, 高等教育学会) holds 等, which closes a list, but is an adjective of names
    (break_words.tsv): reading the name leftwards from its head reads on over it."""
    for text, name in (("新加坡高等法院日前就一宗商标侵权上诉案作出裁决。", "新加坡高等法院"),
                       ("中国高等教育学会知识产权分会在武汉召开年会。", "中国高等教育学会知识产权分会"),
                       ("会上,南方科技大学高等研究院与市知识产权局签署合作协议。", "南方科技大学高等研究院")):
        assert name in new_orgs(text, res), text


def test_a_unit_after_a_body_named_without_a_head_is_read_as_after_a_known_body(res):
    """工信部, 财政部, 工业和信息化部 are named by headless_names.tsv; the unit printed right after one
    (…信息通信管理局, 条法司) is read forwards from it as from a body of the gazetteer: its head needs no place."""
    for text, name in (("工信部信息通信管理局相关负责人介绍了专项行动情况。", "工信部信息通信管理局"),
                       ("财政部条法司派员参加了座谈。", "财政部条法司"),
                       ("工业和信息化部电子信息司、市场监管总局相关司局负责同志出席。", "工业和信息化部电子信息司")):
        assert name in new_orgs(text, res), text
