"""Session 24, organisations the gazetteer lacks in report prose (og31): sentences written for these tests, none
copied from a report, an evaluation text or a probe, read by the real mention stage."""

from __future__ import annotations

from tests.unseen.test_people import new_orgs


def test_a_community_of_states_is_a_body_and_a_slogans_community_is_none(res):
    """共同体 ends the name of a community of states (org_heads.tsv: 东非共同体, 某经济和货币共同体), read back from
    the head as 联盟 is; the communities of slogans and of scholars (命运共同体, 利益共同体, 学术共同体) name none."""
    for text, name in (("产权组织与东非共同体联合举办了区域研讨会。", "东非共同体"),
                       ("会上,欧亚经济共同体的代表介绍了本地区的商标制度。", "欧亚经济共同体")):
        assert name in new_orgs(text, res), text
    for text in ("双方愿共同推动构建人类命运共同体。",
                 "会议倡议打造知识产权学术共同体和产业利益共同体。"):
        assert not any("共同体" in n for n in new_orgs(text, res)), text


def test_a_name_that_opens_with_a_region_needs_no_more_words(res):
    """A region of the world (regions.tsv) opens a name as a country does: 欧洲共同体 and 东加勒比国家组织 are bodies
    though two characters or a head that needs a place (组织) would make none alone; a region before 国家 names a
    class of countries, whose offices are theirs, not the region's."""
    for text, name in (("该协定最初由欧洲共同体与各成员国共同签署。", "欧洲共同体"),
                       ("东加勒比国家组织派员出席了本届会议。", "东加勒比国家组织")):
        assert name in new_orgs(text, res), text
    assert not new_orgs("研讨会邀请了非洲国家知识产权局的审查员参加。", res)


def test_a_phrase_opened_by_a_word_of_reference_is_a_kind(res):
    """下列, 上述 (generic_words.tsv, opens) refer to bodies listed elsewhere: 下列政府间组织 is none."""
    for text in ("下列政府间组织(IGO)作为观察员与会:非洲联盟。", "上述行业协会均已提交书面意见。"):
        assert not any(n.startswith(("下列", "上述")) for n in new_orgs(text, res)), text


def test_bu_after_an_ordinal_or_a_demonstrative_counts_a_book_not_a_ministry(res):
    """部 after 第一, 首, 该, 两 (org_heads.tsv, not_after) is a measure word or a reference (中国第一部专利法, 该部):
    no ministry; a ministry named after a country stays one (韩国统一部)."""
    assert not new_orgs("这是中国第一部专门规定商标保护的法律。", res)
    assert "韩国统一部" in new_orgs("韩国统一部官员出席了开幕式。", res)


def test_a_japanese_cooperation_society_ends_in_xielihui(res):
    """協力会 (协力会), a Japanese society of cooperation, ends a name as 促进会 does (org_heads.tsv)."""
    assert "中国知财协力会" in new_orgs("访问团由中国知财协力会组织,成员来自日本多家企业。", res)
