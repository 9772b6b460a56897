"""China's counties (counties.tsv: 会同县, 荔湾区, 苏尼特右旗, 天门市) as known places inside a name read by its
shape: a county printed whole is one place, as a city or country the gazetteer matches is, so a name read leftwards
from its head goes through it and opens with it (湖南省会同县人民政府, 会同县检察院), and a verb or function word
inside it (会同: together with; 通道: a passage) no longer cuts it. Only where a county's suffix stands is a county
looked for: the names are kept by their last character and their lengths, and a text is read once."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from ipgraph.knowledge.gazetteer import load as load_gazetteer


class Counties:
    """The counties of a knowledge folder, by the last character of their names (the suffix 县, 区, 旗, 市)."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = frozenset(names)
        lengths: dict[str, set[int]] = {}
        for name in names:
            lengths.setdefault(name[-1], set()).add(len(name))
        self.lengths = {last: sorted(ns, reverse=True) for last, ns in lengths.items()}
        self.suffix = re.compile(f"[{''.join(sorted(lengths))}]")
        self._text: str | None = None
        self._ends: dict[int, int] = {}
        self._starts: dict[int, int] = {}

    def ends(self, text: str) -> dict[int, int]:
        """Where each county printed whole in ``text`` ends → where it starts (the longest there: 苏尼特右旗)."""
        self._read(text)
        return self._ends

    def starts(self, text: str) -> dict[int, int]:
        """Where each county printed whole in ``text`` starts → where it ends."""
        self._read(text)
        return self._starts

    def _read(self, text: str) -> None:
        """The counties of ``text``, found once for the last text asked about (the reader asks for every head of
        one passage in turn)."""
        if text is self._text:
            return
        ends: dict[int, int] = {}
        for match in self.suffix.finditer(text):
            end = match.end()
            start = next((end - n for n in self.lengths[match.group()]
                          if end >= n and text[end - n : end] in self.names), -1)
            if start >= 0:
                ends[end] = start
        self._text, self._ends = text, ends
        self._starts = {start: end for end, start in ends.items()}


@lru_cache(maxsize=2)
def counties(data_dir: Path) -> Counties:
    """The counties of a knowledge folder, read once for every report the mention stage reads."""
    return Counties(load_gazetteer(data_dir).counties)
