"""Bodies named by a word that ends in no head a name can be read back from (中办, 工信部, 立法会, 律政司):
headless_names.tsv, each keyed by its full name."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import NamedTuple

from ipgraph.extract.mentions.spans import is_cjk
from ipgraph.knowledge.gazetteer import read_tsv, split_multi
from ipgraph.zh.grammar import NAME_BREAKS, searched


class Headless(NamedTuple):
    full: str
    kind: str
    not_before: tuple[str, ...]


class HeadlessNames:
    """The names of ``headless_names.tsv``."""

    def __init__(self, data_dir: str) -> None:
        rows = read_tsv(Path(data_dir) / "gazetteer" / "headless_names.tsv", ("name", "full", "kind", "not_before"))
        self.names = {r["name"]: Headless(r["full"], r["kind"], split_multi(r["not_before"])) for r in rows}
        self.pattern = re.compile(searched(tuple(self.names)))

    def spans(self, text: str, starts_name: Callable[[int], bool]) -> list[tuple[int, int, Headless]]:
        """Each name printed where no character after it makes it part of another word; a name of two characters
        only where ``starts_name`` says a name may start or where punctuation or a function word ends it (落实中办、:
        not 集中办理's 中办)."""
        out = []
        for match in self.pattern.finditer(text):
            start, end = match.span()
            body = self.names[match.group(0)]
            bounded = end - start > 2 or starts_name(start) or end == len(text) or not is_cjk(text[end]) or \
                text[end] in NAME_BREAKS
            if bounded and not text.startswith(body.not_before or ("\0",), end):
                out.append((start, end, body))
        return out
