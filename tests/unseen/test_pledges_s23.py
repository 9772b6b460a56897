"""Session 23 of the pledges: a journalist's question, the effect a judged fact has, a time word before the subject;
each read by the real pipeline on sentences written for these tests (none copied from an evaluation text or a
probe)."""

from __future__ import annotations

from tests.unseen.test_pledges_s18 import _said


def test_a_journalists_question_in_a_transcript_pledges_nothing():
    # 问：… reports what others said or plan (…表示会…, …证实了双方将…): the question commits nobody
    assert _said("问：据报道，商务部发言人证实中日双方将于下月举行知识产权对话。中方对此有何评论？") == []
    assert _said("记者：有报道称，欧盟委员会表示会放宽对华专利审查要求，是否属实？") == []
    # the outlet the journalist is of stands before the label
    assert _said("路透社记者：国家知识产权局将在年内出台新的审查指南，能否介绍具体内容？") == []
    # the answer that follows is the spokesman's, and his side's pledge stands
    assert _said("答：中方将继续同各方加强知识产权保护合作。") == [
        ("country/CN", None, "中方将继续同各方加强知识产权保护合作")]


def test_a_sentence_that_asks_is_no_pledge():
    # a question mark ends what asks whether something will be done
    assert _said("外国企业关心的是，中方是否将进一步降低专利申请费用？") == []
    # the same words told as a statement pledge
    assert _said("中方将进一步降低专利申请费用。") == [("country/CN", None, "中方将进一步降低专利申请费用")]


def test_a_label_word_inside_a_sentence_opens_no_question():
    # …接受记者采访时表示： the speaker's words, not a journalist's question
    assert _said("国家知识产权局局长王刚接受记者采访时表示：国家知识产权局将加快推进专利审查提质增效。") == [
        ("org/CNIPA", "wang-gang", "国家知识产权局将加快推进专利审查提质增效")]


def test_what_comes_of_a_judged_fact_is_no_pledge():
    # A…，体现了…，将…: the clause goes on with the fact the judgement takes as subject, not with an actor
    assert _said("泰国认可中国的专利检索报告，体现了两国知识产权领域的互信，将进一步便利中国企业赴泰布局专利。") == []
    assert _said("新加坡加入该合作机制，标志着区域合作迈上新台阶，将更好服务两国创新主体。") == []
    # an actor named in the clause after the judgement still pledges
    assert _said("中泰签署合作备忘录，标志着两局合作进入新阶段，中方将与泰方共同举办专利培训。") == [
        ("country/CN", None, "中方将与泰方共同举办专利培训")]


def test_a_time_word_before_the_subject_is_no_part_of_its_name():
    # 今年海关将…: the body is 海关 (the spokesman's), 今年 the time of the act
    assert _said("海关总署新闻发言人李强表示，今年海关将继续开展知识产权保护专项行动。") == [
        ("org/GACC", "li-qiang", "今年海关将继续开展知识产权保护专项行动")]
