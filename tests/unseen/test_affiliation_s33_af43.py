"""Session 33, people's affiliation: a government head's title after a place's party committee (committees.py), a
title after 该局 or 该校 (the body just told of), a body's word for itself opening a list item (本局局长: no unit 本局
of the body listed before), a transliterated name printed right after its body with no title, and the group title
领导 (市领导甲、乙). Counted as failures on probes (real paragraphs outside the evaluation set, annotated before the
extractor ran: /tmp/af43-probes). Every sentence here was written for these tests, none copied from a report, a
probe or an evaluation text; each runs the real pipeline."""

from __future__ import annotations

from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import segment
from tests.unseen.test_people_s13 import affiliations


def _posts(text, res):
    """Each person's name and the names of both bodies the report ties them to (affiliation, also)."""
    facts = extract(segment(text), res.knowledge)
    names = {n.key: n.details.get("name") or n.key for n in facts.of_kind("ORG")}
    return {n.details.get("name") or n.key: {names.get(n.details.get(k) or "", "") for k in ("affiliation", "also")}
            - {""} for n in facts.of_kind("PERSON")}


def test_a_mayor_listed_after_the_party_secretary_works_for_the_citys_government(res):
    """洛川市委书记甲、市长乙: the list shares the committee's place, but a mayor heads the people's government."""
    found = affiliations("5月3日，洛川市委书记杨振东、市长顾明远会见东湖大学代表团。\n", res)
    assert found["杨振东"] == "洛川市委"
    assert found["顾明远"] == "洛川市人民政府"


def test_a_deputy_secretary_and_mayor_holds_both_posts(res):
    """洛川县委副书记、县长甲: the county's government, and the committee as a second post."""
    found = _posts("5月3日，洛川县委副书记、县长顾明远出席签约仪式。\n", res)
    assert found["顾明远"] == {"洛川县人民政府", "洛川县委"}


def test_a_committee_of_another_level_gives_no_government(res):
    """洛川市委常委、区长甲: a district head is not the city's government."""
    assert "洛川市人民政府" not in _posts("5月3日，洛川市委常委、区长顾明远出席签约仪式。\n", res).get("顾明远", set())


def test_a_vice_governor_by_title_alone_works_for_the_government_the_joint_name_prints(res):
    """某省委省政府 … 副省长甲: the province's people's government, not the committee printed with it."""
    text = "东川省委省政府高度重视知识产权工作。副省长宋明会见了来访的代表团。\n"
    assert affiliations(text, res)["宋明"] == "东川省人民政府"


def test_a_title_after_gai_ju_is_of_the_bureau_just_named(res):
    """该局局长: the bureau the sentence just named (the one visited), not the first bureau of the report."""
    text = "5月3日，东川省知识产权局局长韩立新率团访问德国专利商标局，该局副局长史密特会见了代表团。\n"
    found = affiliations(text, res)
    assert found["韩立新"] == "东川省知识产权局"
    assert found["史密特"] == "德国专利商标局"


def test_a_bodys_word_for_itself_in_a_list_is_no_unit_of_the_body_before(res):
    """东湖大学校长甲，本局局长乙: 本局 is not a unit 东湖大学本局."""
    found = affiliations("东湖大学校长韩立新，本局局长宋明出席。\n", res)
    assert found["韩立新"] == "东湖大学"
    assert "东湖大学本局" not in found.values()


def test_a_transliterated_name_printed_right_after_its_body(res):
    """某组织甲·乙 and 某局(缩写)甲·乙 with the title left out: the person is the body's; the name opens after it."""
    found = affiliations("世界知识产权组织马丁·罗西出席会议。欧洲专利局(EPO)安娜·博格参加了讨论。\n", res)
    assert found["马丁·罗西"] == "WIPO"
    assert found["安娜·博格"] == "EPO"


def test_city_leaders_work_for_the_citys_government(res):
    """海滨市人民政府 … 市领导甲、乙: both are people, of the government the report names; 分管领导丙 is one too."""
    text = ("6月2日，海滨市人民政府与东湖大学签署合作协议。市领导宋明、顾明远参加活动，"
            "区知识产权局分管领导杨婧主持。\n")
    found = affiliations(text, res)
    assert found["宋明"] == found["顾明远"] == "海滨市人民政府"
    assert "杨婧" in found


def test_a_steering_group_keeps_its_name(res):
    """…领导小组办公室副主任甲: 领导 inside a body's name is no title."""
    text = "海滨市知识产权工作领导小组办公室副主任杨振东主持会议。\n"
    assert affiliations(text, res)["杨振东"] == "海滨市知识产权工作领导小组办公室"


