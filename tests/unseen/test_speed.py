"""The speed changes of issue 16 change no outcome: patterns written for a cheaper compile or scan mean what they
meant, and a sort by key gives rdflib's order."""

from __future__ import annotations

import random
import re

from rdflib import Literal

from ipgraph.knowledge.wordlists import Words
from ipgraph.rdf.turtle import _plain_order
from ipgraph.zh.grammar import alternation, segments, sentences


def _plain(words: tuple[str, ...]) -> re.Pattern[str]:
    """The alternation without any of the compiler's shortcuts: longest word first."""
    return re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))


def test_alternation_matches_as_a_plain_alternation() -> None:
    """Single characters become one class, a few words lose the lookahead, many keep it: the same matches."""
    lists = [("、", "和", "与", "及", "-", "]"), ("举办", "举行"), ("以及", "、", "和", "及"),
             tuple("甲乙丙丁戊己庚辛壬癸") + ("子丑", "寅卯辰")]
    alphabet = "".join(sorted(set("".join(w for words in lists for w in words)))) + "x "
    rng = random.Random(16)
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randrange(40))) for _ in range(500)]
    for words in lists:
        fast, plain = re.compile(alternation(words)), _plain(words)
        for text in texts:
            assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert re.fullmatch(f"x{alternation(words)}x", f"x{words[-1]}x")  # one unit inside a larger pattern


def test_sentences_keep_a_full_stop_inside_a_title() -> None:
    """The sentence patterns take runs of plain characters at once: a title still holds its full stop, a lone
    opening mark is a character like any other, a semicolon ends a segment but not a sentence."""
    text = "甲方发布《合作。指南》并致辞；乙方“回应”。丙说《未完；下句。"
    assert [s for _, s in sentences(text)] == ["甲方发布《合作。指南》并致辞；乙方“回应”。", "丙说《未完；下句。"]
    assert [m.group(0) for m in segments(text)] == ["甲方发布《合作。指南》并致辞；", "乙方“回应”。", "丙说《未完；",
                                                    "下句。"]


def test_labels_sort_as_rdflib_sorts_them() -> None:
    """Literals without a datatype are sorted by a key, not by rdflib's comparison in Python: the same order."""
    rng = random.Random(26)
    pieces = ["a", "B", "中", "國", " ", "é", "1", ""]
    for _ in range(2000):
        labels = list({Literal("".join(rng.choice(pieces) for _ in range(rng.randrange(4))),
                               lang=rng.choice([None, "zh", "en", "zh-hant"])) for _ in range(rng.randrange(2, 8))})
        rng.shuffle(labels)
        assert sorted(labels, key=_plain_order) == sorted(labels)


def test_words_start_and_end_as_the_tuple_does() -> None:
    """``Words`` tries only the words of the character at hand: the same answers as ``str.startswith`` with the
    whole tuple, at every offset, for lists with and without an empty word."""
    rng = random.Random(9)
    for words in (("主办", "主任", "举办", "表示", "等", "CEO"), ("以及", "", "和")):
        listed = Words(words)
        for _ in range(300):
            text = "".join(rng.choice("主办任举表示等和以及CEO ") for _ in range(rng.randrange(12)))
            for at in range(-2, len(text) + 2):
                assert listed.starting(text, at) == text.startswith(words, at)
                assert listed.ending(text, at) == text.endswith(words, 0, at)
