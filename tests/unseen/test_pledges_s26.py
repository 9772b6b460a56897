"""Session 26 (pl34) of the pledges: a time word that is a cue before the subject, a transcript's answers labelled
with who gives them and its host's announcements, a deal judged rather than pledged, and itineraries told with a
meeting's light verb — each read by the real pipeline on sentences written for these tests (none copied from an
evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_pledges_s18 import _said


def test_a_time_word_that_is_a_cue_yields_to_the_cue_after_the_subject():
    # 下一步双方将…: 下一步 is the time of the act, 双方 the subject (the signatories of the agreement told before)
    assert _said("国家知识产权局与世界知识产权组织在北京签署合作谅解备忘录。\n\n"
                 "下一步双方将共同推动专利审查合作。") == [
        ("org/CNIPA", None, "下一步双方将共同推动专利审查合作"),
        ("org/WIPO", None, "下一步双方将共同推动专利审查合作")]
    # 下一步 alone before 将 still opens the speaker's pledge
    assert _said("国家知识产权局局长申长雨表示，下一步将加强海外维权援助。") == [
        ("org/CNIPA", "shen-zhang-yu", "下一步将加强海外维权援助")]


_TRANSCRIPT = ("2025年3月4日外交部发言人林剑主持例行记者会\n\n"
               "为进一步便利中外企业交流，中方将简化商务人员签证手续。\n\n"
               "法新社记者：中方如何看待此次知识产权对话？\n\n"
               "林剑：中方将继续同各方加强知识产权保护合作。\n\n"
               "我们也将为外资企业提供更好的服务。")


def test_a_transcript_answer_labelled_with_a_name_and_a_colon_is_that_persons():
    said = _said(_TRANSCRIPT)
    assert ("country/CN", "lin-jian", "中方将继续同各方加强知识产权保护合作") in said
    # the paragraph after the labelled answer, up to the next question, is his too
    assert any(speaker == "lin-jian" and quote.startswith("我们也将") for _, speaker, quote in said)


def test_the_hosts_announcements_before_the_first_question_are_his():
    assert ("country/CN", "lin-jian", "中方将简化商务人员签证手续") in _said(_TRANSCRIPT)


def test_a_deal_as_the_subject_of_what_it_brings_about_is_judged_not_pledged():
    # 该协议将进一步促进…: what will come of the deal, no pledge of the speaker's office
    assert _said("国家知识产权局局长申长雨表示，该协议将进一步促进两局在审查领域的合作。") == []
    assert _said("国家知识产权局局长申长雨表示，这一备忘录将推动两局合作迈上新台阶。") == []
    # the deal's signing as the topic of the sentence's first clause, the clause of 将 with no subject of its own
    assert _said("国家知识产权局局长申长雨指出，两局交流密切。合作文件的签署，将推动两局在审查领域的合作。") == []
    # but a subject that acts pledges the same words
    assert _said("国家知识产权局局长申长雨表示，我们将进一步促进两局在审查领域的合作。") == [
        ("org/CNIPA", "shen-zhang-yu", "我们将进一步促进两局在审查领域的合作")]
    # and the sides that signed a deal pledge what they will do under it
    assert _said("国家知识产权局与世界知识产权组织签署合作协议。协议签署后，双方将进一步加强合作。") == [
        ("org/CNIPA", None, "双方将进一步加强合作"), ("org/WIPO", None, "双方将进一步加强合作")]


def test_talks_held_meetings_of_each_and_a_trip_to_china_tell_an_itinerary():
    assert _said("访问期间，两国元首将举行会谈并共同出席合作文件签字仪式。") == []
    assert _said("国务院总理李明、全国人大常委会委员长王强将分别会见来访的总统。") == []
    assert _said("届时，五国外长将来华参会。") == []
    # a meeting a side will hold on a subject is still its pledge
    assert _said("中方将与东盟举行知识产权研讨会。") == [("country/CN", None, "中方将与东盟举行知识产权研讨会")]


def test_will_be_foretells_what_someone_is_and_commits_nobody():
    assert _said("外交部发言人林剑表示，总统将是中方今年接待的首位非洲国家元首。") == []
