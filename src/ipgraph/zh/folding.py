"""A table that folds text one character for one (traditional → simplified, full-width letters → ASCII, half-width
brackets → full-width), and folds a text that holds none of its characters by returning it as it is.

Extractors fold sentences and passages many times a report (the event rules read every context through their table),
and nearly all of them are already in the script the rules are written in: ``str.translate`` still looks every
character of a non-ASCII text up in the table and builds a new string (~100 ns a character), where a set test
(``isdisjoint``, ~30 ns, stopping at the first character found) tells that nothing would change."""

from __future__ import annotations

from functools import cached_property


class Folding(dict[int, str]):
    """A ``str.translate`` table (code point → one character) that knows the characters it changes."""

    @cached_property
    def changed(self) -> frozenset[str]:
        """The characters the table maps: read once, on the first fold (the table is complete by then)."""
        return frozenset(map(chr, self))

    def fold(self, text: str) -> str:
        """``text.translate(self)``, without the translation when no character of ``text`` is in the table."""
        return text if self.changed.isdisjoint(text) else text.translate(self)