def test_a_ministry_of_security_is_a_body(res):
    """某国国土安全部部长甲: 安全部 ends a ministry's name, though 全部 (all) is no name."""
    text = "5月8日，韩立新会见美国国土安全部部长马克·韦伯。会议要求全部安全部署到位。\n"
    assert affiliations(text, res)["马克·韦伯"] == "美国国土安全部"


def test_the_wipo_academy_by_the_organisations_full_name(res):
    """世界知识产权组织学院院长甲: the WIPO Academy, a unit of WIPO."""
    text = "世界知识产权组织学院院长马丁·罗西出席开班仪式并致辞。\n"
    assert affiliations(text, res)["马丁·罗西"] == "WIPO-ACADEMY"


def test_a_translators_credit_names_a_person(res):
    """翻译:甲 校对:乙 closing a compiled item: both are people."""
    found = affiliations("欧洲专利局发布年度报告。（编译自某网站）\n翻译:李晓秋 校对:刘一鹏\n", res)
    assert {"李晓秋", "刘一鹏"} <= set(found)


def test_a_name_before_weituo_ends_there(res):
    """受市委书记甲委托: 委托 follows the name, and 受 (on another's behalf) opens no body: 市委 is the committee the
    report names."""
    found = affiliations("东湖市委副书记宋明出席。受市委书记韩立新委托，宋明致辞。\n", res)
    assert found["韩立新"] == "东湖市委"


def test_a_body_opening_with_a_province_after_de_is_named(res):
    """来访的某省某局副局长甲: 的 closes the clause before; the body opens with a province's name and is one."""
    text = "6月5日，东湖大学校长宋明会见了来访的湖北省知识产权局副局长韩立新一行。\n"
    assert affiliations(text, res)["韩立新"] == "湖北省知识产权局"


def test_a_kind_of_body_after_de_is_no_body(res):
    """领域的某某网络: a phrase after 的 that opens with no place's name names a kind, no body."""
    facts = extract(segment("会议决定建立一个知识产权领域的青年学者交流网络。\n"), res.knowledge)
    assert not [n for n in facts.of_kind("ORG") if "交流网络" in (n.details.get("name") or "")]


def test_a_name_before_qianzi_ends_there(res):
    """校长甲签字: 签字 follows the name."""
    found = affiliations("湖北省知识产权局局长韩立新、东湖大学校长宋明签字。\n", res)
    assert found["宋明"] == "东湖大学"


def test_a_department_after_a_committee_post_in_one_chain_is_the_committees(res):
    """某市委常委、宣传部部长甲: the committee's publicity department, and the committee as a second post."""
    found = _posts("宜昌市委常委、宣传部部长韩立新出席开幕式。\n", res)
    assert found["韩立新"] == {"宜昌市委宣传部", "宜昌市委"}


def test_a_centre_after_a_university_post_in_one_chain_is_the_universitys(res):
    """某大学副校长、知识产权研究中心主任甲: the university's centre; a list of two people keeps the centre apart."""
    found = affiliations("东湖大学副校长、知识产权研究中心主任韩立新出席。\n", res)
    assert found["韩立新"] == "东湖大学知识产权研究中心"
    found = affiliations("湖北省知识产权局局长韩立新、知识产权研究中心主任宋明出席。\n", res)
    assert found["宋明"] == "知识产权研究中心"


def test_a_delegations_members_are_of_the_leaders_body(res):
    """某局局长甲率代表团…。代表团成员包括某处处长乙、办公室主任丙: the units are the leader's bureau's."""
    text = ("6月5日，湖北省知识产权局局长韩立新率代表团访问欧洲专利局。"
            "代表团成员包括专利管理处处长宋明、办公室主任顾明远。\n")
    found = affiliations(text, res)
    assert (found["宋明"], found["顾明远"]) == ("湖北省知识产权局专利管理处", "湖北省知识产权局办公室")


def test_ben_yuan_before_yuanzhang_makes_no_body(res):
    """本院院长甲: 本院 is the faculty's word for itself, no body 本院院; the faculty the report names."""
    found = affiliations("东湖大学法学院院长韩立新出席。本院院长宋明致辞。\n", res)
    assert found["宋明"] == "东湖大学法学院"
    facts = extract(segment("本院院长宋明致辞。\n"), res.knowledge)
    assert not [n for n in facts.of_kind("ORG") if (n.details.get("name") or "") == "本院院"]


def test_a_mayor_works_for_the_government_the_report_prints(res):
    """某市人民政府 … 某市市长甲: the people's government printed before, not a second node of the bare city."""
    text = ("宜昌市人民政府与湖北省知识产权局签署合作协议，"
            "宜昌市市长韩立新与湖北省知识产权局局长宋明代表双方签字。\n")
    assert affiliations(text, res)["韩立新"] == "宜昌市人民政府"
