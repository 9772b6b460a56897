"""Session 23, people's affiliation: two posts joined by 兼 ("concurrently"), a school's own news naming itself
学校 and a party committee's 政法委, counted as failures on probes (real paragraphs outside the evaluation set,
annotated before the extractor ran: /tmp/af28-probes). Every sentence here was written for these tests, none copied
from a report, a probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

import pytest

from tests.unseen.test_people_s13 import affiliations

SHAPES = {
    # 兼 joins two posts as 、 does (grammar.NAME_BREAKS): the unit after it is named without it (科研处, not 兼科研处),
    # and a unit after 兼 is of the body printed before the first title, as one after 、 is (neighbours.chain_body).
    "concurrently": [
        ("东湖学院举办讲座。校长助理兼教务处处长马骏主持。\n", "马骏", "教务处"),
        ("南洲市知识产权局二级巡视员兼办公室主任吕青出席。\n", "吕青", "南洲市知识产权局"),
        ("北陵大学副校长兼秘书长黄山出席。\n", "黄山", "北陵大学"),
    ],
    # 学校 alone before a title at a clause's start is the school the report has named (own_contractions.tsv), as 校
    # and 我校 are; the deputy listed after with no body of their own is of it too.
    "the school": [
        ("江口师范学院与区法院签约。学校副校长周明、吴丽出席。\n", "周明", "江口师范学院"),
        ("江口师范学院与区法院签约。学校副校长周明、吴丽出席。\n", "吴丽", "江口师范学院"),
        ("西岭大学举行揭牌仪式。学校党委书记卢刚致辞。\n", "卢刚", "西岭大学"),
    ],
    # 政法委 is a party committee's unit (org_heads.tsv), so a post there after one in the committee is the
    # committee's (across a 、, neighbours.across_unit), and one printed after the committee is of its unit.
    "party unit": [
        ("会议由北川市委常委、政法委书记邓林主持。\n", "邓林", "北川市委"),
        ("会议由北川市委政法委副书记邓林主持。\n", "邓林", "北川市委政法委"),
    ],
    # The school such a word stands for is one the report has named before the person, not a faculty a later list of
    # units names: with none told before, the report does not say which school (facts._note_told).
    "told before": [
        ("联盟一行到访。学校党委书记孔伟，对外合作处、机械与电子工程学院负责人参加。\n", "孔伟", ""),
        ("联盟一行到访。我校党委书记孔伟，对外合作处、机械与电子工程学院负责人参加。\n", "孔伟", ""),
    ],
}


@pytest.mark.parametrize(("text", "person", "body"), [case for cases in SHAPES.values() for case in cases])
def test_the_person_is_tied_to_the_body_the_shape_names(res, text: str, person: str, body: str) -> None:
    assert affiliations(text, res).get(person, "") == body
