"""One instrument per title, however often a report tells its signing: the headline and the lead, or the lead and a
later paragraph, print the same title (《知识产权人才培养合作协议》) and name its signatories otherwise — a body in
full and by its short form (黄冈市知识产权局 / 市知识产权局), a body and the one its signing official heads, a
university and its faculty. Their identities differ, so the reader files two agreements of one name; the title is
what tells the instrument, the parties only who signed it. A title is one in 《》, corner brackets or quotation
marks (签署“…协议”, then 根据《…协议》)."""

from __future__ import annotations

from ipgraph.extract.agreement_fact import AgreementFact
from ipgraph.extract.agreement_tellings import fold, titled
from ipgraph.extract.events.tellings import YEAR_OPENING


def one_title(facts: list[AgreementFact]) -> list[AgreementFact]:
    """Fold each telling of a title into the first telling of that title in another passage, of the same kind,
    sharing a signatory (or naming fewer than two: 《…协议》的签署意义重大), on no other date (one undated, or one
    date within the other). What sets two apart is kept apart: a list of counterparts in one passage (A分别与B、C
    签署《…协议》: one instrument per pair), a date of another day (a yearly agreement signed again), signatories of
    which none is shared. A year opening one title and not the other (《2025年…协议》, then 《…协议》) is the
    same title shortened; two years printed are two titles."""
    kept: list[AgreementFact] = []
    for fact in facts:
        sides = set(fact.parties + fact.inferred)
        first = next((known for known in kept if known.type == fact.type and _one_title(known.label, fact.label)
                      and titled(known.label, known.quote) and titled(fact.label, fact.quote)
                      and not set(known.passages) & set(fact.passages)
                      and (fact.unnamed or sides & set(known.parties + known.inferred))
                      and (known.date is None or fact.date is None or known.date.startswith(fact.date)
                           or fact.date.startswith(known.date))), None)
        if first is None:
            kept.append(fact)
        else:
            fold(first, fact)
    return kept


def _one_title(told: str, title: str) -> bool:
    """Whether two titles are one: the same words (spaces aside), or the same but for a year one of them opens with
    (2025年知识产权合作协议 and 知识产权合作协议); two years printed (2024年…计划, 2025年…计划) are two titles."""
    told, title = "".join(told.split()), "".join(title.split())
    years = [YEAR_OPENING.match(told), YEAR_OPENING.match(title)]
    return told == title or None in years and YEAR_OPENING.sub("", told) == YEAR_OPENING.sub("", title)
