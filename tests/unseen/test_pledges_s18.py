"""Session 18 (round 1) of the pledges: shapes of unseen text that carry over, each read by the real pipeline on
sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _said(text: str) -> list[tuple[str, str | None, str]]:
    return sorted((f.actor, f.speaker, f.quote) for f in read(text, "pledges"))


def test_a_wire_dateline_and_its_byline_are_no_part_of_the_words_that_open_the_paragraph():
    # 新华社…电（记者…）“…”，X表示: the quotation opens the words, after the dateline; its words are the speaker's
    assert _said("新华社上海3月1日电（记者 王明）“我们将继续扩大知识产权领域的对外开放，让外资企业安心发展”，"
                 "国家知识产权局局长李华表示。") == [
        ("org/CNIPA", "li-hua", "“我们将继续扩大知识产权领域的对外开放，让外资企业安心发展")]
    # a quotation that goes on before its speaker, who is named after it: the words end where the quotation does
    assert _said("中新社广州5月8日电 (记者 陈雪)“今后无论遇到什么困难，中方都将坚定支持多边知识产权体系”，"
                 "中国国家主席习近平8日同来访的巴西总统卢拉会谈时说。") == [
        ("country/CN", "xi-jinping", "中方都将坚定支持多边知识产权体系")]
    # the speaker's verb is sought from the words' start, not from the dateline's: a long setting stays in reach
    assert _said("中评社香港3月2日电／凤凰网报道，今年是规划实施的关键之年，在昨天于国务院新闻办公室召开的吹风会上，"
                 "国家版权局有关负责人指出，全国版权系统将加大对网络侵权的打击力度。") == [
        ("org/NCAC", None, "全国版权系统将加大对网络侵权的打击力度")]


def test_a_person_who_attends_visits_or_stands_in_as_an_envoy_tells_an_itinerary():
    # after the cue, past the time of the act: an invitation (应邀), an envoy's capacity (作为…特使) and a visit told
    # with the light verb 进行 (对…进行国事访问) still lead to a verb of travel or attendance: no pledge
    assert _said("应越南国家主席邀请，国家主席习近平将于12月12日至13日对越南进行国事访问。") == []
    assert _said("商务部部长王强将应邀出席在巴西利亚举行的金砖国家经贸部长会议。") == []
    assert _said("国务院副总理刘明将作为国家主席特使，应邀赴阿根廷出席新总统就职仪式。") == []
    assert _said("李明访问韩国期间，将会见韩国领导人。") == []
    assert _said("访问期间，法国外长将同王明部长举行会谈，两国领导人也将与他进行会见。") == []
    # a body that acts in a capacity, or goes to see firms to work there, still pledges
    assert _said("国家知识产权局将作为牵头单位，推动专利转化。") == [
        ("org/CNIPA", None, "国家知识产权局将作为牵头单位，推动专利转化")]
    assert _said("中方将对企业进行走访调研。") == [("country/CN", None, "中方将对企业进行走访调研")]
    assert _said("中方将与东盟举行知识产权研讨会。") == [("country/CN", None, "中方将与东盟举行知识产权研讨会")]
