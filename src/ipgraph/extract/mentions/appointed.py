"""People named to a post by a verb of appointing and 为 (选举甲为新一届理事会会长、乙为秘书长; 任命丙为局长): the title
follows 为, not the name, and the name follows the verb (appointing_verbs.tsv) or the 、 of the list the verb opens.
An association's meeting that elects its officers prints them so, and no other shape gives them a title."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from ipgraph.extract.mentions.spans import is_cjk
from ipgraph.knowledge.gazetteer import read_tsv
from ipgraph.zh.grammar import COMMAS, ENUMERATION_COMMA, SEMICOLONS, SENTENCE_ENDS, alternation, stretch_start

_AS = "为"
_AS_REACH = 12
"""At most this many characters of the post (新一届理事会, 第三届监事会) between 为 and its title."""
Plain = Callable[[str, int, int, int], bool]
"""Whether the characters from a start to an end can make a name whose given name starts at the third argument."""
_LISTED = tuple(ENUMERATION_COMMA + COMMAS)
_CLAUSE_ENDS = SENTENCE_ENDS + SEMICOLONS + "\n"


class Appointed:
    """Finds the name a verb of appointing names to the post of a title printed after 为."""

    def __init__(self, data_dir: Path, surname: re.Pattern[str]) -> None:
        verbs = tuple(r["word"] for r in read_tsv(data_dir / "gazetteer" / "appointing_verbs.tsv", ("word",)))
        self.verbs = verbs
        self.verb = re.compile(alternation(verbs))
        self.surname = surname

    def __call__(self, text: str, title: re.Match[str], plain: Plain) -> tuple[int, int] | None:
        """The name before the 为 that opens the post whose ``title`` ends it (not a title inside the name of a board:
        为监事会监事长): a surname and one or two characters (``plain`` says they can make a name) right after the
        verb, or after a 、 in a clause that the verb opens."""
        title_start = title.start()
        if title.end() < len(text) and is_cjk(text[title.end()]):
            return None
        wei = text.rfind(_AS, max(0, title_start - _AS_REACH), title_start)
        if wei < 2 or not all(is_cjk(c) for c in text[wei + 1 : title_start]):
            return None
        clause = stretch_start(text, wei, _CLAUSE_ENDS)
        for start in (wei - 3, wei - 2, wei - 4):
            surname = self.surname.match(text, start) if start >= clause else None
            if surname is None or wei - surname.end() not in (1, 2) or not plain(text, start, wei, surname.end()):
                continue
            if text.endswith(self.verbs, clause, start) or \
                    text[start - 1 : start] in _LISTED and self.verb.search(text, clause, start) is not None:
                return start, wei
        return None
