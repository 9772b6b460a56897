"""Report text → ordered passages: the unit every fact cites as evidence.

The reports are conversions from PDF and Word. This stage undoes the layout:
it classifies each physical line (heading, numbered paragraph, bullet, table
row, footnote definition, page furniture, running text), then assembles
passages with a small state machine that lets running text flow across line
breaks, page breaks and interleaved footnotes until a sentence really ends.
Offsets are character offsets into the decoded source text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path

from ipgraph.ingest.header import HeaderLines, header_lines
from ipgraph.ingest.layout import CLAUSE_MARK, TERMINAL as _TERMINAL, broken_date, double_spaced, hard_wrapped
from ipgraph.ingest.textnorm import clean_line, join_fragments
from ipgraph.resources import resources
from ipgraph.zh.grammar import JOIN, NUMERALS, spaced_ideographs

PARAGRAPH, BULLET, FOOTNOTE, HEADING, TABLE_ROW = "paragraph", "bullet", "footnote", "heading", "table-row"

_RUNS_ON = tuple("，,、；;")  # a line a conversion broke mid-sentence ends with a clause mark
_CLOSERS = tuple("，,、；;。！？）)》」』”")  # or the line after it opens with what closes a clause
_FOOTNOTE_END = tuple("。！？")
_SHORT_LINE = 25

# Page furniture: never text, never a boundary.
_NOISE = re.compile(
    r"^(?:[A-Z]{2,}/\d+/\d+(?:\s*Rev\.?)?"  # document symbol repeated as page header
    r"|附件[" + NUMERALS + r"]+第\s*\d+\s*页"  # "附件一第17页"
    r"|\[(?:后接附件[" + NUMERALS + r"]*|文件完|附录另附.*)\]"
    r"|-{3,}(?:\t-+)*|_{3,}"
    r"|(?:https?://|www\.)\S+"  # bare URL lines: PDF link targets at page foot
    r"|.{0,59}[^.\n]\.{3,}\s*\d+|\.{4,}\s*\d+"  # table-of-contents line: up to 60 characters, dot leaders, page
    r"|续表"
    r")$"
)
_SUP_DEF = re.compile(r"^<sup>(\d{1,4})</sup>\s*(.*)$")
_SUP_REF = re.compile(r"<sup>(\d{1,4})</sup>")
_FN_REF = re.compile(r"\[footnoteRef:(\d{1,4})\]")
_INLINE_FN_START = re.compile(r"\[(\d{1,4}):")
_BRACKETS = re.compile(r"\[(?:(\d{1,4}):)?|\]")  # an inline footnote start, another "[", or "]"
_FN_REACH = 5000  # an inline footnote closes within this many characters of its "[N:"
_MAX_CUT = _FN_REACH + len("[0000:")
_MAX_HEADING = 200  # a longer line is no heading: a heading path is repeated in every later passage's locator
_BARE_NUMBER = re.compile(r"^\d{1,3}$")
_NUMBERED = re.compile(r"^(\d{1,3})\.\s*(\S.*)$")
_BULLET = re.compile(r"^[-·•\u2022*\uf000-\uf0ff]\s*(\S.*)$")
_NOT_LATIN = re.compile(r"[^A-Za-z]")
_ENUMERATION = re.compile(r"^[" + NUMERALS + r"]+、.+[；;。]$")
_TABLE_LABEL = re.compile(r"^(相关产权组织部门|落实工作|亮点|活动/成果|进展)(?:\s+|$)(.*)$")
_REC_HEADING = re.compile(rf"^(建议\s*\d+\*?(?:{JOIN}\s*\d+\*?)*(?:（[^）]{{1,20}}）)?)(\d{{0,3}})$")

_HEADING_RANKS: list[tuple[re.Pattern[str], int]] = [
    (re.compile(r"^附件[" + NUMERALS + r"]+$"), 1),
    (re.compile(r"^【.{1,40}】$"), 1),
    (re.compile(r"^[" + NUMERALS + r"]+、[^。；;，]{1,40}$"), 1),
    (re.compile(r"^可持续发展目标\s*\d+\s*[:：].{0,80}$"), 2),
    (re.compile(r"^[（(][" + NUMERALS + r"]+[）)][^。；;]{1,40}$"), 2),
    (re.compile(r"^\d{1,2}\.\s*[^。；;]{1,40}$"), 3),
    (re.compile(r"^专栏\s*\d+.{0,40}$"), 4),
]
_HEADING_OPENINGS = frozenset("附【（(可专" + NUMERALS)  # and a digit: \d is str.isdecimal


@dataclass
class Passage:
    """One paragraph, bullet, footnote, heading or table row, with where it came from."""

    kind: str
    locator: str
    slug: str
    text: str
    start: int
    end: int
    position: int = 0
    heading: str = ""
    footnotes: tuple[str, ...] = ()
    parent: str | None = None


@dataclass
class _Block:
    kind: str
    start: int
    end: int
    fragments: list[str] = field(default_factory=list)
    cites: list[str] = field(default_factory=list)
    number: str | None = None
    heading: tuple[str, ...] = ()
    heading_slug: str = ""
    parent: str | None = None
    closed: bool = False
    blank_since: bool = False

    def add(self, text: str, end: int) -> None:
        self.fragments.append(text)
        self.end = end
        self.blank_since = False
        self.closed = text.endswith(_FOOTNOTE_END if self.kind == FOOTNOTE else _TERMINAL)

    @property
    def text(self) -> str:
        return join_fragments(self.fragments)


@dataclass(slots=True)
class _Line:
    start: int
    end: int
    raw: str
    blank_before: bool = False  # blank lines come between this line and the last one with text


def _lines(text: str) -> tuple[list[_Line], int]:
    """The lines that hold text, and how many lines there are in all; a date's number the page broke from the rest
    of it (11 / 月27日…) is one line with it (layout.broken_date). Blank lines are only counted (and marked on the
    line after them), so a file of empty lines costs no memory."""
    out: list[_Line] = []
    pos, total, blank = 0, 0, False
    for raw in text.splitlines(keepends=True):
        total += 1
        body = raw.rstrip("\r\n")
        if body.strip() and out and not blank and broken_date(out[-1].raw, body):
            out[-1] = _Line(out[-1].start, pos + len(body), out[-1].raw.rstrip() + body.lstrip(), out[-1].blank_before)
        elif body.strip():
            out.append(_Line(pos, pos + len(body), body, blank))
            blank = False
        else:
            blank = True
        pos += len(raw)
    return out, total


def _inline_footnotes(text: str) -> list[tuple[str, int, int, int]]:
    """Footnote definitions printed inside the running text as ``[N: …]``.

    Returns (number, span start, body start, span end); brackets are balanced
    so a footnote that itself holds brackets is read whole. One pass over the
    brackets with a stack that forgets what is out of reach keeps this linear
    in time and bounded in memory, however deep the nesting.
    """
    if _INLINE_FN_START.search(text) is None:
        return []
    found = []
    opened: deque[tuple[int, re.Match[str] | None]] = deque()
    for bracket in _BRACKETS.finditer(text):
        pos = bracket.start()
        if text[pos] == "[":
            while opened and opened[0][0] < pos - _MAX_CUT:
                opened.popleft()
            opened.append((pos, bracket if bracket.group(1) else None))
        elif opened:
            start, match = opened.pop()
            if match is not None and pos < match.end() + _FN_REACH:
                found.append((match.group(1), start, match.end(), pos + 1))
    found.sort(key=lambda f: f[1])
    return found


class _Assembler:
    """The state of segmentation: the open blocks and headings, and how a block becomes a passage (its kind,
    locator and slug). ``_Segmenter`` feeds it the lines."""

    def __init__(self, text: str, header: HeaderLines) -> None:
        self.text = text
        self.header = header
        self.line_index = 0
        self.lines, self.line_count = _lines(text)
        raw_lines = [line.raw for line in self.lines]
        self.double_spaced = double_spaced(raw_lines, self.line_count)
        self.hard_wrapped = hard_wrapped(raw_lines)
        self.passages: list[Passage] = []
        self.heading: list[tuple[int, str, str]] = []
        self.section_count = 0
        self.block: _Block | None = None
        self.footnote: _Block | None = None
        self.seen_numbers: set[str] = set()
        self.last_numbered: _Block | None = None
        self.last_paragraph: _Block | None = None
        self.counters: dict[tuple[str, str], int] = {}
        self.locators: dict[str, str] = {}
        self.label = ""
        self.after_furniture = False
        self.cut = self._cut_inline_footnotes()
        self.cut_starts = [start for start, _ in self.cut]

    def _own_line(self, block: _Block, body: str) -> bool:
        """The block's last line stands alone: the text is not wrapped, the line stops at a word, a bracket or a
        quote, not at a comma, and the next line does not open with a mark no line opens with (，法国…), nor with
        a verb wanting the subject that a last line with no clause mark, a title and name, gives (局长张三 / 出席…),
        nor is it the short rest of a long headline the page wrapped (…签署合作框架 / 协议仪式在京举行)."""
        last = block.fragments[-1]
        label = not CLAUSE_MARK.search(last)
        headline_rest = (label and len(last) >= _SHORT_LINE and last[-1].isalnum() and len(body) < _SHORT_LINE
                         and not CLAUSE_MARK.search(body) and not body.endswith(_TERMINAL))
        return not self.hard_wrapped and not last.endswith(_RUNS_ON) and not body.startswith(_CLOSERS) and not (
            label and self.header.predicate.match(body)) and not headline_rest

    def _cut_inline_footnotes(self) -> list[tuple[int, int]]:
        cuts = []
        for number, start, body, end in _inline_footnotes(self.text):
            fn = _Block(FOOTNOTE, start, end, number=number)
            fn.fragments.append(clean_line(self.text[body : end - 1]))
            self._emit(fn)
            cuts.append((start, end))
        return cuts

    def _strip_cuts(self, line: _Line) -> str:
        """The line's text with inline footnote definitions removed (they are passages of their own)."""
        raw = line.raw
        if not self.cut:
            return raw
        first = bisect_left(self.cut_starts, line.start - _MAX_CUT)
        last = bisect_left(self.cut_starts, line.end)
        kept, pos = [], 0
        for start, end in self.cut[first:last]:
            if end > line.start:
                a, b = max(start, line.start) - line.start, min(end, line.end) - line.start
                if a > pos:
                    kept.append(raw[pos:a])
                pos = max(pos, b)
        return "".join(kept) + raw[pos:] if pos else raw

    # -- headings --------------------------------------------------------
    def _heading_rank(self, stripped: str, markdown: bool) -> int | None:
        opening = stripped[:1]  # every heading pattern opens with one of these: most lines are tried against none
        for pattern, rank in _HEADING_RANKS if opening in _HEADING_OPENINGS or opening.isdecimal() else ():
            if len(stripped) <= _MAX_HEADING and pattern.match(stripped):
                if rank == 3 and not markdown:
                    return None
                return rank
        return 0 if markdown else None

    def _open_heading(self, rank: int, title: str, line: _Line) -> None:
        self._close_all()
        if rank == 0:
            self.heading = []
            return
        while self.heading and self.heading[-1][0] >= rank:
            self.heading.pop()
        self.section_count += 1
        slug = f"sec{self.section_count}"
        self.heading.append((rank, title, slug))
        self.label = ""
        block = _Block(HEADING, line.start, line.end, fragments=[title], heading=self._path())
        self._emit(block, locator=" > ".join(block.heading), slug=slug)

    def _path(self) -> tuple[str, ...]:
        return tuple(title for _, title, _ in self.heading) + ((self.label,) if self.label else ())

    def _heading_slug(self) -> str:
        base = self.heading[-1][2] if self.heading else ""
        if self.label:
            base = f"{base}-{_NOT_LATIN.sub('', TABLE_CELLS.get(self.label, 'x'))}"
        return base

    # -- blocks ------------------------------------------------------------
    def _new_block(self, kind: str, line: _Line, number: str | None = None, parent: str | None = None) -> _Block:
        self._close_main()
        self.block = _Block(kind, line.start, line.end, number=number, heading=self._path(),
                            heading_slug=self._heading_slug(), parent=parent)
        return self.block

    def _close_main(self) -> None:
        if self.block is not None and self.block.fragments:
            self._emit(self.block)
            if self.block.kind == PARAGRAPH:
                self.last_paragraph = self.block
        self.block = None

    def _close_all(self) -> None:
        self._close_main()
        self._close_footnote()

    def _close_footnote(self) -> None:
        if self.footnote is not None:
            self._emit(self.footnote)
        self.footnote = None

    def _count(self, scope: str, kind: str) -> int:
        key = (scope, kind)
        self.counters[key] = self.counters.get(key, 0) + 1
        return self.counters[key]

    def _identify(self, block: _Block) -> tuple[str, str]:
        path = " > ".join(block.heading)
        if block.kind == FOOTNOTE:
            return f"fn{block.number}", f"fn{block.number}"
        if block.number is not None:
            if block.number in self.seen_numbers:
                return f"{path} > {block.number}", f"{block.heading_slug}-{block.number}"
            self.seen_numbers.add(block.number)
            return block.number, block.number
        if block.kind == BULLET and block.parent is not None:
            k = self._count(block.parent, BULLET)
            parent_loc = self.locators[block.parent]
            return f"{parent_loc}-{k}", f"{block.parent}-{k}"
        mark = "•" if block.kind == BULLET else "¶"
        k = self._count(block.heading_slug, mark)
        slug_mark = "b" if block.kind == BULLET else "p"
        slug = f"{block.heading_slug}-{slug_mark}{k}" if block.heading_slug else f"{slug_mark}{k}"
        locator = f"{path} {mark}{k}" if path else f"{mark}{k}"
        return locator, slug

    def _emit(self, block: _Block, locator: str | None = None, slug: str | None = None) -> None:
        if not (text := block.text):
            return
        if locator is None or slug is None:
            locator, slug = self._identify(block)
        while slug in self.locators:  # 1. printed again with no heading to tell the two apart: passages keep apart
            slug += "r"
        self.passages.append(Passage(kind=block.kind, locator=locator, slug=slug, text=text, start=block.start,
                                     end=block.end, heading=" > ".join(block.heading), footnotes=tuple(block.cites),
                                     parent=block.parent))
        self.locators[slug] = locator
        if block.kind == PARAGRAPH and block.number is not None:
            self.last_numbered = block
            block.parent = slug
        block.slug = slug  # type: ignore[attr-defined]

    # -- lines ---------------------------------------------------------------
    def _cite(self, body: str, target: _Block | None) -> str:
        for pattern in (_SUP_REF, _FN_REF):
            if target is not None:
                target.cites.extend(f"fn{n}" for n in pattern.findall(body))
            body = pattern.sub("", body)
        return body

    def _text_line(self, body: str, line: _Line) -> None:
        if self.footnote is not None and not self.footnote.closed and not self.footnote.blank_since:
            self.footnote.add(body, line.end)
            return
        if self.footnote is not None and not self.footnote.closed and self.double_spaced:
            self.footnote.add(body, line.end)
            return
        self._close_footnote()
        block = self.block
        if block is None or block.closed or self._own_line(block, body) or (block.blank_since and not self.double_spaced
                                                                      and len(block.fragments[-1]) < _SHORT_LINE):
            block = self._new_block(PARAGRAPH, line)
        block.add(body, line.end)


