"""Issue 16, pattern 3 (fifth round): new organisations of news releases and annual-report passages (websites,
channels, picture credits, tribunals, courts named by a place learnt from the passage), on sentences written for
these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.mentions import mentions
from tests.unseen.test_people import new_orgs

# --- outlets: websites, channels, news sites, picture credits -----------------------------------------------------

def test_a_website_or_a_channel_after_a_place_is_an_outlet(res):
    found = new_orgs("本文转自海南省人民政府门户网站,原载福建省电视台新闻频道。", res)
    assert found["海南省人民政府门户网站"]["kind"] == "media"
    assert found["福建省电视台新闻频道"]["kind"] == "media"


def test_a_kind_of_website_or_channel_is_no_outlet(res):
    assert new_orgs("请登录官方网站或门户网站查询,也可收看新闻频道。", res) == {}


def test_a_news_site_ending_in_wang_is_an_outlet_but_the_internet_is_not(res):
    found = new_orgs("据华龙网报道,该市利用互联网和物联网技术建设宽带网,嫌疑人已落网。", res)
    assert found == {"华龙网": found["华龙网"]} and found["华龙网"]["kind"] == "media"


def test_the_first_word_of_a_picture_credit_is_the_outlet(res):
    """(X 王明摄): X took no photograph, the person did; a reporter's title there names no outlet."""
    found = new_orgs("签约仪式现场(东南社 李小明摄)。颁奖现场(记者 王明摄)。", res)
    assert set(found) == {"东南社"} and found["东南社"]["kind"] == "media"


# --- units and bodies of a state ----------------------------------------------------------------------------------

def test_a_tribunal_after_a_court_is_a_unit_of_it(res):
    found = new_orgs("最高人民法院民事审判庭庭长出席会议。", res)
    assert found["最高人民法院民事审判庭"]["kind"] == "unit"


def test_the_police_bodies_of_a_province_are_a_body(res):
    found = new_orgs("去年,海南省公安机关破获侵权案件百余起。", res)
    assert found["海南省公安机关"]["kind"] == "police"


def test_an_international_organisation_in_traditional_script_after_a_place_is_a_body(res):
    found = new_orgs("會議由東盟國家和亞洲區域警察組織共同舉辦。", res)
    assert found["亞洲區域警察組織"]["kind"] == "igo"


# --- a place learnt from the passage; a date before a name --------------------------------------------------------

def test_a_court_named_by_its_city_after_the_city_was_printed_with_its_suffix(res):
    """安溪 is no place the reference data knows; 安溪市 at the start of a name says it is one, so 安溪法院 later in
    the passage is its courts, even after a date (2022年安溪法院…)."""
    found = new_orgs("安溪市中级人民法院发布了《2022年安溪法院知识产权审判白皮书》。", res)
    assert {"安溪市中级人民法院", "安溪法院"} <= set(found)
    assert found["安溪法院"]["kind"] == "court"


def test_a_short_court_name_without_a_place_learnt_stays_unread(res):
    """江滨 is no place the passage or the reference data knows (a county's bare name is: test_places_s10)."""
    assert new_orgs("全市法院和人民法院共受理案件三千件,江滨法院审结两千件。", res) == {}


def test_a_date_ends_a_name_read_leftwards(res):
    found = new_orgs("2023年海峡商标协会在福州举行年会。", res)
    assert set(found) == {"海峡商标协会"}


def test_a_source_line_glued_to_the_next_line_ends_at_the_outlets_head(res):
    """The reading glues 来源:X网站 to the paragraph after it; the outlet ends at its head, not at the next quote."""
    found = new_orgs("来源:南方网站加强“双打”工作,甲乙协会参与。", res)
    assert "南方网站" in found and found["南方网站"]["kind"] == "media"
    assert not any(name.startswith("南方网站加强") for name in found)


def test_the_website_of_a_known_body_is_no_unit_of_it(res):
    """联盟网站 is where the union publishes: the mention names the union, not a new body."""
    assert new_orgs("详情请见世界知识产权组织网站和国际植物新品种保护联盟门户网站。", res) == {}


# --- a mirror's pinyin glosses; a standing mission named by its posting -------------------------------------------

def test_a_name_glossed_by_a_mirror_is_read_whole_printed_as_is_and_named_without_the_glosses(res):
    """A mirror site injects pinyin after characters (產(chǎn)): the name is found across them, its mention is the
    text as printed (so it is located in the passage), its name is the words alone."""
    text = "福建省知識產(chǎn)權(quán)局與東盟秘書處簽署了合作備忘錄。"
    found = [m for m in mentions([text], res.knowledge)[0] if m.kind == "ORG" and not m.key]
    assert [(m.text, m.details["name"]) for m in found] == [("福建省知識產(chǎn)權(quán)局", "福建省知識產權局")]
    assert text[found[0].start : found[0].end] == found[0].text


def test_a_bracketed_letter_after_a_character_is_no_gloss(res):
    """Only a syllable with a tone mark is a gloss: 第三條(a)項 keeps its (a)."""
    from ipgraph.ingest.textnorm import unglossed
    assert unglossed("第三條(a)項和知識(shí)")[0] == "第三條(a)項和知識"


def test_a_mission_named_by_its_posting_alone_is_the_countrys_mission(res):
    found = new_orgs("出席会议的还有常驻维也纳代表团参赞。", res)
    assert set(found) == {"常驻维也纳代表团"}


def test_a_posting_without_a_place_names_a_kind_of_mission(res):
    assert new_orgs("会议邀请了各常驻代表团和驻华代表团。", res) == {}


def test_a_bare_province_after_a_verb_of_approval_is_the_provinces_body(res):
    """获 stands before names (获省政府批准): the name starts after it, at the bare 省 of the report's province."""
    found = new_orgs("该园区建设方案获省政府批准。", res)
    assert set(found) == {"省政府"}


# --- a list after a known body --------------------------------------------------------------------------------------

def test_an_item_with_the_head_of_the_known_body_before_it_is_a_body_of_that_kind(res):
    """国际刑警组织 is known; 非洲刑警组织 after it in the list shares its head: an organisation even before 和, which
    elsewhere makes 组织 the verb (组织和协调)."""
    found = new_orgs("会议汇聚了国际刑警组织、非洲刑警组织和多国代表。", res)
    assert set(found) == {"非洲刑警组织"} and found["非洲刑警组织"]["kind"] == "igo"


def test_an_item_too_short_to_name_a_body_after_a_known_body_is_none(res):
    assert new_orgs("最高人民法院、高级法院和中级法院派员参加。", res) == {}
