"""What the mention components share: the span groups they fill, the mention record, and the few character
tests every component makes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from operator import attrgetter

from spacy.tokens import Doc, Span, SpanGroup
from spacy.vocab import Vocab

MENTIONS, DEFINITIONS, CANDIDATES = "mentions", "definitions", "candidates"
BLOCK, ACRONYM = "BLOCK", "ACRONYM"
TEXT_KEY = "ipgraph_text"
SPANS_KEY = "ipgraph_spans"

if not Span.has_extension("ipg"):
    Span.set_extension("ipg", default=None)  # what a component knows of a new name (kind, country, parent …)


@dataclass(unsafe_hash=True)  # not frozen, as ``extract.report_facts.Located``
class Mention:
    """A name found in a passage, with the node it resolves to (``key`` empty when new)."""

    kind: str
    key: str
    text: str
    start: int
    end: int
    details: dict = field(default_factory=dict, compare=False, hash=False)


def doc_text(doc: Doc) -> str:
    """The doc's text, kept in ``user_data``: spaCy rebuilds ``doc.text`` from every token on each access, which
    was 40% of extraction time when each component read it."""
    text = doc.user_data.get(TEXT_KEY)
    if text is None:
        text = doc.user_data[TEXT_KEY] = doc.text
    return text


def set_spans(doc: Doc, name: str, spans: list[Span]) -> None:
    ordered = sorted(spans, key=_TOKENS) if len(spans) > 1 else list(spans)
    doc.spans[name] = SpanGroup(doc, name=name, spans=ordered)
    doc.user_data.setdefault(SPANS_KEY, {})[name] = ordered


_TOKENS = attrgetter("start", "end")
"""A span's first token and the one after its last, read in C (a lambda is a Python call per span)."""


def get_spans(doc: Doc, name: str) -> list[Span]:
    """The spans ``set_spans`` put under ``name``, the same objects in the same order: read back from ``doc.spans``,
    spaCy makes a new Span of each, and the four components and the reader after them did so for every mention
    (14,000 Spans a build)."""
    found = doc.user_data.get(SPANS_KEY, {}).get(name)
    return list(found) if found is not None else list(doc.spans.get(name, []))


def inside_latin_word(text: str, start: int, end: int) -> bool:
    """A Latin name glued to letters, digits or a slash is part of a longer token (WIPO/ACE/12/14)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (text[start].isascii() and (before.isascii() and before.isalnum() or before == "/")) or (
        text[end - 1].isascii() and (after.isascii() and after.isalnum() or after == "/"))


HAN = r"[^\W\d_A-Za-z\u2150-\u218f\u2460-\u24ff\u3007\u3021-\u3029\uff10-\uff5a]"
"""A character of a word written in Chinese: a letter of no Latin alphabet and no number (①, Ⅱ, 〇 are \\w
but no part of a name). Written by categories, not as the range 一-鿿: the regex compiler walks a range code
point by code point, 1.3 ms for the ideographs' 21,000, and the mention stage compiles sixty such classes a
build (a twentieth of a no-cache build). Letters of other scripts it also takes (kana, Hangul, é) are refused
where a name is decided (``is_cjk``); no output of the bundled or real-text builds changed."""


def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def holds(text: str, marks: str) -> bool:
    """The text holds one of ``marks``: characters some pattern cannot match without, so that most passages, which
    hold none, skip its scan. A loop: ``any`` over a generator costs a frame per mark."""
    for mark in marks:
        if mark in text:
            return True
    return False


def suffix_end(suffix: re.Pattern[str], text: str, at: int) -> int:
    """Where a place's name that ends at ``at`` ends with its suffix (上海 → 上海市); the suffix is optional, so
    the pattern always matches."""
    found = suffix.match(text, at)
    return found.end() if found else at


def overlaps(a: Span, b: Span) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


_WHITE_RUNS = re.compile(r"(\s\s*)")
"""``\\s`` is ``str.isspace``, character for character; a run spelt ``\\s\\s*``, not ``\\s+``, so that re looks for its
first character in C (a repeat first is tried at every position)."""


def characters(text: str) -> tuple[list[str], list[bool]]:
    """The tokens of ``pipeline.cfg``'s character segmenter: each character that is not white space, the white
    space between them as tokens of their own, a single space after a character as that token's space.

    What spaCy's ``ChineseTokenizer`` gives, without its alignment (``get_words_and_spaces``), which copies the
    rest of the text for every character: quadratic, 8 s for one passage of 300,000 characters. The text is cut
    at its runs of white space, so the characters between them are listed in C, not one by one.
    """
    words: list[str] = []
    spaces: list[bool] = []
    parts = _WHITE_RUNS.split(text)  # characters, a run of white space, characters, …
    for index in range(0, len(parts), 2):
        chunk = parts[index]
        words += chunk
        spaces += [False] * len(chunk)
        run = parts[index + 1] if index + 1 < len(parts) else ""
        if chunk and run[:1] == " ":
            spaces[-1] = True
            run = run[1:]
        if run:
            words.append(run)
            spaces.append(False)
    return words, spaces



class _Orths(dict[str, int]):
    """Each token's string → its id in the vocabulary. A Doc made of the ids is the same Doc, but spaCy skips
    encoding and hashing every character again: that was half of making the Docs."""

    def __init__(self, vocab: Vocab) -> None:
        super().__init__()
        self.strings = vocab.strings

    def __missing__(self, word: str) -> int:
        orth: int = self.strings.add(word)
        self[word] = orth
        return orth


@lru_cache(maxsize=2)
def _orths(vocab: Vocab) -> _Orths:
    return _Orths(vocab)


def character_doc(vocab: Vocab, text: str) -> Doc:
    """The text as the pipeline reads it: a token per character (``characters``), made of the tokens' ids."""
    words, spaces = characters(text)
    return Doc(vocab, list(map(_orths(vocab).__getitem__, words)), spaces)  # type: ignore[arg-type]  # ids for strings


def character_ids(vocab: Vocab, text: str) -> tuple[int, ...]:
    """The ids of ``character_doc``'s tokens, without the Doc: a phrase matcher on ORTH takes them as a pattern (as
    spaCy's own unpickling of a PhraseMatcher adds its patterns), and skips making a Doc and asking it for five
    annotations per pattern: a third of the pipeline's load."""
    return tuple(map(_orths(vocab).__getitem__, characters(text)[0]))
