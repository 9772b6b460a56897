"""Units named after their body's word for itself: the words after 我院, 本局, 该校 (self_references.tsv) or after a
bare 局 or 校 opening a clause (own_contractions.tsv) up to a head noun name a unit of the body the report is about or
has just told of (我院知识产权庭, 局国际合作司, 校技术研究开发院), though no place or known name stands before them,
as a bare 省 before a head (省知识产权局) names the body of the province the report is about. The unit is named in
full after the body the word stands for, the last one the passage names before it with the word's head
(大连理工大学…校技术研究开发院 is 大连理工大学技术研究开发院), as a reader resolves 该校 to the school just named;
with none, a unit of the body that speaks (我院, 本局, 局) keeps its printed name, and one after 该 is no unit the
passage can name. It takes its head's kind, as that name printed whole and read back from its head does in another
report (one key, one kind)."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ipgraph.knowledge.gazetteer import ORG, read_tsv
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import BACK_POINTERS, alternation, searched

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

OWN_WORDS = 2
"""A unit needs two characters of its own before its head (国际合作司, 技术研究开发院): a head alone after the word
(我院办公室) could be the body's own name read again (本会会议). A faculty named by its discipline alone needs one
(我校法学院: the school's law faculty, not a body 校法学院 read back over the word)."""


@lru_cache(maxsize=4)
def own_words(data_dir: Path) -> dict[str, tuple[str, ...]]:
    """我校 → (大学, 学院, 学校): a body's word for itself (我, 本; not 该校, which points back at a body just named)
    and how its full name may end (self_references.tsv)."""
    own: dict[str, tuple[str, ...]] = {}
    for head, words in word_lists(data_dir / "gazetteer" / "self_references.tsv", key="head").items():
        for word in words:
            if word[0] not in BACK_POINTERS:
                own[word] = (*own.get(word, ()), head)
    return own


@lru_cache(maxsize=4)
def back_words(data_dir: Path) -> dict[str, tuple[str, ...]]:
    """该校 → (大学, 学院, 学校): a word that points back at a body just named, and how that body's full name may end
    (self_references.tsv); the words of ``own_words`` name the report's own body instead."""
    back: dict[str, tuple[str, ...]] = {}
    for head, words in word_lists(data_dir / "gazetteer" / "self_references.tsv", key="head").items():
        for word in words:
            if word[0] in BACK_POINTERS:
                back[word] = (*back.get(word, ()), head)
    return back


class OwnUnits:
    """The words a body names itself by, the one-character forms that do so at a clause's start, and the heads of the
    bodies each stands for."""

    def __init__(self, data_dir: Path) -> None:
        rows = [*read_tsv(data_dir / "gazetteer" / "self_references.tsv", ("head", "word"))]
        contractions = read_tsv(data_dir / "gazetteer" / "own_contractions.tsv", ("head", "word"))
        self.contractions = {r["word"] for r in contractions}
        self.heads: dict[str, tuple[str, ...]] = {}
        for row in [*rows, *contractions]:
            self.heads[row["word"]] = (*self.heads.get(row["word"], ()), row["head"])
        self.own = re.compile(searched(tuple(sorted(self.heads))))
        self.sides = {r["abbreviation"]: r["node"].removeprefix("country/") for r in read_tsv(
            data_dir / "commitments" / "country_abbreviations.tsv", ("abbreviation", "node"))}
        self.side = re.compile(rf"({alternation(tuple(self.sides))})方[^。；;\n]*$")
        """A state's side (德方, 中方) named in the clause before 该局: that state's body (德方代表、该局某部部长)."""

    def __call__(self, shapes: OrgShapes, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
        """``added`` with each unit named after a word of its body's for itself, read forwards from after the word to
        a head as a unit is read after a known body (OrgShapes._forward), in place of a name read back over the word
        (校技术研究开发院)."""
        if self.own.search(text) is None:
            return added
        for match in self.own.finditer(text):
            start, begin = match.span()
            word = match.group(0)
            if word in self.contractions and (not shapes._starts_name(text, start) or
                                              shapes.stops.starting(text, start) or
                                              (head := shapes.any_head.match(text, start)) is not None
                                              and len(head.group(1)) > 1):
                continue  # 局长, 校长: a title; 校友会: a head of its own
            end = shapes._forward(text, begin, found, complete=True, unit=True)  # 及, 和, 、 end it: 局甲司和乙司
            last = shapes.head_at(text, end) if end is not None else None
            if end is None or last is None or end - len(last.head) - begin < OWN_WORDS and \
                    not shapes.faculties.named(text, begin, end - len(last.head), last.head) or any(
                    s.start_char < end and begin < s.end_char and (s in found or s.start_char != start)
                    and not start < s.start_char < begin
                    for s in [*found, *added]):
                continue  # a name of its own there, not one read back over the word (校某学院, from inside 我校)
            body = self._body(word, start, text[begin:end], [*found, *added], self._side(shapes, text, start))
            if body is None and word.startswith(tuple(BACK_POINTERS)):
                continue  # 该校知识产权学院 with no school told of before it: whose, the passage does not say
            name = body.text + text[begin:end] if body is not None else ""
            span = shapes._span(doc, begin, end, None, name=name)  # its head's kind, as the name printed whole has
            if span is not None and span._.ipg and body is not None and body.kb_id_:
                span._.ipg["parent"] = body.kb_id_
            if span is not None:
                added = [s for s in added if not (s.start_char < end and begin < s.end_char)] + [span]
        return added

    def _side(self, shapes: OrgShapes, text: str, at: int) -> str:
        """The state whose side (德方) the sentence names before a pointing word at ``at``, or ""."""
        side = self.side.search(text, max(0, at - 12), at) if text.startswith(tuple(BACK_POINTERS), at) else None
        return self.sides[side.group(1)] if side else ""

    def _body(self, word: str, at: int, unit: str, names: list[Span], side: str = "") -> Span | None:
        """The body the word stands for: the last organisation named before it whose name ends in one of the word's
        heads, and not in the unit's own name (我校某学院…我校某学院: the unit told again, not its body); after a
        state's side (德方代表、该局…), the last of that state's where the passage names one."""
        bodies = [s for s in names if s.label_ == ORG and s.end_char <= at and s.text.endswith(self.heads[word])
                  and not s.text.endswith(unit)]
        sided = [s for s in bodies if side and (s._.ipg or {}).get("country") == side]
        return max(sided or bodies, key=lambda s: s.end_char, default=None)
