"""Passages + resolved mentions → agreements: which instrument, signed by whom, when, about what.

One rule, ``agreement-sentence``: a verb of signing (knowledge/commitments/signing.tsv)
followed in its clause by one or more instrument names, each ending in an
instrument noun (instruments.tsv) that gives the ip:Agreement subclass. The
parties are read where Chinese puts them:

- the subject before the verb (产权组织与…签署, 日本经济产业省和中国商务部达成);
- the counterparts after 与 (与东盟、英国…签署), a compound of country
  abbreviations (与日韩分别签署; country_abbreviations.tsv), or the instrument's
  own name (中法关于…的议定书, 中美欧日韩知识产权五局合作联合声明);
- when the sentence has no subject, the speaker's organisation or the report's
  author, marked inferred (与土耳其专利商标局签署… in a WIPO report).

A list of counterparts gives one agreement per counterpart unless the text
says there is one instrument (签署了一项…), makes it tri- or multilateral, or
closes the list with a count (A、B等16家企业代表); 分别 and 双边 make one per
counterpart.

No party is dropped for want of a mention: a collective (双方, 三方, 中欧双方)
is resolved to the actors it counts (statements.PartyReader); a name in a
party's place that the mention stage missed (A与B签署, 与广东省珠海市、中山市政府 —
an elliptical list shares the last item's head) becomes a new organisation; a
clause without a subject goes on with the subject of an earlier clause of its
sentence (拱北海关不但与…，而且与…签署; X局局长…率队参加…，并在…期间与…签署).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from ipgraph.errors import InputError
from ipgraph.extract.facts import Located, ReportFacts
from ipgraph.extract.statements import (
    PartyReader,
    PassagesBehind,
    ReportReader,
    Speaker,
    Statement,
    actors,
    affiliation_of,
    fallback_date,
    no_subject,
    omitted_subject,
    org_names,
    path_of,
    runs,
    stated_date,
)
from ipgraph.ingest.passages import HEADING, Passage
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON, TREATY, read_tsv
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.dates import LEADING_DATE
from ipgraph.zh.grammar import (
    CLAUSE_BREAKS,
    COORDINATORS,
    JOIN,
    NUMERALS,
    WITH,
    alternation,
    clause_bounds,
    clauses as grammar_clauses,
)

AGREEMENT_RULES = {
    "agreement-sentence": ("agreement from a signing sentence", "签署语句中的协议",
                           "A verb of signing (knowledge/commitments/signing.tsv) followed in its clause by an instrument "
                           "noun (instruments.tsv); parties from the subject, 与 and the instrument's name."),
}

CLASSES = ("Agreement", "MemorandumOfUnderstanding", "CooperationAgreement", "Protocol", "WorkPlan", "JointStatement",
           "LetterOfIntent", "Minutes")
_ITEM_SEPARATOR = re.compile(rf"》?(?:（[^（）]{{0,30}}）)?\s*{JOIN}?\s*")
_COUNTED_REST = re.compile(f"等\\s*[\\d{NUMERALS}]+.*$")
"""A list closed by a count (A、B等16家企业): all of them sign together, and the count is no party's name."""
_PLACE_ENDS = "省市县区州"
"""The characters that end a Chinese place name (广东省, 中山市): a name after one is the place's body."""
_PHRASE_END = "".join(w for w in COORDINATORS if len(w) == 1) + WITH + "（》）后" + CLAUSE_BREAKS + "。"


@dataclass
class AgreementFact(Statement):
    """One signed instrument as a report tells it."""

    RULE: ClassVar[str] = "agreement-sentence"
    type: str
    label: str
    subject: str
    parties: list[str]
    inferred: list[str] = field(default_factory=list)
    date: str | None = None
    renewal: bool = False
    group: str = ""

    @property
    def identity(self) -> str:
        """What makes two tellings one agreement: its kind, name, parties and date."""
        parties = ",".join(sorted(self.parties + self.inferred))
        label = "".join(self.label.split())
        return f"{self.type}|{label}|{parties}|{self.date}"


