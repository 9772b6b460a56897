"""Session 22, organisers and partners (op25): sentences written for these tests (none copied from an evaluation
text or a probe), read by the real pipeline, one group per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def holders(text: str, date: str, label: str) -> tuple[list[str], list[str]]:
    """The organisers and partners the pipeline gives the one event of that label."""
    event = one(events(text, date=date), label)
    return event.organisers, event.partners


def bodies(text: str, date: str, label: str) -> set[str]:
    """Every body the pipeline gives the event of that label a role in (organiser or partner)."""
    return set().union(*holders(text, date, label))

# --- 合办 (co-organise) is a verb of holding: every body of its subject holds the event ------------------------------


def test_bodies_that_co_organise_with_he_ban_all_hold_the_event_traditional_and_simplified():
    for text, label in (("3月2日，第六屆港澳知識產權交流會在澳門舉行。交流會由澳門經濟及科技發展局與"
                         "香港知識產權署合辦。", "第六屆港澳知識產權交流會"),
                        ("3月2日，第六届港澳知识产权交流会在澳门举行。交流会由澳门经济及科技发展局与"
                         "香港知识产权署合办。", "第六届港澳知识产权交流会")):
        assert bodies(text, "2025-03-03", label) == {"org/ao-men-jing-ji-ji-ke-ji-fa-zhan-ju",
                                                     "org/xiang-gang-zhi-shi-chan-quan-shu"}


# --- 联同 (Hong Kong's and Macao's 会同): the body before it holds the event, the one after it helps ------------------


def test_a_body_lian_tong_another_holds_the_event_with_it():
    assert holders("7月9日，香港海關聯同香港生產力促進局舉辦第二屆保護知識產權青年論壇。", "2025-07-10",
                   "第二屆保護知識產權青年論壇") == (["org/xiang-gang-hai-guan"],
                                                      ["org/xiang-gang-sheng-chan-li-cu-jin-ju"])


# --- a body's name in quote marks is still a body of the list and the subject of its verb ---------------------------


def test_names_in_corner_quotes_or_title_marks_are_read_as_the_holders():
    assert bodies("5月6日，第四屆兩岸商標實務研討會在台中舉行。研討會由「台灣商標協會」主辦，"
                  "「中華民國律師公會全國聯合會」協辦。", "2025-05-07", "第四屆兩岸商標實務研討會") == {
        "org/tai-wan-shang-biao-xie-hui", "org/zhong-hua-min-guo-lv-shi-gong-hui-quan-guo-lian-he-hui"}
    assert bodies("由《台灣商標協會》與《台灣專利師公會》共同舉辦的第四屆兩岸商標實務研討會，"
                  "於2025年5月6日在台中舉行。", "2025-05-07", "第四屆兩岸商標實務研討會") == {
        "org/tai-wan-shang-biao-xie-hui", "org/tai-wan-zhuan-li-shi-gong-hui"}


# --- 总协办 (chief co-organiser) is a partner as 协办 is --------------------------------------------------------------


def test_a_chief_co_organiser_is_a_partner():
    assert holders("10月15日，首届东海知识产权服务大会在宁波举行。大会由宁波市市场监督管理局主办，"
                   "宁波市知识产权服务业协会总协办。", "2025-10-16", "首届东海知识产权服务大会") == (
        ["org/ning-bo-shi-shi-chang-jian-du-guan-li-ju"], ["org/ning-bo-shi-zhi-shi-chan-quan-fu-wu-ye-xie-hui"])
