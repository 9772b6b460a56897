"""Faculties named by their discipline alone (法学院, 商学院): one character before the head 学院 names a body when
it is a discipline's (knowledge/gazetteer/faculties.tsv), though no head's `alone` count reads a name that short.
Printed so after the passage has named the faculty in full with its university (清华大学法学院…法学院院长甲), it is
that faculty told again short, as a reader takes it: one body, named in full."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ipgraph.knowledge.gazetteer import ORG, read_tsv

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes


class Faculties:
    """The one-character words of disciplines, by the head noun they stand before."""

    def __init__(self, data_dir: Path) -> None:
        self.stems: dict[str, set[str]] = {}
        for row in read_tsv(data_dir / "gazetteer" / "faculties.tsv", ("head", "stem")):
            self.stems.setdefault(row["head"], set()).add(row["stem"])

    def named(self, text: str, start: int, head_start: int, head: str) -> bool:
        """The name from ``start`` to the head at ``head_start`` is a faculty's: one discipline's character before
        its head (法学院院长甲: the law faculty's dean)."""
        return head_start - start == 1 and text[start] in self.stems.get(head, ())

    def told_before(self, shapes: OrgShapes, doc: Doc, added: list[Span]) -> list[Span]:
        """``added`` with each faculty named by its discipline alone (法学院) that a longer name read before it in the
        passage ends with (清华大学法学院) named as that body, of its kind and parent."""
        out = list(added)
        for at, span in enumerate(added):
            if len(span.text) != 3 or span.text[0] not in self.stems.get(span.text[1:], ()):
                continue
            full = max((s for s in added if s.label_ == ORG and s.end_char <= span.start_char and not s.kb_id_
                        and len(s.text) > 3 and s.text.endswith(span.text)), key=lambda s: s.end_char, default=None)
            if full is None:
                continue
            told = shapes._span(doc, span.start_char, span.end_char, None, name=full.text)
            if told is not None and told._.ipg is not None:
                told._.ipg.update({k: v for k, v in (full._.ipg or {}).items() if k in ("kind", "parent", "country")})
                out[at] = told
        return out
