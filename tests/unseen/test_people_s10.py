"""Session 10, organisations and people: the structures of Chinese that tie a person to a body and make a name a
body, on sentences written for these tests (none copied from a report or an evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.extract.mentions import mentions
from ipgraph.ingest.passages import segment


def employers(text, res):
    """Each new person's name and the name of the body the report ties them to."""
    facts = extract(segment(text), res.knowledge)
    bodies = {n.key: n.details.get("name") for n in facts.of_kind("ORG") if n.is_new}
    return {n.details["name"]: bodies.get(n.details.get("affiliation") or "") for n in facts.of_kind("PERSON")
            if n.is_new}


def names(text, res):
    return {n.details["name"] for n in extract(segment(text), res.knowledge).of_kind("ORG") if n.is_new}


# --- a body named by the level of its place alone is the body of the one place of that level the report names --------


def test_a_county_body_named_by_its_level_is_the_countys(res):
    """199, 241: 县委书记甲 in a county's news is of that county's committee (来安县委), which the annotators write in
    full; the report names the county with its suffix elsewhere (counties.tsv)."""
    text = "2024年宁陵县知识产权宣传周活动在县城启动。县委副书记、县长王立新出席并讲话，县政府副县长刘敏主持。"
    assert employers(text, res) == {"王立新": "宁陵县委", "刘敏": "宁陵县政府"}


def test_a_city_body_named_by_its_level_takes_the_one_city_the_report_names(res):
    text = "麻城市举办专利转化对接会。市委常委、副市长陈峰出席，市知识产权局介绍了工作。"
    assert {"麻城市委", "麻城市知识产权局"} <= names(text, res)


def test_no_place_or_two_places_or_a_word_of_its_own_leave_the_name_as_printed(res):
    """Two cities named: which one's 市委, the text does not say; none named: the name as printed; 市场监管局 is the
    market's, not a city's."""
    assert "市委" in names("苏州市与无锡市签约。会议由市委常委、副市长张华主持。", res)
    assert "市委" in names("会议由市委常委、副市长张华主持。", res)
    found = names("焦作市举办宣传活动，市场监管局局长赵明出席。", res)
    assert not any(name.startswith("焦作市场") for name in found), found
    # 青海市场监管局 names no city 青海市: the one city the text names is 麻城市
    assert "麻城市委" in names("青海市场监管局与麻城市签约。会议由市委常委、副市长张华主持。", res)


# --- a credit that names a unit where a writer's name would stand: the unit wrote it, its people work for it ---------


def people(text, res):
    return {m.text: m.details.get("affiliation_text", "") for m in mentions([text], res.knowledge)[0]
            if m.kind == "PERSON"}


def test_a_unit_in_a_credit_bracket_is_a_body_and_the_writer_is_of_it(res):
    """229 (某部 甲乙/文), 263 (撰稿:某处 编辑:甲乙): the unit stands where a writer's name would."""
    text = "双方将在人才培养方面深化合作。（综合业务部 李文涛/文）"
    assert people(text, res) == {"李文涛": "综合业务部"}
    assert "综合业务部" in names(text, res)
    assert people("学会举行年会。(撰稿:宣传处 编辑:周雅琴)", res) == {"周雅琴": "宣传处"}


def test_a_credit_bracket_with_no_unit_or_no_person_makes_no_body(res):
    assert people("学会举行年会。（记者 周雅琴）", res) == {"周雅琴": ""}
    assert not names("展览吸引了众多观众。（图片来源：某某科技公司）", res) - {"某某科技公司"}


# --- the phrase before the words of its members (成员单位) names a standing body whatever its head --------------------


def test_a_body_whose_members_are_bodies_is_named_before_them(res):
    """163, 177, 207: 领导小组, 联席会议 end no name alone; 成员单位 after them says that they are bodies."""
    found = names("会议通报了各项任务，省知识产权工作联席会议部分成员单位的负责同志参加会议。", res)
    assert "省知识产权工作联席会议" in found, found
    assert "区知识产权工作领导小组" in names("区知识产权工作领导小组成员单位召开联络员会议。", res)


def test_the_members_of_a_body_named_before_or_of_a_kind_name_no_new_body(res):
    assert not names("会议要求各成员单位加强协作，相关成员单位参加会议。", res)
    assert not names("服务队伍已覆盖联盟各成员单位。", res)


# --- a page's header line names the site that published the item ---------------------------------------------------


