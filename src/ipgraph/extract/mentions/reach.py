"""How far a name is read leftwards from its head: sixteen characters, or up to twenty-four when the characters past
the sixteenth open with a place printed as names open (中国(上海)自由贸易试验区临港新片区市场监督管理局, 河源市…联席会议
成员单位, 国家…办公室…局): the long names of zones, joint bodies and units of a national office. A run that opens
otherwise (内江十二部门签订协议…网, a headline) stays cut, as a phrase that long is rarely one name."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Span

from ipgraph.extract.mentions.spans import is_cjk
from ipgraph.knowledge.gazetteer import CITY, COUNTRY
from ipgraph.zh.grammar import NATIONAL

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

REACH = 16
"""Characters read leftwards from a head before the reading asks whether a place opens the name further on."""
_LONG_REACH = 24
"""The most characters read when one does."""


def within_reach(shapes: OrgShapes, text: str, at: int, head_start: int, ends: dict[int, Span]) -> bool:
    """Whether reading leftwards from ``head_start`` goes on before ``at``, past :data:`REACH`: the run of name
    characters (and bracketed places) before ``at`` must end, within :data:`_LONG_REACH`, where a place opens it,
    printed with its suffix or a bracket after it (河源市, 中国(上海)), or where 国家 does."""
    start = at
    while start > max(0, head_start - _LONG_REACH):
        if text[start - 1] in ")）" and (opening := max(text.rfind("(", 0, start), text.rfind("（", 0, start))) >= 0:
            start = opening
        elif is_cjk(text[start - 1]) and not shapes.breaks(text, start - 1):
            start -= 1
        else:
            break
    if start > 0 and is_cjk(text[start - 1]) and not shapes.breaks(text, start - 1):
        return False
    if text.startswith(NATIONAL, start):
        return True
    place = next((s for s in ends.values() if s.start_char == start and s.label_ in (COUNTRY, CITY)), None)
    end = place.end_char if place is not None else (shape.end() if (shape := shapes.place_shape.match(text, start))
                                                     else -1)
    # a listed place is bare as printed (柳州, 广州 end in a suffix's 州 and still need their 市)
    suffixed = text[start:end] not in shapes.place_names and text.endswith(shapes.place_suffixes, start, end)
    bracketed = text[end : end + 1] in ("(", "（")
    return end > start and (suffixed or bracketed or text.startswith(shapes.place_suffixes, end))


_TITLE_CLOSES = {"》": "《", "”": "“"}
"""Marks that close a title a body's name may open with, and the mark each pairs with."""
_TITLE_INSIDE = frozenset("，,。；;：:、！？!?《“")
"""What a title a name opens with never holds: a clause's or a list's break, or another title opening."""


def titled_before(shapes: OrgShapes, text: str, at: int) -> int | None:
    """Where the title that closes right before ``at`` opens, when a name read leftwards may take it in: a body is
    often named after the instrument or programme it serves (《某公约》秘书处, 《某公约》缔约方大会主席团, “某框架”
    不限名额工作组), the marks saying where the title starts. A title in 《》 must end in a treaty's head noun
    (treaty_action_words.tsv ``head``): after any other work (根据《议事规则》委员会决定) the body is named alone."""
    opener = _TITLE_CLOSES.get(text[at - 1 : at])
    opening = text.rfind(opener, max(0, at - 32), at - 1) if opener else -1
    if opening < 0 or at - opening < 4 or any(c in _TITLE_INSIDE for c in text[opening + 1 : at - 1]) or \
            opener == "《" and not text[opening + 1 : at - 1].endswith(shapes.treaty_heads):
        return None
    return opening
