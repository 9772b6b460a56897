"""Session 33, one event told twice (ev48): a year printed bare before a name, an edition told on its opening day
and again on a later one, a quoted title printed twice with a slip or told alone, and a visit of one body named in
short and in full. Sentences written for these tests (none copied from an evaluation text), read by the real
pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events


def told(text: str, date: str) -> list[tuple[str, str | None, str | None]]:
    return sorted(((e.label, e.start, e.end) for e in events(text, date=date)), key=str)


def test_a_name_with_a_bare_year_is_the_edition_told_in_full():
    text = ("6月3日，第十届中日知识产权保护研讨会在杭州举行。\n"
            "据悉，2025中日知识产权保护研讨会由两国知识产权局共同主办。\n")
    assert [label for label, _, _ in told(text, "2025-06-06")] == ["第十届中日知识产权保护研讨会"]


def test_an_edition_told_at_its_opening_and_its_closing_is_one_event_over_both_days():
    text = ("6月3日，第十届中日知识产权保护研讨会在杭州开幕。\n"
            "6月5日，第十届中日知识产权保护研讨会闭幕式在杭州举行。\n")
    assert told(text, "2025-06-06") == [("第十届中日知识产权保护研讨会", "2025-06-03", "2025-06-05")]


def test_a_course_batch_told_at_its_opening_and_its_end_is_one_course():
    text = ("3月2日，2025年第一期专利代理师实务培训班在合肥开班。\n"
            "3月12日，2025年第一期专利代理师实务培训班举行结业仪式。\n")
    assert told(text, "2025-03-13") == [("2025年第一期专利代理师实务培训班", "2025-03-02", "2025-03-12")]


def test_two_batches_and_two_stops_told_in_one_paragraph_stay_apart():
    batches = ("3月2日，2025年第一期专利代理师实务培训班在合肥开班。\n"
               "3月12日，2025年第二期专利代理师实务培训班在合肥开班。\n")
    assert len(told(batches, "2025-03-13")) == 2
    stops = "6月3日，第十届中日知识产权保护研讨会在杭州举行。6月10日，第十届中日知识产权保护研讨会在宁波举行。\n"
    assert len(told(stops, "2025-06-11")) == 2


def test_a_quoted_title_printed_again_with_a_slip_is_one_forum():
    text = ("9月15日，市知识产权局同步举办「专利新创—产业变局中的专利布局与战略」论坛。\n"
            "市知识产权局于9月15日举办「2025 IP Week」系列活动，第一场「专利新创一：产业变局中的专利布局与策略」"
            "论坛由局长开场引言。\n")
    forums = [label for label, _, _ in told(text, "2025-09-16") if label.endswith("论坛")]
    assert forums == ["「专利新创—产业变局中的专利布局与战略」论坛"], forums


def test_titles_that_differ_by_a_word_are_two_forums():
    text = ("9月15日，市知识产权局举办「人工智能时代的专利保护与运用」论坛。\n"
            "9月15日，市知识产权局举办「人工智能时代的商标保护与运用」论坛。\n")
    assert len(told(text, "2025-09-16")) == 2


def test_a_title_told_alone_is_the_event_it_names():
    text = ("2023年5月10日，“知识产权与女性创新”网络研讨会在线举行。\n"
            "在题为“知识产权与女性创新”的网络研讨会上，专家分享了经验。\n")
    assert [label for label, _, _ in told(text, "2023-12-01")] == ["“知识产权与女性创新”网络研讨会"]


def test_a_body_visited_named_in_short_then_in_full_is_one_visit():
    text = ("香港大律师公会主席率领代表团访京，今日正式展开访问行程。\n\n"
            "明后日分别拜访版权保护中心及商务部\n\n"
            "公会行程还包括，明日（17日）拜会中国版权保护中心，周四（18日）会拜访商务部。\n")
    visits = [(label, start) for label, start, _ in told(text, "2025-12-16") if "版权保护中心" in label]
    assert visits == [("拜会中国版权保护中心", "2025-12-17")], visits


def test_visits_of_two_bodies_or_on_two_days_stay_apart():
    text = ("香港大律师公会主席率领代表团访京，今日正式展开访问行程。\n\n"
            "12月17日，代表团拜会中国版权保护中心。\n\n12月19日，代表团再次拜会中国版权保护中心。\n")
    assert len([label for label, _, _ in told(text, "2025-12-20") if label.startswith("拜")]) == 2


def test_two_verbs_of_visiting_one_body_in_one_paragraph_are_two_acts():
    text = ("香港大律师公会主席率领代表团访京，今日正式展开访问行程。\n\n"
            "12月17日，代表团上午拜访中国版权保护中心，下午又考察了中国版权保护中心“登记大厅”。\n")
    visits = [label for label, _, _ in told(text, "2025-12-20") if "版权保护中心" in label]
    assert len(visits) == 2, visits


def test_a_headline_calling_the_meeting_by_another_noun_is_the_body_meeting():
    text = "全省知识产权工作大会召开\n1月10日，2025年全省知识产权工作会议在合肥召开。\n"
    assert len(told(text, "2025-01-11")) == 1
    text = "中日知识产权交流会在东京举行\n6月3日，中日知识产权座谈会在东京举行，双方就审查合作进行交流。\n"
    assert len(told(text, "2025-06-06")) == 1


def test_a_headline_of_other_words_before_its_noun_stays_its_own_event():
    text = "中日商标审查交流会在东京举行\n6月3日，中日知识产权座谈会在东京举行，双方就审查合作进行交流。\n"
    assert len(told(text, "2025-06-06")) == 2
