"""Two shapes of a signing sentence the clause reader alone misreads: an instrument named by an anaphor
(甲院与乙区政府随后签订该框架协议) tells again of one the report told before, and a comma between the list of
counterparts and the verb (甲先后与乙局副主任张某、丙集团董事长李某，签署了“…备忘录”) leaves the signing clause
without them; and a year's review lists its signings in one sentence joined by 、, each with its own counterpart and
verb (与A签署…、与B签订…、与C续签…: ``listed_signings``)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from functools import lru_cache

from ipgraph.extract.agreement_ceremonies import ceremony_told
from ipgraph.extract.agreement_fact import AgreementFact
from ipgraph.extract.agreement_rules import AgreementRules
from ipgraph.extract.agreement_tellings import fold
from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import no_subject
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON
from ipgraph.zh.grammar import CLAUSE_BREAKS, SENTENCE_ENDS, alternation, clause_bounds


def named_again(facts: list[AgreementFact], words: Mapping[str, tuple[str, ...]]) -> list[AgreementFact]:
    """Fold the instruments a report names again under another name than their own: by an anaphor (``anaphoric``)
    or by the ceremony that signed them (``ceremony_told``)."""
    return ceremony_told(anaphoric(facts, words.get("anaphor", ())), words)


def anaphoric(facts: list[AgreementFact], anaphors: tuple[str, ...]) -> list[AgreementFact]:
    """Fold an instrument whose name is an anaphor (该, 上述: knowledge/commitments/signing.tsv, anaphor) and a noun
    into the last instrument told before it whose name ends in that noun (司法保护合作框架协议 for
    该框架协议): its passages and date go to that one. Without such an instrument before it, it stands."""
    kept: list[AgreementFact] = []
    for fact in facts:
        label = "".join(fact.label.split())
        word = next((w for w in anaphors if label.startswith(w) and len(label) > len(w)), None)
        noun = label[len(word):] if word else ""
        earlier = next((other for other in reversed(kept)
                        if noun and "".join(other.label.split()).endswith(noun) and other.type == fact.type), None)
        if earlier is None:
            kept.append(fact)
        else:
            fold(earlier, fact)
    return kept


def bare_again(facts: list[AgreementFact], nouns: Mapping[str, str], describes: tuple[str, ...] = (),
               more: tuple[str, ...] = ()) -> list[AgreementFact]:
    """签约仪式上，甲局局长与乙行行长、丙行行长分别签署了协议 after 甲局分别与乙行、丙行签署…质押融资合作协议: an
    instrument told by a bare noun of its kind (instruments.tsv: 协议 for a 框架协议, 图为…签署合作协议) with the very
    parties of one told before, in another paragraph and on its day, is that instrument told again (its passages go
    to it), not one more, and so is one in a clause that ``describes`` it (…签署战略合作协议，这是双方签署的首个合作
    协议); a bare noun a word says is one ``more`` (双方还签署了合作协议), of other parties, of another day, undated (a
    background mention may be an earlier instrument) or told otherwise in the same paragraph (甲与乙签署《…框架协议》
    和合作协议: two instruments) stands."""
    kept: list[AgreementFact] = []
    for fact in facts:
        label = "".join(fact.label.split())
        added = any(word in fact.quote for word in more)  # 双方还签署了合作协议: one more
        earlier = next((other for other in reversed(kept) if label in nouns and not added and other.type == fact.type
                        and len("".join(other.label.split())) > len(label) and set(other.parties) == set(fact.parties)
                        and fact.date is not None and fact.date == other.date
                        and (not set(fact.passages) & set(other.passages) or fact.quote.startswith(describes))), None)
        if earlier is None:
            kept.append(fact)
        else:
            fold(earlier, fact)
    return kept


_NAMED = (ORG, PERSON, COUNTRY)
"""What may end a list of counterparts: a body, a person (乙局副主任张某), a state."""


def over_comma(sentence: str, start: int, verb: int, mentions: list[Located], year: int | None,
               rules: AgreementRules) -> int:
    """Where the signing clause starts: ``start``, or the start of the clause before it when the verb's own words
    name no subject (签署了, 并签署) and that clause holds a 与/同 and ends, at its comma, on a name. A clause that
    ends on anything else (A与B举行会谈，签署…) is a clause of its own, read as before."""
    if start < 2 or sentence[start - 1] not in "，," or not no_subject(sentence[start:verb], year,
                                                                      rules.words.get("lead", ())):
        return start
    before = clause_bounds(sentence, start - 2)[0]
    if not rules.with_words(sentence, before, start - 1):
        return start
    ends = any(m.end == start - 1 and m.kind in _NAMED and m.start >= before for m in mentions)
    return before if ends else start


def listed_signings(sentences: Iterable[tuple[int, str, list[Located]]],
                    rules: AgreementRules) -> Iterator[tuple[int, str, list[Located]]]:
    """与东盟秘书处签署…备忘录、与蒙古知识产权局签订…计划、与老挝科技部续签…协议: a 、 that closes a stretch with a
    verb of signing of its own and opens a with-word whose stretch has another is a clause break, as a comma would be:
    each signing has its own counterpart and instrument (read across the 、, the second took the first's counterpart
    too, and the first instrument ran on into the next). A 、 inside a list of counterparts (与A、B签署,
    与A、与B分别签署: no verb before it) stays. The sentence keeps its length, so every offset of its mentions holds."""
    pattern = _listed(rules.words.get("with", ()), rules.words.get("sign", ()))
    for offset, sentence, local in sentences:
        if "、" in sentence:
            sentence = _broken(sentence, pattern, rules.signing)
        yield offset, sentence, local


@lru_cache(maxsize=4)  # one pattern per word list, not per sentence
def _listed(withs: tuple[str, ...], signs: tuple[str, ...]) -> re.Pattern[str]:
    """A 、 before a with-word whose stretch, up to the next break or 、, holds a verb of signing."""
    breaks = re.escape(CLAUSE_BREAKS + SENTENCE_ENDS)
    return re.compile(f"、(?=(?:{alternation(withs)})[^{breaks}、]{{1,60}}?(?:{alternation(signs)}))")


def _broken(sentence: str, pattern: re.Pattern[str], signing: re.Pattern[str]) -> str:
    """``sentence`` with each listing 、 of ``pattern`` whose stretch before it holds a verb of signing set as ；."""
    text, start = sentence, 0
    breaks = set(CLAUSE_BREAKS + SENTENCE_ENDS)
    for found in pattern.finditer(sentence):
        opening = max((i for i in range(start, found.start()) if text[i] in breaks or text[i] == "、"), default=-1)
        if signing.search(text, max(opening + 1, start), found.start()):
            text = text[:found.start()] + "；" + text[found.end():]
        start = found.end()
    return text
