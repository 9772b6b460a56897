"""Session 15, the heads of public service units and of unions (org_heads.tsv), and the names of the people of a
Chinese-named region's bodies: sentences written for these tests, none copied from a report, an evaluation text or
a probe, read by the real mention stage."""

from __future__ import annotations

from tests.unseen.test_people import new_orgs, people


def test_public_service_units_are_named_by_their_head(res):
    """A hospital, a school of a level, a party school, an academy and the houses that keep collections end in the
    noun of their kind, read forwards from a place or alone after three characters."""
    for text, name in (("第二人民医院与区知识产权局开展合作。", "第二人民医院"),
                       ("省档案馆、市图书馆联合举办知识产权主题展览。", "市图书馆"),
                       ("南山区第一实验中学获评知识产权教育示范校。", "南山区第一实验中学"),
                       ("南京博物院与多家企业签署文创授权合作协议。", "南京博物院"),
                       ("市委党校举办知识产权专题讲座。", "市委党校"),
                       ("深圳市总工会组织职工参加创新成果评选。", "深圳市总工会")):
        assert name in new_orgs(text, res), text


def test_a_new_head_keeps_a_coordinated_body_apart(res):
    """Before 医院 was a head, 某医院与市局 read as one unit's name joined by 与 (高新区科技与知识产权处)."""
    found = new_orgs("北海市第一人民医院与市知识产权局签署合作备忘录。", res)
    assert "北海市第一人民医院" in found and not any("与" in name for name in found)


def test_a_head_inside_a_longer_head_or_a_word_names_nothing(res):
    """工会联合总会 ends in 总会, not 工会; 中学生, 中小学, 医院 after fewer than three characters, and 图书馆 with no
    place or body before it, are words."""
    assert set(new_orgs("澳门工会联合总会举办讲座。", res)) == {"澳门工会联合总会"}
    assert not new_orgs("各大医院的中学生志愿者积极参与宣传。", res)
    assert not new_orgs("全国中小学和公共图书馆开展知识产权普及活动。", res)


def test_a_macao_or_taiwan_bodys_officer_bears_a_chinese_name(res):
    """A body of Macao or Taiwan has officers with Chinese names: the name after its title is a surname and one or
    two characters, not a run of sounds up to the next break (甲乙丙通过 …); Hong Kong's married names of two
    surnames still read whole."""
    for text, name in (("澳门城市大学图书馆馆长黎明辉通过视频方式致辞。", "黎明辉"),
                       ("台湾师范大学图书馆馆长陈可欣通过视频参会。", "陈可欣"),
                       ("香港特区行政长官林郑月娥在开幕式上致辞。", "林郑月娥")):
        assert name in [p[0] for p in people(text, res)], text
