"""Session 24, organisers and partners (op31): who holds an event, told where the event itself is not told again.
Sentences written for these tests (none copied from an evaluation text or a probe), read by the real pipeline, one
group per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one

ZHEJIANG = "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"
HANGZHOU = "org/hang-zhou-shi-zhi-shi-chan-quan-ju"


def holders(text: str, date: str, label: str) -> tuple[list[str], list[str]]:
    """The organisers and partners the pipeline gives the one event of that label."""
    event = one(events(text, date=date), label)
    return event.organisers, event.partners


# --- 由A主办的X: a relative clause of roles before the name of an event told before ---------------------------------


def test_a_series_begun_under_its_holders_names_them_for_the_event_told_before():
    assert holders("长江专利论坛举行\n\n由浙江省知识产权局主办、杭州市知识产权局承办的长江专利论坛自2019年开始，"
                   "已举办五届。", "2025-04-01", "长江专利论坛") == ([ZHEJIANG], [HANGZHOU])


def test_the_clauses_of_roles_before_the_relative_one_hold_the_event_too():
    assert holders("长江专利论坛举行\n\n由浙江省知识产权局主办，杭州市知识产权局承办的长江专利论坛自2019年开始，"
                   "已举办五届。", "2025-04-01", "长江专利论坛") == ([ZHEJIANG], [HANGZHOU])


def test_a_plan_told_after_the_headline_names_the_holder_of_the_headlines_event():
    organisers, _ = holders("首届长江版权博览会3月30日开幕\n\n3月30日至4月22日，由浙江省版权局主办的首届长江版权"
                            "博览会将在杭州向市民展示优秀作品。", "2025-03-05", "首届长江版权博览会")
    assert organisers == ["org/zhe-jiang-sheng-ban-quan-ju"]


def test_a_relative_clause_before_a_name_never_told_makes_no_event():
    assert events("由浙江省知识产权局主办的长江专利论坛自2019年开始，已举办五届。", date="2025-04-01") == []


# --- a short name, then adverbials of guidance and support, then 由 --------------------------------------------------


def test_a_short_name_guided_and_supported_before_its_by_clause_is_still_its_subject():
    organisers, partners = holders("3月5日，第二届长江专利论坛（简称“长江论坛”）在杭州举行。\n长江论坛是在国家知识"
                                   "产权局指导下，在杭州市人民政府支持下，由浙江省知识产权局主办。", "2025-03-06",
                                   "第二届长江专利论坛")
    assert organisers == [ZHEJIANG]
    assert partners == ["org/CNIPA", "org/hang-zhou-shi-ren-min-zheng-fu"]


# --- a short name defined inside a longer name: two events, the inner one undated there ----------------------------


def test_a_press_conference_of_a_forum_given_a_short_name_is_an_event_of_its_own():
    found = events("8月7日，2023长江专利论坛（以下简称“长江论坛”）新闻发布会在北京召开。\n本届长江论坛将于9月5日在"
                   "杭州举办，由浙江省知识产权局主办。", date="2023-08-09")
    assert one(found, "2023长江专利论坛新闻发布会").start == "2023-08-07"
    forum = one(found, "2023长江专利论坛")
    assert (forum.start, forum.organisers) == ("2023-09-05", [ZHEJIANG])
