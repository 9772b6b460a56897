"""A post that names no body, listed right before a bare title that names the body it heads (党委书记甲、校长乙; 党组
书记甲、局长乙): both are posts at one body, as a reader takes a list of one body's leaders printed after the body (访问
某大学，党委书记甲、校长乙会见了代表团): the secretary is the university's, whose 校长 the next item names. The first
item borrows the heads the second title governs (校长: …大学), and the report finds the body for both alike."""

from __future__ import annotations

from spacy.tokens import Span

LIST_MARK = "、"


def share_governed(text: str, people: list[Span]) -> None:
    """Give each person whose title names no body the heads of the bare title of the person listed right after it."""
    ordered = sorted(people, key=lambda p: p.start_char)
    for first, second in zip(ordered, ordered[1:]):
        one, two = first._.ipg or {}, second._.ipg or {}
        if not one.get("role") or one.get("governs") or _tied(one) or not two.get("governs") or _tied(two):
            continue
        if text[first.end_char : first.end_char + 1] == LIST_MARK and \
                text[first.end_char + 1 : second.start_char] == two.get("role"):
            one["governs"] = two["governs"]


def _tied(details: dict) -> bool:
    """The person's details already name or point to a body (a body printed, a word for one, a government)."""
    return any(details.get(k) for k in ("affiliation", "affiliation_text", "affiliation_short", "affiliation_heads",
                                        "government_of", "byline"))
