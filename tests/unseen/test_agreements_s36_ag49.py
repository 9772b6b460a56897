"""Agreements, session 36 (ag49): a state's office printed after 的 (会见了来访的冰岛知识产权局局长一行) is an
organisation, as a province's is, so it is the side a collective counts (两局签署, 双方签署), not the state; an
instrument whose name opens with a collective of bodies (并共同签署两局合作谅解备忘录) is the instrument of the bodies
it counts; the sides a collective counts before a title (签署了两省《…》) are no word of its name; an instrument told
again in a later paragraph by its kind's bare noun with the very parties and day of one named before (签约仪式上，…分别
签署了协议) is that instrument; 过 of experience (签订过合作协议) is no word of a name; 共签 signs; a name read after
the with-word that a verb cuts off (与青禾大学共建知识产权学院签约) is what is built, not a side; a class of
signatories (企业代表) is no bare name; each counterpart of one held signing (分别与A、B签约) signs its own; words of a
visit after 与 (与到访的B局局长一行举行会谈，并签署) are no part of the counterpart's name; a clause that describes
the instrument just told (这是双方签署的首个合作协议) or a caption telling it by its kind (图为…签署合作协议) names no
other, unless a word says it is one more (还签署). Every sentence here was written for these
tests, none copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _read(text: str) -> list[tuple[str, list[str], str | None]]:
    return [(a.label, a.parties, a.date) for a in agreements(text, date="2024-06-05")]


def test_two_offices_told_by_their_heads_at_a_visit_are_the_two_that_sign():
    text = ("6月3日，远山市知识产权局局长王岩会见了来访的冰岛知识产权局局长一行。会见后，两局签署了专利审查合作"
            "谅解备忘录。\n")
    assert _read(text) == [("专利审查合作谅解备忘录",
                             ["org/yuan-shan-shi-zhi-shi-chan-quan-ju", "org/bing-dao-zhi-shi-chan-quan-ju"],
                             "2024-06-03")]


def test_the_sides_of_a_visit_are_the_offices_not_the_visitors_state():
    text = "6月3日，远山市知识产权局局长王岩会见了来访的冰岛知识产权局局长一行，双方签署了人员交流备忘录。\n"
    assert _read(text)[0][1] == ["org/yuan-shan-shi-zhi-shi-chan-quan-ju", "org/bing-dao-zhi-shi-chan-quan-ju"]


def test_a_collective_opening_the_instruments_name_counts_its_parties():
    text = "6月3日，远山市知识产权局局长王岩以视频方式会见冰岛知识产权局局长，并共同签署两局合作谅解备忘录。\n"
    assert _read(text) == [("两局合作谅解备忘录",
                             ["org/yuan-shan-shi-zhi-shi-chan-quan-ju", "org/bing-dao-zhi-shi-chan-quan-ju"],
                             "2024-06-03")]


def test_the_sides_counted_before_a_title_are_no_part_of_its_name():
    text = "6月3日，远山省市场监管局、青禾省市场监管局召开联席会议。双方签署了两省《商标协同保护备忘录》。\n"
    assert [label for label, _, _ in _read(text)] == ["商标协同保护备忘录"]


def test_a_bare_noun_later_with_the_same_parties_and_day_is_the_instrument_again():
    text = ("6月3日，远山市知识产权局分别与远山银行、青禾银行签署专利质押融资合作协议。\n"
            "签约仪式上，远山市知识产权局局长王岩与远山银行行长李峰、青禾银行行长赵川分别签署了协议。\n")
    assert [(label, parties) for label, parties, _ in _read(text)] == [
        ("专利质押融资合作协议", ["org/yuan-shan-shi-zhi-shi-chan-quan-ju", "org/yuan-shan-yin-hang"]),
        ("专利质押融资合作协议", ["org/yuan-shan-shi-zhi-shi-chan-quan-ju", "org/qing-he-yin-hang"])]


def test_a_bare_noun_of_other_parties_stands():
    text = ("6月3日，远山市知识产权局与远山银行签署专利质押融资合作协议。\n"
            "当天，远山市知识产权局还与青禾银行签署了合作协议。\n")
    assert [label for label, _, _ in _read(text)] == ["专利质押融资合作协议", "合作协议"]


def test_the_particle_of_experience_is_no_word_of_the_name():
    text = "6月3日，青禾大学与远山市中级人民法院签订战略合作框架协议。据悉，双方此前已于2019年签订过合作协议。\n"
    assert [(label, date) for label, _, date in _read(text)] == [("战略合作框架协议", "2024-06-03"),
                                                                 ("合作协议", "2019")]


def test_gong_qian_signs():
    text = "6月3日，远山市知识产权局与青禾大学共签专利转化合作协议。\n"
    assert _read(text) == [("专利转化合作协议", ["org/yuan-shan-shi-zhi-shi-chan-quan-ju", "org/qing-he-da-xue"],
                            "2024-06-03")]


def test_what_a_verb_after_the_counterpart_builds_is_no_side():
    text = "6月3日，远山省市场监督管理局与青禾大学共建知识产权学院签约仪式举行。\n"
    assert _read(text)[0][1] == ["org/yuan-shan-sheng-shi-chang-jian-du-guan-li-ju", "org/qing-he-da-xue"]


def test_a_class_of_signatories_is_no_bare_name():
    text = "6月3日，远山市知识产权局与企业代表签署专利托管协议。\n"
    assert all("org/qi-ye-dai-biao" not in parties for _, parties, _ in _read(text))


def test_each_counterpart_of_one_held_signing_is_a_signing_of_its_own():
    text = "6月3日，远山市知识产权局分别与青禾大学、远山理工学院签约。\n"
    assert [parties for _, parties, _ in _read(text)] == [
        ["org/yuan-shan-shi-zhi-shi-chan-quan-ju", "org/qing-he-da-xue"],
        ["org/yuan-shan-shi-zhi-shi-chan-quan-ju", "org/yuan-shan-li-gong-xue-yuan"]]


def test_the_visiting_office_is_a_side_of_the_meeting_too():
    from tests.unseen.test_events import events

    met = events("6月3日，远山市知识产权局局长王岩会见了来访的冰岛知识产权局局长一行。\n", date="2024-06-05")
    assert [e.participants for e in met] == [["org/yuan-shan-shi-zhi-shi-chan-quan-ju",
                                              "org/bing-dao-zhi-shi-chan-quan-ju"]]


def test_a_visitor_met_before_a_clause_of_signing_signs_too():
    text = "6月3日，远山市知识产权局局长王岩与到访的冰岛专利局局长一行举行会谈，并签署合作谅解备忘录。\n"
    assert _read(text)[0][1] == ["org/yuan-shan-shi-zhi-shi-chan-quan-ju", "org/bing-dao-zhuan-li-ju"]


def test_a_clause_describing_the_instrument_told_names_no_other():
    text = "6月3日，远山市知识产权局与青禾大学签署战略合作协议，这是双方签署的首个合作协议。\n"
    assert [label for label, _, _ in _read(text)] == ["战略合作协议"]


def test_a_caption_tells_the_instrument_again_by_its_kind():
    text = ("6月3日，远山市知识产权局与青禾大学签署专利运营战略合作框架协议。\n"
            "图为远山市知识产权局局长王岩与青禾大学校长李峰签署合作协议。\n")
    assert [label for label, _, _ in _read(text)] == ["专利运营战略合作框架协议"]


def test_a_bare_noun_said_to_be_one_more_stands():
    text = ("6月3日，远山市知识产权局与青禾大学签署专利运营战略合作框架协议。\n"
            "会上，远山市知识产权局与青禾大学还签署了合作协议。\n")
    assert [label for label, _, _ in _read(text)] == ["专利运营战略合作框架协议", "合作协议"]