@dataclass(frozen=True)
class AgreementRules:
    nouns: dict[str, str]
    words: dict[str, tuple[str, ...]]
    treaty_bodies: dict[str, str]

    def regex(self, name: str) -> re.Pattern[str]:
        return re.compile(alternation(self.words.get(name, ())))

    @property
    def noun_regex(self) -> re.Pattern[str]:
        return re.compile(alternation(tuple(sorted(self.nouns, key=len, reverse=True))))


@lru_cache(maxsize=4)
def load_rules(data_dir: Path) -> AgreementRules:
    folder = data_dir / "commitments"
    path = folder / "instruments.tsv"
    nouns = {}
    for row in read_tsv(path, ("noun", "class")):
        if row["class"] not in CLASSES:
            raise InputError(path, f"class must be one of {', '.join(CLASSES)}, not {row['class']!r}", int(row["_line"]))
        nouns[row["noun"]] = row["class"]
    bodies = {r["treaty"]: r["org"] for r in read_tsv(folder / "treaty_bodies.tsv", ("treaty", "org"))}
    return AgreementRules(nouns, word_lists(folder / "signing.tsv"), bodies)


@dataclass(frozen=True)
class _Item:
    """One instrument named after the verb: where its name starts and ends, and its class."""

    start: int
    end: int
    type: str
    modifier: str = ""


@dataclass
class _Clause:
    """What the words before the verb say: who signs, with whom, and whether the subject is left out."""

    subjects: list[str]
    counterparts: list[str]
    omitted: bool
    each: bool
    confidence: float = 0.9
    group: str = ""
    together: bool = False


