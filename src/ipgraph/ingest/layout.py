"""Two guesses about a report's layout, made once over all its lines before segmentation: whether blank lines
separate every line (a PDF conversion) and whether lines may run on into the next (a hard-wrapped one)."""

from __future__ import annotations

import re

from ipgraph.ingest.textnorm import drop_glosses
from ipgraph.zh.time_words import YEAR

TERMINAL = tuple("。！？：:!?")
_LONG = 30  # a line this long is prose or a wrap, not a label
CLAUSE_MARK = re.compile("[，,；;。]")  # running prose holds one; headlines, captions and field lines do not
_BROKEN_DATE = re.compile(rf"(?:{YEAR}\n\s*年\s*\d{{1,2}}\s*月|(?:1[0-2]|0?[1-9])\n\s*月\s*\d{{1,2}}\s*[日号])")


def broken_date(line: str, next_line: str) -> bool:
    """A page broke a date after its number (11 / 月27日上午，…; 2014 / 年11月…): the line is that number alone and
    the next opens with the rest of the date, so the two read as one line. Alone, the number would pass for a page
    number or a footnote's mark and be dropped, and the date would lose its month or year. The next line must go on
    with a month-day or a month after the unit: a page number above a line opening 日前 or 年度 stays one."""
    return line.strip().isdigit() and _BROKEN_DATE.match(f"{line.strip()}\n{next_line[:12]}") is not None


def _texts(raw_lines: list[str]) -> list[str]:
    """The lines without a mirror's glosses (知識(shí)產(chǎn)權(quán)), which make a short headline look long."""
    return [drop_glosses(raw.strip()) for raw in raw_lines]


def double_spaced(raw_lines: list[str], line_count: int) -> bool:
    """PDF conversions put a blank line after every line; then a blank line ends nothing."""
    texts = _texts(raw_lines)
    blanks = line_count - len(texts)
    wrapped = sum(1 for t in texts if len(t) >= _LONG and not t.endswith(TERMINAL))
    return blanks > 0.4 * max(1, line_count) and wrapped > 0.4 * max(1, len(texts))


def hard_wrapped(raw_lines: list[str]) -> bool:
    """Whether lines may run on: a conversion that wrapped them, or broke a paragraph at a page, leaves long lines
    of running prose stopping mid-word, more than once. Only a line that already holds a clause mark counts: a cut
    falls anywhere in prose, while the long lines of a web page (one paragraph per line) that stop at a word
    without a sentence mark are headlines, captions and field lines (主办单位：…局), which carry no comma or full
    stop. Neither a share of lines nor their lengths tell the two apart: a page-broken report cuts a few of its
    many paragraphs, at any length, and headlines and captions are as long as wrapped lines. Only when most lines
    (three or more) stop mid-word is the text wrapped whatever their marks: a page has fewer headlines than
    paragraphs, and unpunctuated prose, broken into lines, is one paragraph."""
    texts = _texts(raw_lines)
    cut = [t for t in texts if len(t) >= _LONG and t[-1].isalnum()]
    return sum(1 for t in cut if CLAUSE_MARK.search(t)) >= 2 or len(cut) > max(2, len(texts) // 2)
