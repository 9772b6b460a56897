"""Session 12 of the pledges: shapes of unseen text that carry over, each read by the real pipeline on sentences
written for these tests (none copied from an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read

ZHEJIANG = "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"
NINGBO = "org/ning-bo-shi-shi-chang-jian-du-guan-li-ju"
HANGZHOU = "org/hang-zhou-shi-ren-min-zheng-fu"


def _pledgers(text: str) -> list[tuple[str, str]]:
    return sorted((fact.actor, fact.quote) for fact in read(text, "pledges"))


def test_we_in_a_quotation_that_goes_on_from_a_paragraph_before_is_the_speaker_told_there():
    assert _pledgers("浙江省知识产权局局长王明出席会议。王明说，今年成绩显著。\n\n"
                     "“我们还将优化服务环境，为企业提供便利。”") == [
        (ZHEJIANG, "“我们还将优化服务环境，为企业提供便利")]  # the quote ends where the quotation closes
    assert _pledgers("宁波市市场监督管理局局长王明出席会议。\n\n王明说，今年成绩显著。\n\n"
                     "“我们将对今年工作取得的成效进行总结。”") == [
        (NINGBO, "“我们将对今年工作取得的成效进行总结")]  # 成效 holds 成 and marks no object of 将
    # no one told speaking before: 我们 is nobody's there, as before
    assert _pledgers("浙江省知识产权局局长王明出席会议。\n\n本届展会规模空前。我们将继续优化服务。") == []


def test_he_takes_up_the_person_who_opens_the_sentence_before_not_the_one_it_names_last():
    # the passage opens with no speaker (two people attend); 他说 is 李华's, who opens the sentence before it
    assert _pledgers("会上，浙江省知识产权局局长王明和杭州市副市长李华出席。李华代表市政府，代表市委书记张强，"
                     "对嘉宾表示感谢。他说，知识产权是发展的标志。当前，杭州发展面临机遇。"
                     "我们将抓好合作协议的落实。") == [(HANGZHOU, "我们将抓好合作协议的落实")]


def test_will_before_a_setting_with_a_possessive_is_the_future_not_an_attribute():
    assert _pledgers("世界知识产权组织总干事邓鸿森会见了王明。\n\n邓鸿森对合作表示满意。他强调，中国发挥了独特作用。"
                     "他表示将在新的任期内进一步推动合作。") == [("org/WIPO", "他表示将在新的任期内进一步推动合作")]
    assert _pledgers("双方即将举办的博览会规模很大。") == []  # 将 qualifying a noun stays no cue
