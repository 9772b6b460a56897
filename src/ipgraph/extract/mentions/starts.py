"""Where a name read leftwards from its head starts when the passage's own words decide it: a standing mission named
by its posting alone (常驻日内瓦代表团), and a place the passage has printed with its suffix (泉州市… makes 泉州 a
place for 泉州法院)."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ipgraph.zh.grammar import POSTINGS

PERMANENT = "常"
"""常 before 驻: a permanent posting (常驻), part of the mission's name."""


def posting_start(text: str, start: int, end: int, found: list[Span]) -> int:
    """Where a mission named by its posting starts when no sender stands before it (还有常驻日内瓦代表团: the
    country's mission, at 驻 or at 常驻): reading leftwards ran on over words of the clause."""
    posted = next((at for at in range(start, end) if text[at] in POSTINGS), -1)
    if posted < 0 or any(m.end_char == posted or m.start_char == start for m in found):
        return start
    return posted - 1 if posted > start and text[posted - 1] == PERMANENT else posted


def posted_to(text: str, start: int, head_start: int, found: list[Span]) -> bool:
    """The name is a posting and the place or body it is posted at (常驻日内瓦代表团), nothing more: a standing
    mission of the country the report speaks for (not 常驻代表团, a kind of body)."""
    posted = start + (text[start] == PERMANENT)
    return text[posted] in POSTINGS and any(m.start_char == posted + 1 and m.end_char == head_start for m in found)


class LearntPlaces:
    """Places the reference data does not know, learnt one passage at a time from the names that open with them."""

    def __init__(self, place_shape: re.Pattern[str], suffixes: tuple[str, ...]) -> None:
        self.place_shape = place_shape
        self.suffixes = sorted(suffixes, key=len, reverse=True)

    def names(self, text: str, names: list[tuple[int, int, Span | None]],
              unplaced: list[tuple[int, int, int]]) -> list[tuple[int, int, Span | None]]:
        """Heads read too short to name a body alone (start, head start, end) that follow a place the passage
        printed with its suffix at the start of another name (泉州市中级人民法院 makes 泉州 a place: 《2021年泉州
        法院…》 names its courts): the name starts at the place."""
        places = {self._stem(text[s : shape.end()]) for s, e, _ in names
                  if (shape := self.place_shape.match(text, s, e)) is not None}
        out: list[tuple[int, int, Span | None]] = []
        for start, head_start, end in unplaced:
            place = next((p for p in places if len(p) >= 2 and text.startswith(p, head_start - len(p))
                          and head_start - len(p) >= start), None)
            if place is not None:
                out.append((head_start - len(place), end, None))
        return out

    def _stem(self, place: str) -> str:
        """A place's name without its suffix (泉州市 → 泉州)."""
        return next((place[: -len(s)] for s in self.suffixes if place.endswith(s)), place)
