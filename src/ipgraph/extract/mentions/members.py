"""Bodies named by their members: the phrase before 成员单位 (member_words.tsv) names a standing body whatever its
head (某某工作联席会议成员单位, 某某工作领导小组成员单位), for only a body has bodies for members."""

from __future__ import annotations

import re
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.spans import overlaps
from ipgraph.knowledge.gazetteer import ORG, read_tsv
from ipgraph.zh.grammar import alternation

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

_SHORTEST = 4
"""The fewest characters of a name read so (部际联席会议): fewer are a bare noun (联盟成员单位 is the members of the
alliance the text named before, which its own name says)."""


class MemberWords:
    """The words of members after a body's name, with a word of generality allowed between (各, 部分, 相关)."""

    def __init__(self, data_dir: str, generality: tuple[str, ...]) -> None:
        rows = read_tsv(Path(data_dir) / "gazetteer" / "member_words.tsv", ("word", "kind"))
        self.kinds = {row["word"]: row["kind"] for row in rows}
        self.generality = generality

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        """Compiled when a passage first holds a word of members."""
        return re.compile(f"(?:{alternation(self.generality)})?({alternation(tuple(self.kinds))})")


def member_bodies(shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
    """The bodies the words of their members name: the phrase before them, read leftwards as a name is (to
    punctuation, a verb before names, another name), of four characters or more, that no mention covers and that
    names no kind of body (相关单位, 各地联席会议)."""
    if not any(word in text for word in shapes.members.kinds):
        return []
    out: list[Span] = []
    named = [s for s in (*found, *added) if s.label_ == ORG]
    for match in shapes.members.pattern.finditer(text):
        end = match.start()
        start = shapes._backward(text, end, [*found, *added])
        if end - start < _SHORTEST or shapes.generic.names_none(text, start, end, lambda _: False):
            continue
        span = shapes._span(doc, start, end, None, shapes.members.kinds[match.group(1)])
        if span is not None and not any(overlaps(span, other) for other in (*named, *out)):
            out.append(span)
    return out
