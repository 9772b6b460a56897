"""One script for every extractor: rules read simplified characters, the graph prints what the report printed.

Knowledge files and grammar are written in simplified characters. A report
from Hong Kong, Macao or Taiwan prints 簽署, 會議, 主辦, 日電; each extractor
used to fold the text itself where someone remembered to, and a rule that did
not (an agreement's 签署, a dateline's 日电) read nothing in traditional text.
The dev texts read in traditional script scored events F1 0.90 against 0.95
and agreements 0.82 against 0.93 as printed in simplified script.

So the extractors read every passage folded one character for one
(``traditional.tsv``: the same length, so every offset and every mention's
place holds), and what they found is printed back: any text of a fact that
the folded report holds is replaced by the report's own characters at the
same place.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import fields, is_dataclass, replace
from typing import Any

from ipgraph.extract.report_facts import ReportFacts
from ipgraph.ingest.passages import Passage
from ipgraph.zh.folding import Folding


def read_in_one_script(passages: list[Passage], table: Folding) -> list[Passage]:
    """Each passage in simplified characters, one for one; a passage already so is the same object (told by the
    table's test, faster than folding it)."""
    return [replace(passage, text=passage.text.translate(table)) if table.changes(passage.text) else passage
            for passage in passages]


class Reprint:
    """Text an extractor read from folded passages, as the report prints it."""

    def __init__(self, printed: list[Passage], read: list[Passage]) -> None:
        self.folded = {r.slug: (r.text, p.text) for p, r in zip(printed, read, strict=True) if r is not p}
        self.plain = {p.slug: p.text for p, r in zip(printed, read, strict=True) if r is p}
        """The passages printed in simplified characters already: what a fact read there is printed as read."""
        self.mostly = 2 * len(self.folded) > len(printed)
        counts: Counter[tuple[str, str]] = Counter(
            pair for r, p in self.folded.values() for pair in zip(r, p) if pair[0] != pair[1])
        self.characters: dict[str, str] = {}
        """Each simplified character as this report most often prints it: for text an extractor composed
        (支苏平与刘华会谈 from two names and a noun), which no passage holds whole."""
        for (simplified, printed_as), _ in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])):
            self.characters.setdefault(simplified, printed_as)

    def __bool__(self) -> bool:
        return bool(self.folded)

    def text(self, value: str, where: Iterable[str] = ()) -> str:
        """``value`` as printed where a passage it was read from holds it: the passages a fact cites first, folded
        or printed in simplified characters already (the same words may be printed in either script elsewhere: a
        report in simplified characters under a caption in traditional ones, 澳大校长赵伟 under 趙偉與胡鋼簽備忘錄,
        prints its 赵伟 as 赵伟), then every folded passage in report order. An ASCII
        value is a key, a date or a code (2024, org/WIPO), which the report may print in full-width digits: never
        printed back."""
        if value.isascii():
            return value
        cited = [slug for slug in where if slug in self.folded or slug in self.plain]
        for slug in (*cited, *self.folded):
            read, printed = self.folded.get(slug) or (self.plain[slug], self.plain[slug])
            at = read.find(value)
            if at >= 0:
                return printed[at:at + len(value)]
        if any(slug in self.folded for slug in cited) or self.mostly:
            return "".join(self.characters.get(c, c) for c in value)
        return value

    def fact(self, fact: Any) -> Any:
        """A fact with each of its texts and lists of texts as printed."""
        if not is_dataclass(fact) or isinstance(fact, type):
            return fact
        where = getattr(fact, "passages", None) or [getattr(fact, "passage", "")]
        changes = {}
        for f in fields(fact):
            if not f.init:
                continue
            value = getattr(fact, f.name)
            if isinstance(value, str) and value:
                printed: Any = self.text(value, where)
            elif isinstance(value, list) and value and all(isinstance(v, str) for v in value):
                printed = [self.text(v, where) for v in value]
            else:
                continue
            if printed != value:
                changes[f.name] = printed
        return replace(fact, **changes) if changes else fact

    def nodes(self, facts: ReportFacts) -> None:
        """Organisations an extractor made from a name it read (a party the mention stage missed) keep the name
        as printed; names the mention stage printed are not in the folded text and stay as they are."""
        for node in facts.nodes.values():
            name = node.details.get("name")
            if isinstance(name, str):
                node.details["name"] = self.text(name, node.passages)
            node.surface = {self.text(s, node.passages) for s in node.surface}
