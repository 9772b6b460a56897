"""Session 24, organisations the gazetteer lacks in report prose (og31): sentences written for these tests, none
copied from a report, an evaluation text or a probe, read by the real mention stage."""

from __future__ import annotations

from tests.unseen.test_people import new_orgs


def test_bu_after_an_ordinal_or_a_demonstrative_counts_a_book_not_a_ministry(res):
    """部 after 第一, 首, 该, 两 (org_heads.tsv, not_after) is a measure word or a reference (中国第一部专利法, 该部):
    no ministry; a ministry named after a country stays one (韩国统一部)."""
    assert not new_orgs("这是中国第一部专门规定商标保护的法律。", res)
    assert "韩国统一部" in new_orgs("韩国统一部官员出席了开幕式。", res)


def test_a_japanese_cooperation_society_ends_in_xielihui(res):
    """協力会 (协力会), a Japanese society of cooperation, ends a name as 促进会 does (org_heads.tsv)."""
    assert "中国知财协力会" in new_orgs("访问团由中国知财协力会组织,成员来自日本多家企业。", res)
