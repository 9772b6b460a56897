"""Where a function word inside a run of characters ends a name, and where it is a character of a word the name holds
(自由, 华为: break_words.tsv; the 和 of a portfolio, 住房和城乡建设: portfolios.tsv)."""

from __future__ import annotations

from pathlib import Path

from ipgraph.knowledge.gazetteer import read_tsv
from ipgraph.zh.grammar import NAME_BREAKS

WITH_AFTER_HEAD = "同"
"""A preposition (with) that is also a character of names (同济大学, 协同创新中心, 大同市): it ends a name only right
after the last character of a head noun, where a name read leftwards has a whole body before it."""


class NameBreaks:
    """The words of ``break_words.tsv`` and ``portfolios.tsv``, each under every function word it holds with that
    word's offset in it, so that a function word is looked up in the words around it only."""

    def __init__(self, data_dir: str) -> None:
        folder = Path(data_dir) / "gazetteer"
        words = [r["word"] for r in read_tsv(folder / "break_words.tsv", ("word",))] + \
            [r["portfolio"] for r in read_tsv(folder / "portfolios.tsv", ("portfolio",))]
        holding: dict[str, dict[int, tuple[str, ...]]] = {}
        heads = [r["head"] for r in read_tsv(folder / "org_heads.tsv", ("head",))]
        self.head_ends = frozenset(head[-1] for head in heads if head)
        """The last characters of the head nouns (局 of 知识产权局, 学 of 大学), after which 同 is "with"."""
        for word in words:
            for offset, char in enumerate(word):
                if char in NAME_BREAKS or char == WITH_AFTER_HEAD:
                    at_offset = holding.setdefault(char, {})
                    at_offset[offset] = (*at_offset.get(offset, ()), word)
        self.holding = {char: tuple(by_offset.items()) for char, by_offset in holding.items()}
        """Each function word → (its offset in them, the words holding it there): the words of one offset are tried
        by one ``startswith`` in C (和 is in 30 words, at 5 offsets)."""

    def breaks(self, text: str, at: int) -> bool:
        """The character at ``at`` is a function word that ends a name, not part of a word that holds it; or 同
        ("with") right after a head noun's last character (某局同某大学签署: the preposition that opens the
        counterpart, where 同 inside a name, 同济, 协同, 大同, follows none)."""
        if text[at] == WITH_AFTER_HEAD:
            return at > 0 and text[at - 1] in self.head_ends and not self._held(text, at)
        return text[at] in NAME_BREAKS and not self._held(text, at)

    def _held(self, text: str, at: int) -> bool:
        return any(at >= offset and text.startswith(words, at - offset)
                   for offset, words in self.holding.get(text[at], ()))
