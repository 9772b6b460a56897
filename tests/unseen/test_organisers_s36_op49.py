"""Session 36, organisers and partners of found events, second pass (op49): sentences written for these tests (none
copied from an evaluation text or a probe), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events, one
from tests.unseen.test_organisers_s33_op44 import holders


def test_the_subject_of_a_means_clause_holds_the_event_its_verb_opens():
    """A通过开展…“三进”活动: 通过 (roles.tsv X通过…开展) leaves A the subject of 开展."""
    text = ("为做好2023年知识产权宣传周宣传活动，历城区市场监管局通过开展知识产权宣传进机关、进企业“三进”活动，"
            "广泛宣传知识产权知识。")
    organisers, _ = holders(text, "“三进”活动")
    assert organisers == ["org/li-cheng-qu-shi-chang-jian-du-guan-li-ju"]


def test_the_end_of_a_name_told_before_as_the_object_of_holding_gives_its_holders():
    """…演讲比赛拉开序幕。A和B在C的指导下，围绕…开展了演讲比赛 (events/bare_objects.py): the bare 演讲比赛 is the
    contest told before; its subject held it, C guided it."""
    text = ("21日，“知识产权与我”演讲比赛拉开序幕。青岛市专利协会和青岛市律师协会在山东省知识产权局的指导下，"
            "围绕“创新”主题开展了演讲比赛。")
    found = one(events(text, date="2023-04-28"), "“知识产权与我”演讲比赛")
    assert found.organisers == ["org/qing-dao-shi-zhuan-li-xie-hui", "org/qing-dao-shi-lv-shi-xie-hui"]
    assert found.partners == ["org/shan-dong-sheng-zhi-shi-chan-quan-ju"]


def test_a_type_noun_alone_as_the_object_names_no_event_told_before():
    """A开展了比赛: 比赛 alone (shorter than bare_objects._SHORTEST) names any contest, not the one told before."""
    text = "21日，“知识产权与我”演讲比赛拉开序幕。青岛市专利协会开展了比赛。"
    assert one(events(text, date="2023-04-28"), "“知识产权与我”演讲比赛").organisers == []


def test_a_joint_verb_with_no_subject_in_its_sentence_goes_back_to_the_joint_holders_told_last():
    """由A、B共同举办了讲座。4月22日，在某操场，联合开展了X (events/joint_chain.py): 联合 with no body named in its
    sentence stands for those who held the lecture together."""
    text = ("4月20日，由电子工程学院、学生科协共同举办了知识产权主题讲座。\n"
            "4月22日，在东区操场，联合组织开展了“创新与专利”宣传活动。")
    found = one(events(text, date="2023-04-28"), "“创新与专利”宣传活动")
    assert found.organisers == ["org/dian-zi-gong-cheng-xue-yuan", "org/xue-sheng-ke-xie"]


def test_a_joint_verb_never_carries_a_single_holder():
    """One holder told last is no antecedent of 联合, which needs several."""
    text = "4月20日，电子工程学院举办了知识产权主题讲座。4月22日，联合开展了“创新与专利”宣传活动。"
    assert one(events(text, date="2023-04-28"), "“创新与专利”宣传活动").organisers == []


def test_a_role_noun_that_closes_its_clause_names_a_holder_of_the_event_just_told():
    """…论坛在宁波举行。A作为承办方，为论坛提供…: 作为 and a role noun with no event after it (anaphora._closing_role)
    is A's role in the event told last in the passage."""
    text = "5月6日，第三届甬江商标论坛在宁波举行。宁波市专利协会作为承办方，为论坛提供了会务保障。"
    assert holders(text, "第三届甬江商标论坛") == ([], ["org/ning-bo-shi-zhuan-li-xie-hui"])


def test_a_role_noun_after_a_pointing_name_and_de_names_that_events_holder():
    text = "5月6日，第三届甬江商标论坛在宁波举行。宁波市专利协会作为本次论坛的承办单位，邀请了多位专家。"
    assert holders(text, "第三届甬江商标论坛") == ([], ["org/ning-bo-shi-zhuan-li-xie-hui"])


def test_a_role_noun_in_a_later_passage_names_no_holder_of_an_event_it_does_not_name():
    text = "5月6日，第三届甬江商标论坛在宁波举行。\n\n宁波市专利协会作为承办方，为论坛提供了会务保障。"
    assert holders(text, "第三届甬江商标论坛") == ([], [])
