"""Session 15 of the pledges: shapes of unseen text that carry over, each read by the real pipeline on sentences
written for these tests (none copied from an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _pledgers(text: str) -> list[tuple[str, str]]:
    return sorted((fact.actor, fact.quote) for fact in read(text, "pledges"))


def test_a_complement_of_extent_or_result_closes_the_object_of_will():
    # 将X做实做细, 将X推广到Y, 将X扩大到Y: 将 marks the object the complement closes, as 将X纳入Y does
    assert _pledgers("会议要求，市知识产权局将维权援助做深做细。") == []
    assert _pledgers("市中级人民法院将诉调对接经验推广到全市各基层法院。") == []
    assert _pledgers("天津市知识产权局将两项试点扩大到滨海新区。") == []
    # 做好 right after 将 is what the subject will do, and stays a cue
    assert _pledgers("福州将做好地理标志认定工作。") == [("org/fu-zhou", "福州将做好地理标志认定工作")]


def test_a_word_that_holds_wei_of_its_own_marks_no_object():
    # 侵权行为, 抢注行为: a noun holding 为, not the 为 of 将X列为Y; 将 is the future
    assert _pledgers("国家知识产权局将严厉打击商标恶意抢注行为。") == [
        ("org/CNIPA", "国家知识产权局将严厉打击商标恶意抢注行为")]
    assert _pledgers("香港海關將聯同內地海關打擊侵權行為。") == [
        ("org/xiang-gang-hai-guan", "香港海關將聯同內地海關打擊侵權行為")]
    assert [actor for actor, _ in _pledgers("市市场监督管理局将依法查处各类商标侵权行为。")] == [
        "org/shi-shi-chang-jian-du-guan-li-ju"]


def test_a_clause_after_a_hope_that_tongshi_opens_is_a_pledge_of_its_own():
    # 期待…，同时，将…: the speaker turns from the hope to what the side will do; without 同时 it is more of the hope
    assert _pledgers("韩国特许厅局长表示，期待两局深化交流，同时，将派员参加研讨会。") == [
        ("org/KIPO", "将派员参加研讨会")]
    assert _pledgers("欧洲专利局局长表示，希望双方加强合作；同时，愿与中方共享检索数据。") == [
        ("org/EPO", "愿与中方共享检索数据")]
    assert _pledgers("国家知识产权局局长王明表示，中方期待双方深化合作，同時，将与日方在新技术领域加强交流。") == [
        ("country/CN", "将与日方在新技术领域加强交流")]
    assert _pledgers("国家知识产权局局长王明表示，中方期待双方深化合作，将合作推向新高度。") == []
