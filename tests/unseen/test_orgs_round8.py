"""Issue 16, pattern 3 (eighth round): organisations read by structure in text not tuned on — the heads 党委 and the
short forms of local commissions (教委, 科委, 发改委, 卫健委) after a place, a newspaper named by its title
(《滨江晨报》) or by a dateline with its channel (某网·某频道), no body where a verb of building makes a plan
(共建…中心); on sentences written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.mentions import mentions
from tests.unseen.test_people import new_orgs

# --- a party committee and a commission's short form are heads ----------------------------------------------------

def test_a_party_committee_of_a_trade_is_a_body(res):
    """党委 ends the name of the body a 书记 serves; three characters of a trade before it are enough."""
    found = new_orgs("宁波市会计行业党委书记王立新出席会议。", res)
    assert "宁波市会计行业党委" in found


def test_a_party_committee_with_too_few_characters_names_no_body(res):
    """各级党委 is every committee, not one."""
    assert new_orgs("各级党委要高度重视知识产权保护工作。", res) == {}


def test_a_local_commissions_short_form_after_a_place_is_a_body(res):
    found = new_orgs("会议由昆明市科委和曲靖市发改委共同主办。", res)
    assert {"昆明市科委", "曲靖市发改委"} <= set(found)


def test_a_commissions_short_form_with_no_place_names_no_body(res):
    """教委 needs a place in front: the word alone is the kind of body, not one."""
    assert new_orgs("有关教委负责同志出席了活动。", res) == {}


# --- a newspaper named by its title -------------------------------------------------------------------------------

def test_a_title_ending_in_bao_is_a_newspaper(res):
    found = new_orgs("据《滨江晨报》报道,该市专利申请量持续增长。", res)
    assert found["滨江晨报"]["kind"] == "media"


def test_a_title_ending_in_a_kind_of_document_is_no_newspaper(res):
    """公报 and 年报 end in 报 but name documents a body publishes."""
    assert new_orgs("该局发布了《专利统计年报》和《商标注册公报》。", res) == {}


# --- a body to be built is no body --------------------------------------------------------------------------------

def test_a_centre_the_parties_will_build_together_is_no_body(res):
    """The centre does not stand yet: what the verb of building makes is a plan, not a body."""
    assert new_orgs("两地将合作共建西南专利信息服务中心。", res) == {}


def test_a_quoted_school_to_be_built_is_no_body(res):
    assert new_orgs("双方商定共建“滨海知识产权学院”。", res) == {}


def test_a_hub_a_city_grows_into_is_no_body(res):
    assert new_orgs("该市将发展成为区域知识产权交易中心。", res) == {}


def test_a_standing_centre_after_another_verb_is_still_a_body(res):
    """参观 stands before a body that exists: the centre is read."""
    assert "西南专利信息服务中心" in new_orgs("代表团参观了西南专利信息服务中心。", res)


# --- a dateline naming an outlet's channel ------------------------------------------------------------------------

def test_a_dateline_names_the_outlets_channel_after_a_middle_dot(res):
    found = new_orgs("南方网·珠海频道6月3日电 珠海市举办知识产权培训。", res)
    assert found["南方网·珠海频道"]["kind"] == "media"


def test_a_place_after_the_middle_dot_is_where_the_dateline_dates_from(res):
    assert "中新网" in new_orgs("中新网·北京5月2日电 会议在京召开。", res)


def test_a_place_whose_name_opens_with_a_numeral_starts_a_body(res):
    """Regression: a phrase opening with a numeral was taken for a count (三方, 两市…) and made no body, so 四川大学,
    三亚市中级人民法院 and 十堰市知识产权局 were never read; a place of provinces.tsv or prefectures.tsv that opens
    with a numeral starts a name, and counts still make none."""
    texts = ["四川大学与成都市政府签署合作协议。", "三亚市中级人民法院召开新闻发布会。", "十堰市知识产权局举办培训班。",
             "三地海关联合开展执法行动。", "两市市场监管局签署协议。"]
    found = [[m.text for m in ms if m.kind == "ORG"] for ms in mentions(texts, res.knowledge)]
    assert found == [["四川大学", "成都市政府"], ["三亚市中级人民法院"], ["十堰市知识产权局"], [], []]


def test_a_word_standing_for_parties_is_not_read_into_the_name_after_its_with(res):
    """Regression: a short name cut by 与 is read on over the nouns before it (知识创新与转化联盟), and so
    双方与复旦大学 was made one body; a word standing for parties (collectives.tsv) joins two names instead (round 9:
    two characters before 大学 name a university, so 复旦大学 is read alone)."""
    found = [[m.text for m in ms if m.kind == "ORG"] for ms in mentions(
        ["双方与复旦大学签署合作协议。", "三局与浙江大学签署协议。", "中国知识创新与转化联盟成立。"], res.knowledge)]
    assert found[0] == ["复旦大学"] and found[1] == ["浙江大学"] and "中国知识创新与转化联盟" in found[2]
