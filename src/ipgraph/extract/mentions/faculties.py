"""Faculties named by their discipline alone (法学院, 商学院) and departments by their function alone (科技处, 教务处,
校团委): the words before the head (学院, 处, 部, 团委) name a body when they are a discipline's or a function's
(knowledge/gazetteer/faculties.tsv), though no head's `alone` count reads a name that short and 处 or 部 alone names
none. Printed so after the passage has named the body in full with its parent (清华大学法学院…法学院院长甲; 某大学
科技处…科技处), it is that body told again short, as a reader takes it: one body, named in full."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ipgraph.knowledge.gazetteer import ORG, read_tsv
from ipgraph.zh.time_words import time_word_end

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes


class Faculties:
    """The words of disciplines and of departments' functions, by the head noun they stand before."""

    def __init__(self, data_dir: Path) -> None:
        self.stems: dict[str, set[str]] = {}
        for row in read_tsv(data_dir / "gazetteer" / "faculties.tsv", ("head", "stem")):
            self.stems.setdefault(row["head"], set()).add(row["stem"])

    def named(self, text: str, start: int, head_start: int, head: str) -> bool:
        """The name from ``start`` to the head at ``head_start`` is a faculty's or a department's: a discipline's or a
        function's word before its head (法学院院长甲: the law faculty's dean; 由教务处主办)."""
        return text[start:head_start] in self.stems.get(head, ())

    def acts_at(self, text: str, head_start: int, end: int, head: str) -> bool:
        """A department's name ending at ``end`` stands before 于 and the time of its act (科技处于4月23日邀请), where
        the head's 处于 is elsewhere "to be in": the name is its function's word and the head, 于 opens a time."""
        return text[end : end + 1] == "于" and head in self.stems and time_word_end(text, end) > end and \
            any(text.endswith(stem, 0, head_start) for stem in self.stems[head])

    def stem_only(self, name: str) -> bool:
        """``name`` is a discipline's or a function's word and its head, nothing else (法学院, 科技处)."""
        return any(name.endswith(head) and name[: -len(head)] in stems for head, stems in self.stems.items())

    def told_before(self, shapes: OrgShapes, doc: Doc, added: list[Span]) -> list[Span]:
        """``added`` with each faculty or department named by its discipline or function alone (法学院, 科技处) that a
        longer name read before it in the passage ends with (清华大学法学院) named as that body, of its kind and
        parent."""
        out = list(added)
        for at, span in enumerate(added):
            if not self.stem_only(span.text):
                continue
            full = max((s for s in added if s.label_ == ORG and s.end_char <= span.start_char and not s.kb_id_
                        and len(s.text) > len(span.text) and s.text.endswith(span.text)),
                       key=lambda s: s.end_char, default=None)
            if full is None:
                continue
            told = shapes._span(doc, span.start_char, span.end_char, None, name=full.text)
            if told is not None and told._.ipg is not None:
                told._.ipg.update({k: v for k, v in (full._.ipg or {}).items() if k in ("kind", "parent", "country")})
                out[at] = told
        return out
