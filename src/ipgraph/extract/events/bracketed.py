"""Where a listed activity's date stands in brackets after its name: alone (关于…的网络研讨会（2023年2月15日）), or
with the place it was held, as committee reports and their tables print it (关于…的培训班（2023年4月，达喀尔）,
关于…的国家讲习班（阿比让，2023年5月）); and where the item's name starts after the verb that holds it
(举办了关于…的网络研讨会（…）: the name is 关于…的网络研讨会)."""

from __future__ import annotations

import re

from ipgraph.zh.grammar import COMMAS

OPENING, CLOSING = ("（", "("), ("）", ")")
"""The brackets round a listed item's date, full-width or half-width as a copied page types them."""
_PLACE = rf"[^（）()\d{COMMAS}。；;：:]{{2,12}}"
"""A place beside the date inside the brackets (达喀尔, 日内瓦, 线上): a few characters, no number, no break."""
_AFTER = re.compile(rf"[{COMMAS}、]\s*{_PLACE}[）)]")
_BEFORE = re.compile(rf"[（(]{_PLACE}[{COMMAS}、]\s*$")


def bracketed(text: str, begin: int, finish: int) -> tuple[int, int] | None:
    """The opening and closing brackets round the date at ``begin:finish``, with at most a place beside it, or
    None when the date is not so bracketed."""
    opening = begin - 1 if text[begin - 1:begin] in OPENING else None
    if opening is None:
        before = _BEFORE.search(text, max(0, begin - 16), begin)
        opening = before.start() if before else None
    if opening is None:
        return None
    if text[finish:finish + 1] in CLOSING:
        return opening, finish
    after = _AFTER.match(text, finish)
    return (opening, after.end() - 1) if after else None


def after_holding(item: str, holding: re.Pattern[str]) -> str:
    """``item`` after a verb of holding that opens it (举办了关于…的研讨会 → 关于…的研讨会; 组织了 too): a list's first
    item runs from the clause's start, and the verb is no part of its name."""
    found = holding.match(item) or re.match(rf"[^{COMMAS}]{{0,4}}?(?:{holding.pattern})", item)
    return item[found.end():].removeprefix("了") if found and found.end() < len(item) else item
