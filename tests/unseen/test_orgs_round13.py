"""Issue 16, pattern 3 (thirteenth round, read on new annotated dev texts 233–267): organisations read by structure
and by complete lists — a party's working committee (党工委, set up by a party committee for a zone or a sector) is a
body; a bare head listed after a body a place's name opens, or after that body's title, is the same place's body
(coordination leaves out the words the items share); 内蒙古 (provinces.tsv) is a region, not Mongolia; a
body printed short before a title is the one the report defines so; a photographer credited after the name; 宣读
follows a name; 着作 (著作 as converters print it) holds no particle; on sentences
written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_orgs_round9 import org_texts
from tests.unseen.test_people import new_orgs
from tests.unseen.test_people_round7 import people

# --- a party's working committee ----------------------------------------------------------------------------------


def test_a_zones_party_working_committee_is_a_body(res):
    """233, 239 (and 207): 某新区党工委 was no body: 党工委 was no head."""
    assert "莆田高新区党工委" in new_orgs("莆田高新区党工委召开专题会议研究知识产权工作。", res)


# --- a bare head after a place's body -------------------------------------------------------------------------------

def test_a_bare_head_listed_after_a_places_body_is_that_places(res):
    """233: 某新区党工委、管委会 — the 管委会 is the zone's."""
    found = new_orgs("近日，莆田高新区党工委、管委会联合印发知识产权扶持办法。", res)
    assert found["管委会"]["name"] == "莆田高新区管委会"


def test_a_bare_head_after_the_title_of_a_places_body_is_that_places(res):
    """239: 某开发区党工委副书记、管委会副主任X — the second title's body is the zone's 管委会."""
    text = "莆田经济开发区党工委副书记、管委会副主任林晓燕出席揭牌仪式。"
    assert people(text, res) == {"林晓燕": ("副主任", "莆田经济开发区管委会")}


def test_a_bare_head_that_opens_a_longer_name_is_no_sibling(res):
    """A head followed by another head within a few characters opens a name of its own (管委会办公室): no sibling."""
    found = new_orgs("莆田高新区党工委、管委会办公室联合发文。", res)
    assert not any(d.get("name") == "莆田高新区管委会" for d in found.values())


def test_a_body_without_a_place_shares_none(res):
    """中华商标协会、政府: the first body opens with no place, so the bare head has none to share."""
    found = new_orgs("中华商标协会、政府有关部门参加了座谈。", res)
    assert not any(d.get("name", "").endswith("协会政府") for d in found.values())


# --- 内蒙古 is a region -----------------------------------------------------------------------------------------------

def test_inner_mongolia_is_no_mention_of_mongolia(res):
    """233: 内蒙古自治区…市场监督管理局 made Mongolia a mention (蒙古 inside 内蒙古)."""
    assert "蒙古" not in org_texts("内蒙古自治区知识产权局与宁夏回族自治区知识产权局签署协议。", res)
    from ipgraph.extract.mentions import mentions
    found = mentions(["内蒙古自治区知识产权局局长周明远出席。"], res.knowledge)[0]
    assert not any(m.kind == "COUNTRY" for m in found)


# --- a body printed short before a title ----------------------------------------------------------------------------

def test_a_short_name_the_report_defines_is_the_body_of_the_title_after_it(res):
    """259: 香港…促进局(…局) and later …局总经理X: the short name is no suffix of the full one, but the report says
    whose it is."""
    text = "温州海洋经济促进局(海经局)与宁波大学签署合作协议。\n\n海经局总经理周明远致辞。\n"
    assert people(text, res) == {"周明远": ("总经理", "温州海洋经济促进局")}


def test_a_portfolio_between_the_body_and_the_title_is_not_the_bodys(res):
    """259: …局内地业务总经理, …局首席创新总监: the words after the head are the post's, the body ends at its head."""
    text = "温州海洋经济促进局(海经局)成立十周年。\n\n海经局国际业务总监林晓燕介绍了情况。\n"
    assert people(text, res)["林晓燕"][1] == "温州海洋经济促进局"
    text = "温州大学法学院举办知识产权讲座。\n\n法学院国际交流主任周明远主持讲座。\n"
    assert people(text, res)["周明远"][1] == "温州大学法学院"


# --- a picture's credit after the name -----------------------------------------------------------------------------

def test_a_slash_and_a_pictures_credit_credit_the_name_before_them(res):
    """253 (甲乙/攝 after a caption), 265 (記者丙丁／攝影 run on into the next paragraph): the photographer was
    missed; a reporter so credited works for the report's outlet."""
    assert "周明远" in people("温州市举办知识产权宣传周活动。周明远/摄 4月20日，活动现场。", res)
    text = "来源：温州日报\n\n活动现场。 记者林晓燕／摄影温州市知识产权局将继续推进工作。\n"
    assert people(text, res)["林晓燕"] == ("记者", "温州日报")


def test_a_slash_between_words_of_prose_credits_no_one(res):
    """The credit needs its boundary before the name: 进出口/摄影器材 in prose names no photographer."""
    assert people("企业扩大进出口/摄影器材贸易。", res) == {}


def test_a_name_ends_before_the_verb_of_reading_out(res):
    """263 (…副局长甲乙宣讀), 133: 宣读 (reading a decision out, like 宣布) follows a name; a two-character name took
    its first character."""
    text = "温州市知识产权局党组成员、副局长林晓宣读了表彰决定。"
    assert people(text, res) == {"林晓": ("党组成员、副局长", "温州市知识产权局")}


def test_zhuozuo_printed_for_zhuzuo_does_not_cut_a_name(res):
    """249: 中国文字着作权协会 (着作, as converters print 著作) was cut at the aspect particle 着."""
    assert "温州市着作权协会" in new_orgs("温州市着作权协会与温州大学签署合作协议。", res)
