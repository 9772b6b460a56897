"""Session 33, organisers and partners of found events (op44): sentences written for these tests (none copied from
an evaluation text or a probe), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def holders(text: str, label: str) -> tuple[list[str], list[str]]:
    """The organisers and the partners the pipeline gives the one event of that label."""
    event = one(events(text, date="2024-05-01"), label)
    return event.organisers, event.partners


def test_a_clause_with_no_subject_after_a_day_shares_the_subject_before_it():
    text = "南平市市场监督管理局在建阳区举办全市商标业务培训，4月9日下午，开展了《商标注册实务》专题培训。"
    organisers, _ = holders(text, "《商标注册实务》专题培训")
    assert organisers == ["org/nan-ping-shi-shi-chang-jian-du-guan-li-ju"]


def test_an_event_named_in_a_clause_of_purpose_takes_no_role_of_the_clauses_after_it():
    text = "为了配合学校第三届版权宣传月活动，由教务处、科技处和创新创业协会共同组织举办了版权登记讲座。"
    assert holders(text, "学校第三届版权宣传月") == ([], [])
    assert holders(text, "版权登记讲座")[0] == ["org/jiao-wu-chu", "org/ke-ji-chu", "org/chuang-xin-chuang-ye-xie-hui"]


def test_a_body_in_a_chain_of_roles_takes_the_verb_right_after_it():
    text = "6月3日，由安徽省知识产权局指导、合肥大学主办、安徽建筑大学协办的第二届江淮商标论坛在合肥举行。"
    organisers, partners = holders(text, "第二届江淮商标论坛")
    assert organisers == ["org/he-fei-da-xue"]
    assert set(partners) == {"org/an-hui-sheng-zhi-shi-chan-quan-ju", "org/an-hui-jian-zhu-da-xue"}


def test_a_body_held_with_is_a_partner_of_every_event_of_the_list_the_verb_governs():
    """与B联合举办A、C、D: C and D are held with B as A is (联合举办 is the verb of 与X联合举办 as written)."""
    text = "该局与欧洲专利局联合举办中欧专利审查研讨会、2024中欧专利信息论坛、第三届中欧检索培训班。"
    for label in ("中欧专利审查研讨会", "2024中欧专利信息论坛", "第三届中欧检索培训班"):
        assert "org/EPO" in holders(text, label)[1], label


def test_a_schools_word_for_itself_holds_as_the_school_it_names_in_full():
    text = ("11月2日，由我校与湖南省版权协会共同主办，法学院承办的“湖南省版权协会2024年年会”在长沙举办。"
            "湘南理工学院历来重视版权工作。")
    organisers, partners = holders(text, "湖南省版权协会2024年年会")
    assert "org/xiang-nan-li-gong-xue-yuan" in organisers + partners
    assert "org/fa-xue-yuan" in partners


def test_a_faculty_is_not_the_school_a_word_for_itself_stands_for():
    text = "11月2日，由我校主办，国际交流学院承办的版权保护国际研讨会在长沙举办。"
    organisers, _ = holders(text, "版权保护国际研讨会")
    assert organisers == []


def test_field_labels_in_lenticular_brackets_name_the_bodies_of_the_event_told_last():
    text = ("第五届皖江专利检索大赛将于5月8日在芜湖举行。\n"
            "【主办】安徽省知识产权局\n【承办单位】安徽工程大学\n【协办】芜湖市专利协会")
    organisers, partners = holders(text, "第五届皖江专利检索大赛")
    assert organisers == ["org/an-hui-sheng-zhi-shi-chan-quan-ju"]
    assert set(partners) == {"org/an-hui-gong-cheng-da-xue", "org/wu-hu-shi-zhuan-li-xie-hui"}


def test_a_word_for_itself_is_not_the_body_its_sentence_names_beside_it():
    text = "3月5日，本院与市检察院联合举办了商标司法保护研讨会。\n佛山市禅城区人民法院院长王刚出席。"
    organisers, partners = holders(text, "商标司法保护研讨会")
    assert "org/fo-shan-shi-chan-cheng-qu-ren-min-fa-yuan" in organisers
    assert len(organisers + partners) == 2


def test_a_body_that_joins_the_one_who_leads_is_a_partner():
    text = "第二届江淮商标论坛由合肥大学牵头、安徽建筑大学参与，6月3日在合肥举行。"
    assert holders(text, "第二届江淮商标论坛") == (["org/he-fei-da-xue"], ["org/an-hui-jian-zhu-da-xue"])


def test_joining_in_with_an_object_gives_no_role():
    text = "6月3日，第二届江淮商标论坛在合肥举行，安徽建筑大学参与了论坛筹备。"
    assert holders(text, "第二届江淮商标论坛") == ([], [])
