"""Session 33 (pl44) of the pledges: what is no pledge though it looks forward — a state foretold of a thing
(保护体系将更加完善), an effect on something (将对…产生影响, 将为…提供借鉴), a speaker's forecast of another state's
act, a decision or promise told as already made (已决定), more of a hope after an adverb of acting jointly — and who
pledges after a pronoun that opens a speaker's sentence (他表示，将…) or a head named by a bare title (厅长甲) — read by
the real pipeline on sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _found(text: str) -> list[tuple[str, str]]:
    return sorted((f.actor, f.quote) for f in read(text, "pledges"))


def test_a_state_foretold_of_a_thing_in_a_speakers_words_is_no_pledge():
    text = ("4月8日，省知识产权局召开全省知识产权工作会议。\n\n"
            "局长赵某表示，商标审查将更加规范，全省营商环境将持续改善。")
    assert _found(text) == []


def test_a_state_of_a_thing_in_a_programme_makes_no_organisation_of_the_thing():
    text = "4月8日，市政府印发实施意见。\n\n意见明确了今后三年的目标：维权机制将日益健全，服务体系将更加完善。"
    assert _found(text) == []


def test_an_actor_that_will_do_more_still_pledges():
    text = ("4月8日，国家知识产权局局长申长雨会见世界知识产权组织总干事邓鸿森。\n\n"
            "申长雨表示，中方将更加重视发展中国家的能力建设。")
    assert [actor for actor, _ in _found(text)] == ["country/CN"]


def test_an_effect_on_something_foretold_is_no_pledge():
    text = ("4月8日，国家知识产权局局长申长雨会见世界知识产权组织总干事邓鸿森。\n\n"
            "申长雨表示，中方的审查实践将对区域专利合作产生深远影响，中国的经验将为其他国家提供借鉴。")
    assert _found(text) == []


def test_a_speakers_forecast_of_another_states_act_is_no_pledge_of_that_state():
    text = ("4月8日，国家知识产权局局长申长雨会见世界知识产权组织总干事邓鸿森。\n\n"
            "邓鸿森表示，中国将在国际专利体系中发挥更大作用，世界知识产权组织愿继续深化与中方的合作。")
    assert [actor for actor, _ in _found(text)] == ["org/WIPO"]


def test_a_speaker_still_pledges_for_his_own_state():
    text = ("4月8日，国家知识产权局局长申长雨会见世界知识产权组织总干事邓鸿森。\n\n"
            "申长雨表示，中国将继续支持多边知识产权体系。")
    assert [actor for actor, _ in _found(text)] == ["country/CN"]


def test_a_decision_told_as_already_made_is_no_pledge():
    text = "4月8日，两局在杭州举行年度会谈。\n\n申长雨介绍，国务院已经决定将专利审查周期纳入营商环境评价。"
    assert _found(text) == []


def test_a_clause_of_acting_jointly_after_a_hope_is_more_of_the_hope():
    text = ("4月8日，国家知识产权局局长申长雨会见世界知识产权组织总干事邓鸿森。\n\n"
            "申长雨表示，期待双方在新形势下加强沟通，携手将合作提升到新水平。")
    assert _found(text) == []


def test_a_pronoun_opening_a_speakers_sentence_is_the_speaker_told_before():
    text = ("4月8日，苏州市知识产权局局长钱某会见法国工商会代表团。\n\n"
            "他表示，将为法资企业提供更便利的专利服务。")
    assert [actor for actor, _ in _found(text)] == ["org/SUZHOU-IPO"]


def test_a_head_named_by_a_bare_title_speaks_for_the_body_of_that_head_named_before():
    text = ("4月8日，江西省商务厅召开外资企业知识产权座谈会。厅长孙某出席并讲话。\n\n"
            "孙某表示，下一步将为外资企业维权提供更多帮助。")
    assert [actor for actor, _ in _found(text)] == ["org/jiang-xi-sheng-shang-wu-ting"]


def test_a_count_of_offices_after_state_abbreviations_is_each_states_office():
    text = "6月3日，中美两局在华盛顿举行专利审查合作会议，两局将共同开展审查员交流项目。"
    assert sorted(actor for actor, _ in _found(text)) == ["org/CNIPA", "org/USPTO"]


def test_an_office_the_report_names_stands_for_its_state_in_the_count():
    text = ("6月3日，中日两局局长会谈在东京举行。中国国家知识产权局和日本特许厅的代表出席。\n\n"
            "两局将继续推进专利审查高速路合作。")
    assert sorted(actor for actor, _ in _found(text)) == ["org/CNIPA", "org/JPO"]


def test_a_law_taking_effect_on_a_date_is_a_schedule_not_the_speakers_pledge():
    text = ("6月3日，市市场监督管理局举行新闻发布会。\n\n"
            "局长吴某表示，《市知识产权保护条例》将于明年3月1日起施行。")
    assert _found(text) == []


def test_an_items_mark_is_no_word_of_the_items_subject():
    text = ("6月3日，国家知识产权局与越南国家知识产权局举行第五次双边会谈。\n\n"
            "一、双方同意继续交换专利文献数据。\n\n二、越方将选派审查员参加中方举办的培训班。")
    assert ("country/VN", "二、越方将选派审查员参加中方举办的培训班") in _found(text)


def test_the_noun_of_the_future_is_no_cue():
    text = "6月3日，市知识产权局举办企业座谈会。\n\n局长吴某表示，在可预见的将来，数据资产的价值会更加凸显。"
    assert _found(text) == []


def test_an_act_done_with_the_object_marker_is_no_pledge():
    text = ("6月3日，市知识产权局召开年度工作会议。\n\n"
            "去年，市知识产权局将商标品牌培育作为服务企业的重点，将专利导航与产业规划相结合。")
    assert _found(text) == []


def test_as_right_after_the_cue_is_still_the_future():
    text = ("6月3日，国家知识产权局局长申长雨会见世界知识产权组织总干事邓鸿森。\n\n"
            "申长雨表示，中方将作为东道主办好明年的技术与创新支持中心会议。")
    assert [actor for actor, _ in _found(text)] == ["country/CN"]


def test_what_a_subject_will_undergo_or_receive_is_no_pledge():
    text = ("6月3日，市市场监督管理局召开新闻发布会。\n\n"
            "局长吴某表示，恶意抢注商标的企业将被依法查处，入选试点的企业将获得专项资金支持。")
    assert _found(text) == []