class _Segmenter(_Assembler):
    """Each physical line classified and handed to the open block, a new one, or a heading."""

    def run(self) -> list[Passage]:
        lines = self.lines
        for index, line in enumerate(lines):
            self.line_index = index
            if line.blank_before:
                self._blank_line()
            raw = self._strip_cuts(line)
            stripped = raw.strip()
            if not stripped:
                self._blank_line()
                continue
            glued = self.header.glued_at(raw, index) if raw == line.raw else None
            if glued is not None:  # the headline first, then the publication line glued onto it
                self._dispatch(_Line(line.start, line.start + glued, raw[:glued]), raw[:glued], raw[:glued].strip(), "")
                line = _Line(line.start + glued, line.end, raw[glued:])
                raw, stripped = line.raw, line.raw.strip()
            following = lines[index + 1] if index + 1 < len(lines) else None
            next_raw = following.raw if following is not None and not following.blank_before else ""
            self._dispatch(line, raw, stripped, next_raw)
        self._close_all()
        return self._finish()

    def _blank_line(self) -> None:
        for open_block in (self.block, self.footnote):
            if open_block is not None:
                open_block.blank_since = True

    def _dispatch(self, line: _Line, raw: str, stripped: str, next_raw: str) -> None:
        if _NOISE.match(stripped):
            self.after_furniture = True
            return
        sup = _SUP_DEF.match(stripped)
        if sup:
            self._close_footnote()
            self.footnote = _Block(FOOTNOTE, line.start, line.end, number=sup.group(1))
            self._add_to(self.footnote, sup.group(2), line)
            return
        if _BARE_NUMBER.match(stripped):
            if re.match(r"^\s{2,}\S", next_raw):
                self._close_footnote()
                self.footnote = _Block(FOOTNOTE, line.start, line.end, number=stripped)
            elif self.block is not None:
                self.block.cites.append(f"fn{stripped}")
            return
        if self.header.is_header(stripped, self.line_index):  # before headings: 【新华社北京3月5日电】 is none
            self._line_of_its_own(PARAGRAPH, stripped, line)
            self.after_furniture = False
            return
        rec = _REC_HEADING.match(stripped) if len(stripped) <= _MAX_HEADING else None
        if rec:
            self._recommendation(rec.group(1), rec.group(2), line)
            return
        markdown = stripped.startswith("#")
        title = stripped.lstrip("#").strip() if markdown else stripped
        rank = self._heading_rank(title, markdown)
        if rank is not None:
            self._open_heading(rank, clean_line(title), line)
            return
        self._body_line(line, raw, stripped)
        self.after_furniture = self.footnote is not None

    def _recommendation(self, title: str, marker: str, line: _Line) -> None:
        """CDIP recommendation headings repeat as running page headers; only a change opens a section."""
        title = re.sub(r"\s+", " ", title)
        current = self.heading[-1][1] if self.heading else None
        if title == current or (self.label and self.heading and title == self.heading[-1][1]):
            return
        if self.block is not None and not self.block.closed and self.after_furniture:
            saved, self.block = self.block, None
            self._open_heading(2, title, line)
            self.block = saved
        else:
            self._open_heading(2, title, line)
        if marker and self.passages:
            self.passages[-1].footnotes += (f"fn{marker}",)

    def _body_line(self, line: _Line, raw: str, stripped: str) -> None:
        label = _TABLE_LABEL.match(stripped)
        if label:
            self._close_all()
            self.label = label.group(1)
            stripped = label.group(2).strip()
            if not stripped:
                return
        numbered = _NUMBERED.match(stripped)
        bullet = _BULLET.match(stripped)
        if numbered and not (self.footnote and not self.footnote.closed and not self.footnote.blank_since):
            self._close_all()
            block = self._new_block(PARAGRAPH, line, number=numbered.group(1))
            self._add_to(block, numbered.group(2), line)
        elif bullet or _ENUMERATION.match(stripped):
            self._close_all()
            block = self._new_block(BULLET, line, parent=self._bullet_parent())
            self._add_to(block, bullet.group(1) if bullet else stripped, line)
        elif "\t" in stripped or self._spaced_row(stripped):
            self._line_of_its_own(TABLE_ROW, stripped, line)
        else:
            target = self.footnote if self.footnote is not None and not self.footnote.closed else self.block
            body = clean_line(self._cite(stripped, target))
            if body:
                self._text_line(body, line)

    def _line_of_its_own(self, kind: str, stripped: str, line: _Line) -> None:
        """A table row or a header line: nothing flows into it and it flows into nothing."""
        self._close_all()
        block = self._new_block(kind, line)
        self._add_to(block, stripped, line)
        block.closed = True

    def _spaced_row(self, stripped: str) -> bool:
        """A short line whose cells are separated by spaces (name, then title) is a row of its own."""
        return (not self.double_spaced and len(stripped) < 40 and not stripped.endswith(_TERMINAL) and " " in stripped
                and spaced_ideographs(re.sub(r"“[^”]*”", "", stripped)))

    def _add_to(self, block: _Block, body: str, line: _Line) -> None:
        block.add(clean_line(self._cite(body, block)), line.end)

    def _bullet_parent(self) -> str | None:
        """A bullet belongs to the lead paragraph just before it, if that paragraph introduces a list."""
        lead = self.last_paragraph if self.last_paragraph is not None else None
        if self.last_numbered is not None and (lead is None or self.last_numbered.start >= lead.start):
            lead = self.last_numbered
        if lead is None or lead.heading != self._path():
            return None
        return getattr(lead, "slug", None)

    def _finish(self) -> list[Passage]:
        ordered = sorted(self.passages, key=lambda p: (p.start, p.kind == FOOTNOTE))
        known = {p.slug for p in ordered if p.kind == FOOTNOTE}
        for position, passage in enumerate(ordered, start=1):
            passage.position = position
            passage.footnotes = tuple(dict.fromkeys(f for f in passage.footnotes if f in known))
        return ordered


TABLE_CELLS = {"相关产权组织部门": "sectors", "落实工作": "implementation", "亮点": "highlights",
                "活动/成果": "activities", "进展": "progress"}


def segment(text: str, knowledge: Path | None = None) -> list[Passage]:
    """Split a report's decoded text into its ordered passages; ``knowledge`` is the folder whose header-line
    labels (header.py) it reads, by default the one the package finds."""
    return _Segmenter(text, header_lines(knowledge or resources().knowledge)).run()


def normalise(raw: str) -> str:
    """The clean text of a raw slice of a report: what a passage's offsets should give back."""
    return "".join(p.text for p in segment(raw) if p.kind not in (FOOTNOTE, HEADING))
