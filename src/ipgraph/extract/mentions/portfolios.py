"""A holder's portfolio or group printed between the body's name and the title: a minister's portfolio (某国文化艺术部
文艺大臣甲), the delegation a 团长 heads (某国特许厅代表团团长乙). The words there are part of the role, not a name
before the title, and the holder is the body's; the titles that take one are marked in titles.tsv (column
portfolio)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ipgraph.extract.mentions.spans import HAN
from ipgraph.zh.grammar import NAME_BREAKS, alternation


def portfolio_pattern(titles: tuple[str, ...]) -> re.Pattern[str] | None:
    """Two to six characters of a portfolio right before one of ``titles``; None when no title takes one."""
    return re.compile(rf"(?:(?![{NAME_BREAKS}]){HAN}){{2,6}}?(?=(?:{alternation(titles)}))") if titles else None


def portfolio_ends(text: str, ends: dict[int, Span], pattern: re.Pattern[str] | None) -> dict[int, Span]:
    """The body each portfolio title is of, keyed where its portfolio ends (文艺 in 某部文艺大臣甲), so the title reads
    as one right after the body: the name after it is the minister's."""
    if pattern is None:
        return {}
    return {match.end(): org for end, org in list(ends.items()) if (match := pattern.match(text, end))}
