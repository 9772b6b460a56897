"""Session 11, people's affiliations and pledges' actors: the structures of Chinese that tie a person or a pledge to a
body, on sentences written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_people_s10 import employers

# --- a body printed short by keeping a character or two of each word is the body the report prints in full ----------


def test_a_contracted_name_is_the_body_printed_in_full(res):
    """237 (审协湖北中心), 283 (中新网), 313 (北京海淀法院): the short form keeps the head noun and, before it,
    characters of the full name's words in their order."""
    text = ("国家知识产权局专利局专利审查协作江苏中心与南京大学签署合作协议。审协江苏中心主任王立华出席。"
            "北京市朝阳区人民法院副院长刘建国介绍，朝阳法院庭长陈思远主持。")
    found = employers(text, res)
    assert found["王立华"] == "国家知识产权局专利局专利审查协作江苏中心"
    assert found["陈思远"] == "北京市朝阳区人民法院"


def test_a_contraction_keeps_a_state_whole_and_skips_a_body_the_name_only_holds(res):
    """A state or place the short name opens with is printed whole in the full one (英国…局 is no short form of a
    garbled 英两国…局), and a word of a parent (知识产权局) is not the short form of the parent's unit."""
    text = "中英两国知识产权局举行会谈。英国知识产权局局长约翰·史密斯出席。"
    assert employers(text, res)["约翰·史密斯"] == "英国知识产权局"


def test_a_contraction_keeps_the_lowest_place_of_the_full_name(res):
    """A city's bureau is no short form of a district's bureau of that city (259: 杭州市科学技术局 is not 杭州市钱塘区…
    科学技术局), but a short form that keeps the district is (钱塘经科局, 鄞州区科技局)."""
    text = "宁波市鄞州区科学技术局与某大学签约。宁波市科学技术局局长周立新出席。鄞州区科技局副局长孙海涛主持。"
    found = employers(text, res)
    assert found["周立新"] == "宁波市科学技术局"
    assert found["孙海涛"] == "宁波市鄞州区科学技术局"
