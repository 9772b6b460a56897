"""Issue 16, pattern 3 (seventh round): organisations read by structure in text not tuned on — a place from the
complete list of prefecture-level cities, the items of a list closed by 等 and a noun of a kind or a shared head,
the short form 中院, the heads 教研室/支队/办公厅/智库, a dateline after a glued headline, 以及 after a complete name;
on sentences written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.extract.mentions import mentions
from ipgraph.ingest.passages import segment
from tests.unseen.test_people import new_orgs


def org_names(text, res):
    """The names of the organisation nodes one passage resolves to."""
    return sorted(n.details.get("name") for n in extract(segment(text + "\n"), res.knowledge).of_kind("ORG"))


# --- a prefecture-level city starts a name ------------------------------------------------------------------------

def test_a_prefecture_level_city_starts_the_name_of_a_university(res):
    """许昌 and 漯河 are in no list of the reports' cities; prefectures.tsv (from the division codes) has them, so two
    characters before 学院/大学 are enough."""
    found = new_orgs("许昌学院与漯河大学的代表出席了会议。", res)
    assert {"许昌学院", "漯河大学"} <= set(found)


def test_two_characters_that_are_no_place_still_name_no_university(res):
    assert new_orgs("主办方邀请了知名大学的专家授课。", res) == {}


# --- a list closed by 等 and a noun of a kind ---------------------------------------------------------------------

def test_the_items_of_a_list_of_companies_closed_by_qiye_are_companies(res):
    """One item ends in a head (集团), so the list is one of bodies; the others are named by their words alone."""
    found = new_orgs("长风电子集团、蓝海科技、晨星控股等企业参加了展会。", res)
    assert {"长风电子集团", "蓝海科技", "晨星控股"} <= set(found)
    assert found["蓝海科技"]["kind"] == "company"


def test_a_list_of_trades_closed_by_qiye_names_no_company(res):
    """No item is a body: the list names trades (新能源汽车, 生物医药), not companies."""
    assert new_orgs("政府扶持新能源汽车、生物医药等企业发展。", res) == {}


# --- a list of places closed by 等, a count and a shared head -----------------------------------------------------

def test_places_closed_by_a_count_of_cities_and_zhongyuan_are_each_citys_court(res):
    found = new_orgs("会上,绵阳、宜宾、泸州等三市中院共同发布了白皮书。", res)
    assert sorted(d["name"] for d in found.values()) == ["宜宾市中院", "泸州市中院", "绵阳市中院"]
    assert {d["kind"] for d in found.values()} == {"court"}


def test_places_closed_by_a_count_of_cities_alone_share_the_words_after_it(res):
    """两市 counts the places before it: each has its own 市场监管局, and the count is in no name."""
    found = new_orgs("遵义、安顺两市市场监管局联合开展执法行动。", res)
    assert sorted(d["name"] for d in found.values()) == ["安顺市市场监管局", "遵义市市场监管局"]


def test_provinces_listed_in_full_before_an_office_have_one_each(res):
    found = new_orgs("会上,湖南省、江西省知识产权局签署了合作协议。", res)
    assert sorted(d["name"] for d in found.values()) == ["江西省知识产权局", "湖南省知识产权局"]


def test_places_before_a_kind_of_body_a_place_has_many_of_are_not_each_one(res):
    """大学 is no body a place has one of: 湖南省、江西省大学 names no university of either."""
    assert not any(d["name"].startswith("湖南省") for d in new_orgs("湖南省、江西省大学生参加竞赛。", res).values())


def test_places_closed_by_a_word_of_place_name_no_body(res):
    assert new_orgs("北京、上海等地的企业代表出席。", res) == {}


# --- 中院 and the city's 市 -----------------------------------------------------------------------------------------

def test_a_citys_court_printed_short_and_in_full_is_one_node(res):
    names = org_names("遵义市中级人民法院召开发布会。遵义中院副院长介绍了情况。", res)
    assert names == ["遵义市中级人民法院"]


# --- head nouns of units and bodies -------------------------------------------------------------------------------

def test_a_teaching_section_a_detachment_a_general_office_and_a_think_tank_are_bodies(res):
    found = new_orgs("民商法教研室、宜宾市文化市场综合执法支队、自治区政府办公厅和长江法治智库参加研讨。", res)
    assert {"民商法教研室", "宜宾市文化市场综合执法支队", "长江法治智库"} <= set(found)
    assert any(name.endswith("政府办公厅") for name in found)


# --- a dateline after a headline glued on with a space --------------------------------------------------------------

def test_a_dateline_after_a_glued_headline_names_its_outlet(res):
    found = new_orgs("专利周在蓉启动 南岭晚报成都6月3日电(记者王明)专利周今日启动。", res)
    assert found.get("南岭晚报", {}).get("kind") == "media"


# --- 以及 after a complete name joins two names ---------------------------------------------------------------------

def test_yiji_after_a_complete_name_joins_two_names_not_two_nouns(res):
    found = new_orgs("出席的有南岭大学法学院以及长风电子集团的代表。", res)
    assert "长风电子集团" in found
    assert not any("以及" in name for name in found)


# --- a person's body printed by the short name the report defines ---------------------------------------------------

def test_a_body_before_a_title_by_its_defined_short_name_is_the_defined_body(res):
    """以下简称“X”: the person's employer printed as X is the node of the full name, not a node of X's own (which
    would be a reference to nothing)."""
    facts = extract(segment("南岭市青山区人民法院(以下简称“青山区人民法院”)举行开放日。青山区人民法院党组成员、"
                            "副院长林晓出席。\n"), res.knowledge)
    orgs = {n.key for n in facts.of_kind("ORG")}
    affiliations = [n.details.get("affiliation") for n in facts.of_kind("PERSON")]
    assert affiliations == ["nan-ling-shi-qing-shan-qu-ren-min-fa-yuan"] and affiliations[0] in orgs


# --- a name in Latin letters before a head --------------------------------------------------------------------------

def test_a_capitalised_latin_word_before_a_head_is_the_name(res):
    found = new_orgs("Zentek公司与NORDA集团签署了许可协议。", res)
    assert {"Zentek公司", "NORDA集团"} <= set(found)


def test_a_two_letter_latin_word_is_too_short_to_name_a_company(res):
    assert new_orgs("许多AI公司参加了展会。", res) == {}


# --- verbs before an object, and a word of description ---------------------------------------------------------------

def test_a_verb_that_takes_a_body_as_its_object_is_no_part_of_its_name(res):
    """希望/助力/设有/建设成 stand before what they act on: reading leftwards stops after them."""
    found = new_orgs("他希望江城理工大学助力临江市茶叶协会,并在各地设有服务中心。", res)
    assert {"江城理工大学", "临江市茶叶协会"} <= set(found)
    assert not any(name.startswith(("希望", "助力", "设有")) for name in found)


def test_a_university_described_as_high_level_is_a_kind_of_body(res):
    assert new_orgs("学校致力于建成高水平研究型大学。", res) == {}


# --- heads of media, laboratories and exchanges ---------------------------------------------------------------------

def test_a_broadcaster_a_publisher_a_laboratory_and_an_exchange_are_bodies(res):
    found = new_orgs("江城电视台、法治出版社、临江大学材料重点实验室和南岭技术交易所的代表出席。", res)
    assert {"江城电视台", "法治出版社", "南岭技术交易所"} <= set(found)
    assert any(name.endswith("重点实验室") for name in found)


def test_a_state_key_laboratory_is_a_kind_of_body(res):
    assert new_orgs("国家重点实验室的评估工作启动。", res) == {}


# --- a named city, or the report's own 省/市, listed before a body --------------------------------------------------

def test_a_named_city_listed_before_another_citys_court_has_its_own(res):
    found = new_orgs("温州和金华知识产权法庭的法官交流经验。", res)
    assert {d["name"] for d in found.values()} >= {"温州知识产权法庭", "金华知识产权法庭"}


def test_the_reports_own_province_and_city_listed_before_an_office_have_one_each(res):
    found = new_orgs("省、市知识产权局有关负责人出席。", res)
    assert sorted(d["name"] for d in found.values()) == ["市知识产权局", "省知识产权局"]


def test_a_count_of_levels_makes_a_kind_of_court_not_a_court(res):
    assert new_orgs("来自省、市、区三级法院的法官参加培训。", res) == {}


# --- an item listed next to a body -----------------------------------------------------------------------------------

def test_a_ministry_listed_next_to_known_bodies_is_a_body(res):
    """部 names no body alone (too many words end in it); next to bodies in a list it does. (Round 9: 文旅部 is the
    short name of 文化和旅游部, headless_names.tsv, and so the gazetteer's MCT.)"""
    found = new_orgs("国家知识产权局、应急部和文旅部有关负责人出席。", res)
    assert "应急部" in found
    assert [m.key for m in mentions(["国家知识产权局、应急部和文旅部有关负责人出席。"], res.knowledge)[0]
            if m.text == "文旅部"] == ["MCT"]


def test_kinds_of_body_listed_after_a_body_stay_kinds(res):
    assert "调解中心" not in new_orgs("部分机构设立了南岭仲裁委员会和调解中心。", res)


def test_a_list_rule_leaves_a_units_parent_where_the_units_rule_set_it(res):
    """A span of the same offsets shares its details with one made before: a list rule must not remake a unit."""
    found = new_orgs("欧洲专利局质量管理部和南岭市司法局的代表出席。", res)
    assert found["欧洲专利局质量管理部"]["parent"] == "EPO"
