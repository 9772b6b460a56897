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
