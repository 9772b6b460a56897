"""Issue 16, pattern 3 (fourth round): new organisations in the prose of committee documents and white papers, on
sentences written for these tests in that style (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.mentions import mentions
from tests.unseen.test_people import new_orgs

# --- a name the report defines an acronym for ---------------------------------------------------------------------

def test_a_phrase_ending_in_a_head_with_an_acronym_defined_after_it_is_a_body(res):
    """基金 and 小组 name no body alone; the bracketed acronym says the phrase before is a name, even after 的."""
    found = new_orgs("该项目由新设立的全球环境基金（GEF）和绿色气候基金（GCF）共同资助。", res)
    assert {"全球环境基金", "绿色气候基金"} <= set(found)
    assert found["全球环境基金"]["kind"] == "other"


def test_a_network_with_an_acronym_is_a_body(res):
    found = new_orgs("秘书处与发展中国家专利审查员网络（PENN）保持联系。", res)
    assert found["发展中国家专利审查员网络"]["kind"] == "network"


def test_the_name_of_a_kind_of_body_with_an_acronym_is_no_body(res):
    """非政府组织（NGO） is a kind of body; a count before a phrase (600多名…) describes bodies, it names none."""
    assert new_orgs("会议汇聚了300多名政府间组织（IGO）、非政府组织（NGO）和学术界的代表。", res) == {}


# --- a name in quotation marks ------------------------------------------------------------------------------------

def test_a_quoted_phrase_ending_in_a_head_is_a_name_with_its_brackets(res):
    found = new_orgs("产权组织的“知识产权调解（MED）青年网络”为年轻律师提供交流机会。", res)
    assert found["知识产权调解（MED）青年网络"]["kind"] == "network"


def test_a_short_quoted_group_or_a_quoted_dated_title_is_no_name(res):
    assert new_orgs("学院选定了一组学员（“示范小组”），该中心获评“2023年度先进工作站”。", res) == {}


# --- heads of white-paper bodies ----------------------------------------------------------------------------------

def test_workstations_incubators_bases_and_arbitration_courts_after_a_place(res):
    found = new_orgs("宁波市商标品牌工作站、杭州跨境电商孵化器、福州市海丝知识产权运营基地和深圳国际仲裁院揭牌。", res)
    assert {name: details["kind"] for name, details in found.items()} == {
        "宁波市商标品牌工作站": "other", "杭州跨境电商孵化器": "company", "福州市海丝知识产权运营基地": "other",
        "深圳国际仲裁院": "court"}


def test_a_court_of_intellectual_property_after_a_city(res):
    assert new_orgs("北京知识产权法庭审结案件一千余件。", res)["北京知识产权法庭"]["kind"] == "court"


def test_a_trust_fund_held_for_a_donor_is_no_body(res):
    """信托基金 is money a body holds for a donor, not a body of its own."""
    assert new_orgs("该项目由韩国信托基金提供资助。", res) == {}


# --- generic plurals ----------------------------------------------------------------------------------------------

def test_places_listed_after_a_word_of_generality_share_no_body(res):
    assert new_orgs("各省、自治区、直辖市知识产权局和各级法院、有关部门加强协作。", res) == {}


def test_a_phrase_opened_or_preceded_by_a_word_of_generality_is_no_body(res):
    assert new_orgs("各地知识产权保护中心与相关行业协会、地方知识产权研究会开展合作。", res) == {}


def test_a_counted_head_is_no_body(res):
    """保护中心12家: the phrase names a kind of body of which there are twelve; 一个…网络 describes one."""
    assert new_orgs("全年新建知识产权保护中心12家、快速维权中心8家，并建成一个高校技术转移网络。", res) == {}


def test_a_named_body_beside_generic_ones_is_still_found(res):
    found = new_orgs("各级法院与江苏省知识产权保护中心、中国（苏州）知识产权保护中心签署合作备忘录。", res)
    assert set(found) == {"江苏省知识产权保护中心", "中国（苏州）知识产权保护中心"}


def test_a_bare_kind_of_body_is_no_body(res):
    """知识产权保护中心 with no place or name of its own is the kind of centre every province has."""
    assert new_orgs("知识产权保护中心和快速维权中心的建设取得进展。", res) == {}


# --- reading a name over what looks like a break ------------------------------------------------------------------

def test_a_word_holding_a_function_words_character_does_not_cut_a_name(res):
    """由 in 自由 and 为 in 华为 are no function words: the name reads on over them."""
    found = new_orgs("中国（厦门）自由贸易试验区知识产权保护中心与华为技术有限公司签署协议。", res)
    assert set(found) == {"中国（厦门）自由贸易试验区知识产权保护中心", "华为技术有限公司"}


def test_a_transliterated_name_with_a_dot_is_read_whole(res):
    found = new_orgs("该课程面向何塞·马蒂大学的学生开设。", res)
    assert set(found) == {"何塞·马蒂大学"}


def test_a_role_noun_before_a_name_is_not_part_of_it(res):
    """合作伙伴 stands in apposition before the name (合作伙伴X大学), as a verb would."""
    found = new_orgs("产权组织与其长期合作伙伴康奈尔大学联合发布报告，双方在杭州共建调解中心。", res)
    assert set(found) == {"康奈尔大学"}


# --- committee prose ----------------------------------------------------------------------------------------------

def test_a_body_that_requests_another_is_not_one_name_with_it(res):
    """委员会请秘书处…: 请 is a verb between two bodies; 集体管理组织, 技术转让办公室 are kinds of body."""
    assert new_orgs("委员会请秘书处与各国集体管理组织和技术转让办公室协商。", res) == {}


def test_a_named_body_listed_after_a_generic_one_with_its_own_head_is_still_found(res):
    """Only items without a head of their own share the head after them: 各级法院、 leaves 北京知识产权法院 a name."""
    assert set(new_orgs("各级法院、北京知识产权法院和各省、自治区知识产权局出席。", res)) == {"北京知识产权法院"}


def test_an_acronym_the_data_knows_for_another_states_office_is_defined_for_the_name_before_it(res):
    """INPI is France's office in the data; printed after Brazil's office it is Brazil's, and the report's uses of it
    are too. After France's own office it stays France's."""
    brazil = new_orgs("产权组织学院与巴西国家工业产权局（INPI）联合开设了远程课程。", res)
    assert "INPI" in brazil and brazil["巴西国家工业产权局"]["country"] == "BR"
    france = mentions(["法国国家工业产权局（INPI）出席。"], res.knowledge)[0]
    assert [m.key for m in france if m.text == "INPI"] == ["INPI-FR"]


def test_a_defined_name_reads_over_and_between_its_nouns(res):
    """With an acronym defined after it, 和 joins two nouns of one name; without one, two names stay two."""
    assert "国际作者和作曲者协会联合会" in new_orgs("产权组织与国际作者和作曲者协会联合会（CISAC）合作。", res)
    assert {"中国专利保护协会", "中华商标协会"} <= set(new_orgs("中国专利保护协会和中华商标协会（CTA）出席。", res))


def test_a_known_body_of_one_state_after_another_state_and_a_word_is_the_other_states(res):
    """德国联邦司法部 is Germany's ministry, not China's 司法部 (known in the data)."""
    found = new_orgs("在德国联邦司法部资助下举办了研讨会。", res)
    assert found["德国联邦司法部"]["country"] == "DE"


def test_the_office_of_an_official_is_named_by_the_title(res):
    """A title right before 办公室 is the office's name (the office of the chief executive), not where it stops."""
    assert found_kinds("二〇二三年五月十日于行政长官办公室", res) == {"行政长官办公室": "unit"}
    assert found_kinds("该司司长出席，办公室主任致辞。", res) == {}


def found_kinds(text, res):
    return {name: details["kind"] for name, details in new_orgs(text, res).items()}


def test_levels_demonstratives_and_committee_verbs_name_no_body(res):
    """国家级/省级 before a head and 该校 make kinds or anaphora; 注意到, 建成 are verbs before a name; the body listed
    after a generic one shares its genericness (…保护中心和快速维权中心)."""
    text = ("委员会注意到秘书处的报告。我国已建成国家级知识产权保护中心和快速维权中心，"
            "由该校知识产权学院与省级知识产权局承办。")
    assert new_orgs(text, res) == {}
