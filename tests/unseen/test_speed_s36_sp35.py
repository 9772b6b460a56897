"""Shortcuts taken for speed in session 36 (sp35) give what the plain ways gave: each is run here beside the plain
form it replaced, on text written for these tests and on the real pipeline."""

from __future__ import annotations

import re

import pytest

from ipgraph.extract.events.clauses import in_noun
from ipgraph.extract.events.context import Context, inside
from ipgraph.extract.events.loading import load_rules
from ipgraph.extract.events.rules import ReportEvents
from ipgraph.extract.facts import extract
from ipgraph.ingest.passages import _HEADING_RANKS, _MAX_HEADING, segment
from ipgraph.knowledge.gazetteer import load as load_gazetteer
from ipgraph.knowledge.wordlists import word_starts
from ipgraph.zh.dates import DateSpan, referred_day
from ipgraph.zh.folding import Folding
from ipgraph.zh.grammar import alternation, match_starts, searched
from tests.unseen.test_events import events, one

TEXTS = ["甲市知识产权局與乙大學簽署合作協議。", "某县举办成就展和研讨会，就合作交换意见。", "ＷＩＰＯ研讨会（第二期）",
         "\U00020000\U0002a6d6字", "plain ascii ]^\\-", "", "（一）工作进展", "三、国际合作", "12. 培训班",
         "专栏 3 案例"]


def test_folding_tells_a_change_as_the_set_of_its_characters_does(res) -> None:
    """The table's class of characters (and, beyond the Basic Multilingual Plane, its set) finds a character to fold
    where the set test did: with the report's own table, and with a table of ASCII marks and astral characters."""
    tables = [load_gazetteer(res.knowledge).one_script,
              Folding({ord("]"): "］", ord("\\"): "＼", ord("^"): "＾", ord("-"): "－", 0x20000: "一"})]
    for table in tables:
        for text in TEXTS + [t[::-1] for t in TEXTS]:
            assert table.changes(text) == (not table.changed.isdisjoint(text))
            assert table.fold(text) == text.translate(table)
    plain = "某局举办研讨会"
    assert tables[0].fold(plain) is plain  # nothing to fold: the same text


def test_a_type_noun_opens_only_with_one_of_the_type_openings(res) -> None:
    """``type_firsts`` is a test before ``type_pattern.match``: no type noun opens with another character, so the
    stop inside an event noun (就 in 成就展) is still found, and a stop outside one is not."""
    rules = load_rules(res.knowledge)
    assert all(word[0] in rules.type_firsts for word, _, _ in rules.types)
    sentence = TEXTS[1]
    assert in_noun(sentence, sentence.index("就"), rules)  # 成就展: 就 is the noun's
    assert not in_noun(sentence, sentence.rindex("就"), rules)  # 就合作: a preposition
    found = events("2023年5月8日，某县市场监管局举办知识产权保护成就展和专利代理师业务研讨会。", date="2023-05-09")
    assert one(found, "知识产权保护成就展").start == "2023-05-08"


@pytest.mark.parametrize("line", ["附件二", "【工作动态】", "三、国际合作", "可持续发展目标 9：产业", "（一）多边合作",
                                  "(二)双边合作", "12. 培训班", "１２. 全角", "专栏 3 案例", "某局举办培训班",
                                  "一是加强合作", "", "#", "## 12. 培训班", "## １２. 全角", "## 专栏 3"])
def test_a_line_is_tried_as_a_heading_only_when_it_opens_as_one(line: str) -> None:
    """Every heading pattern opens with a character of ``_HEADING_OPENINGS`` or a digit: a line opening otherwise
    matches none, so skipping it changes no rank."""
    markdown = line.startswith("#")
    title = line.lstrip("#").strip()
    plain = next((rank for pattern, rank in _HEADING_RANKS if len(title) <= _MAX_HEADING and pattern.match(title)),
                 None)
    opened = [p for p in segment(f"{line}\n") if p.kind == "heading"]
    assert bool(opened) == (plain is not None and (plain != 3 or markdown))


