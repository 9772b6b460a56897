"""Contractions: how Chinese shortens a body's name, keeping a character or two of each word, in order, and the head
noun or the head's first character (最高人民法院 → 最高法院, 澳門大學 → 澳大, 北京大学 → 北大, 中国新闻网 → 中新网).

A report prints the full name once and the contraction after it, alone before a title (最高法院副院长甲) or opening
the name of a unit (澳大法學院): the person works for the body printed in full, the unit is that body's."""

from __future__ import annotations

from collections.abc import Iterable

_LONGEST = 4
"""The longest contraction read: a contraction keeps two to four characters."""


def keeps_in_order(short: str, long: str) -> bool:
    """Every character of ``short`` is in ``long``, in the same order (中新: 中国新闻); ``short`` is not ``long``."""
    rest = iter(long)
    return short != long and all(c in rest for c in short)


class Contractions:
    """Contractions of the names a report prints in full, told from other bodies' names by the places the gazetteer
    knows: a place's name before a head printed whole is a name of its own (香港大學 is no contraction of
    香港浸會大學, 上海大学 none of 上海交通大学)."""

    def __init__(self, places: Iterable[str]) -> None:
        self.places = frozenset(places)

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
            or short[-1] == full[-2]
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
