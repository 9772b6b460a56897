"""WIPO's 45 Development Agenda recommendations: reference data, and the CDIP progress report's table of them.

``knowledge/devagenda/recommendations.tsv`` holds what the progress report
(CDIP/33/2) cannot give reliably since its PDF conversion lost most headings:
each recommendation's number, cluster, priority flag (marked for immediate
implementation) and the first words of its text. The report gives the rest:
read in order, each recommendation's text runs from those words to the cell
相关产权组织部门 (whose organisations are its related WIPO sectors), and the
passages of the cells 亮点 and 活动/成果 that follow, up to the next
recommendation's text, are the activities reported under it. A heading that
survived (建议 3*, 建议 15*、21*和 44*) is checked against the data file.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from ipgraph.errors import InputError
from ipgraph.extract.report_facts import Located
from ipgraph.ingest.passages import FOOTNOTE, HEADING, TABLE_CELLS, Passage
from ipgraph.knowledge.gazetteer import ORG, read_tsv
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import JOIN

RECOMMENDATIONS = 45
_CELL = re.compile(r"^sec\d+-([a-z]+)-")
_HEADING = re.compile(rf"^建议\s*((?:\d+\*?\s*(?:{JOIN}\s*)?)+)$")
_LABEL = re.compile(r"^建议\s*\d+\s*[：:]\s*")


@dataclass(frozen=True)
class Recommendation:
    number: int
    cluster: str
    priority: bool
    opening: str
    line: int


@dataclass(frozen=True)
class Cluster:
    key: str
    name_zh: str
    name_en: str


@dataclass(frozen=True)
class DevelopmentAgenda:
    recommendations: dict[int, Recommendation]
    clusters: dict[str, Cluster]
    cues: dict[str, tuple[str, ...]]
    path: Path


@dataclass
class StatedRecommendation:
    """What the progress report states about one recommendation: its text, sectors and the activities under it."""

    number: int
    text: str = ""
    passages: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    activities: list[str] = field(default_factory=list)


@lru_cache(maxsize=4)
def load_agenda(data_dir: Path) -> DevelopmentAgenda:
    folder = data_dir / "devagenda"
    clusters = {r["cluster"]: Cluster(r["cluster"], r["name_zh"], r["name_en"])
                for r in read_tsv(folder / "clusters.tsv", ("cluster", "name_zh", "name_en"))}
    path = folder / "recommendations.tsv"
    found: dict[int, Recommendation] = {}
    for row in read_tsv(path, ("number", "cluster", "priority", "opening")):
        line = int(row["_line"])
        number = int(row["number"]) if row["number"].isdigit() else 0
        if not 1 <= number <= RECOMMENDATIONS or number in found:
            raise InputError(path, f"number {row['number']!r} is not a new number from 1 to {RECOMMENDATIONS}", line)
        if row["cluster"] not in clusters or row["priority"] not in ("yes", "no") or not row["opening"]:
            raise InputError(path, "cluster must be one of clusters.tsv, priority yes or no, opening not empty", line)
        found[number] = Recommendation(number, row["cluster"], row["priority"] == "yes", row["opening"], line)
    if len(found) != RECOMMENDATIONS:
        raise InputError(path, f"lists {len(found)} recommendations, not {RECOMMENDATIONS}")
    return DevelopmentAgenda(found, clusters, word_lists(folder / "cues.tsv", "kind"), path)


def _spaced(words: str) -> re.Pattern[str]:
    """The words with any white space between their characters (the text keeps the PDF's spaces)."""
    return re.compile(r"\s*".join(re.escape(c) for c in _SPACE.sub("", words)))


_SPACE, _RUN = re.compile(r"\s+"), re.compile(r"\S+")


def _found(squeezed: str, words: str, runs: list[re.Match[str]], run_starts: list[int]) -> list[int]:
    """Where ``words`` (no white space) occur in the text ``squeezed`` is of without its white space (``runs``, its
    runs of other characters, starting at ``run_starts`` in it), one after another as a search finds them."""
    found = []
    at = squeezed.find(words)
    while at >= 0:
        run = bisect_right(run_starts, at) - 1
        found.append(runs[run].start() + at - run_starts[run])
        at = squeezed.find(words, at + len(words))
    return found


def cell_of(passage: Passage) -> str:
    """The table cell a CDIP passage sits in (sectors, highlights, activities …), or ""."""
    match = _CELL.match(passage.slug)
    return match.group(1) if match else ""


class _Table:
    """The report's passages read as the table of recommendations."""

    def __init__(self, passages: list[Passage], agenda: DevelopmentAgenda) -> None:
        self.passages = [p for p in passages if p.kind != FOOTNOTE]
        self.agenda = agenda
        cells = {word: TABLE_CELLS.get(word, word) for kinds in ("sectors", "activity") for word in agenda.cues[kinds]}
        self.sectors_cell = {cells[w] for w in agenda.cues["sectors"]}
        self.activity_cells = {cells[w] for w in agenda.cues["activity"]}

    def openings(self) -> dict[int, tuple[int, int]] | None:
        """Where each recommendation's text starts (passage index, offset), or None if this is not the report."""
        found = {}
        # The passages joined by a character no opening matches, searched once per recommendation, not passage by
        # passage (45 recommendations × ~700 passages of Python loop); a hit is mapped back to its passage.
        texts = [(i, p.text) for i, p in enumerate(self.passages) if p.kind != HEADING]
        starts = list(accumulate((len(t) + 1 for _, t in texts), initial=0))
        joined = "\0".join(t for _, t in texts)
        first = next(iter(self.agenda.recommendations.values()), None)
        if first is None or _spaced(first.opening).search(joined) is None:
            return None  # not the report: one opening looked for by its pattern
        # In the report, each opening is looked for in the text without its white space, where what its pattern
        # matches (its characters, white space between) is the opening itself; a hit is mapped back to where its run
        # of characters stands: no pattern compiled for each of the 45 (~6 ms).
        runs = list(_RUN.finditer(joined))
        squeezed = "".join(run.group(0) for run in runs)
        run_starts = list(accumulate((len(run.group(0)) for run in runs), initial=0))
        for number, rec in self.agenda.recommendations.items():
            hits = [(texts[k][0], at - starts[k])
                    for at in _found(squeezed, _SPACE.sub("", rec.opening), runs, run_starts)
                    for k in (bisect_right(starts, at) - 1,)]
            if not hits:
                return None
            if len(hits) > 1:
                raise InputError(self.agenda.path, f"the opening of recommendation {number} occurs {len(hits)} times "
                                                   "in the report: make it longer", rec.line)
            found[number] = hits[0]
        return found

    def read(self, starts: dict[int, tuple[int, int]], located: dict[str, list[Located]]) -> list[StatedRecommendation]:
        order = sorted(starts, key=lambda n: starts[n])
        stated = {n: StatedRecommendation(n) for n in order}
        blocks = self._blocks(order, starts)
        for numbers, sectors_at, end in blocks:
            for number in numbers:
                self._text(stated[number], starts, order, sectors_at)
                stated[number].sectors = [m.key for m in located.get(self.passages[sectors_at].slug, [])
                                          if m.kind == ORG]
            for passage in self.passages[sectors_at + 1:end]:
                if cell_of(passage) in self.activity_cells and not passage.text.startswith(self.agenda.cues["skip"]):
                    for number in numbers:
                        stated[number].activities.append(passage.slug)
        self._check_headings(blocks, starts)
        return [stated[n] for n in sorted(stated)]

    def _blocks(self, order: list[int], starts: dict[int, tuple[int, int]]) -> list[tuple[list[int], int, int]]:
        """Each group of recommendations sharing one table: their numbers, the sectors cell, where the table ends."""
        groups: dict[int, list[int]] = {}
        for number in order:
            at = next((i for i in range(starts[number][0], len(self.passages))
                       if cell_of(self.passages[i]) in self.sectors_cell), None)
            if at is None:
                raise InputError(self.agenda.path,
                                 f"no cell {'/'.join(self.agenda.cues['sectors'])} follows the text "
                                 f"of recommendation {number}", self.agenda.recommendations[number].line)
            groups.setdefault(at, []).append(number)
        ends = self._ends(order, starts)
        return [(numbers, at, ends[numbers[-1]]) for at, numbers in sorted(groups.items())]

    def _ends(self, order: list[int], starts: dict[int, tuple[int, int]]) -> dict[int, int]:
        """Where each recommendation's table ends: the passage the next one's text starts at (or the end marker)."""
        final = next((i for i, p in enumerate(self.passages) if i > starts[order[-1]][0]
                      and p.text.strip() in self.agenda.cues.get("end", ())), len(self.passages))
        ends = {}
        for number, following in zip(order, order[1:] + [None]):
            if following is None:
                ends[number] = final
            else:
                index, offset = starts[following]
                ends[number] = index + 1 if offset > 0 else index
        return ends

    def _text(self, stated: StatedRecommendation, starts: dict[int, tuple[int, int]], order: list[int],
              sectors_at: int) -> None:
        """The recommendation's words: from its opening to the next recommendation's text or the sectors cell."""
        index, offset = starts[stated.number]
        later = [starts[n] for n in order if starts[n] > (index, offset)]
        stop = min([later[0][0] if later else sectors_at, sectors_at])
        parts = [self.passages[index].text[offset:]]
        stated.passages.append(self.passages[index].slug)
        for passage in self.passages[index + 1:stop]:
            if passage.kind != HEADING:
                parts.append(passage.text)
                stated.passages.append(passage.slug)
        stated.text = _LABEL.sub("", "".join(parts)).strip()

    def _check_headings(self, blocks: list[tuple[list[int], int, int]], starts: dict[int, tuple[int, int]]) -> None:
        """A surviving heading (建议 15*、21*和 44*) names the table it heads or lies in, with the data's asterisks."""
        for index, passage in enumerate(self.passages):
            match = _HEADING.match(passage.text.strip()) if passage.kind == HEADING else None
            if match is None:
                continue
            named = {int(n): star == "*" for n, star in re.findall(r"(\d+)(\*?)", match.group(1))}
            near = [set(numbers) for numbers, _, end in blocks
                    if min(starts[n][0] for n in numbers) - 1 <= index < end]
            if set(named) not in near:
                continue
            for number, star in named.items():
                rec = self.agenda.recommendations[number]
                if star != rec.priority:
                    raise InputError(self.agenda.path,
                                     f"recommendation {number}: the report's heading "
                                     f"{passage.text.strip()!r} {'marks' if star else 'does not mark'} "
                                     "it for immediate implementation (*), priority says "
                                     f"{'yes' if rec.priority else 'no'}", rec.line)


def read_recommendations(passages: list[Passage], located: dict[str, list[Located]],
                         data_dir: Path) -> list[StatedRecommendation]:
    """What a report states about each recommendation, if it is the progress report that tables all 45; else []."""
    table = _Table(passages, load_agenda(data_dir))
    starts = table.openings()
    return table.read(starts, located) if starts else []
