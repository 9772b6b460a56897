"""Session 22, a county whose name opens with a numeral (五华县, 三原县, 四会市): the body named after it is a body,
as one named after a province or city that opens with a numeral is (四川, 三亚, 十堰). Sentences written for these
tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_new_orgs_s14 import orgs


def test_a_body_after_a_county_opening_with_a_numeral_is_named(res):
    """五华县 is a county (counties.tsv), not 五 counting 华县: its market regulator is a body of its own."""
    found = orgs("上周,五华县市场监督管理局在县城广场开展商标知识宣传。", res)
    assert ("五华县市场监督管理局",) in found


def test_numbered_counties_in_a_list_each_name_a_body(res):
    """Each item of a list whose county opens with a numeral names its body (三台县, 五河县, 六合区)."""
    found = orgs("会上,三台县知识产权局、五河县科技局和六合区人民法院分别介绍了做法。", res)
    assert {("三台县知识产权局",), ("五河县科技局",), ("六合区人民法院",)} <= found.keys()


def test_a_count_before_a_head_still_names_no_body(res):
    """A numeral that is no county's first character still counts bodies (五家协会, 三个中心): no name."""
    found = orgs("本次活动共有五家协会和三个服务中心参与。", res)
    assert not any(name.startswith(("五", "三")) for names in found for name in names)
