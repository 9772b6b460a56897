"""Bodies named with a bracket: an acronym in full-width brackets after a name (世界知识产权组织（WIPO）) is that name
again, and a known body in brackets after a name that no mention covers (原新闻出版总署（国家版权局）与B共同承办) is
the body that name is: one body under two names (a merged administration, 一个机构两块牌子). Its mention is widened
over the name before the bracket and the closing bracket, so a list or a verb's subject runs over them as over a
name (``context.run_before``)."""

from __future__ import annotations

import re

from ipgraph.extract.events.model import BREAKS
from ipgraph.extract.report_facts import Located
from ipgraph.zh.grammar import NAME_BREAKS

_OPEN, _CLOSE = "（(", "）)"
_OUTER_NAME = re.compile(rf"[^{BREAKS}{NAME_BREAKS}（）()“”\s]{{2,20}}$")
"""The name before a bracket that holds a known body: a run of name characters back to a break or a function word."""


def bracketed_body(text: str, mention: Located) -> Located:
    """A body named in brackets (``mention``) after a name no mention covers: the bracket gives the body's other
    name (a merged administration printed 新闻出版总署（国家版权局）, 某省市场监督管理局（知识产权局）), so the
    mention is widened over that name and the closing bracket; with no name before it, it is left as it is."""
    outer = _OUTER_NAME.search(text, max(0, mention.start - 21), mention.start - 1)
    if outer is None:
        return mention
    return Located(mention.kind, mention.key, outer.start(), mention.end + 1)


def named_bodies(text: str, mentions: list[Located], kinds: tuple[str, ...]) -> list[Located]:
    """The mentions of ``kinds`` in ``text`` (in order of start) as a run of names reads them: an acronym in
    full-width brackets right after a name left out, a known body in brackets after an unknown name widened over it."""
    if "（" not in text and "(" not in text:  # most stretches hold no bracket: the plain filter
        return [m for m in mentions if m.kind in kinds]
    found: list[Located] = []
    for m in mentions:
        if m.kind not in kinds:
            continue
        opening = text[m.start - 1:m.start]
        if opening and opening in _OPEN and _CLOSE.find(text[m.end:m.end + 1]) == _OPEN.find(opening):
            if found and found[-1].end == m.start - 1:
                if opening == "（":
                    continue
            else:
                widened = bracketed_body(text, m)
                if widened is m and opening == "（":
                    continue  # an acronym alone in brackets, as after a name
                m = widened
        found.append(m)
    return found
