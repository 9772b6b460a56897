"""Issue 16, pattern 1 (round 6): the affiliations of people in text not tuned on: a school's and an anaphoric word
for a body (我校, 该局), the writers a dateline or a picture credit names with their outlet, and the chief executive of
a special administrative region; on sentences written for these tests (none is copied from a report or an
evaluation text)."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment


def affiliations(text, res):
    """Each person's name with the label of the body the report ties the person to, and the person's state."""
    facts = extract(segment(text), res.knowledge)
    names = {n.key: n.details.get("name") or min(n.surface) for n in facts.of_kind("ORG")}  # as printed if known
    return {p.details["name"]: (names.get(p.details.get("affiliation"), ""), p.details.get("country", ""))
            for p in facts.of_kind("PERSON")}


def test_pattern1_a_schools_word_for_itself_is_the_university_the_report_names(res):
    text = "温州大学与温州市知识产权局签署战略合作协议。\n\n我校党委书记周明远、副校长林晓燕出席签约仪式。\n"
    assert affiliations(text, res) == {"周明远": ("温州大学", ""), "林晓燕": ("温州大学", "")}


def test_pattern1_an_anaphoric_word_for_a_body_is_the_body_told_before(res):
    text = "温州市知识产权局与温州大学签署协议。\n\n该局局长周明远表示，将共建服务平台。\n"
    assert affiliations(text, res) == {"周明远": ("温州市知识产权局", "")}


def test_pattern1_a_picture_credit_names_the_photographers_outlet(res):
    assert affiliations("签约现场（中新社 林晓燕摄）", res) == {"林晓燕": ("中新社", "")}


def test_pattern1_a_writer_the_papers_own_dateline_credits_works_for_the_paper(res):
    text = ("本报讯 (韩立新)5月8日，两省召开知识产权保护联席会议。\n来源：温州新闻网\n\n"
            "温州日报记者随后采访了与会代表。\n")
    assert affiliations(text, res)["韩立新"] == ("温州日报", "")


def test_pattern1_the_chief_executive_of_a_special_administrative_region(res):
    text = "澳门特别行政区行政长官梁振宁在开幕式上表示，澳门将加强知识产权保护。"
    assert affiliations(text, res) == {"梁振宁": ("", "MO")}


def test_pattern1_the_head_of_a_region_works_for_the_regions_government_the_report_names(res):
    text = ("香港特别行政区行政长官梁振宁在开幕式上致辞。\n\n"
            "香港特区政府与温州市人民政府签署知识产权合作备忘录。\n")
    assert affiliations(text, res) == {"梁振宁": ("香港特区政府", "HK")}
    text = "日本首相山田太郎出席。\n\n温州市人民政府代表团随后访问东京。\n"
    assert affiliations(text, res) == {"山田太郎": ("", "JP")}  # no government of Japan named: the state only


def names(text, res):
    """(name, role) of each person the report makes, in the order of the text."""
    people = extract(segment(text), res.knowledge).of_kind("PERSON")
    people = sorted(people, key=lambda n: text.find(n.details["name"]))
    return [(n.details["name"], n.details.get("role", "")) for n in people]


def test_pattern1_a_one_character_verb_after_a_name_is_no_part_of_a_married_name(res):
    assert names("市场监管局局长王林海称，两地将共建维权中心。", res) == [("王林海", "局长")]
    assert names("行政长官林郑月娥表示，合作将深化。", res) == [("林郑月娥", "行政长官")]


def test_pattern1_posts_and_speaking_roles_of_the_official_lists_are_titles(res):
    assert names("日本特许厅审议官山田太郎出席。", res) == [("山田太郎", "审议官")]
    assert names("主讲人周明远介绍了专利导航经验。", res) == [("周明远", "主讲人")]
    assert names("特邀嘉宾林晓燕、知识产权专家韩立新发言。", res) == [("林晓燕", "嘉宾"), ("韩立新", "专家")]


def test_pattern1_a_role_said_of_a_group_names_no_person_before_it(res):
    assert names("与会专家表示，合作很重要。青年专家代表发言。", res) == []


def test_pattern3_an_occupation_title_does_not_end_the_name_of_its_members_body(res):
    text = "温州市中级人民法院知识产权专家咨询委员会成立。"
    orgs = [n.details.get("name") for n in extract(segment(text), res.knowledge).of_kind("ORG")]
    assert "温州市中级人民法院知识产权专家咨询委员会" in orgs


def test_pattern1_the_review_and_release_lines_of_a_web_page_name_people(res):
    assert names("初审：周明远 二审：林晓燕 三审：韩立新", res) == [
        ("周明远", "初审"), ("林晓燕", "二审"), ("韩立新", "三审")]
    assert names("发布人：孙立群", res) == [("孙立群", "发布人")]
    assert names("案件经二审审理后，法院作出终审判决。", res) == []  # the instances of a trial name nobody


def test_pattern1_a_name_of_no_chinese_surname_between_a_title_and_an_honorific(res):
    assert names("大会向即将离任的大使萨利宁阁下表示感谢。", res) == [("萨利宁", "大使")]
    assert names("感谢主席先生。总干事阁下，各位代表：", res) == []


def test_pattern1_a_name_tied_to_a_body_by_de_before_a_verb_of_speaking_works_for_it(res):
    text = "来自温州大学的周明远、林晓燕出席。温州大学的韩立新表示，将深化合作。"
    assert affiliations(text, res) == {n: ("温州大学", "") for n in ("周明远", "林晓燕", "韩立新")}
    assert names("温州市教育局的相关领导出席。", res) == []  # a body's officials, not a married name


def test_pattern1_a_title_that_begins_with_the_head_of_the_body_before_it(res):
    assert affiliations("商务部长王文涛会见了来访的代表团。", res) == {"王文涛": ("商务部", "")}
    assert affiliations("国家知识产权局长申长雨出席。", res) == {"申长雨": ("国家知识产权局", "")}
    assert names("日本特许厅长官滨野幸一出席。", res) == [("滨野幸一", "长官")]  # the title after the office


def test_pattern1_a_special_zone_named_short_is_the_place_of_its_government(res):
    """特区 ends a place's name as 特别行政区 does (place_suffixes.tsv), so the head of 澳门特区 works for the
    government of it the report names."""
    text = "澳门特区政府与深圳市政府签署合作协议。澳门特区行政长官贺一诚出席。\n"
    assert affiliations(text, res)["贺一诚"] == ("澳门特区政府", "")


def test_pattern1_a_name_before_yixing_is_a_person_without_a_title(res):
    """X一行 (X and the party with X) follows only a person's name (after_name.tsv, bare)."""
    assert "陈立明" in affiliations("7月3日，陈立明一行到访温州大学。\n", res)
