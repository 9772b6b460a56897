"""Session 29 (pl38) of the pledges: a relation between sides as the subject (三方合作…将推动…, 双方认为中美合作将…)
foretells what comes of it, no side's act — read by the real pipeline on sentences written for these tests (none
copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_pledges_s18 import _said


def test_a_relation_qualified_by_the_sides_is_the_subject_and_pledges_nobody():
    # 三方合作 is the subject of both verbs: what it helps and will push is its outcome, no side's act
    assert _said("会议期间，中日韩三国代表一致认为三方合作有助于促进地区繁荣并将带动更多企业参与。") == []
    # an opinion of the sides about their relation: 中美合作 is what will push, not China or the United States
    assert _said("中美双方举行会谈。双方认为中美合作将进一步推动两国科技进步。") == []
    assert _said("两国外长表示，两国之间的友谊也将不断加深。") == []


def test_the_sides_still_pledge_what_they_will_do_together():
    # the sides are the subject and act (将继续深化合作), or hold a meeting dated ahead
    assert [a for a, _, _ in _said("中美双方举行会谈。双方将继续深化知识产权合作。")] == ["country/CN", "country/US"]
    dated = "国家知识产权局与欧洲专利局签署合作协议。双方合作将于明年启动三个联合研究项目。"
    assert [a for a, _, _ in _said(dated)] == ["org/CNIPA", "org/EPO"]


