"""An instrument named first by the ceremony that signed it (A与B合作协议签字仪式在…举行) and then by its own title
(签字仪式上，…签署了《共建…合作协议》): the ceremony's name describes the instrument in its own words, the sides and
the kind before the noun of the ceremony, and the title names it. Both readings are one agreement: without this the
report makes two of one signing, the commonest way a found agreement is one an annotation already pairs with."""

from __future__ import annotations

from collections.abc import Mapping

from ipgraph.extract.agreement_fact import AgreementFact
from ipgraph.extract.agreement_tellings import fold, titled
from ipgraph.zh.grammar import TITLE_OPENS


def ceremony_named(fact: AgreementFact, acts: tuple[str, ...], ceremonies: tuple[str, ...]) -> bool:
    """Whether ``fact`` is named by the ceremony that signed it: its quote prints its name, not as a title, right
    before an act of signing and the noun of a ceremony (…合作协议签约仪式, …备忘录签署仪式)."""
    label, quote = "".join(fact.label.split()), "".join(fact.quote.split())
    at = quote.find(label)
    if at < 0 or titled(fact.label, fact.quote):
        return False
    rest = quote[at + len(label):]
    return any(rest.startswith(act) and rest[len(act):].startswith(ceremonies) for act in acts)


def ceremony_told(facts: list[AgreementFact], words: Mapping[str, tuple[str, ...]]) -> list[AgreementFact]:
    """Fold an instrument named by its signing ceremony into the one titled instrument (《…》) of its kind whose
    sides are its sides and whose date does not differ: its passages and date go to that one. Where the report
    titles two such (a ceremony that signed two instruments) or none, the ceremony's instrument stands."""
    acts, ceremonies = words.get("sign", ()), words.get("ceremony", ())
    titles = [fact for fact in facts if titled(fact.label, fact.quote, TITLE_OPENS)]
    kept: list[AgreementFact] = []
    for fact in facts:
        same = [other for other in titles if other is not fact and other.type == fact.type
                and set(other.parties) == set(fact.parties) and (None in (other.date, fact.date)
                                                                 or other.date == fact.date)]
        if len(same) == 1 and fact.parties and ceremony_named(fact, acts, ceremonies):
            fold(same[0], fact)
        else:
            kept.append(fact)
    return kept
