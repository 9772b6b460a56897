"""What stands next to a person's name and ties the person to a body: the list item before (甲、乙副主任), the 的 of
a body (浙江大学的甲教授), a bracket that glosses the name (高锐（Francis Gurry）总干事), the start of a clause."""

from __future__ import annotations

import re

from spacy.tokens import Span

from ipgraph.zh.grammar import AGENT_MARKS, CLAUSE_BREAKS, NAME_PUNCTUATION, SENTENCE_ENDS

Named = tuple[int, int, str, "Span | None", int]
"""A person found: start, end, role, the organisation printed before, where the employer would end."""
_GLOSS = re.compile(r"[（(][^（()）]{1,40}[）)]$")
"""A bracket that ends a list item, glossing the name before it (甲(Mark Lee)、)."""


def opens_clause(text: str, at: int) -> bool:
    """What starts at ``at`` opens its clause, or follows a word that names the clause's agent (由, 据)."""
    return text[at - 1 : at].strip(CLAUSE_BREAKS + SENTENCE_ENDS + AGENT_MARKS + "\n ") == "" if at else True


def unglossed(text: str, at: int) -> int:
    """Where the name before ``at`` ends when a bracket glosses it (高锐（Francis Gurry）总干事): before the
    bracket."""
    gloss = _GLOSS.search(text, max(0, at - 42), at)
    return gloss.start() if gloss and not any(c in NAME_PUNCTUATION for c in gloss.group(0)) else at


def body_before(text: str, at: int, ends: dict[int, Span]) -> Span | None:
    """The organisation printed right before a name, or before the 的 that ties the name to it (浙江大学的甲教授,
    来自某协会的乙先生)."""
    return ends.get(at) or (ends.get(at - 1) if text[at - 1 : at] == "的" else None)


def listed_after(text: str, at: int, found: list[Named]) -> tuple[Span | None, int] | None:
    """The body and title position of the person listed right before a title, or a name before its title,
    that names no body of its own (中国人民大学法学院院长王轶、副院长石佳友; 某委员会甲副主任、乙副主任: the
    deputy is of the same body). The item before ends with its name, or with the title after its name, and
    may gloss it in brackets (甲(Mark Lee)、商务专员乙)."""
    if text[at - 1 : at] not in ("、", "，", ","):
        return None
    item_end = unglossed(text, at - 1)
    return next(((org, title_at) for _, end, role, org, title_at in reversed(found)
                 if end == item_end or role and text.startswith(role, end) and end + len(role) == item_end), None)
