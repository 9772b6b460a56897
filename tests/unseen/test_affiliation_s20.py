"""Session 20, people's affiliation: shapes of a university's own news that tie its officers to it, counted as failures
on probes (real paragraphs outside the evaluation set, annotated before the extractor ran: /tmp/af26-probes). Every
sentence here was written for these tests, none copied from a report, a probe or an evaluation text; each runs the
real pipeline; main read each case of "kind" and "own letter" wrong, and the others guard what it read right."""

from __future__ import annotations

import pytest

from tests.unseen.test_people_s13 import affiliations

SHAPES = {
    # 某市人民政府副市长甲，校长乙，副校长丙: a title that heads a body of another kind than the body of the list item
    # before (校长 heads a university, titles.tsv governs; the item before is a government) does not take that body:
    # the holder works for the body of its kind the report names (the university), as a title printed alone does.
    "kind": [
        ("东川大学与市知识产权局签约。东川市人民政府副市长周宏，校长钱立，副校长孙梅、李涛出席。\n", "钱立",
         "东川大学"),
        ("东川大学与市知识产权局签约。东川市人民政府副市长周宏，校长钱立，副校长孙梅、李涛出席。\n", "李涛",
         "东川大学"),
        ("北岭理工大学举行揭牌仪式。北岭市政府副秘书长吴军，校长郑和平出席。\n", "郑和平", "北岭理工大学"),
        # 副局长 after a unit's head heads no unit: the deputy is of the bureau, not of its 纪检组.
        ("江南省市场监督管理局局长于海、纪检组长林涛，副局长朱红出席。\n", "朱红", "江南省市场监督管理局"),
    ],
    # The list item before still gives its body to a title of its kind or of a unit (某局局长甲，副局长乙，处长丙).
    "same kind": [
        ("西川市知识产权局局长陈平，副局长马丽，处长赵刚出席。\n", "马丽", "西川市知识产权局"),
        ("西川市知识产权局局长陈平，副局长马丽，处长赵刚出席。\n", "赵刚", "西川市知识产权局"),
        ("南湖市人民政府副市长王强，副秘书长刘洋出席。\n", "刘洋", "南湖市人民政府"),
    ],
    # ，校党委书记甲: the one character a university's own news names it by (own_contractions.tsv), alone before a
    # title at a clause's start, names the university as 我校 does; not inside a longer word (市党校党委书记).
    "own letter": [
        ("江北师范大学与省版权局签署协议。校党委书记何志强，校长冯远出席仪式。\n", "何志强", "江北师范大学"),
        ("南江大学举行签约仪式。仪式由校党委副书记韩静主持。\n", "韩静", "南江大学"),
        ("南江大学举行签约仪式。校纪委书记蒋力出席。\n", "蒋力", "南江大学"),
        ("南江大学与市委党校签约。市委党校党委书记邓刚出席。\n", "邓刚", "市委党校"),
    ],
}


@pytest.mark.parametrize(("text", "person", "body"), [case for cases in SHAPES.values() for case in cases])
def test_the_person_is_tied_to_the_body_the_shape_names(res, text: str, person: str, body: str) -> None:
    assert affiliations(text, res).get(person) == body
