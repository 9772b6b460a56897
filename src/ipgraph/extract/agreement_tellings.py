"""How a report tells an instrument beyond the clause that signs it, read once for every agreement rule: the field
line of a record that dates it (签订日期：民国93年4月23日), a name in passing that tells one already signed again
(中美版权战略合作备忘录的签署 after 甲局与美国乙局签署了《战略合作备忘录》), and a list of counterparts that names the
head of their names once, on the last item (与甲市、乙县和丙市知识产权局签署: three offices)."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from functools import cache

from ipgraph.extract.agreement_fact import AgreementFact
from ipgraph.extract.parties import PartyReader
from ipgraph.extract.report_facts import ReportFacts
from ipgraph.extract.statements import PATHS
from ipgraph.extract.voices import shortened
from ipgraph.ingest.passages import Passage
from ipgraph.zh.dates import find_dates
from ipgraph.zh.grammar import (
    JOIN,
    LIST_MARKS,
    NUMBER,
    QUOTE_CLOSES,
    QUOTE_OPENS,
    TITLE_OPENS,
    WITH,
    alternation,
    searched,
)

_MARK_PAIRS = [*zip(QUOTE_OPENS, QUOTE_CLOSES, strict=True), ('"', '"')]
"""Each opening mark of a title with its closing one."""
_MODIFIED = re.compile("^.*[之的]")
"""What a bare instrument noun's modifier ends with (为期三年的, 雙方之): its words before the noun."""
_BARE_PLACE_LENGTH = 8
"""The longest item of an elliptical list that is a place alone (内蒙古自治区, 恩施土家族苗族自治州 is longer and
rare): longer words are names of their own."""


@cache
def _counted_places(suffixes: tuple[str, ...]) -> re.Pattern[str]:
    """A count of the listed places between the last one and the head they share (甲区、乙县五地市场监管局, 甲、乙两省
    知识产权局): 地 or a one-character place suffix (knowledge/gazetteer/place_suffixes.tsv) after a number. It names
    no body of its own, and the head after it is each place's."""
    return re.compile(rf"{NUMBER}[地{''.join(s for s in suffixes if len(s) == 1)}]")


@cache
def date_field(signs: tuple[str, ...], issues: tuple[str, ...], labels: tuple[str, ...]) -> re.Pattern[str]:
    """The label of a field that gives the signing date (签订日期：, 签署时间：): a verb of signing and a word of date;
    not 发布时间：, a verb that issues, whose field is the report's own date. Searched in every passage of a report
    that tells an agreement: the verbs open it grouped by first character (``searched``), so re passes the
    characters that open none in its C loop (half the time of a leading lookahead)."""
    verbs = tuple(verb for verb in signs if verb not in issues)
    return re.compile(f"{searched(verbs)}(?:{alternation(labels)})\\s*[:：]")


def field_dated(found: dict[str, AgreementFact], passages: Sequence[Passage], field: re.Pattern[str],
                year: int | None, own_date: str | None) -> None:
    """签订日期：民国93年4月23日 on a field line (a treaty database's page, a bulletin's record): the signing date of
    the instrument told nearest before the field (its line or one before), or first after it, when no telling dated
    it. ``found`` is keyed by identity, which the date is part of: a dated fact is filed again."""
    order = {passage.slug: index for index, passage in enumerate(passages)}
    for index, passage in enumerate(passages):
        label = field.search(passage.text)  # a line of its own, or glued to the title line before it
        dates = find_dates(passage.text[label.end():], year, own_date) if label else []
        if not dates:
            continue
        told = sorted(found.values(), key=lambda fact: min(order.get(slug, 0) for slug in fact.passages))
        first = [min(order.get(slug, 0) for slug in fact.passages) for fact in told]
        nearest = [f for f, at in zip(told, first) if at <= index][-1:] \
            or [f for f, at in zip(told, first) if at > index][:1]
        if nearest and nearest[0].date is None:
            fact = found.pop(nearest[0].identity)
            fact.date = dates[0].start
            found.setdefault(fact.identity, fact)


def retold(found: Iterable[AgreementFact], name: str, parties: list[str], passage: Passage,
           country_of: Callable[[str], str | None]) -> bool:
    """中美版权战略合作备忘录的签署 after 甲局与美国乙局签署了《战略合作备忘录》: a name in passing that ends in the
    whole name of an instrument the report told signed, and opens with its signatories or their states, is that
    instrument told again (the passage is its evidence too), not the states' own."""
    plain = "".join(name.split())
    for fact in found:
        label = "".join(fact.label.split())
        signatories = fact.parties + fact.inferred
        states = {country_of(p.removeprefix("org/")) for p in signatories} | {p.removeprefix("country/")
                                                                                 for p in signatories}
        if plain != label and plain.endswith(label) \
                and all(p in signatories or p.removeprefix("country/") in states for p in parties):
            if passage.slug not in fact.passages:
                fact.passages.append(passage.slug)
            return True
    return False


def place_head(name: str, place: re.Pattern[str]) -> str:
    """What follows the place in a name (中山市政府 → 政府): the head an elliptical list item shares."""
    opening = place.match(name)
    return name[opening.end():] if opening and opening.end() < len(name) else ""


