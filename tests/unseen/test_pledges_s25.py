"""Session 25 (pl33) of the pledges: the answers of a press conference's transcript, and sides named by a country
abbreviation (厄方, 墨方), each read by the real pipeline on sentences written for these tests (none copied from an
evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_pledges_s18 import _said


def test_we_in_an_answer_is_the_side_the_question_asks():
    # no verb of speech names who answers; the question asks 中方, so 我们 in the answer is China, not the
    # organisation the answer names last (世贸组织)
    assert _said("问：有报道称某国将对中国企业加征关税，中方对此有何回应？\n\n"
                 "答：中方已经多次表明立场。中方已经向世贸组织提起诉讼，我们会坚决维护自身的正当权益。") == [
        ("country/CN", None, "我们会坚决维护自身的正当权益")]


def test_the_host_the_lead_names_speaks_the_answers_and_the_paragraphs_after_them():
    # 发言人…主持例行记者会: he answers; the paragraph after 答： goes on with his words up to the next question
    assert _said("外交部发言人陈刚18日主持例行记者会。\n\n"
                 "问：有评论称某国正在对中国企业进行不实指责，中方对此有何回应？\n\n"
                 "答：中方一贯高度重视知识产权保护。\n\n"
                 "我们会继续同各国加强知识产权领域的交流合作。") == [
        ("country/CN", "chen-gang", "我们会继续同各国加强知识产权领域的交流合作")]


def test_an_answer_label_alone_makes_no_transcript():
    # with no question before it, 答： opens nobody's words: 我们 stays unresolved, as before
    assert _said("答：中方注意到有关报道。我们将继续推动双方在知识产权领域的务实合作。") == []


def test_a_wish_is_no_cue():
    # 愿望 is a noun (a wish), not 愿 (is willing to)
    assert _said("他表示，加强知识产权保护是企业的共同愿望。") == []


def test_ecuador_and_mexico_sides_are_countries():
    assert _said("双方一致认为，两国合作潜力巨大。厄方愿同中方加强在地理标志保护方面的合作。") == [
        ("country/EC", None, "厄方愿同中方加强在地理标志保护方面的合作")]
    assert _said("会谈中，墨方表示愿与中方共同推动知识产权审查合作。") == [
        ("country/MX", None, "墨方表示愿与中方共同推动知识产权审查合作")]
