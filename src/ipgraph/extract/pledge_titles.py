"""A pledge a news item's title line tells in short, which its body tells again (商务部：中方将采取必要措施 坚决维护…
/ …中方将采取必要措施，坚决维护中国企业的合法权益。): one statement, whose telling is the body's. The gold of
eval/realtext quotes the body for such a pledge and no title line at all; the title's copy was a pledge too many.
A title line as short as a title (长三角地区将建立知识产权保护协作机制, 粤港将围绕…展开深入合作) heads the body that
tells what it sums up, in other words as often as not (苏浙沪皖三省一市将建立…): what it says is no statement of its
own, whether or not the body's words keep the title's in their order (the dev gold annotates no such line)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TypeVar

from ipgraph.extract.statements import Statement
from ipgraph.extract.voices import shortened, title_lines
from ipgraph.ingest.passages import Passage

_MARKS = re.compile(r"[\s，,、：:；;。！!“”\"「」『』]")
"""What a title prints or leaves out between the same words (a space for a comma, a colon after the body named)."""
_TITLE = 40
"""The longest a title line is (a longer first passage with no 。 is the body's first paragraph, unpunctuated)."""
_SHORTEST = 8
"""The fewest characters of a title's pledge compared: fewer (将加强合作) would be found in order in any pledge."""

S = TypeVar("S", bound=Statement)


def untitled(found: Sequence[S], passages: list[Passage]) -> list[S]:
    """The pledges without those told only in the title lines (voices.title_lines: the passages a news item
    opens with before its first 。) whose words a pledge told in the body keeps in their order: the title told it
    in short (将采取必要措施坚决维权 / 中方将采取必要措施，坚决维护中国企业的合法权益); and, in a report whose body
    pledges, those told only in a line as short as a title, which sums up the body in words of its own."""
    title = title_lines(passages)
    body = [_MARKS.sub("", f.quote) for f in found if not set(f.passages) <= title]
    if not title or not body:
        return list(found)
    short = {p.slug for p in passages if p.slug in title and len(p.text.strip()) <= _TITLE}
    return [f for f in found if not (f.passages and set(f.passages) <= title
                                     and (set(f.passages) <= short
                                          or len(words := _MARKS.sub("", f.quote)) >= _SHORTEST
                                          and any(len(b) >= len(words) and shortened(words, b) for b in body)))]
