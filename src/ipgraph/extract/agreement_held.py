"""A signing told by a verb that holds its instrument (签约: to sign a contract), with no instrument noun after it:
A与B顺利签约, A、B、C举行党建共建签约仪式. The sides named before the verb signed one instrument, of the kind the
verb holds (knowledge/commitments/signing.tsv ``holds``, ``held_noun``); the words between a ceremony's verb and
签约 name what it is about (党建共建 → 党建共建协议). Such a telling is weaker than an instrument named: it makes an
agreement in a report that tells no other (agreements.py), where it is the signing the report is about and not a
retelling (以此次签约为契机) of one named elsewhere; beside named ones, only when it is told as an act, not a
ceremony, and names a side none of theirs has (held_beside)."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ipgraph.extract.agreement_fact import AgreementFact
from ipgraph.extract.agreement_parties import Item
from ipgraph.extract.agreement_rules import AgreementRules
from ipgraph.extract.agreement_tellings import fold, titled
from ipgraph.zh.grammar import TITLE_OPENS


def read_now(verb: re.Match[str], holding: bool, rules: AgreementRules) -> bool:
    """Whether a verb of signing is read in this pass: every verb at first; while a report that signed no instrument
    is read again (``holding``), only the verbs that hold theirs."""
    return not holding or verb.group(0) in rules.words.get("holds", ())


def held_item(sentence: str, start: int, verb: re.Match[str], rules: AgreementRules) -> Item | None:
    """The instrument a holding verb signs, spanning the verb and the words after the ceremony's verb in front of it
    in its clause (举行 of 举行党建共建签约仪式: 党建共建签约; not the place after 在 of 在杭州签约); None for any other
    verb of signing."""
    nouns = rules.words.get("held_noun", ())
    if verb.group(0) not in rules.words.get("holds", ()) or not nouns:
        return None
    fronts = [sentence.rfind(word, start, verb.start()) + len(word) for word in rules.words.get("held_front", ())
              if sentence.rfind(word, start, verb.start()) >= 0]
    opens = max(fronts, default=verb.start())
    return Item(opens if verb.start() - opens <= _LONGEST_ABOUT else verb.start(), verb.end(), rules.nouns[nouns[0]])


def held_name(text: str, verb: str, rules: AgreementRules) -> str:
    """The instrument's name: the words about it and the noun the verb holds (党建共建签约 → 党建共建协议), or those
    words alone where they end in an instrument's noun (合作协议签约 → 合作协议)."""
    about = text.removesuffix(verb)
    return about if about.endswith(tuple(rules.nouns)) else about + rules.words["held_noun"][0]


def holds_in(text: str, rules: AgreementRules) -> bool:
    """Whether ``text`` has a verb that holds its instrument: the passages read again for such signings."""
    return any(verb in text for verb in rules.words.get("holds", ()))


def held_beside(found: dict[str, AgreementFact], unnamed: dict[str, AgreementFact],
                held: dict[str, AgreementFact], rules: AgreementRules, headline: set[str]) -> list[AgreementFact]:
    """The agreements of a report: those of instruments named, each titled one of a side the text does not name
    (甲与华芯签署《X协议》) unless one of its kind told in its passage has its side (举行X签约仪式…签署《X书》: that
    one told again), and beside them each held signing that names a side
    none of them has with the others (A与B签署《X》; C与B、D三方签约，合作设立…基金: a second agreement), not one
    whose sides are all those of a named instrument (双方签约 after A与B签署《X》: its ceremony told again) nor one
    told as a ceremony (“A与B…合作”签约仪式: the occasion the named ones were signed at) nor only on a news item's
    title line (A与B合作签约 over the body's A与B签署…协议, a side shortened: 法学院); in a
    report that names none, the signings of unnamed parties, else the held ones."""
    sided_by_ceremony(unnamed, held, rules)
    if not found:
        return list(unnamed.values()) or told_once(held.values())
    dated_by_ceremony(found, held)
    acts = [fact for fact in held.values()
            if not ceremony(fact.quote, rules) and not all(slug in headline for slug in fact.passages)]
    one_sided = [fact for fact in unnamed.values() if fact.parties and titled(fact.label, fact.quote, TITLE_OPENS)
                 and not any(known.type == fact.type and set(fact.parties) <= set(known.parties)
                             and set(fact.passages) & set(known.passages) for known in found.values())]
    return [*found.values(), *one_sided, *(fact for fact in told_once(acts)
                               if not any(set(fact.parties) <= set(known.parties) for known in found.values()))]


def sided_by_ceremony(unnamed: dict[str, AgreementFact], held: dict[str, AgreementFact],
                      rules: AgreementRules) -> None:
    """A与B举行战略合作签约仪式。此次签署的《X协议》…: an instrument told with no side named, in a report that
    holds one signing ceremony of two or more sides, was signed at it: the ceremony's sides are its parties, its day
    the instrument's where it has none (the ceremony is not reported beside it: held_beside)."""
    ceremonies = [fact for fact in held.values() if ceremony(fact.quote, rules) and len(set(fact.parties)) > 1]
    if len(ceremonies) != 1:
        return
    sides = ceremonies[0]
    for fact in unnamed.values():
        if not fact.parties and not fact.inferred:
            fact.parties, fact.unnamed = list(sides.parties), False
            fact.date = fact.date or sides.date


def dated_by_ceremony(found: dict[str, AgreementFact], held: dict[str, AgreementFact]) -> None:
    """A named instrument its telling leaves undated (a news item's title line: A与B签署战略合作协议) was signed at the
    first dated signing the report holds between two or more of its sides (5月8日，A与B举行签约仪式): that day."""
    for known in found.values():
        sides = set(known.parties)
        dated = next((fact for fact in held.values() if known.date is None and fact.date
                      and 1 < len(set(fact.parties)) and set(fact.parties) <= sides), None)
        if dated is not None:
            fold(known, dated)


def ceremony(quote: str, rules: AgreementRules) -> bool:
    """Whether a held signing is told as a ceremony (举行…签约仪式), the occasion at which the instruments a report
    names were signed, or as the signing of an instrument its noun names (…合作协议签约暨…揭牌仪式), not as an act of
    its own (三方签约，合作设立…)."""
    words = rules.words
    return any(verb + word in quote for verb in words.get("holds", ()) for word in words.get("ceremony", ())) \
        or any(noun + verb in quote for verb in words.get("holds", ()) for noun in rules.nouns)


def told_once(facts: Iterable[AgreementFact]) -> list[AgreementFact]:
    """The held signings of a report, each told once: a later telling that shares a side with an earlier one (出席
    签约仪式, 签约各方表示) tells that signing again, as its first telling names it; one of other sides (A与B签约 after
    C与D签约) is another, and so is each counterpart of one telling's list (A与B、C、D等单位集中签约: one signing
    each, however the subject is shared)."""
    kept: list[AgreementFact] = []
    for fact in facts:
        first = next((known for known in kept if set(known.parties) & set(fact.parties)
                      and known.quote != fact.quote), None)
        if first is None:
            kept.append(fact)
        else:
            fold(first, fact)
    return kept


_LONGEST_ABOUT = 12
"""The most characters between a ceremony's verb and 签约 that name what the ceremony is about (党建共建, 专利翻译合作):
a longer run is a clause of its own, not a name."""
