"""Session 28 (pl36) of the pledges: sides named by a compound of abbreviations (中美承诺…) or by a side that opens
the words (法方赞赏…，愿…), a forecast that ends where the speaker's will begins, and a programme whose items stand in
paragraphs of their own after the sentence that counts them — each read by the real pipeline on sentences written for
these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_pledges_s18 import _said


def test_a_compound_of_country_abbreviations_as_the_whole_subject_is_each_of_its_countries():
    assert _said("中美承诺在标准必要专利领域开展对话。") == [
        ("country/CN", None, "中美承诺在标准必要专利领域开展对话"),
        ("country/US", None, "中美承诺在标准必要专利领域开展对话")]
    # a lead word before the compound (另, in addition) is no part of the subject
    assert _said("会谈结束后，另中日将联合举办知识产权研讨会。") == [
        ("country/CN", None, "另中日将联合举办知识产权研讨会"),
        ("country/JP", None, "另中日将联合举办知识产权研讨会")]
    # in a speaker's words the compound is both countries' commitment told by one side: the speaker's body pledges
    assert _said("国家知识产权局局长申长雨表示，中美共同致力于保护创新成果。") == [
        ("org/CNIPA", "shen-zhang-yu", "中美共同致力于保护创新成果")]
    # a thing of theirs (中欧班列) is no side: the subject is more than the compound
    assert not any(actor in ("country/CN", "org/EU") for actor, _, _ in _said("中欧班列将于明年增开新线路。"))


def test_a_side_that_opens_the_words_is_the_subject_of_a_bare_clause_after_it():
    # 法方赞赏…，愿…: the side the sentence opens with wills what the clause with no subject says
    assert _said("双方举行会谈。法方赞赏中方为保护知识产权所作的努力，愿同中方加强执法合作。") == [
        ("country/FR", None, "愿同中方加强执法合作")]
    # 新方案: 方 opens a word of its own after 新, no side of Singapore's
    assert not any(actor == "country/SG" for actor, _, _ in _said("新方案将于明年起施行，以方便企业办理业务。"))


def test_a_forecast_ends_where_a_clause_of_will_begins():
    # 坚信 foresees as 相信 does: a relation that will go on playing a role is nobody's pledge
    assert _said("他说：“我坚信两国关系将继续发挥重要作用。”") == []
    # …，相信…将为企业带来机遇，愿…: the forecast ends at 愿, whose clause is the side's pledge
    assert _said("英国知识产权局局长表示，英方重视两局合作，相信双方的交流将为企业带来机遇，"
                 "愿与中方共同举办培训。") == [
        ("country/GB", None, "愿与中方共同举办培训")]
    # a bare 将 after 相信 stays in the forecast
    assert _said("英国知识产权局局长表示，相信随着合作深入，将为企业带来更多机遇。") == []


def test_the_items_of_a_programme_in_paragraphs_of_their_own_go_on_with_its_pledge():
    text = ("国家版权局有关负责人表示，全国版权系统将狠抓落实，推动版权工作迈上新台阶。主要做好三方面工作。\n\n"
            "一是完善版权制度。推进著作权法实施条例修订。\n\n"
            "二是加强版权保护。开展打击网络侵权专项行动。\n\n"
            "三是深化国际合作。")
    assert [(actor, quote) for actor, _, quote in _said(text)] == [
        ("org/NCAC", "一是完善版权制度"), ("org/NCAC", "三是深化国际合作"), ("org/NCAC", "二是加强版权保护"),
        ("org/NCAC", "全国版权系统将狠抓落实，推动版权工作迈上新台阶")]
    # a count of work done (开展了) announces a report, not a programme: its items pledge nothing
    done = ("国家版权局有关负责人表示，全国版权系统将狠抓落实。过去一年主要开展了三方面工作。\n\n"
            "一是完善版权制度。\n\n二是加强版权保护。")
    assert [quote for _, _, quote in _said(done)] == ["全国版权系统将狠抓落实"]
    # a paragraph that opens with no item ends the programme
    ended = ("国家版权局有关负责人表示，全国版权系统将狠抓落实，主要做好两方面工作。\n\n"
             "会议还通报了去年的工作情况。\n\n一是版权登记数量增长。")
    assert [quote for _, _, quote in _said(ended)] == ["全国版权系统将狠抓落实，主要做好两方面工作"]


def test_an_abbreviation_is_the_country_the_report_names_with_it():
    # 新 is Singapore's, but New Zealand's in a report that names 新西兰 and not 新加坡
    assert _said("3月5日，国家知识产权局局长申长雨会见新西兰知识产权局局长一行。"
                 "新方表示，愿与中方加强交流。") == [("country/NZ", None, "愿与中方加强交流")]
    assert _said("3月5日，国家知识产权局局长申长雨会见新加坡知识产权局局长一行。"
                 "新方表示，愿与中方加强交流。") == [("country/SG", None, "愿与中方加强交流")]
    # a sentence of the side's own after a pledge that names 中方 is no new thing of the author's (新方 is no 新…)
    assert [quote for _, _, quote in _said(
        "中国与新西兰举行会谈。\n\n新西兰总理表示，新方坚定奉行一个中国政策，愿同中方加强高层沟通对话。"
        "新方愿同中方加强执法合作。")] == ["愿同中方加强高层沟通对话", "新方愿同中方加强执法合作"]
