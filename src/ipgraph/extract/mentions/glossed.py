"""A person whose body a bracket gives: one that follows the name and holds the body and the title held there (张立群
（北京大学教授）表示; 马丁（英国知识产权局局长）和乙（某国专利局局长）出席), or one that follows the name and its title
and holds the body alone (甲教授（某大学）): the bracket, not the words before the name, says whose the person is."""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from ipgraph.extract.mentions.neighbours import Named
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import COORDINATORS, NAME_BREAKS, NAME_PUNCTUATION

_OPENINGS = ("（", "(")
_CLOSINGS = ("）", ")")


def opening(text: str, start: int, end: int) -> int:
    """Where the bracket opens whose words end with the title at ``start``-``end`` (…（北京大学教授）): -1 when the
    title does not close a bracket opened within 30 characters."""
    at = max(text.rfind(mark, max(0, start - 30), start) for mark in _OPENINGS)
    if text[end : end + 1] not in _CLOSINGS or at < 0 or any(c in "".join(_CLOSINGS) for c in text[at:start]):
        return -1
    return at


def foreign_before(text: str, at: int, country: str, plain: Callable[[int, int], bool],
                   after_word: Callable[[int], bool]) -> tuple[int, int] | None:
    """The name of no Chinese surname right before the bracket at ``at`` that glosses it with a foreign body
    (``country`` is not China): two to five characters that open at a list mark, a coordinator (、乙（某国专利局局长）;
    和乙（…）) or a word that a name follows (会见, 包括), the longest such run; a foreign name's characters are no
    Chinese surname's, so the mark before it is what says where it starts."""
    if country in ("", "CN"):
        return None
    for start in range(max(0, at - 5), at - 1):
        before = text[start - 1 : start]
        if (start == 0 or before in NAME_PUNCTUATION or text.endswith(COORDINATORS, 0, start) or after_word(start)) \
                and plain(start, at):
            return start, at
    return None


def body_after(text: str, at: int, ends: dict[int, Span]) -> Span | None:
    """The body a bracket right after a name and its title or honorific names, and nothing else (甲教授（某大学）;
    乙先生（某公司）): the person's, as a body printed before the name would be."""
    if text[at : at + 1] not in _OPENINGS:
        return None
    close = min((c for mark in _CLOSINGS if (c := text.find(mark, at, at + 40)) > 0), default=-1)
    body = ends.get(close)
    return body if body is not None and body.start_char == at + 1 else None


def bodied(text: str, mentions: list[Span], surname: re.Pattern[str], plain: Callable[[int, int, int], bool],
           after_word: Callable[[int], bool]) -> list[Named]:
    """People named with no title before a bracket that holds their body alone, each opening a list item or a
    clause (左起：甲（某大学）、乙（某公司）; 会见了甲（某研究院）和乙（某大学）): a Chinese surname and one or two
    characters, the bracket's body theirs; not where a body or a place is printed right before the bracket, nor a
    contraction the bracket spells out (华政（华东政法大学）)."""
    found: list[Named] = []
    for org in mentions:
        at = org.start_char - 1
        if org.label_ != ORG or text[at : at + 1] not in _OPENINGS or text[org.end_char : org.end_char + 1] \
                not in _CLOSINGS or any(m.start_char < at and at - 4 < m.end_char for m in mentions):
            continue  # 欧专局（EPO）: the bracket glosses a body's name, no person's
        for start in range(max(0, at - 4), at - 1):
            name = surname.match(text, start)
            if name and at - name.end() in (1, 2) and plain(start, at, name.end()) and \
                    not _contracts(text[start:at], org.text) and (
                    start == 0 or text[start - 1] in NAME_PUNCTUATION + NAME_BREAKS + "\n"
                    or text.endswith(COORDINATORS, 0, start) or after_word(start)):
                found.append((start, at, "", org, start))
                break
    return found


def _contracts(short: str, name: str) -> bool:
    """``short`` is a contraction of ``name``, its characters in the name's order (华政 of 华东政法大学)."""
    rest = iter(name)
    return all(c in rest for c in short)
