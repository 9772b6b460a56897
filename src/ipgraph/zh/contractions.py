"""Contractions: how Chinese shortens a body's name, keeping a character or two of each word, in order, and the head
noun or the head's first character (最高人民法院 → 最高法院, 澳門大學 → 澳大, 北京大学 → 北大, 中国新闻网 → 中新网).

A report prints the full name once and the contraction after it, alone before a title (最高法院副院长甲) or opening
the name of a unit (澳大法學院): the person works for the body printed in full, the unit is that body's."""

from __future__ import annotations

from collections.abc import Iterable

from ipgraph.zh.grammar import POSTED

_LONGEST = 4
"""The longest contraction read: a contraction keeps two to four characters."""


def shortens_head(run: str, heads: Iterable[str]) -> bool:
    """``run`` has a contraction's shape for a body ending in one of ``heads``: two to four characters ending in the
    first character of a head of two or more (澳大, 南台科大: …大学), before the title of that body's head (澳大校长甲),
    where no name of the body is printed whole. Which body it contracts, the report says where it prints the full
    name."""
    return 2 <= len(run) <= _LONGEST and any(len(head) > 1 and run[-1] == head[0] for head in heads)


def names_in_full(form: str, short: str) -> bool:
    """``form`` is the full name of what ``short`` names: it ends with the short name (清华大学法学院, 法学院), or
    holds the posting and title of the mission's head, and the state printed before the posting if any (中国驻慕尼黑
    总领事馆: 驻慕尼黑总领事, 中国驻慕尼黑总领事)."""
    return len(form) > len(short) and (form.endswith(short) or POSTED in short and short in form)


def keeps_in_order(short: str, long: str) -> bool:
    """Every character of ``short`` is in ``long``, in the same order (中新: 中国新闻); ``short`` is not ``long``."""
    rest = iter(long)
    return short != long and all(c in rest for c in short)


class Contractions:
    """Contractions of the names a report prints in full, told from other bodies' names by the places the gazetteer
    knows: a place's name before a head printed whole is a name of its own (香港大學 is no contraction of
    香港浸會大學, 上海大学 none of 上海交通大学)."""

    def __init__(self, places: Iterable[str], suffixes: Iterable[str] = ()) -> None:
        self.places = frozenset(places)
        self.suffixes = tuple(suffixes)

    def _place(self, kept: str, full: str) -> bool:
        """``kept`` is a place's name, bare or with the suffix of its level (福建, 福建省), or the place ``full`` opens
        with less its suffix (南海 of 南海区…): printed whole before a head, it opens a name of its own (福建省商标协会
        keeps no 商 of 福建省工商局, 南海商标协会 none of 南海区工商局)."""
        return kept in self.places or kept.endswith(self.suffixes) and kept[:-1] in self.places or \
            full.startswith(kept) and full[len(kept) : len(kept) + 1] in self.suffixes

    def contracts(self, short: str, full: str) -> bool:
        """``short`` contracts ``full``: two to four characters, all standing in ``full`` in order but not as its
        opening (天津大 is no contraction of 天津大学), the first one ``full``'s too, ``full`` at most twice as long
        (a character or two kept of each word), and ``short`` keeps ``full``'s last two characters (its head noun:
        法院) after characters of its own that are no place's name, or ends in the first of them (澳大: 澳門大學). A
        name shortened otherwise (港大 for 香港大學, 国知局) is left to the aliases the knowledge gives."""
        if not 2 <= len(short) <= _LONGEST or not len(short) < len(full) <= 2 * len(short) or short[0] != full[0] \
                or full.startswith(short):
            return False
        head_kept = len(short) > 2 and short.endswith(full[-2:]) and short[:-2] not in self.places \
            or short[-1] == full[-2] and not self._place(short[:-1], full)
        return head_kept and keeps_in_order(short, full)

    def written_out(self, name: str, fulls: Iterable[str]) -> str:
        """``name`` with the contraction it opens with written in full, where exactly one of the names ``fulls``
        (those the report prints) is what it contracts and a unit's name of two characters or more follows
        (澳大法學院 → 澳門大學法學院); else ``name``."""
        opening = [full for full in fulls if full[:1] == name[:1] and len(full) > 2]
        for cut in range(2, min(_LONGEST, len(name) - 2) + 1):
            # The rest opens a unit's name, not the end of the head the opening cut short (香港大|學法律學院 prints
            # 香港大學 whole).
            meant = {full for full in opening if self.contracts(name[:cut], full) and name[cut] != full[-1]}
            if len(meant) == 1:
                return meant.pop() + name[cut:]
        return name

    def opening(self, short: str, names: Iterable[str], heads: tuple[str, ...], fold: dict[int, str]) -> str:
        """The body ``short`` contracts where the report prints its full name only to open the name of a unit of it
        (澳大校长 in a report that prints 澳门大学创新中心 and no 澳门大学): the opening of one of ``names`` that
        ends in one of ``heads`` (those of the body the title heads: 大学) and is followed by a unit's own name of two
        characters or more; "" where no name, or names opening with different bodies, fit. ``fold`` reads a name in
        the script of the heads (輔仁大學法律學院: …大学), one character for one."""
        if not short:
            return ""
        openings = {name[:at] for name in names for head in heads if len(head) > 1
                    for at in range(len(head) + 1, len(name) - 1)
                    if name.translate(fold).endswith(head, 0, at) and self.contracts(short, name[:at])}
        return openings.pop() if len(openings) == 1 else ""