def elliptical(words: str, reader: PartyReader, place: re.Pattern[str], slug: str, bare: bool = False) -> list[str]:
    """与潜江市、英山县和洪湖市知识产权局签署: a list of places whose last item alone carries the head of a name
    (知识产权局) names one body of that head for each place; the places alone are no parties (a city named alone may
    stand for its government elsewhere in the report). Nothing unless every item before the last is a place alone."""
    items = [item.strip() for item in re.split(JOIN, words)]
    last = reader.name(items[-1]) if len(items) > 1 else None
    divisions = reader.gazetteer.division_names[1] if bare else frozenset()

    def placed(item: str) -> bool:  # 宁波、舟山两地法院 (``bare``): a prefecture printed without 市 is a place too
        return bool(place.fullmatch(item)) or item in divisions

    if not last or not all(placed(item) and len(item) <= _BARE_PLACE_LENGTH for item in items[:-1]):
        return []
    ends = [end for end in range(1, min(len(last), _BARE_PLACE_LENGTH + 1)) if placed(last[:end])
            and not last.startswith(reader.gazetteer.suffix_words, end - 1)]  # 垫江县市场…: 市 opens 市场
    head = last[ends[-1]:] if ends else ""  # 荆州市知识产权局: the place is 荆州市, not 荆州 (州 ends a place too)
    counted = _counted_places(reader.gazetteer.place_suffixes).match(head)
    if counted:
        last, head = last[: ends[-1]] + head[counted.end():], head[counted.end():]
    if not head:
        return []
    return [reader.new_party(item + head, slug) for item in items[:-1]] + [reader.new_party(last, slug)]


def places_sharing(words: str, reader: PartyReader, place: re.Pattern[str], slug: str) -> list[str]:
    """甲市、乙市两地知识产权局, 甲市与乙市两地知识产权局 (在某地) signing together: places listed, or joined by
    与, before a count of them in 地 and the head they share are that many bodies of that head, the signatories
    (``elliptical``); the count is no collective of its own (两地 is not 甲市 and 乙市 themselves). A place where
    they sign after the head (在某地) is no part of the last name. The places may be printed without their suffix
    (宁波、舟山两地法院): 地 counts places of any level, which print their own (烟台、潍坊等三市中院 is the mention
    stage's, which adds 市)."""
    words = re.sub(f"在[^{LIST_MARKS}]{{1,10}}$", "", words.strip())
    if not re.search(f"{NUMBER}地", words):  # 两省, 两市: the mention stage shares their head itself
        return []
    return elliptical(re.sub(f"^([^{LIST_MARKS}]{{2,8}}?){WITH}", "\\1、", words), reader, place, slug, bare=True)


def titled(label: str, quote: str, marks: str = QUOTE_OPENS + '"') -> bool:
    """Whether ``quote`` prints ``label`` as a title, in the marks of ``marks`` that open one: 《》 and the corner
    brackets Hong Kong and Taiwan print titles in (「」), and “” where any quotation counts."""
    return any(f"{opening}{label}{closing}" in quote for opening, closing in _MARK_PAIRS if opening in marks)


def by_name(facts: list[AgreementFact], known: ReportFacts) -> list[AgreementFact]:
    """A signing told with the bare end of an instrument's name (签订合作框架协议; 包括…签订协议…), not quoted,
    where the report names an instrument of that kind ending so (《…合作框架协议》, 「…合作協議書」): that instrument
    told again, its own modifier before 之 or 的 aside (簽署為期三年之合作協議書 ¶ 兩校共同簽署「學術交流與技術合作
    協議書」), when each party it names is one of the named one's or a place inside one's name (与河东区签订 for
    天津市河东区人民政府). The telling adds its passages and date to the named one, and is no agreement of its own."""
    kept = []
    for fact in facts:
        label = _MODIFIED.sub("", "".join(fact.label.split()))
        named = next((other for other in facts if other is not fact and other.type == fact.type
                      and (name := "".join(other.label.split())) != label
                      and name.endswith(label) and titled(other.label, other.quote, TITLE_OPENS)
                      and not titled(fact.label, fact.quote)
                      and all(party_within(p, other.parties + other.inferred, known) for p in fact.parties)),
                     None)
        if named is None:
            kept.append(fact)
            continue
        fold(named, fact)
    return kept


def fold(into: AgreementFact, told: AgreementFact) -> None:
    """``told`` is ``into`` told again: its passages and, where ``into`` has none, its date go to ``into``."""
    into.passages += [slug for slug in told.passages if slug not in into.passages]
    into.date = into.date or told.date


def party_within(party: str, parties: list[str], known: ReportFacts) -> bool:
    """A party among ``parties``, or a name of it printed inside one of theirs (河东区 in 天津市河东区人民政府)."""
    kinds = {prefix: kind for kind, prefix in PATHS.items()}

    def forms(path: str) -> set[str]:
        prefix, _, key = path.partition("/")
        node = known.nodes.get((kinds.get(prefix, ""), key))
        return node.surface if node else set()
    return party in parties or any(short in long for short in forms(party) for other in parties
                                   for long in forms(other))


