"""Issue 16, pattern 3 (ninth round): organisations read by structure in text not tuned on — the 和 of a portfolio
inside a department's name (portfolios.tsv), a place's government before 和 ending a name, a unit or committee right
after a known body (国务院办公厅, 某局团委), a place after 与 starting a name of its own, two characters before 大学,
a branch named with its place inside the parent's name, a verb of what a national or local body does right before
its head; on sentences written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.extract.mentions import mentions
from ipgraph.ingest.passages import segment
from tests.unseen.test_orgs_round7 import org_names
from tests.unseen.test_people import new_orgs


def org_texts(text, res):
    """Every organisation mention of one text, known or new, in order."""
    return [m.text for m in mentions([text], res.knowledge)[0] if m.kind == "ORG"]


# --- 和 inside a portfolio, and 和 after a government -------------------------------------------------------------

def test_the_he_of_a_portfolio_does_not_cut_a_departments_name(res):
    found = new_orgs("绵阳市住房和城乡建设局与绵阳市文化广电和旅游局联合发文。", res)
    assert {"绵阳市住房和城乡建设局", "绵阳市文化广电和旅游局"} <= set(found)


def test_a_provincial_department_of_two_fields_is_one_body(res):
    assert "湖北省人力资源和社会保障厅" in new_orgs("湖北省人力资源和社会保障厅召开会议。", res)


def test_a_special_committee_with_he_in_its_name_is_one_body(res):
    assert "全国政协民族和宗教委员会" in new_orgs("全国政协民族和宗教委员会副主任李明出席。", res)


def test_he_after_a_places_government_joins_two_bodies(res):
    """政府 right after the place ends a complete name: 和 then joins two bodies, not two nouns of one."""
    assert org_texts("广州市政府和市场监管局共同主办论坛。", res) == ["广州市政府", "市场监管局"]


def test_he_after_companies_of_a_country_still_joins_nouns_of_one_name(res):
    """公司 after a country is a common noun (companies), not a body: the name goes on over 与."""
    assert "南非公司与知识产权委员会" in new_orgs("南非公司与知识产权委员会官员出席。", res)


# --- a unit or committee right after a known body -----------------------------------------------------------------

def test_an_office_right_after_a_known_body_is_its_unit(res):
    found = new_orgs("国家知识产权局办公室发布通知。", res)
    assert found["国家知识产权局办公室"]["parent"] == "CNIPA"


def test_a_youth_league_committee_right_after_a_known_body_is_its_unit(res):
    assert "国家知识产权局团委" in new_orgs("国家知识产权局团委书记王强出席。", res)


def test_a_one_character_head_right_after_a_known_body_makes_no_unit(res):
    """部 or 局 right after a body end too many other words (国家知识产权局局…); no unit without words of its own."""
    assert new_orgs("国家知识产权局部署专项行动。", res) == {}


# --- a place after 与 starts a name of its own --------------------------------------------------------------------

def test_a_province_after_yu_starts_a_college_of_its_own(res):
    """湖南 is a province: 与 before it joins two names, even though 湖南学院 is too short to be read without it."""
    assert org_texts("研究会与湖南学院签署协议。", res) == ["湖南学院"]


# --- two characters before 大学 --------------------------------------------------------------------------------------

def test_two_characters_before_daxue_name_a_university(res):
    found = new_orgs("暨南大学和华侨大学的代表出席。", res)
    assert {"暨南大学", "华侨大学"} <= set(found) and found["华侨大学"]["kind"] == "university"


def test_a_kind_of_university_or_a_word_of_rank_names_none(res):
    """师范大学 alone is a kind (the Ministry of Education's classes of institution); 著名大学 any famous one."""
    assert new_orgs("他毕业于师范大学,现任著名大学教授。", res) == {}


# --- a branch named with its place, a verb of what the body does --------------------------------------------------

def test_a_branch_with_its_place_inside_the_parents_name_is_one_body(res):
    """国家商标品牌指导中心 is the parent; 苏州 says where the branch is, it does not start the name."""
    assert set(new_orgs("获批筹设国家商标品牌指导苏州分中心。", res)) == {"国家商标品牌指导苏州分中心"}


def test_a_verb_before_the_head_of_a_provincial_body_is_part_of_its_name(res):
    assert "浙江省知识产权维权援助指导中心" in new_orgs("浙江省知识产权维权援助指导中心成立。", res)


def test_a_verb_before_a_head_with_no_place_or_guojia_still_stops_the_name(res):
    assert new_orgs("企业应在专家指导中心开展工作。", res) == {}


# --- bodies named without a head (headless_names.tsv) -------------------------------------------------------------

def test_the_short_names_of_central_departments_are_keyed_by_their_full_names(res):
    found = new_orgs("会议传达了中办、国办和工信部有关通知精神。", res)
    assert {d["name"] for d in found.values()} == {"中共中央办公厅", "国务院办公厅", "工业和信息化部"}


def test_a_two_character_short_name_inside_another_word_names_no_body(res):
    """集中办理 holds 中办; neither side of it is where a name starts or ends."""
    assert new_orgs("各地集中办理了一批侵权案件。", res) == {}


def test_a_ministrys_name_before_men_is_a_kind_of_department(res):
    """财政部门 is a finance department of any level, not the Ministry of Finance."""
    assert new_orgs("各级财政部门加大了投入。", res) == {}


def test_the_government_and_the_legislature_of_a_sar_are_bodies(res):
    assert {"特区政府", "立法会"} <= set(new_orgs("特区政府已就版权条例修订咨询立法会。", res))


def test_judiciaries_in_general_are_no_body(res):
    """司法机构 names the SAR's judiciary too, but far more often the courts of any state: it is not listed."""
    assert new_orgs("各国司法机构在知识产权执法中发挥作用。", res) == {}


def test_a_legislative_session_is_no_legislature(res):
    assert new_orgs("代表们参加了立法会议。", res) == {}


# --- counts, groups of provinces, autonomous regions printed short ------------------------------------------------

def test_a_numeral_before_a_one_character_head_counts_bodies(res):
    assert new_orgs("中、日、韩五局局长会议在首尔举行。", res) == {}


def test_a_body_after_two_province_abbreviations_is_one_of_each(res):
    """粤港澳 and 京津冀 join provinces: each has its own customs or office, so no single body is named."""
    assert new_orgs("粤港澳海关与京津冀知识产权局分别开展了专项行动。", res) == {}


def test_a_city_starting_with_a_province_abbreviation_still_starts_a_body(res):
    assert "宁波海关" in new_orgs("宁波海关查获一批侵权货物。", res)


def test_an_autonomous_region_printed_without_its_people_is_the_same_body(res):
    names = org_names("宁夏回族自治区人民政府与该局签署协议。宁夏自治区人民政府副主席出席。", res)
    assert names == ["宁夏回族自治区人民政府"]


def test_a_procuratorate_printed_short_and_in_full_is_one_node(res):
    names = org_names("杭州市人民检察院召开发布会。杭州市检察院副检察长介绍了情况。", res)
    assert names == ["杭州市人民检察院"]


# --- a zone starts the name of its bodies -------------------------------------------------------------------------

def test_a_zone_with_a_long_name_starts_the_name_of_its_bureau(res):
    """横琴粤澳深度合作区 is longer than a county's name; 合作区 (zones.tsv) says it is a place all the same, and 海关
    right after 澳门 is a complete name, so 与 joins two bodies."""
    found = new_orgs("澳门海关与前海深港现代服务业合作区商事服务局举行会议。", res)
    assert set(found) == {"澳门海关", "前海深港现代服务业合作区商事服务局"}


def test_a_development_zone_starts_the_name_of_its_office(res):
    assert "西安高新技术产业开发区市场监管局" in new_orgs("西安高新技术产业开发区市场监管局召开会议。", res)


# --- a university's word for itself -------------------------------------------------------------------------------

def test_wo_xiao_is_the_university_that_wrote_the_release(res):
    facts = extract(segment("江汉大学与市知识产权局签署合作协议。\n我校党委书记张建国出席仪式。\n"), res.knowledge)
    person = next(n for n in facts.of_kind("PERSON") if n.details.get("name") == "张建国")
    assert facts.nodes[("ORG", person.details["affiliation"])].details["name"] == "江汉大学"


# --- a plan and a posting abroad are no body ----------------------------------------------------------------------

def test_a_centre_opened_by_jianshe_is_a_plan(res):
    """建设 opens a plan (a centre to be built), yet names hold it: it does not stop reading one."""
    assert new_orgs("该院围绕建设区域知识产权运营中心开展工作。", res) == {}
    assert "长沙市住房和城乡建设局" in new_orgs("长沙市住房和城乡建设局召开会议。", res)


def test_offices_posted_abroad_are_a_kind_of_office(res):
    """驻外 is posted to no place named: offices abroad in general."""
    assert new_orgs("该组织计划增设三个新的驻外办事处。", res) == {}


# --- a unit of another state's body -------------------------------------------------------------------------------

def test_a_unit_after_another_states_ministry_is_that_states_office(res):
    """商务部 alone is China's ministry; after 泰国 it is Thailand's, and so is the department after it."""
    found = new_orgs("泰国商务部知识产权厅厅长出席。", res)
    assert found["泰国商务部知识产权厅"]["country"] == "TH" and found["泰国商务部知识产权厅"]["parent"] == ""


def test_a_headless_ministry_after_another_state_is_that_states(res):
    assert new_orgs("老挝科技部副部长出席。", res)["老挝科技部"]["country"] == "LA"


def test_a_short_name_is_described_as_its_full_name_printed(res):
    """中办 and 中共中央办公厅 key one node, a unit of 中共中央 either way, so that reports printing one or the other
    agree on its kind."""
    short, full = (new_orgs(t, res) for t in ("中办印发通知。", "中共中央办公厅印发通知。"))
    assert short["中办"] == full["中共中央办公厅"]
