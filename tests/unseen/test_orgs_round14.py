"""Issue 16, patterns 1 and 3 (fourteenth round, read on new annotated dev texts 269–303 and the whole dev fold):
people and bodies read by structure — a given name that holds a function word where its end is sure; a byline's
surname that is one; the outlet a dateline's reporter works for; a blank source line; verbs and a preposition that
stand before a name and are no part of it; a body's party committee before its posts; a bank's head noun; a unit
listed before a title after a person of a body; on sentences written for these tests (none copied from a report or
an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_orgs_round9 import org_texts
from tests.unseen.test_people import new_orgs
from tests.unseen.test_people_round7 import people

# --- people: a given name holding a function word ------------------------------------------------------------------


def test_a_given_name_may_open_with_a_function_word_after_a_title(res):
    """199, 215, 239: 某镇党委书记张在…, 部长助理张向…, 局长杨于… were no people: 在, 向, 于 are function words."""
    assert people("瓯海区科技局局长韩在明出席。", res) == {"韩在明": ("局长", "瓯海区科技局")}
    assert "刘向东" in people("文化部部长助理刘向东、司长林晓燕出席。", res)
    assert people("局长王在会上表示，要加强合作。", res) == {}  # 在 opens a phrase that no follower closes


def test_a_bylines_surname_may_be_a_function_word(res):
    """239: the closing credit (向某) was dropped: the surname 向 is a function word elsewhere."""
    assert "向晓" in people("多家单位参加了活动。(向晓)\n", res)


# --- people: the outlet of a dateline --------------------------------------------------------------------------------

def test_a_datelines_reporter_works_for_the_outlet_its_line_names_last(res):
    """189, 283: a page reprinting a wire prints its own name first (某某在线…讯 某网…电(记者 甲)); the reporter is
    the wire's, the outlet right before the place and date."""
    text = "温州在线3月2日讯 瓯江网温州3月2日电(记者 林晓燕)温州大学举办知识产权论坛。"
    assert people(text, res)["林晓燕"] == ("记者", "瓯江网")
    text = "东方网-温州日报3月2日讯(记者 周明远) 昨日，温州大学举办知识产权论坛。"
    assert people(text, res)["周明远"] == ("记者", "温州日报")


# --- bodies: what stands before a name -------------------------------------------------------------------------------

def test_a_blank_source_line_names_no_outlet(res):
    """277: 来源: 作者: made 作者 an outlet; a role and a colon are the line's next field."""
    text = "温州大学举办知识产权讲座\n发布时间:2016-05-10 来源: 作者:\n5月9日，温州大学举办讲座。"
    assert "作者" not in org_texts(text, res)


def test_verbs_of_visiting_moving_and_raising_stop_a_name_read_leftwards(res):
    """195, 225, 231, 257, 265: 明日拜会X局, 今日到X中心, 丰富分会, 提升公司 were read as names."""
    assert "温州市知识产权局" in new_orgs("代表团明日（8日）拜会温州市知识产权局。", res)
    assert "温州大学法学院" in new_orgs("学员今日到温州大学法学院参观。", res)
    assert new_orgs("专利可大幅提升公司估值，丰富分会活动。", res) == {}


def test_building_a_body_names_no_standing_body(res):
    """301: 构建联合实验室 was a body; 构建 is a verb of building, as 共建 and 筹建 are."""
    assert new_orgs("双方将构建联合实验室，共同培养人才。", res) == {}


def test_dui_marks_an_object_and_is_no_part_of_a_name(res):
    """301: 对知识产权出版社 was a body; 对 is a preposition, inside names only as 对外, 对口, 对接, 应对."""
    assert "华夏出版社" in new_orgs("他对华夏出版社的支持表示感谢。", res)
    assert "温州市对口支援办公室" in new_orgs("温州市对口支援办公室发布通知。", res)
    assert "国家海外知识产权纠纷应对指导温州分中心" in \
        new_orgs("国家海外知识产权纠纷应对指导温州分中心揭牌。", res)


# --- bodies: a party committee, a bank --------------------------------------------------------------------------------

def test_a_bodys_party_committee_before_its_posts_is_part_of_the_title(res):
    """109, 237, 261: 某学院党委书记、副院长甲 made 某学院党委 a body and the person's; the annotators' rule: a
    party organ inside a title is part of the title. A place's party committee (某镇党委) is a body."""
    found = people("温州大学商学院党委书记、副院长周明远，党委副书记林晓燕出席。", res)
    assert found["周明远"] == ("党委书记、副院长", "温州大学商学院")
    assert found["林晓燕"][1] == "温州大学商学院"
    assert "温州大学商学院党委" not in new_orgs("温州大学商学院党委书记周明远出席。", res)
    assert people("双桥镇党委书记林晓燕出席。", res)["林晓燕"][1] == "双桥镇党委"


def test_a_bank_is_named_by_its_head_noun(res):
    """279: 某银行行长甲 had no body: 银行 was no head (a bank's name holds it, 商业银行法 art. 11); the kinds of
    bank the regulator licenses are no names."""
    assert people("鹿城银行行长周明远出席。", res)["周明远"] == ("行长", "鹿城银行")
    assert new_orgs("商业银行和村镇银行均可开展知识产权质押融资。", res) == {}


# --- a unit listed before a title -------------------------------------------------------------------------------------

def test_a_unit_listed_before_a_title_after_a_person_of_a_body_is_that_bodys(res):
    """301: 某社副社长甲、翻译部主任乙 gave 乙 no body; the unit is the press's, as a unit listed before a name is
    (某局甲副局长、综合处乙处长). A body that names itself alone (海关) is not a unit of the one before."""
    found = people("温州出版社副社长周明远、编辑部主任林晓燕一行出席。", res)
    assert found["林晓燕"] == ("主任", "温州出版社编辑部")
    found = people("财政司司长陈明、商务及经济发展局局长丘明、海关关长何珊主持开幕典礼。", res)
    assert found["何珊"][1] != "商务及经济发展局海关"


def test_giving_a_lecture_follows_a_name_as_giving_a_speech_does(res):
    """231: 某处行动主任甲主讲 gave no person: 主讲 (and 授课) follow a name as 讲话 and 发言 do."""
    assert people("讲座由温州海关监检处处长余明、监检处主任郑华锦主讲。", res)["郑华锦"] == ("主任", "温州海关监检处")
    assert "林晓燕" in people("温州大学法学院教授林晓燕授课。", res)


def test_the_particle_de_ends_a_name_of_no_chinese_surname_after_a_title(res):
    """251: 某国联邦主席甲乙丙的共同见证下 gave no person: a foreign name runs to the first word that follows a name,
    and 的, which closes the noun phrase the name ends, was none."""
    assert people("在芬兰总统尼尼斯托的见证下，双方签署协议。", res)["尼尼斯托"][0] == "总统"
