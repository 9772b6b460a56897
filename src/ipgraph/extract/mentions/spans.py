"""What the mention components share: the span groups they fill, the mention record, and the few character
tests every component makes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, SpanGroup

MENTIONS, DEFINITIONS, CANDIDATES = "mentions", "definitions", "candidates"
BLOCK, ACRONYM = "BLOCK", "ACRONYM"
TEXT_KEY = "ipgraph_text"

if not Span.has_extension("ipg"):
    Span.set_extension("ipg", default=None)  # what a component knows of a new name (kind, country, parent …)


@dataclass(frozen=True)
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
    doc.spans[name] = SpanGroup(doc, name=name, spans=sorted(spans, key=lambda s: (s.start, s.end)))


def inside_latin_word(text: str, start: int, end: int) -> bool:
    """A Latin name glued to letters, digits or a slash is part of a longer token (WIPO/ACE/12/14)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (text[start].isascii() and (before.isascii() and before.isalnum() or before == "/")) or (
        text[end - 1].isascii() and (after.isascii() and after.isalnum() or after == "/"))


CJK = "\u4e00-\u9fff"
def is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


def suffix_end(suffix: re.Pattern[str], text: str, at: int) -> int:
    """Where a place's name that ends at ``at`` ends with its suffix (上海 → 上海市); the suffix is optional, so
    the pattern always matches."""
    found = suffix.match(text, at)
    return found.end() if found else at


def overlaps(a: Span, b: Span) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


def characters(text: str) -> tuple[list[str], list[bool]]:
    """The tokens of ``pipeline.cfg``'s character segmenter, in one pass: each character that is not white space,
    the white space between them as tokens of their own, a single space after a character as that token's space.

    What spaCy's ``ChineseTokenizer`` gives, without its alignment (``get_words_and_spaces``), which copies the
    rest of the text for every character: quadratic, 8 s for one passage of 300,000 characters.
    """
    words: list[str] = []
    spaces: list[bool] = []
    position, length = 0, len(text)
    while position < length:
        gap = position
        while gap < length and text[gap].isspace():
            gap += 1
        if gap > position:
            words.append(text[position:gap])
            spaces.append(False)
            position = gap
            if position == length:
                break
        words.append(text[position])
        spaces.append(False)
        position += 1
        if position < length and text[position] == " ":
            spaces[-1] = True
            position += 1
    return words, spaces
