"""Session 28 (op37), organisers told outside the event's own sentence: a headline tells the event with a bare
verb and the lead below it names the body that held it (events/headlines.py). Sentences written for these tests
(none copied from an evaluation text), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events


def _holders(found: list, label: str) -> list[str]:
    return next(e.organisers for e in found if e.label == label)


def test_a_lead_naming_the_headline_event_again_gives_it_the_body_opening_a_clause_before_the_verb():
    """Headline 某地开展…宣传周活动; lead 在…之际，县农业农村局自5月10日至16日，在全县开展…宣传周活动: the lead's name
    is the headline's without its year, and the body opening a clause before the verb holds it."""
    found = events("平川开展2023年植物新品种保护宣传周活动\n\n"
                   "在国际生物多样性日来临之际，县农业农村局自5月10日至16日，在全县范围内开展植物新品种保护宣传周活动，"
                   "普及品种权知识。", date="2023-05-17")
    assert _holders(found, "2023年植物新品种保护宣传周") == ["org/xian-nong-ye-nong-cun-ju"]


def test_a_lead_body_after_a_purpose_clause_and_an_adverb_holds_the_headline_campaign():
    found = events("东港区市场监督管理局“两聚焦”开展“护农”商标保护专项行动\n\n"
                   "为维护农资市场秩序，保护农民合法权益，东港区市场监督管理局积极开展2024年“护农”商标保护专项行动。",
                   date="2024-03-20")
    holders = [e.organisers for e in found if e.label.endswith("“护农”商标保护专项行动")]
    assert holders == [["org/dong-gang-qu-shi-chang-jian-du-guan-li-ju"]]


def test_a_headline_held_by_a_county_is_held_by_the_county_body_the_lead_names():
    """Headline 某县开展…活动 (the county as its government); lead 县科技局在…开展…: the county's own unit held it."""
    found = events("石门县开展2022年科技活动周系列活动\n\n"
                   "5月18日，县科技局在城东广场开展2022年科技活动周活动，现场解答专利申请问题。", date="2022-05-19")
    holders = [e.organisers for e in found if "科技活动周" in e.label]
    assert holders and all(h == ["org/shi-men-xian-ke-ji-ju"] for h in holders)


def test_a_theme_in_quotation_marks_holding_a_comma_does_not_cut_the_lead_verb_from_its_event():
    """Lead 县文旅局在…开展以“A，B”为主题的…宣传周活动暨…: the theme's comma breaks no clause, so the county's body
    the lead names holds the headline's series, not the county."""
    found = events("石门县开展“4·26”版权宣传周系列活动\n\n"
                   "4月24日，在“4·26”版权日到来之际，县文旅局在人民广场开展以“尊重创作，保护版权”为主题的版权宣传周活动"
                   "暨联合检查行动。", date="2024-04-25")
    holders = [e.organisers for e in found if "版权宣传周" in e.label]
    assert holders == [["org/shi-men-xian-wen-lv-ju"]]


def test_a_lead_that_names_another_event_or_two_bodies_before_the_verb_gives_no_holder():
    """Guards the rule: a lead sentence whose own event is not the headline's, or whose verb has two bodies before it
    in different clauses, says nothing of who held the headline's event."""
    found = events("平川开展2023年植物新品种保护宣传周活动\n\n"
                   "县农业农村局联络员介绍，县种子站近日在全县开展种子质量抽检活动。", date="2023-05-17")
    assert all(not e.organisers for e in found if "宣传周" in e.label)
