"""Dates, session 15 round: what an event that holds another dates it by. Every sentence here was written for these
tests, none copied from an evaluation text; each runs the real pipeline (tests/unseen/test_events.py's helper)."""

from __future__ import annotations

import pytest

from tests.unseen.test_events import events, one

HELD_WITHIN = [
    ("9月3日至5日，第九届长江知识产权交易博览会在武汉举办。本届交易博览会规模空前，还举办了知识产权金融对接会。",
     "2025-09-08", "知识产权金融对接会", "2025-09"),
    ("10月20日至22日，第三届粤港澳设计博览会在广州开幕。设计博览会内容丰富，除了发布年度设计榜单外，还举行了外观设计保护研讨会。",
     "2025-10-25", "外观设计保护研讨会", "2025-10"),
    ("6月12日，第五届西部知识产权高峰论坛在成都举行。高峰论坛形式新颖，还举办了知识产权成果展。",
     "2025-06-15", "知识产权成果展", "2025-06-12"),
    ("5月18日上午，2025年临江市知识产权宣传周启动活动在市民广场举行。此次活动涵盖临江市专利转化成果展，多家企业参展。",
     "2025-05-20", "临江市专利转化成果展", "2025-05-18"),
    ("8月5日，第四届中西部知识产权博览会在西安开幕。本届博览会持续三天，还举办了专利技术对接会。",
     "2025-08-09", "专利技术对接会", "2025-08"),
]


@pytest.mark.parametrize(("text", "own", "name", "start"), HELD_WITHIN)
def test_a_part_told_without_a_date_is_held_when_the_event_holding_it_was(text, own, name, start):
    """本届X…还举办了Y, 此次活动涵盖Y: Y was held during X — on its day when X lasted one, else in its month (which
    day not told)."""
    assert one(events(text, date=own), name).start == start


def test_a_part_whose_sentence_prints_its_own_day_keeps_it():
    text = ("9月3日至5日，第九届长江知识产权交易博览会在武汉举办。交易博览会还于9月4日举办了知识产权金融对接会。")
    assert one(events(text, date="2025-09-08"), "知识产权金融对接会").start == "2025-09-04"


def test_a_part_retold_later_with_its_own_day_keeps_that_day():
    text = ("9月3日至5日，第九届长江知识产权交易博览会在武汉举办。本届交易博览会还举办了知识产权金融对接会。"
            "9月4日，知识产权金融对接会在武汉举行。")
    assert one(events(text, date="2025-09-08"), "知识产权金融对接会").start == "2025-09-04"
