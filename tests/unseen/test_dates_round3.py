"""Issue 16, pattern 2, third round: an event told in one sentence and dated in another. Every sentence here was
written for these tests, none copied from an evaluation text; the event tests run the real pipeline
(tests/unseen/test_events.py's helper)."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_2_a_paragraphs_heading_sentence_takes_the_date_that_opens_the_next_sentence():
    text = ("举办一场商标品牌培育座谈会。5月9日上午，温州市市场监管局邀请二十家企业代表座谈，交流品牌建设经验。\n"
            "召开一次专利导航推进会。会议部署了下半年的专利导航工作。")
    found = events(text, date="2024-05-12")
    assert one(found, "商标品牌培育座谈会").start == "2024-05-09"
    assert one(found, "专利导航推进会").start is None


def test_2_a_heading_with_a_clause_of_its_own_is_running_text_and_takes_no_later_date():
    text = "为培育本地品牌，温州市举办了商标品牌培育座谈会。5月9日，市局还开展了执法检查。"
    assert one(events(text, date="2024-05-12"), "商标品牌培育座谈会").start is None