def test_a_referring_word_is_read_against_each_date_told_last() -> None:
    """The word is looked for once per text; the date it takes is the one told last at each reading."""
    text = "次日，双方签署协议。"
    assert referred_day(text, DateSpan("2024-09-16", "2024-09-16", 0, 10)).start == "2024-09-17"
    assert referred_day(text, DateSpan("2024-12-31", "2024-12-31", 0, 10)).start == "2025-01-01"
    assert referred_day(text, None) is None
    assert referred_day("当天，双方签署协议。", DateSpan("2024-05", "2024-05", 0, 7)).start == "2024-05"


def test_a_stretch_of_a_passage_is_made_once_and_as_a_new_one_would_be(res) -> None:
    text = "2024年3月5日，上海市知识产权局与复旦大学在复旦大学举办知识产权培训班。培训班由复旦大学承办。"
    passages = segment(text)
    facts = extract(passages, res.knowledge)
    reader = ReportEvents(passages, facts, (), 2024, res.knowledge, "2024-03-06")
    passage = passages[0]
    made = reader.context(passage, 0, 30)
    assert reader.context(passage, 0, 30) is made
    fresh = Context(passage.text, facts.located.get(passage.slug, []), 0, 30)
    assert (made.text, made.mentions, made.origin) == (fresh.text, fresh.mentions, fresh.origin)
    assert made.mentions and inside([(0, 3)], 2) and not inside([(0, 3)], 3) and not inside([], 0)


def test_an_opening_is_read_as_during_an_event_only_with_a_word_of_the_lists(res) -> None:
    """``during_words`` holds every word the openings of ``during`` and ``during_told`` need: a sentence whose
    opening holds one is still read so (博览会期间, 活动现场还…), and one holding none is not."""
    rules = load_rules(res.knowledge)
    for word in (*rules.words["during"], *rules.words.get("same_time", ()), *rules.words.get("held_at", ())):
        assert rules.during_words.search(f"甲乙{word}，") is not None
    text = "10月14日，第十届某某知识产权博览会在大连开幕。博览会期间，举办了某某专利奖颁奖大会。"
    assert one(events(text, date="2024-10-20"), "某某专利奖颁奖大会").start == "2024-10"


def test_a_sentence_read_again_after_another_month_takes_that_month(res) -> None:
    """The printed dates of a text are kept by the date told before it: the same sentence with a day alone, told
    after two different months, is dated in each."""
    text = ("3月2日，甲市知识产权局举办专利论坛。5日，乙区市场监管局举办商标培训班。"
            "4月1日，丙县知识产权局举办版权讲座。5日，乙区市场监管局举办商标培训班。")
    starts = sorted(e.start or "" for e in events(text, date="2024-04-30") if e.label.endswith("商标培训班"))
    assert starts == ["2024-03-05", "2024-04-05"]


def test_titles_and_head_starts_grouped_by_first_character_match_as_the_plain_alternation(res) -> None:
    """``searched`` groups the words by first character: the titles' pattern and the heads' starts find what the
    plain alternation found, at every position."""
    gazetteer = load_gazetteer(res.knowledge)
    heads = tuple(h.head for h in gazetteer.org_heads)
    plain_heads = re.compile(match_starts(f"({alternation(heads)})", "".join(w[0] for w in heads)))
    prefix = alternation(gazetteer.title_prefixes)
    plain_title = re.compile(f"(?:(?:{prefix})(?:、(?={prefix}))?)*(?:{alternation(gazetteer.titles)})")
    title = re.compile(f"(?:(?:{prefix})(?:、(?={prefix}))?)*{searched(gazetteer.titles)}")
    texts = ["国家知识产权局局长申长雨会见世界知识产权组织总干事邓鸿森，副局长、党组成员甲乙出席。",
             "上海市高级人民法院与复旦大学知识产权研究中心签署协议；某某协会秘书长兼副会长丙丁致辞。"]
    for text in texts:
        assert [(m.span(), m.group(1)) for m in word_starts(heads).finditer(text)] == \
            [(m.span(), m.group(1)) for m in plain_heads.finditer(text)]
        for at in range(len(text)):
            found, plain = title.match(text, at), plain_title.match(text, at)
            assert (found and found.span()) == (plain and plain.span())
