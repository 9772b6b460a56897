"""The words and patterns the treaty-action reader reads (knowledge/commitments/treaty_actions.tsv and
treaty_action_words.tsv), compiled once per knowledge folder: kept apart from ``treaty_actions.py`` so the reading
stays short, and so no report compiles them again."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ipgraph.errors import InputError
from ipgraph.extract.agreement_rules import load_rules as agreement_rules
from ipgraph.knowledge.gazetteer import load as load_gazetteer, read_tsv
from ipgraph.knowledge.ontology import treaty_action_types
from ipgraph.knowledge.wordlists import event_nouns, word_lists
from ipgraph.zh.dates import find_dates
from ipgraph.zh.grammar import (
    CLAUSE_BREAKS,
    LIST_MARKS,
    LOCATIVES,
    NUMBER,
    NUMERALS,
    SENTENCE_ENDS,
    Disposal,
    alternation,
)

_SIDES = ("before", "after", "chained", "final")
PER_ACTOR = ("Accession", "Ratification", "Signature")
"""Actions each state takes for itself: one action per actor named."""
ONCE = (*PER_ACTOR, "Adoption", "Conclusion", "EntryIntoForce")
"""Actions that happen to a treaty (for one actor) once: told again undated, they are the act told with a date."""
LAPSE = re.compile(f"满?(?:\\d+|[{NUMERALS}几数]+)\\s*(?:个|個)?(?:年|月|天|日|周|週|星期)")
"""A span of time between an act and a condition word (该协定生效四年后, 交存批准书满三个月后): the 后 still makes
the act the undated condition of what follows."""
_TOPIC_NAME = 6
"""The fewest characters in front of the head noun of a treaty named without 《》 (就…文书进行谈判): fewer are a
kind of instrument (就双边协定谈判), not a name."""

Sided = tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class TreatyActionRules:
    before: Sided
    after: Sided
    chained: Sided
    """Words that are an action only after another action verb and a conjunction (缔结和通过《A》): alone, 通过
    is "through"."""
    final: Sided
    """Words that are an action behind a treaty that opens the clause only when they close it (《A》于…在…通过)."""
    words: dict[str, tuple[str, ...]]
    not_before: re.Pattern[str]
    """A purpose, plan, appeal, negation or wish (pledge_words.tsv's wish list: 期待…推动条约实施) in front."""
    apposed: re.Pattern[str]
    """…国际知识产权条约——《A》: a head noun and a dash right before the treaty; what stands in front describes it."""
    not_purpose: re.Pattern[str]
    """以来, 可以, 以我国城市命名: a 以 that marks no purpose, blanked out before not_before is read."""
    disposal: Disposal
    """将 marking the treaty as the object of a verb behind it (葡萄牙于1999年将《A》延伸至澳门): no plan there."""
    decided: re.Pattern[str]
    forecast: re.Pattern[str]
    """将, 有助于 …, after adverbs that hedge it (又将, 无疑将, 必将): the act before it is the forecast's topic."""
    anaphor: re.Pattern[str]
    """该条约, 上述协定 (该《公约》), or the bare noun after a lead word (推动协定顺利签署), opening a clause
    (，公约在中国生效), after a word of membership (成为公约成员) or of a state's own act upon a treaty (正式批准条约,
    加入公约: only treaties are ratified or acceded to, so the bare noun is the one told before), or printed as a
    title of its own (签署《条约》): the treaty named last like it."""
    tail: re.Pattern[str]
    """中欧正式签署地理标志协定。: the whole object of a state's act (signing, ratifying, acceding), a phrase that ends
    in a head noun and ends its clause, which may be the end of a treaty's name printed before (中欧地理标志协定)."""
    head: tuple[str, ...]
    instrument_ends: tuple[str, ...]
    """Instrument nouns longer than the treaty head they end in (合作协定, 框架协定): a title ending in one is a
    cooperation instrument, the longest noun ending a name giving its kind, not a treaty."""
    modifies: re.Pattern[str]
    """签署了推动条约实施的合作协议: a treaty in what qualifies an instrument; the verb in front signs that."""
    paired_rest: re.Pattern[str]
    conjoined: re.Pattern[str]
    """伯尔尼公约和世界版权公约: a phrase ending in a treaty head noun coordinated right after a treaty (its 》 too),
    not opening with a number or a determiner (和两个条约, 及该公约): a treaty of its own."""
    topic: re.Pattern[str]
    defines: re.Pattern[str]
    recipient: re.Pattern[str]
    described: re.Pattern[str]
    as_of: tuple[str, ...]
    chain: re.Pattern[str]
    objectless: re.Pattern[str]
    """巴西加入的…, 这两个国家加入后, 两国加入以来, …，日本也于次年加入，…: an accession told without its object (a done
    word or the end of its clause right after it), of the one treaty its passage names."""
    adverb: re.Pattern[str]
    """也, 相继, 则是…, (在)次年: adverbs and relative times between an accession verb without an object and the actors
    that open its clause."""
    later: re.Pattern[str]
    """次年, 同年: a time told relative to one told before; a clause that tells it is not dated by that one."""
    joined: re.Pattern[str]
    """Actions behind the treaty joined up to the clause's end: what a forecast after it takes as its topic."""
    handed: re.Pattern[str]
    """递交批准书 with no treaty in front of the instrument: an instrument of the treaty its sentence names."""
    event_name: re.Pattern[str]
    """马拉喀什条约落地实施推进会: a verb behind the treaty that an event noun follows names the event."""
    founded: dict[str, str]
    """Body → the treaty that establishes it (founding_treaties.tsv): joining the body is acceding to the treaty."""
    joins: re.Pattern[str]
    """An accession verb ending right where the body is named (加入国际植物新品种保护联盟)."""
    for_state: re.Pattern[str]
    """对 / 在 before the state a treaty enters into force for (《A》对中国生效)."""
    part: re.Pattern[str]
    """《条约》行政条款, 《A》附件: a part of the instrument right after the treaty, what a verb in front acts on."""
    place_suffixes: tuple[str, ...]
    """特区, 特别行政区 …: what may follow a place a verb takes as object (适用于澳门特区)."""
    counted: re.Pattern[str]
    """已有67个国家, 共有54个缔约方: a tally of a treaty's parties, the subject of no act (又有12个国家 is one of new
    parties)."""
    unrealised: re.Pattern[str]
    """早日, 尽早, 才能, 争取: an act sought or required, not done (推动《A》早日生效, 条约才能生效)."""
    provided: re.Pattern[str]
    """根据条约规定，/ 该条约规定，: a clause ending in a word of what an instrument lays down; the undated clauses
    after it in the sentence tell the rule's content."""
    judgement: re.Pattern[str]
    """意义重大, 标志着, 体现了 after hedge adverbs (充分体现了): a predicate that judges the act before it."""
    since: tuple[str, ...]
    """以来 (pledge_words.tsv's since list): right after an act, it makes the act the start of a span of time."""
    party_after: re.Pattern[str]
    """成为《A》第85个缔约方: a noun of parties (the counted list) after the treaty, in its clause, that makes 成为 (the
    becomes list) an accession; 成为《A》受理局 names a role under the treaty instead."""
    nominal: re.Pattern[str]
    """的 right before a verb in front of the treaty and a conjunction between them (RCEP的签署及《CPTPP》): the verb is
    a noun whose object stands before it."""
    instruments: tuple[str, ...]
    """The instruments of an act handed over (批准书, 加入书): behind the treaty, one is its instrument only right after
    it (递交《A》批准书, 交存《A》的批准书); further on (该条约于递交批准书三个月后…生效) the deposit is a time told."""
    now: re.Pattern[str]
    """如今, 目前: a clause that opens with a word of the report's own time is not dated by a clause before it."""
    applied: re.Pattern[str]
    """A word of applying that closes the clause before (中国正式提出申请，加入《A》): a clause after it with no
    subject, date or 了 of its own tells what was applied for."""
    owned: re.Pattern[str]
    indefinite: re.Pattern[str]
    """一份, 一项: a numeral and a classifier of instruments, right before a description of a kind of instrument
    (一份中国-欧盟双边贸易协定): no instrument's name follows."""
    """A treaty head noun and 的 between a verb in front of the treaty and the treaty (批准英国入会协定的《A》成员): the
    verb acts on an instrument of its own, which qualifies what follows; the treaty is no object of it."""

    def planned(self, sentence: str, start: int, end: int, disposed: bool) -> bool:
        """A plan, purpose, appeal, negation or wish between ``start`` and ``end`` (准备加入《A》, 将加入《A》); where
        the treaty is ``disposed`` of (the verb stands behind it), a 将 that marks it as the verb's object is none:
        将《A》延伸至澳门 tells the act as 把 would (the future's 将 is 将于…, 将把…; dev 201's 福州市将…纳入… is told
        as done, no pledge, in the gold). 将香港加入《A》 keeps its 将 a plan: the territory, not the subject, joins."""
        front = self.not_purpose.sub(lambda m: " " * len(m.group(0)), sentence[start:end])  # 成立以来: no purpose
        return any(not (disposed and self.disposal.marked(sentence, start + m.start()))
                   for m in self.not_before.finditer(front))

    def foretold(self, sentence: str, clause: tuple[int, int], verb: int, treaty_end: int) -> bool:
        """加入《A》将有助于…, 加入DEPA，既有助于…也有利于…: a forecast behind the treaty in its clause, or opening the
        next clause when the act's clause holds the act alone (no subject, nothing after the treaty): a topic the next
        clause comments on. 我国批准《A》，有助于… tells the act, with its actor, and comments on it."""
        start, end = clause
        if self.forecast.search(sentence, treaty_end, end):
            return True
        return not sentence[start:verb].strip() and not sentence[treaty_end:end].strip("》 ") \
            and sentence[end:end + 1] in ("，", ",") \
            and bool(self.forecast.match(sentence, end + 1))

    def now_told(self, sentence: str, clause: tuple[int, int], at: int, year: int | None) -> bool:
        """2016年…生效，如今中国也已批准该条约: the clause is told at the report's own time, not at the date before it;
        a date of its own (如今…于2022年2月5日批准) still dates it."""
        return bool(self.now.search(sentence, clause[0], at)) and not find_dates(sentence[clause[0]:clause[1]], year)

    @staticmethod
    def relative_undated(sentence: str, clause: tuple[int, int], verb: tuple[int, int], treaty: int,
                         year: int | None) -> bool:
        """中欧签署的《A》正式生效: a verb in front that qualifies the treaty with 的 tells its act as a given while the
        clause tells another; the clause's date is that act's, so the given is undated unless it has a date of its
        own in front (2019年签署的《A》于…生效)."""
        return sentence[verb[1]:treaty].lstrip() in ("的", "的《") \
            and not find_dates(sentence[clause[0]:verb[0]], year)

    def applied_for(self, sentence: str, clause: tuple[int, int], verb_end: int, year: int | None) -> bool:
        """中国正式提出申请，加入《A》: the clause is what the one before applied for; not with a date or a 了 of its
        own (…提出申请，2022年2月5日正式加入《A》; …提交了申请，随后加入了《A》)."""
        start, end = clause
        return bool(self.applied.search(sentence, 0, start)) and sentence[verb_end:verb_end + 1] != "了" \
            and not find_dates(sentence[start:end], year)

    def provision(self, sentence: str, clause: tuple[int, int], year: int | None) -> bool:
        """根据条约规定，条约将在我国交存批准书满三个月时对我国生效; 该条约规定，在20份批准书…后，该条约将生效: a clause
        after one that ends in what an instrument lays down, in the same sentence, tells the rule's content when it
        tells no date after the rule is named (根据议定书第四段的规定，议定书于2017年1月23日生效 and
        根据…的规定，1994年1月1日，我国正式成为该条约的成员国 are acts, dated)."""
        named = [m.end() for m in self.provided.finditer(sentence, 0, clause[0])]
        return bool(named) and not find_dates(sentence[named[-1]:clause[1]], year)

    def nominal_verb(self, before: str, at: int, word: str) -> bool:
        """RCEP的签署及《CPTPP》: a verb ``word`` at ``at`` of ``before`` after 的 is a noun whose object stands before
        it; with a conjunction between it and the treaty, the treaty is another noun phrase it does not act on."""
        return bool(self.nominal.search(before, 0, at)) \
            and any(c in before[at + len(word):] for c in self.words.get("conjunction", ()))

    def disposer(self, sentence: str, start: int, end: int) -> int:
        """Where a 将 marking an object stands between ``start`` and ``end`` (将经…修订之《A》延伸至…), or -1."""
        return next((at for at in range(start, end) if self.disposal.marked(sentence, at)), -1)


def _sided(path: Path) -> dict[str, Sided]:
    rows = read_tsv(path, ("word", "action", "side"))
    actions = treaty_action_types()
    for row in rows:
        if row["action"] not in actions or row["side"] not in _SIDES:
            raise InputError(path, f"action must be one of {', '.join(actions)} and side one of {', '.join(_SIDES)}, "
                                   f"not {row['action']!r} / {row['side']!r}", int(row["_line"]))
    return {side: tuple(sorted(((r["word"], r["action"]) for r in rows if r["side"] == side),
                               key=lambda pair: -len(pair[0]))) for side in _SIDES}


def _after_own_act(before: tuple[tuple[str, str], ...], acts: tuple[str, ...] = ()) -> str:
    """Zero-width: right after a verb of a state's own act upon a treaty in front of it (批准, 加入: PER_ACTOR acts
    that nothing but a treaty takes; or the ``acts`` asked for), one lookbehind per verb length, since Python's
    lookbehinds are fixed-width."""
    verbs = tuple(w for w, action in before if action in (acts or _OWN_ACTS))
    lengths = sorted({len(w) for w in verbs})
    return "|".join(f"(?<={alternation(tuple(w for w in verbs if len(w) == n))})" for n in lengths) or "(?!)"


_OWN_ACTS = ("Ratification", "Accession")
"""The acts a state does upon a treaty and upon nothing else (a cooperation agreement is signed, never ratified)."""


@lru_cache(maxsize=4)
def load_rules(data_dir: Path) -> TreatyActionRules:
    folder = data_dir / "commitments"
    sided = _sided(folder / "treaty_actions.tsv")
    words = word_lists(folder / "treaty_action_words.tsv")
    pledge_words = word_lists(folder / "pledge_words.tsv")
    head = tuple(words.get("head", ()))
    nouns = agreement_rules(data_dir).nouns
    before = alternation(tuple(w for w, _ in sided["before"]))
    after = alternation(tuple(w for w, _ in sided["after"]))
    noun = alternation(words.get("noun", ()))
    accede_words = tuple(w for w, a in sided["before"] if a == "Accession")
    accede = alternation(accede_words)
    done = alternation((*words.get("done", ()), *pledge_words.get("since", ())))
    instruments = tuple(w for w, a in sided["after"] if a in PER_ACTOR and w.endswith(("书", "書")))
    handed = alternation(instruments)
    events = alternation(tuple(row["word"] for row in event_nouns(data_dir) if row["licence"] == "any"))
    return TreatyActionRules(
        sided["before"], sided["after"], sided["chained"], sided["final"], words,
        not_before=re.compile(alternation((*words.get("not_before", ()), *words.get("unrealised", ()),
                                           *pledge_words.get("wish", ())))),
        apposed=re.compile(f"(?:{alternation(head)})[—－]{{1,2}}《?$" if head else "(?!)"),
        not_purpose=re.compile(f"{alternation(words.get('not_purpose', ()))}|以[^{CLAUSE_BREAKS}{SENTENCE_ENDS}、]"
                               f"{{1,12}}?(?:{alternation(words.get('named_by', ()))})"
                               if words.get("not_purpose") and words.get("named_by") else "(?!)"),
        disposal=Disposal.of(pledge_words),
        decided=re.compile(alternation(words.get("decided", ())) or "(?!)"),
        forecast=re.compile(f"(?:{alternation(words.get('hedge', ()))})*(?:{alternation(words.get('forecast', ()))})"
                            if words.get("forecast") else "(?!)"),
        anaphor=re.compile(f"(?:({alternation(words.get('anaphor', ()))})《?|({alternation(words.get('lead', ()))}"
                           f"|{alternation(words.get('member', ()))}|{_after_own_act(sided['before'])}"
                           # 双方正式签署协定。: a bare noun, the whole object of a signing, ending its clause
                           f"|(?:{_after_own_act(sided['before'], ('Signature',))})"
                           f"(?=(?:{noun})(?:[{CLAUSE_BREAKS}{SENTENCE_ENDS}]|$))"
                           f"|(?<![^{CLAUSE_BREAKS}{SENTENCE_ENDS}\n])"
                           f"|(?<=《)(?=(?:{noun})》)))({noun})"),
        tail=re.compile(f"(?:{alternation(tuple(w for w, a in sided['before'] if a in PER_ACTOR))})"
                        f"(?:{alternation(words.get('lead', ()))})?([^\\s，,。；;、《》“”的]{{2,12}}?"
                        f"(?:{alternation(head)}))(?=[{CLAUSE_BREAKS}{SENTENCE_ENDS}]|$)" if head else "(?!)"),
        head=head,
        instrument_ends=tuple(n for n in nouns if any(n.endswith(h) and len(n) > len(h) for h in head)),
        modifies=re.compile(f"》?[^，,。；;《]{{0,12}}?的[^，,。；;《]{{0,16}}?"
                            f"(?:{alternation(tuple(n for n in nouns if n not in head))})"),
        conjoined=re.compile(f"》?\\s*[{LIST_MARKS}]\\s*(?![{NUMERALS}几多该这上其各此本])"
                             f"([^\\s，,。；;{LIST_MARKS}的《》“”]{{2,20}}?(?:{alternation(head)}))"),
        paired_rest=re.compile(f"([（(][^（）()]{{1,6}}[)）])?等?([^\\s，,。；;{LIST_MARKS}的《》]{{0,10}}(?:{alternation(head)}))"),
        topic=re.compile(f"(?:{alternation(words.get('topic', ()))})"
                         f"([^\\s，,。；;、《》“”]{{{_TOPIC_NAME},40}}?(?:{alternation(head)}))"
                         f"(?=[^，,。；;]{{0,4}}?(?:{after}))"),
        defines=re.compile(f"[（(](?:[^（）()]*?[，,；;])?\\s*(?:{alternation(words.get('defines', ()))})\\s*为?\\s*"
                           "[“\"「『《]{1,2}([^”\"」』《》]{1,16})[》”\"」』]{1,2}"),
        recipient=re.compile(alternation(words.get("recipient", ()))),
        described=re.compile(f"是([^，,。；;]{{0,25}}?)({before})的[^，,。；;]{{0,8}}?(?:{noun})"),
        as_of=word_lists(folder / "signing.tsv").get("as_of", ()),
        chain=re.compile(f"(?:(?:{before})[或和及、])+$"),
        objectless=re.compile(f"(?:{alternation((*accede_words, *words.get('join', ())))})"
                              f"(?=(?:{done})|[{CLAUSE_BREAKS}{SENTENCE_ENDS}]|$)"),
        later=re.compile(alternation(words.get("later", ())) or "(?!)"),
        adverb=re.compile(f"(?:{alternation(words.get('adverb', ()))}"
                          f"|(?:{alternation(LOCATIVES)})?(?:{alternation(words.get('later', ()))}))*"),
        joined=re.compile(f"(?:[和与與及、](?:{after}))*[，,]"),
        handed=re.compile(f"(?:{alternation(words.get('hand', ()))})了?({handed})"),
        event_name=re.compile(f"[^，,。；;、《》\\s]{{0,2}}(?:{events})"),
        founded={r["org"]: r["treaty"] for r in read_tsv(folder / "founding_treaties.tsv", ("org", "treaty"))},
        joins=re.compile(f"(?:{accede})了?$"),
        for_state=re.compile(alternation(words.get("for_state", ())) or "(?!)"),
        part=re.compile(f"》?[^\\s，,。；;、《》]{{0,4}}?(?:{alternation(words.get('part', ()))})"
                        if words.get("part") else "(?!)"),
        place_suffixes=tuple(sorted(load_gazetteer(data_dir).place_suffixes, key=len, reverse=True)),
        counted=re.compile(f"(?:{alternation(words.get('tally', ()))})\\s*{NUMBER}[多余]?[个個]?"
                           f"(?:{alternation(words.get('counted', ()))})" if words.get("counted") else "(?!)"),
        unrealised=re.compile(alternation(words.get("unrealised", ())) or "(?!)"),
        provided=re.compile(f"(?:{alternation(words.get('provides', ()))})[{CLAUSE_BREAKS}：:]"
                            if words.get("provides") else "(?!)"),
        judgement=re.compile(f"的?(?:{alternation(words.get('hedge', ()))})*"
                             f"(?:{alternation(words.get('judgement', ()))})" if words.get("judgement") else "(?!)"),
        since=tuple(pledge_words.get("since", ())),
        party_after=re.compile(f"》?[^{CLAUSE_BREAKS}{SENTENCE_ENDS}、《]{{0,12}}?"
                               f"(?:{alternation(words.get('counted', ()))})" if words.get("counted") else "(?!)"),
        nominal=re.compile(f"(?:{alternation(words.get('nominal', ()))})$" if words.get("nominal") else "(?!)"),
        instruments=instruments,
        now=re.compile(alternation(words.get("now", ())) or "(?!)"),
        applied=re.compile(f"(?:{alternation(words.get('applied', ()))})[{CLAUSE_BREAKS}]\\s*$"
                           if words.get("applied") else "(?!)"),
        owned=re.compile(f"(?:{alternation(head)})的" if head else "(?!)"),
        indefinite=re.compile(f"[{NUMERALS}几多]\\s*(?:{alternation(words.get('classifier', ()))})\\s*$"
                              if words.get("classifier") else "(?!)"))
