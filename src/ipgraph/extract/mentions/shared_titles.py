"""A head noun and a title printed once for both: a body's name and its officer's title share the character that ends
the one and opens the other (經濟部長 = 經濟部 + 部長, 智慧局長 = 智慧局 + 局長, 外交部长 = 外交部 + 部长), as
Chinese contracts 经济部部长 in news and in Taiwan's and Hong Kong's official prose alike.

A head whose row says a following 长 makes it another word (org_heads.tsv, not_before: 局长 is a title, 部长 no body's
end) still ends a name there when the title that 长 completes opens on the head's last character: the name read back
from that head is a body by its officer's title, as 经济部部长 already names 经济部 (OrgShapes._titled_head), and the
person after the title works for it (people.py reads the title from the body's last character, _masked)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from spacy.tokens import Span

from ipgraph.extract.mentions.spans import is_cjk
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, OrgHead
from ipgraph.zh.grammar import NAME_BREAKS

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

_MODIFIER = 4
"""The longest run of title modifiers looked back over (常务副, 署理: title_prefixes.tsv chains them)."""


def shared_title(shapes: OrgShapes, text: str, end: int) -> re.Match[str] | None:
    """The title that opens on the last character of a head ending at ``end`` and runs on past it (部長 in 經濟部長)
    before the name of its holder (a surname opens it, no verb or function word: 某部长宣布, 某处长和): a title after a
    name (申某局长出席) shares nothing with a body, nor one after a bracket (某局(某局)局长), nor a title's own
    character after its modifier (副局长, 署理局長: the body is named before them)."""
    title = shapes.titles.match(text, end - 1) if end > 1 and is_cjk(text[end - 2]) else None
    if title is None or title.end() <= end or title.start(1) != end - 1 or \
            not text.startswith(shapes.surnames, title.end()) or text[title.end()] in NAME_BREAKS or \
            shapes.stops.starting(text, title.end()):
        return None
    return None if any((longer := shapes.titles.match(text, at)) is not None and longer.end() > end - 1
                       for at in range(max(0, end - 1 - _MODIFIER), end - 1)) else title


def shared_head(shapes: OrgShapes, text: str, end: int, found: list[Span]) -> OrgHead | None:
    """The head ending at ``end`` that a shared title follows (經濟部 in 經濟部長), where its row's not_before
    rejects the 长 after it; a character before it that makes it another word (not_after) still does, and so does a
    head ending right before it: 经济部部长 and 科研处处长 print the title whole after the body, and a place's name
    (``found``) right before it: a place's 部长 (某市部长, 阿布扎比部长宣言) is a minister of the place, no body. The
    name read back from it needs what any titled head needs (OrgShapes._titled_head)."""
    if shared_title(shapes, text, end) is None or shapes.head_at(text, end - 1) is not None or \
            any(m.end_char == end - 1 and m.label_ in (CITY, COUNTRY) for m in found):
        return None
    for head in shapes.heads_ending.get(text[end - 1 : end], ()):
        start = end - len(head.head)
        if start > 0 and text.startswith(head.head, start) and not text.endswith(head.not_after or ("\0",), 0, start):
            return head
    return None