def test_the_site_a_header_line_names_before_its_time_and_source_is_an_outlet(res):
    """053, 209: 某某网站 www… 2014-07-04 17:00 来源: …: the site that put the item up is an outlet."""
    found = {m.text: m.details.get("kind") for m in mentions(
        ["山东政务在线 www.example.cn 2021-09-14 08:30 来源: 省知识产权局网站"], res.knowledge)[0] if m.kind == "ORG"}
    assert found.get("山东政务在线") == "media", found
    assert not {m.text for m in mentions(["发布时间 2021-09-14 来源: 大众日报"], res.knowledge)[0]} & {"发布时间"}


# --- the offices printed with 办 for 办公室 are bodies (headless_names.tsv) ------------------------------------------


def test_an_office_printed_with_ban_is_a_body_and_its_officers_are_of_it(res):
    """233 中央改革办, 257 國務院港澳辦: 办 is no head (举办, 主办), so these are listed names."""
    assert people("国务院港澳办副主任陈立新会见了代表团。", res) == {"陈立新": "国务院港澳事务办公室"}
    assert "中央改革办" in {m.text for m in mentions(["经验材料报送中央改革办。"], res.knowledge)[0]}


# --- the body printed before a title is found by its name: after the words that stop a name, and printed whole ----


def test_the_body_before_a_title_starts_after_a_word_of_acting_for_another(res):
    """189: 代表省委书记甲 — 代表 is no part of 省委 (proxy_words.tsv), so 甲 is of the report's 省委."""
    text = "绵阳市举办知识产权宣传活动。市委、市政府高度重视。王明代表市委书记张华致辞。"
    assert employers(text, res)["张华"] == "绵阳市委"


def test_a_body_printed_whole_before_a_portfolio_and_a_title_is_the_persons(res):
    """221: 某公会首任理事长甲 — the portfolio 首任 keeps the title off the body; the body printed so is the one."""
    assert employers("广东专利师公会首任理事长李刚出席会议。", res)["李刚"] == "广东专利师公会"


# --- a dateline printed with no date names its outlet ----------------------------------------------------------------


def test_an_undated_dateline_names_the_outlet_before_its_bulletin_word(res):
    """095 某某频道消息:, 279 某某新闻讯:: the item's outlet, though no date stands between."""
    def outlets(text):
        return {m.text for m in mentions([text], res.knowledge)[0] if m.details.get("kind") == "media"}
    assert outlets("荆楚新闻讯：近日，某市举办知识产权培训班。") == {"荆楚"}
    assert outlets("东方卫视新闻频道消息：近日，某市举办培训班。") == {"东方卫视新闻频道"}
    assert not outlets("最新消息：培训班将于明天开班。") and not outlets("据悉消息：培训班开班。")
    assert not outlets("新闻快讯：培训班将于明天开班。")  # 快讯 is no bulletin's word after a name


# --- an organ printed right after a known body is its unit, named with the body's full name where printed ------------


def test_an_organ_right_after_a_known_body_is_its_unit(res):
    """215 歐盟委員會, 255 UPOV理事會主席甲: the commission, the council of the known body."""
    found = names("欧盟委员会和欧盟驻华代表团的代表出席了开幕式。", res)
    assert "欧盟委员会" in found, found
    text = "中国于1999年加入国际植物新品种保护联盟。UPOV理事会主席马丁出席会议。"
    assert employers(text, res)["马丁"] == "国际植物新品种保护联盟理事会"


def test_an_organ_after_a_join_is_of_no_body_named(res):
    assert not names("会议讨论了国际商会知识产权路线图和委员会工作计划。", res)


# --- posts at two bodies joined by 、 or a comma: the person holds both ----------------------------------------------


def test_a_post_printed_before_another_posts_body_is_the_persons_too(res):
    """025 某局党组成员、副局长，某局副局长甲; 225 某分会会长、某公司原主任乙: a post at each body."""
    facts = extract(segment("江苏省市场监管局党组成员、副局长，省知识产权局局长支苏平出席会议。"), res.knowledge)
    bodies = {n.key: n.details.get("name") for n in facts.of_kind("ORG") if n.is_new}
    person = next(n for n in facts.of_kind("PERSON") if n.details.get("name") == "支苏平")
    assert {bodies[person.details["affiliation"]], bodies[person.details["also"]]} == \
        {"江苏省知识产权局", "江苏省市场监管局"}


def test_a_name_between_two_posts_makes_two_people(res):
    found = employers("省知识产权局局长郭民生，市委常委、副市长郭鹏出席签字仪式。", res)
    assert found == {"郭民生": "省知识产权局", "郭鹏": "市委"}
    facts = extract(segment("省知识产权局局长郭民生，市委常委、副市长郭鹏出席签字仪式。"), res.knowledge)
    assert not any(n.details.get("also") for n in facts.of_kind("PERSON"))
