"""Issue 16, pattern 3 (tenth round, read on fresh text): organisations read by structure in text not tuned on — a
verb of acting together (联合, 携手: joint_verbs.tsv) between two complete names ends the first and starts the
second, while inside a name it stays; a count of no fixed value (多个) before a
head; a Chinese province's official works for its people's government (江苏省副省长 → 江苏省人民政府); the forms
of a social organisation's name (联谊会, 校友会, 同业公会 …) and 工程院 as heads; 暨 between two names; a count with a
class noun after names (两家单位); on sentences written for
these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.mentions import mentions
from tests.unseen.test_orgs_round9 import org_texts
from tests.unseen.test_people import new_orgs

# --- 联合/携手 between two bodies -----------------------------------------------------------------------------------

def test_lianhe_after_a_head_joins_two_bodies_read_backwards(res):
    """法院 ends a complete name: 联合 after it starts another (read leftwards from 学院)."""
    found = new_orgs("上周,泸州市中级人民法院联合川南理工学院举办知识产权讲座。", res)
    assert {"泸州市中级人民法院", "川南理工学院"} <= set(found)
    assert not any("联合" in name for name in found)


def test_xieshou_after_a_provincial_office_joins_two_bodies(res):
    found = new_orgs("湖南省知识产权局携手湘江师范大学启动知识产权普及活动。", res)
    assert "湘江师范大学" in found
    assert not any("携手" in name for name in found)


def test_lianhe_after_a_known_body_and_its_bracket_does_not_make_a_unit_of_it(res):
    """Read forwards from WIPO and its acronym, 联合 ends the known name; the university is a body of its own."""
    found = new_orgs("世界知识产权组织(WIPO)联合滇南农业大学开设暑期课程。", res)
    assert "滇南农业大学" in found
    assert not any(name.startswith("世界知识产权组织") for name in found)


def test_lianhe_inside_a_name_stays(res):
    """Before a head with too few characters of its own, 联合 is part of the name (a joint centre), not a verb."""
    texts = org_texts("中日联合研究中心发布报告。", res)
    assert not any(t == "研究中心" for t in texts)


def test_lianhe_before_a_lone_place_keeps_the_reading_of_places(res):
    """After 联合 a lone 市 starts a body of its own already; the units listed after it are read as before."""
    texts = org_texts("市检察院联合市检二分院、五分院开展培训。", res)
    assert {"市检察院", "市检二分院", "五分院"} <= set(texts)


# --- a count of no fixed value before a head -------------------------------------------------------------------

def test_a_count_of_no_fixed_value_makes_a_kind_of_body(res):
    """多个 counts bodies as 三家 does: what follows is a kind of centre, not one centre's name."""
    assert not any("成果转化中心" in name for name in new_orgs("该市已建成多个专利成果转化中心。", res))


# --- a province's government from its official's title ---------------------------------------------------------

def test_a_provinces_official_works_for_its_peoples_government(res):
    found = [m for m in mentions(["安徽省副省长周某出席并讲话。"], res.knowledge)[0] if m.kind == "PERSON"]
    assert found and found[0].details["government_of"] == {"name": "安徽省人民政府", "country": "CN"}


def test_an_autonomous_regions_official_works_for_its_peoples_government(res):
    found = [m for m in mentions(["宁夏回族自治区副主席马某致辞。"], res.knowledge)[0] if m.kind == "PERSON"]
    assert found and found[0].details["government_of"]["name"] == "宁夏回族自治区人民政府"


# --- the forms of a social organisation's name, and 暨 between two names -------------------------------------------

def test_the_forms_of_a_social_organisations_name_are_heads(res):
    """联谊会, 校友会, 同业公会 end the names of social organisations as 协会 and 商会 do (the organisational forms that
    rules on social organisations' names list)."""
    found = new_orgs("海南省台商联谊会、厦门大学东京校友会和深圳市专利代理同业公会共同发起倡议。", res)
    assert {"海南省台商联谊会", "厦门大学东京校友会", "深圳市专利代理同业公会"} <= set(found)


def test_a_meeting_of_alumni_is_no_alumni_association(res):
    assert not new_orgs("他们组织了两次青年校友会议。", res)


def test_ji_joins_an_event_and_a_body_not_one_name(res):
    """暨 ("and also") joins two names; the body after it is read without the forum before it."""
    found = new_orgs("首届青年创新论坛暨华侨知识产权联谊会成立大会在京举行。", res)
    assert "华侨知识产权联谊会" in found
    assert not any("论坛" in name for name in found)


def test_ji_of_jinan_stays_inside_the_name(res):
    assert "暨南大学" in org_texts("暨南大学与澳门大学签署合作协议。", res)


# --- a count and a class noun after a list of names; the academy of engineering ------------------------------------

def test_a_count_with_a_class_noun_after_names_counts_them(res):
    """两家单位 after two names counts them: each is a body (保护中心12家, a count ending the phrase, is a kind)."""
    found = new_orgs("福建省知识产权局、泉州市市场监督管理局两家单位联合印发通知。", res)
    assert {"福建省知识产权局", "泉州市市场监督管理局"} <= set(found)
    assert not new_orgs("全省已建成快速维权中心9家。", res)


def test_the_academy_of_engineering_is_read_by_its_head(res):
    assert "中国工程院" in new_orgs("中国工程院院士王某作主旨报告。", res)
    assert not new_orgs("多所工程院校参加了比赛。", res)


def test_home_and_abroad_opens_a_kind_of_body(res):
    """国内外 ("at home and abroad") is a word of generality: the governments it opens are a kind, not one body."""
    assert not new_orgs("来自国内外政府部门和行业协会的代表二百余人与会。", res)