class _ReportAgreements(ReportReader):
    def __init__(self, facts: ReportFacts, author: tuple[str, ...], year: int | None, covered: str | None,
                 data_dir: Path) -> None:
        super().__init__(facts, author, year, data_dir)
        self.covered = covered
        self.rules = load_rules(data_dir)
        self.names = org_names(data_dir)
        self.sign = self.rules.regex("sign")
        self.nouns = self.rules.noun_regex
        self.found: dict[str, AgreementFact] = {}
        self.before: tuple[str, list[Located], int] = ("", [], 0)
        """The passage being read, its mentions and where the current sentence starts: what came before it."""
        self.parties = PartyReader(facts, data_dir)
        self.context: Sequence[tuple[str, list[Located]]] = []
        self.slug = ""
        self.offset = 0
        self.signed_before: str | None = None
        """The date of the last signing told earlier in the passage: a later one without its own (此外，…还与…签订)
        was signed on the same occasion."""

    def run(self, passages: list[Passage]) -> list[AgreementFact]:
        for index, passage in enumerate(passages):
            if passage.kind == HEADING or not self.sign.search(passage.text):
                continue
            mentions = self.facts.located.get(passage.slug, [])
            self.slug = passage.slug
            self.signed_before = None
            self.context = PassagesBehind(passages, self.facts, index)
            found_speaker = self.speaker(passage)
            previous: tuple[str, list[Located]] = ("", [])
            for offset, sentence, local in self.sentences(passage):
                self.offset = offset
                self.before = (passage.text, mentions, offset)
                for trigger in self.sign.finditer(sentence):
                    self._signing(passage, sentence, local, trigger, found_speaker, previous)
                previous = (sentence, local)
        return list(self.found.values())

    def _signing(self, passage: Passage, sentence: str, mentions: list[Located], trigger: re.Match,
                 found_speaker: Speaker | None, previous: tuple[str, list[Located]]) -> None:
        start, end = clause_bounds(sentence, trigger.start())
        items = self._items(sentence, trigger.end(), end, mentions)
        if not items:
            return
        clause = self._clause(sentence, mentions, start, trigger.start())
        date, cut_off = stated_date(sentence, (start, end), trigger.start(), self.year, self.rules.words.get("as_of", ()))
        if date is None and not cut_off:
            date = self.signed_before or fallback_date(passage, self.covered)
        self.signed_before = date if not cut_off else None
        renew_verb = trigger.group(0) in self.rules.words.get("renew", ())
        for item in items:
            named = self._named_in(sentence, mentions, item)
            told = clause
            if clause.omitted and not clause.counterparts and not named:
                pair = self._pair(*previous)
                told = _Clause(pair, [], False, False, confidence=0.7) if pair else clause
            meetings = self._meetings(sentence, item)
            if meetings:
                told = _Clause([], [], False, False, confidence=0.7)
            for stated in meetings or self._party_sets(sentence, item, told, named):
                inferred = [p for p in omitted_subject(found_speaker, self.author) if p not in stated] \
                    if told.omitted else []
                if len(stated) + len(inferred) < 2 and not (stated and told.group):
                    continue
                text = sentence[item.start:item.end]
                fact = AgreementFact(
                    item.type, self._label(text), self._subject(item, text), stated, inferred, date,
                    renew_verb or bool(self.rules.regex("renew").search(text)), told.group,
                    quote=sentence[start:end], confidence=told.confidence - (0.1 if inferred else 0.0))
                self._add(fact, passage)

    def _meetings(self, sentence: str, item: _Item) -> list[list[str]]:
        """签署有关会谈纪要 after 中日、中韩和中日韩…会议: "the minutes concerned" are one per meeting the passage
        named by a compound of country abbreviations, signed by the offices of those countries named there."""
        at = item.start + self._leading(sentence[item.start:item.end], ("particle",))
        if not sentence.startswith(self.rules.words.get("refers", ()), at):
            return []
        text, mentions = self.context[0]
        compounds = dict.fromkeys(m.group(0) for m in self.parties.words.abbreviation_run.finditer(
            text, 0, self.offset + item.start))
        return [parties for parties in ([self._office_of(node, mentions) for node in self.parties.words.compound(c)]
                                        for c in compounds) if len(parties) > 1]

    def _office_of(self, node: str, mentions: list[Located]) -> str:
        """The organisation of a country that the passage names (中 → 中国国家知识产权局), else the country."""
        code = node.removeprefix("country/")
        for mention in mentions:
            known = self.gazetteer.organisations.get(mention.key)
            found = self.facts.nodes.get((ORG, mention.key))
            country = known.country if known else (found.details.get("country") if found else None)
            if mention.kind == ORG and country == code:
                return path_of(mention)
        return node

    def _add(self, fact: AgreementFact, passage: Passage) -> None:
        known = self.found.setdefault(fact.identity, fact)
        if passage.slug not in known.passages:
            known.passages.append(passage.slug)

    def _items(self, sentence: str, start: int, end: int, mentions: list[Located]) -> list[_Item]:
        """The instrument names after the verb, split where one name ends and the next begins (A、B和C)."""
        treaties = [(m.start, m.end) for m in mentions if m.kind == TREATY]
        items: list[_Item] = []
        position = start
        for noun in self.nouns.finditer(sentence, start, end):
            after = sentence[noun.end():noun.end() + 1]
            if noun.start() < position or any(a <= noun.start() < b for a, b in treaties) \
                    or (after and after not in _PHRASE_END):
                continue
            items += self._split(sentence, position, noun.end(), self.rules.nouns[noun.group(0)])
            position = noun.end() + _ITEM_SEPARATOR.match(sentence, noun.end(), end).end() - noun.end()
        return items

    def _split(self, sentence: str, start: int, end: int, kind: str) -> list[_Item]:
        """双边和三边局长会谈纪要: one instrument per coordinated modifier."""
        start = LEADING_DATE.match(sentence, start, end).end()
        body = start + self._leading(sentence[start:end], ("particle", "drop", "one"))
        split = alternation(self.rules.words.get("split", ()))
        both = re.match(f"((?:{split})){JOIN}((?:{split}))", sentence[body:end])
        if not both:
            return [_Item(start, end, kind)]
        rest = body + both.end()
        return [_Item(rest, end, kind, both.group(1)), _Item(rest, end, kind, both.group(2))]

    def _leading(self, text: str, lists: tuple[str, ...]) -> int:
        """How many characters of words from the given lists open ``text``."""
        words = tuple(w for name in lists for w in self.rules.words.get(name, ()))
        pattern = re.compile(f"^(?:{alternation(words)}|\\s|《)+")
        found = pattern.match(text)
        return found.end() if found else 0

    def _clause(self, sentence: str, mentions: list[Located], start: int, verb: int) -> _Clause:
        """Subject and counterparts before the verb, or the subject that opens the sentence (…，并与…签署)."""
        with_at, counterparts = self._counterparts(sentence, mentions, start, verb)
        subject_end = with_at if with_at is not None else verb
        subjects = self._subjects(sentence, mentions, start, subject_end)
        each = bool(self.rules.regex("each").search(sentence, start, verb))
        together = with_at is not None and bool(_COUNTED_REST.search(sentence, with_at, verb))
        if subjects or not no_subject(sentence[start:subject_end], self.year, self.rules.words.get("lead", ())):
            return _Clause(subjects, counterparts, False, each, group=self._group(sentence[start:subject_end]),
                           together=together)
        carried = (self._sentence_subject(sentence, mentions) or self._carried(sentence, mentions, start)) \
            if start > 0 else []
        if carried:
            return _Clause(carried, counterparts, False, each, confidence=0.8, together=together)
        return _Clause([], counterparts, True, each, together=together)

    def _counterparts(self, sentence: str, mentions: list[Located], start: int, verb: int) -> tuple[int | None, list[str]]:
        """The actors after the last 与 of the clause that names any (skipping 作为…的 in between)."""
        for found in reversed(list(self.rules.regex("with").finditer(sentence, start, verb))):
            if any(m.start < found.start() < m.end for m in mentions):
                continue
            after = found.end()
            modifier = re.match(f"(?:{alternation(self.rules.words.get('modifier', ()))})[^，。；的]{{0,20}}的",
                                sentence[after:verb])
            after += modifier.end() if modifier else 0
            whole = self.parties.name(sentence[after:verb])
            inside = [m for m in actors(mentions, sentence, after, verb)]
            if whole and inside and len(whole) > max(m.end - m.start for m in inside) \
                    and not runs(inside, sentence)[0][1:]:
                return found.start(), [self.parties.new_party(whole, self.slug)]
            named = self._run_at(sentence, mentions, after, verb) or self._abbreviated(sentence, after) \
                or self._referred(sentence[after:verb]) or self._unnamed(sentence, after, verb, mentions)
            if named:
                return found.start(), named
        return None, []

    def _group(self, words: str) -> str:
        """133家图书馆（其中…）与产权组织签署: a counted group of signatories the text does not name one by one."""
        about, counter = (alternation(self.rules.words.get(name, ())) for name in ("about", "counter"))
        counted = re.fullmatch(f"\\s*((?:{about})?\\s*[\\d,]+\\s*(?:{counter})[\u4e00-\u9fff]{{1,12}}?)"
                               "(?:（[^（）]*）)?\\s*", words)
        return counted.group(1) if counted else ""

    def _pair(self, sentence: str, mentions: list[Located]) -> list[str]:
        """"A与B…合作" in the sentence before: the two organisations that 两个组织…达成 refers back to."""
        for found in self.rules.regex("with").finditer(sentence):
            counterparts = self._run_at(sentence, mentions, found.end(), len(sentence))
            subjects = self._subjects(sentence, mentions, clause_bounds(sentence, found.start())[0], found.start())
            if counterparts and subjects:
                return list(dict.fromkeys(subjects + counterparts))
        return []

    def _run_at(self, sentence: str, mentions: list[Located], at: int, end: int) -> list[str]:
        """The actors named one after another from ``at``, each country's office read from A、B的知识产权局."""
        for run in runs(actors(mentions, sentence, at, end), sentence):
            if run[0].start - at <= 1:
                return self._distribute_head(sentence, mentions, run)
        return []

    def _subjects(self, sentence: str, mentions: list[Located], start: int, end: int) -> list[str]:
        """The last run of actors before the verb (or before 与): who signs; else a collective (双方签署) or a
        name the mention stage missed (武汉市贸促会与…)."""
        found = runs(actors(mentions, sentence, start, end), sentence)
        if found:
            return self._distribute_head(sentence, mentions, found[-1])
        return self._unnamed(sentence, start, end, mentions)

    def _unnamed(self, sentence: str, start: int, end: int, mentions: list[Located]) -> list[str]:
        """Parties without an organisation's or country's mention in ``sentence[start:end]``: the organisations of
        the people named there (A局长X与B局长Y签署), a collective resolved, or the names listed there
        (广东省珠海市、中山市政府 → 珠海市政府 and 中山市政府), each a new organisation."""
        people = [affiliation_of(m.key, self.facts, self.gazetteer) for m in mentions
                  if m.kind == PERSON and start <= m.start and m.end <= end]
        if people and all(people):
            return list(dict.fromkeys(f"org/{key}" for key in people))
        collective = list(self.parties.collective.finditer(sentence, start, end))
        if collective:
            return self.parties.resolve(collective[-1].group(0), self.context, self.offset + collective[-1].start())
        listed = _COUNTED_REST.sub("", sentence[start:end])
        items = re.split(JOIN, listed)
        names = [self.parties.name(item) for item in items]
        if not names or names[-1] is None:
            return []
        head = self._place_head(names[-1])
        completed = [name or (self.parties.name(item.strip() + head) if head else None)
                     for name, item in zip(names, items)]
        if any(name is None for name in completed):
            return []
        return [self.parties.new_party(name, self.slug) for name in completed if name]

    @staticmethod
    def _place_head(name: str) -> str:
        """What follows the place in a name (中山市政府 → 政府): the head an elliptical list item shares."""
        place = re.match(f"^.*?[{_PLACE_ENDS}]", name)
        return name[place.end():] if place and place.end() < len(name) else ""

    def _distribute_head(self, sentence: str, mentions: list[Located], run: list[Located]) -> list[str]:
        """智利、哥伦比亚、秘鲁的知识产权局: the run ends in one office named for the last country; each country has its own."""
        last = run[-1]
        country = next((m for m in mentions if m.kind == COUNTRY and m.start == last.start and m.end < last.end), None)
        if last.kind != ORG or country is None:
            return [path_of(m) for m in run]
        head = sentence[country.end:last.end].removeprefix("的")
        paths = []
        for member in run:
            name = sentence[member.start:member.end] if member is not last else sentence[country.start:country.end]
            key = self.names.get(name + head) or self.names.get(f"{name}的{head}")
            paths.append(f"org/{key}" if key else path_of(member))
        return list(dict.fromkeys(paths))

    def _referred(self, words: str) -> list[str]:
        """与该网络签署: the organisation named earlier in the passage whose name ends in the noun after 该."""
        found = re.match(f"(?:{alternation(self.rules.words.get('anaphor', ()))})([\u4e00-\u9fff]{{1,4}})$", words)
        if not found:
            return []
        text, mentions, offset = self.before  # the organisations named earlier, found only when asked for
        named = [path_of(m) for m in actors(mentions, text, 0, offset, (ORG,))
                 if text[m.start:m.end].endswith(found.group(1))]
        return named[-1:]

    def _abbreviated(self, sentence: str, at: int) -> list[str]:
        """日韩, 中法, 中日韩 at ``at``: the countries a compound of abbreviations names."""
        found = self.parties.words.abbreviation_run.match(sentence, at)
        return self.parties.words.compound(found.group(0)) if found else []

    def _carried(self, sentence: str, mentions: list[Located], start: int) -> list[str]:
        """The subject of the nearest clause before ``start`` that has one (拱北海关不但与…，而且与…签署; 黑龙江省
        知识产权局局长…率队参加…，并…与…签署): a clause without a subject goes on with it."""
        bounds = [(m.start(), m.end()) for m in grammar_clauses(sentence[:start])]
        lead = self.rules.words.get("lead", ())
        for clause_start, clause_end in reversed(bounds):
            with_at = next((m.start() for m in self.rules.regex("with").finditer(sentence, clause_start, clause_end)),
                           None)
            end = with_at if with_at is not None else clause_end
            opening = [m for m in actors(mentions, sentence, clause_start, end)
                       if no_subject(sentence[clause_start:m.start], self.year, lead)]
            if opening:
                return [path_of(opening[0])]
            name = self.parties.opening_name(sentence[clause_start:clause_end]) \
                or (self.parties.name(sentence[clause_start:with_at]) if with_at is not None else None)
            if name:
                return [self.parties.new_party(name, self.slug)]
        return []

    def _sentence_subject(self, sentence: str, mentions: list[Located]) -> list[str]:
        """The actor that opens the sentence (并与… continues its clause); a treaty there stands for its body."""
        opening = [m for m in actors(mentions, sentence, 0, len(sentence), (ORG, COUNTRY, TREATY))
                   if sentence[:m.start] in ("", "《")]
        for mention in opening[:1]:
            if mention.kind != TREATY:
                return [path_of(mention)]
            if mention.key in self.rules.treaty_bodies:
                return [f"org/{self.rules.treaty_bodies[mention.key]}"]
        return []

    def _party_sets(self, sentence: str, item: _Item, clause: _Clause, named: list[str]) -> list[list[str]]:
        """The stated parties of each agreement the item makes: one set, or one per counterpart of a list."""
        if named:
            return [list(dict.fromkeys(clause.subjects + named))]
        counterparts, subjects = clause.counterparts, clause.subjects
        one = bool(self.rules.regex("one").search(sentence, clause_bounds(sentence, item.start)[0], item.end))
        together = item.modifier in self.rules.words.get("together", ())
        if together or one or clause.together or (len(counterparts) <= 1 and (len(subjects) <= 1 or not counterparts)):
            return [list(dict.fromkeys(subjects + counterparts))]
        if len(counterparts) > 1:
            return [list(dict.fromkeys(subjects + [c])) for c in counterparts]
        return [[s] + counterparts for s in subjects]

    def _named_in(self, sentence: str, mentions: list[Located], item: _Item) -> list[str]:
        """Parties the instrument's own name opens with: 中法关于…, 中美欧日韩知识产权五局合作联合声明."""
        at = item.start + self._leading(sentence[item.start:item.end], ("particle", "drop", "one"))
        opening = [m for m in actors(mentions, sentence, at, item.end, (ORG,)) if m.start - at <= 1]
        if opening:
            return [path_of(opening[0])]
        return self._abbreviated(sentence, at)

    def _label(self, text: str) -> str:
        """The instrument's name as printed, without the quantity in front of it (一项, 了)."""
        return text[self._leading(text, ("particle", "one", "refers")):].strip("《》 ")

    def _subject(self, item: _Item, text: str) -> str:
        """What the instrument is about: its name without quantity, the parties' abbreviations and the noun."""
        body = text[self._leading(text, ("particle", "drop", "one", "refers")):]
        body = body[len(m.group(0)) if (m := self.parties.words.abbreviation_run.match(body)) else 0:]
        body = body[self._leading(body, ("particle", "drop")):]
        noun = self.nouns.search(body)
        subject = body[:noun.start()] if noun else body
        subject = re.sub("的$", "", subject.rstrip("》 "))
        return f"{item.modifier}{subject}" if subject else self._label(text)


def extract_agreements(passages: list[Passage], facts: ReportFacts, author: tuple[str, ...], year: int | None,
                       covered: str | None, data_dir: Path) -> list[AgreementFact]:
    """Every signed or renewed instrument the report tells of, one fact per agreement (and per counterpart of a list)."""
    return _ReportAgreements(facts, author, year, covered, data_dir).run(passages)
