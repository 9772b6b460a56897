"""Counterparts named without a head noun (a company or brand by its short name: 唯品会, 华芯科技) that the text shows
acting beside a body it names in full: joined to that body by 与, 和, 同, 及 or 、 and followed at once by a verb of
holding (某局与唯品会联合举办…, 由某协会、华芯科技承办, 某协会和华芯科技协办). Nothing else marks such a word as a
body, so it is taken only there: between a complete name and a verb of holding, as one side of the pair."""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.acting_places import holding_verbs
from ipgraph.extract.mentions.spans import HAN
from ipgraph.knowledge.gazetteer import ORG, read_tsv
from ipgraph.zh.grammar import NAME_BREAKS, alternation

if TYPE_CHECKING:
    from ipgraph.extract.mentions.organisations import OrgShapes

_WITH = "与和同"
"""The joiners of a pair that acts together: after one of them an adverb of acting together must stand before the
verb (A与B联合举办), since A与B开展 may read B as a clause's words (A与B积极开展)."""

_BREAKS_AFTER_ROLE = ("。", "，", ",")
"""The clause breaks a role verb marked ``at_break`` must stand before (B支持。, B支持，)."""


class ActingCounterparts:
    """Finds the short name of a counterpart that acts beside a named body. The word must be two to six Chinese
    characters with no function word in it (的, 了, 在: NAME_BREAKS), must open no word of generality (有关,
    多家: ``generic``) and must not overlap any mention the passage already holds (a place, a person, a known
    name), nor end in a head noun (what the shapes of names read is theirs to take or leave) or a noun of a kind of
    body (当地企业, 高校: list_kinds.tsv, and the kinds of generic_words.tsv): what is left between a body and a verb
    of holding is the other body's name."""

    def __init__(self, data_dir: Path, generic: tuple[str, ...] = (), kinds: tuple[str, ...] = ()) -> None:
        cues = read_tsv(data_dir / "gazetteer" / "counterpart_cues.tsv", ("list", "word", "at_break"))
        self.together = tuple(r["word"] for r in cues if r["list"] == "together")
        self.role_cues = tuple(r["word"] for r in cues if r["list"] == "role")
        role_verbs = [f"{r['word']}{mark}" if r["at_break"] == "yes" else r["word"]
                      for r in cues if r["list"] == "role" for mark in _BREAKS_AFTER_ROLE]
        together, verbs = alternation(self.together), alternation(holding_verbs(data_dir))
        roles = alternation(tuple(dict.fromkeys(role_verbs)))
        self.shapes = (re.compile(rf"(?<=[{_WITH}])(?P<name>{HAN}{{2,6}}?)(?=(?:{together})(?:{verbs}))"),
                       re.compile(rf"(?<=[、及和])(?P<name>{HAN}{{2,6}}?)(?=(?:{together})?(?:{roles}))"))
        self.generic = generic
        listed = read_tsv(data_dir / "gazetteer" / "list_kinds.tsv", ("word", "kind"))
        stops = read_tsv(data_dir / "gazetteer" / "counterpart_stops.tsv", ("word",))
        self.kinds = tuple(sorted({*kinds, *(r["word"] for r in listed), *(r["word"] for r in stops)}))
        self.breaks = frozenset(NAME_BREAKS)

    def __call__(self, shapes: OrgShapes, doc: Doc, text: str, spans: list[Span]) -> list[Span]:
        """The organisation mentions of the counterparts that act in the passage, made by ``shapes``."""
        shapes_read = [shape for shape, cues in zip(self.shapes, (self.together, self.role_cues), strict=True)
                       if any(c in text for c in cues)]
        if not shapes_read:  # most passages: no word of acting together, no verb of a chain of roles
            return []
        ends = {s.end_char for s in spans if s.label_ == ORG}
        out: list[Span] = []
        taken: set[tuple[int, int]] = set()
        for match in (m for shape in shapes_read for m in shape.finditer(text)):
            start, end = match.span("name")
            name = match.group("name")
            if (start, end) in taken or start - 1 not in ends or not self._name(shapes, text, name, end) or \
                    any(s.start_char < end and start < s.end_char for s in spans):
                continue
            span = shapes._span(doc, start, end, None, "company")
            if span is not None:
                out.append(span)
                taken.add((start, end))
        return out

    def _name(self, shapes: OrgShapes, text: str, name: str, end: int) -> bool:
        """The word can be a body's own short name: no function word in it, no word of generality opening it, no
        noun of a kind or a side ending it, and no head noun ending it (the shapes of names read those)."""
        return not any(c in self.breaks for c in name) and not name.startswith(self.generic) and \
            not name.endswith(self.kinds) and shapes.head_at(text, end) is None