def told_again(sentence: str, passage: Passage, found: dict[str, AgreementFact], words: dict[str, tuple[str, ...]],
               nouns: re.Pattern[str]) -> bool:
    """该合作协议是两局间签署的首个框架性合作协议: a sentence whose subject is an anaphor and an instrument noun
    describes the instrument told last (the passage is its evidence too), and signs none of its own."""
    subject = re.sub(f"^(?:{alternation(words.get('lead', ()))}|\\s)*", "", sentence)
    anaphor = next((w for w in words.get("anaphor", ()) if subject.startswith(w)), None)
    if anaphor is None or not found or not re.match(f"(?:{nouns.pattern})", subject[len(anaphor):]):
        return False
    last = list(found.values())[-1]
    if passage.slug not in last.passages:
        last.passages.append(passage.slug)
    return True


def headline_twin(found: dict[str, AgreementFact], fact: AgreementFact, headline: set[str], slug: str,
                  shares_side: Callable[[list[str], list[str]], bool]) -> str | None:
    """The agreement a news item's title line told that the body tells again with a party named in full
    (陕西局与X签订…协议 / 陕西省知识产权局与X正式签署…协议) or its name in full (签署合作备忘录 / 签署了《关于…
    合作的谅解备忘录》; 战略合作协议 / 战略合作框架协议): a title shortens both, so the same kind of instrument
    whose title name keeps the body's words in order, or is its kind's bare noun (合作备忘录 / 某某协作谅解备忘录: no
    words of its own, its subject is its name), of as many parties, one side at least the same (中欧 in the
    title for 国家知识产权局 and 欧洲专利局: ``shares_side``); the body's name, parties and date stand."""
    label, parties = "".join(fact.label.split()), set(fact.parties)
    return next((key for key, known in found.items()
                 if len(known.passages) == 1 and known.passages[0] in headline and slug not in headline
                 and known.type == fact.type
                 and (shortened("".join(known.label.split()), label) or known.subject == known.label)
                 and len(known.parties) == len(parties) and shares_side(known.parties, fact.parties)
                 and None in (known.date, fact.date)), None)


def headline_summary(found: dict[str, AgreementFact], headline: set[str],
                     shares_side: Callable[[list[str], list[str]], bool]) -> None:
    """A news item's title line that tells in one the signings its body tells one by one (A与B、C签署深化合作协议 over
    A分别与B、C签署《甲》《乙》): the title's signing is theirs, no agreement of its own, when the body tells two or
    more of its kind that share a side with it and name, together, as many sides as it does (a title may name a
    side otherwise: B区政府 for B区). The body's tellings keep the title line as evidence."""
    body = [fact for fact in found.values() if any(slug not in headline for slug in fact.passages)]
    for key, fact in list(found.items()):
        if not fact.passages or any(slug not in headline for slug in fact.passages):
            continue
        told = [known for known in body if known.type == fact.type and shares_side(known.parties, fact.parties)]
        if len(told) > 1 and len(set(fact.parties)) <= len({p for known in told for p in known.parties}):
            del found[key]
            for known in told:
                known.passages = list(dict.fromkeys(fact.passages + known.passages))


def referred(facts: list[AgreementFact], refers: tuple[str, ...]) -> list[AgreementFact]:
    """甲分别与乙、丙签订有关合作协议。¶ 活动中，甲与乙签订《…备忘录》…甲还与丙签署《…协议》: an instrument without a
    title after a word that refers to instruments told elsewhere (有关, 相关: knowledge/commitments/signing.tsv,
    refers) sums up the titled ones the report tells. Where one of them has all its sides, it is that one (of its
    kind, then one not yet summed up, first) told again: its passages and date go to that one, and it is no agreement
    of its own. Where none has (a side the titles' sentences name otherwise, or not at all) it stands."""
    named = [fact for fact in facts if titled(fact.label, fact.quote, TITLE_OPENS)]
    kept: list[AgreementFact] = []
    summed: set[int] = set()
    for fact in facts:
        label, quote = "".join(fact.label.split()), "".join(fact.quote.split())
        sides = set(fact.parties)
        if any(fact is other for other in named) or not any(word + label in quote for word in refers):
            kept.append(fact)
            continue
        best = max((other for other in named if sides <= set(other.parties)), default=None,
                   key=lambda other: (other.type == fact.type, id(other) not in summed))
        if best is None:
            kept.append(fact)
            continue
        summed.add(id(best))
        fold(best, fact)
    return kept


def dated_again(found: dict[str, AgreementFact], known: AgreementFact, date: str | None) -> bool:
    """A title line's 甲局与乙大学签署战略合作协议, then the body's 9月16日，…座谈会。会上，双方签署了战略合作协议:
    the body tells the instrument again (``_told_before``), on the occasion it dates, so the instrument told
    undated takes that date (re-keyed: its identity holds its date). Always true: the telling is that instrument."""
    if date is None or known.date is not None:
        return True
    key = next((k for k, fact in found.items() if fact is known), None)
    if key is not None:
        del found[key]
        known.date = date
        found.setdefault(known.identity, known)
    return True
