"""Cue words from data, and the lists of codes they introduce: 具体目标9.5和9.b, 发展议程建议 1、3、6、10 至 14 和 17.

A ``cues.tsv`` file lists words by kind (``cue``, ``join``, ``range``, …);
``CodeLists`` turns the cues, joins and ranges into one regular expression
and reads each list as the codes it names, ranges expanded. SDG codes and
Development Agenda numbers differ only in the shape of one code.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ipgraph.zh.grammar import alternation


@dataclass(frozen=True)
class CodeList:
    """One cue and its list: where it stands in the text and the codes it names, in order."""

    start: int
    end: int
    codes: tuple[str, ...]


class CodeLists:
    """Finds "cue code (join code | range code)*" in text."""

    def __init__(self, cues: dict[str, tuple[str, ...]], code: str) -> None:
        self.code = re.compile(code)
        self.range = re.compile(alternation(cues.get("range", ())))
        separator = alternation(cues.get("join", ()) + cues.get("range", ()))
        self.pattern = re.compile(f"(?:{alternation(cues.get('cue', ()))})"
                                  f"\\s*({code}(?:\\s*(?:{separator})\\s*{code})*)")

    def find(self, text: str) -> list[CodeList]:
        return [CodeList(m.start(), m.end(), self._codes(m.group(1))) for m in self.pattern.finditer(text)]

    def _codes(self, listed: str) -> tuple[str, ...]:
        codes: list[str] = []
        previous_end = 0
        for match in self.code.finditer(listed):
            code = match.group(0)
            if codes and self.range.search(listed[previous_end:match.start()]) and codes[-1].isdigit() \
                    and code.isdigit() and int(codes[-1]) < int(code):
                codes += [str(n) for n in range(int(codes[-1]) + 1, int(code))]
            codes.append(code)
            previous_end = match.end()
        return tuple(dict.fromkeys(codes))
