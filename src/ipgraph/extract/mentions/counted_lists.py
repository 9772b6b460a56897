"""The items of a list of bodies its own count closes (A、B、C、D四部门联合…, 甲局、乙会、丙办三家单位): the count and
the noun of a class of bodies after the last item (events/words.tsv ``list_class``: 部门, 单位, 机构 …) say that
there are that many items and that each is a body. When the items separated by 、 are exactly that many and one
of them is a body already, every other item is a body too, named by its own words, however short its name is
printed (贸促会, 新闻办: no place and no head the reader knows). A count that does not agree with the items (两家单位
after three names) proves nothing, and no item is made."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.spans import is_cjk
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY
from ipgraph.zh.grammar import NAME_BREAKS, NUMERALS, alternation, chinese_number

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

_ITEM = (2, 10)
"""How many characters an item no name covers may have: a short name (贸促会) to a full one (中国科学技术协会)."""


@lru_cache(maxsize=4)
def _closer(classes: tuple[str, ...]) -> re.Pattern[str] | None:
    """A count right after the last item and the class noun after it (四部门, 3家单位, 五个机构)."""
    return re.compile(rf"(?<=[^\s、{NUMERALS}\d])(?P<count>[{NUMERALS}]+|\d+)\s*[家个]?\s*(?:{alternation(classes)})") \
        if classes else None


def counted_bodies(shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
    """A body for each item of a list its count closes that no name covers (see the module's note)."""
    classes = shapes.generic.counted_names
    if "、" not in text or not any(word in text for word in classes):  # a scan only where a class noun stands
        return []
    closer = _closer(classes)
    if closer is None:
        return []
    names = [s for s in (*found, *added) if s.label_ in (ORG, PERSON, TREATY)]
    places = {(s.start_char, s.end_char) for s in found if s.label_ in (COUNTRY, CITY)}
    out: list[Span] = []
    for match in closer.finditer(text):
        count = match.group("count")
        wanted = int(count) if count.isdigit() else chinese_number(count)
        items = _items(text, match.start(), names, wanted)
        if len(items) != wanted or wanted < 2 or not any(named for _, _, named in items):
            continue
        for start, end, named in items:
            if named or (start, end) in places or any(s.start_char < end and start < s.end_char for s in out) \
                    or not shapes._fits(text, start, end, found):
                continue
            span = shapes._span(doc, start, end, None)
            if span is not None:
                out.append(span)
    return out


def _items(text: str, end: int, names: list[Span], most: int) -> list[tuple[int, int, bool]]:
    """The items of the list ending at ``end``, first first, each with whether a name covers it whole; read leftwards
    item by item while 、 joins them, one more than ``most`` at the most (so a longer list is told by its length)."""
    items: list[tuple[int, int, bool]] = []
    while len(items) <= most:
        name = next((s for s in names if s.end_char == end), None)
        if name is not None:
            start = name.start_char
        else:
            start = end
            while start > 0 and end - start < _ITEM[1] and is_cjk(text[start - 1]) \
                    and text[start - 1] not in NAME_BREAKS:
                start -= 1
            if end - start < _ITEM[0]:
                return []
        items.insert(0, (start, end, name is not None))
        if text[start - 1 : start] != "、":
            return items
        end = start - 1
    return items
