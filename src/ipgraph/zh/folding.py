"""A table that folds text one character for one (traditional → simplified, full-width letters → ASCII, half-width
brackets → full-width), and folds a text that holds none of its characters by returning it as it is.

Extractors fold sentences and passages many times a report (the event rules read every context through their table),
and nearly all of them are already in the script the rules are written in: ``str.translate`` still looks every
character of a non-ASCII text up in the table and builds a new string (~100 ns a character), where a test that
nothing would change is cheaper. A set test (``isdisjoint``) makes a string of every Chinese character it reads
(~85 ns a character); re's search for a class of the table's characters reads them in C (~15 ns), when the class
holds none beyond the Basic Multilingual Plane: re would test those one by one at every character, so the class
holds the whole range beyond it instead (one test), and a character found there is looked up in the table's few
(CJK extension B)."""

from __future__ import annotations

import re
from functools import cached_property


class Folding(dict[int, str]):
    """A ``str.translate`` table (code point → one character) that knows the characters it changes."""

    @cached_property
    def changed(self) -> frozenset[str]:
        """The characters the table maps: read once, on the first fold (the table is complete by then)."""
        return frozenset(map(chr, self))

    @cached_property
    def _candidates(self) -> tuple[re.Pattern[str], frozenset[str]]:
        """A class of the characters the table maps in the Basic Multilingual Plane, and of every character beyond
        it when the table maps any there; and those it maps there."""
        astral = frozenset(c for c in self.changed if c > "\uffff")
        beyond = "\U00010000-\U0010ffff" if astral else ""
        plane = "".join(sorted(re.escape(c) for c in self.changed - astral)) + beyond
        return re.compile(f"[{plane}]" if plane else "(?!)"), astral

    def changes(self, text: str) -> bool:
        """Some character of ``text`` is one the table maps."""
        candidates, astral = self._candidates
        found = candidates.search(text)
        while found is not None and found.group() > "\uffff" and found.group() not in astral:
            found = candidates.search(text, found.end())  # a character beyond the plane that the table keeps
        return found is not None

    def fold(self, text: str) -> str:
        """``text.translate(self)``, without the translation when no character of ``text`` is in the table."""
        return text.translate(self) if self.changes(text) else text
