"""Visitors to the body a report speaks for: the bodies named before a word of coming to it in one sentence (甲大学
副校长乙一行来校访问, 丙学院党委书记丁等一行来访我校, 戊大学代表对我校进行友好访问, 某局一行到我院调研), and the
bodies an invitation of the report's own body names before the word of their coming (应我会邀请，甲协会一行来到某地).

A body's own news names itself by a word for itself (我校, 本局: self_references.tsv) or one character of it (来校:
own_contractions.tsv); a bare title there (我校副校长甲, 校长乙) is the report's own body's. The rule that takes the
report's first body of the word's head (我校: …大学) as that body goes wrong where a visitor is named first: the
body that comes to 我校 is not 我校. The words of coming are the events' (knowledge/events/words.tsv: ``trip_to``,
``visit_verb``); only 我/本 words count, not 该校, which points back at a body just named, the visited one."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.mentions.own_units import own_words
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import SEMICOLONS, SENTENCE_ENDS, alternation

_NOT_THE_BODY = "区园友长内外"
"""After one character for the body, what makes it a word of the school's life, not the body (来校区, 到校园, 校友)."""


class Visitors:
    """Which of a passage's bodies come to the body the report speaks for."""

    def __init__(self, data_dir: Path) -> None:
        letters = word_lists(data_dir / "gazetteer" / "own_contractions.tsv", key="head")
        events = word_lists(data_dir / "events" / "words.tsv")
        self.heads: dict[str, tuple[str, ...]] = dict(own_words(data_dir))
        """Each word for the body itself and the heads its full name may end in (我校: 大学, 学院, 学校); not 该校,
        which points back at a body just named: the visited one."""
        for head, words in letters.items():
            for word in words:
                self.heads[word] = (*self.heads.get(word, ()), head)
        own = tuple(w for w in self.heads if len(w) > 1)
        letter = tuple(w for w in self.heads if len(w) == 1)
        coming = (*events.get("trip_to", ()), *events.get("visit_verb", ()))
        self.cue = re.compile(
            rf"(?:(?:{alternation(coming)})了?(?P<own>{alternation(own)}|(?:{alternation(letter)})"
            rf"(?![{_NOT_THE_BODY}]))|对(?P<object>{alternation(own)})(?:进行|進行|开展))")
        self.invited = re.compile(rf"应(?P<own>{alternation(own)})(?:的)?邀请")
        """An invitation of the report's own body (应我会邀请，甲协会乙秘书长一行来到某地): the bodies named after it,
        before the word of their coming, are its guests."""
        self.coming = re.compile(alternation(coming))
        self.marks = frozenset(w[0] for w in self.heads)
        """A passage holding none of these characters holds no cue: most do not, and are not searched."""

    def bodies(self, text: str, orgs: Iterable[tuple[int, str]]) -> dict[str, tuple[str, ...]]:
        """The keys of the bodies (``orgs``: where each starts, its key) that stand before a word of coming to the
        report's own body in the same sentence, each with the heads of the body it comes to (来校: 大学, 学院, 学校):
        a guest of that head is not the host, but the 局 whose 副局长 leads a group to a school may be its own."""
        if not self.marks.intersection(text):
            return {}
        found: dict[str, tuple[str, ...]] = {}
        starts = sorted(orgs)
        for cue in self.cue.finditer(text):
            opening = max(text.rfind(end, 0, cue.start()) for end in (*SENTENCE_ENDS, *SEMICOLONS, "\n"))
            heads = self.heads[cue.group("own") or cue.group("object")]
            for at, key in starts:
                if opening < at < cue.start():
                    found[key] = (*found.get(key, ()), *heads)
        for invitation in self.invited.finditer(text):
            closing = min((i for end in (*SENTENCE_ENDS, *SEMICOLONS, "\n")
                           if (i := text.find(end, invitation.end())) >= 0), default=len(text))
            coming = self.coming.search(text, invitation.end(), closing)
            heads = self.heads[invitation.group("own")]
            for at, key in starts:
                if coming is not None and invitation.end() <= at < coming.start():
                    found[key] = (*found.get(key, ()), *heads)
        return found


@lru_cache(maxsize=4)
def visitors(data_dir: Path) -> Visitors:
    """One reader per knowledge folder: each report's resolver asks for it."""
    return Visitors(data_dir)
