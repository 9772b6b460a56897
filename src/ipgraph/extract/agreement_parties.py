"""Who signs an agreement: the subject of the clause, the counterparts after 与, a pair of names, collectives and
anaphors (双方, 该网络), compounds of country abbreviations (中欧), a subject carried from an earlier clause, and a
party the gazetteer does not know, read from the shape of its name: the party rules of ``ipgraph.extract.agreements``
(which reads the signing sentence), with the word lists read (``AgreementRules``: knowledge/commitments)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ipgraph.extract.agreement_pairs import listed_pairs
from ipgraph.extract.agreement_rules import AgreementRules
from ipgraph.extract.agreement_states import Abbreviated, PartyStates
from ipgraph.extract.agreement_tellings import elliptical, places_sharing
from ipgraph.extract.counterparts import summing_collective
from ipgraph.extract.joint_subjects import JointSubjects
from ipgraph.extract.parties import PartyReader
from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import (
    ReportReader,
    actors,
    no_subject,
    path_of,
    runs,
    signed_for,
)
from ipgraph.extract.unnamed_parties import COUNTED_REST, UnnamedParties
from ipgraph.ingest.dateline import wire_lead
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON, TREATY
from ipgraph.zh.grammar import (
    CLAUSE_BREAKS,
    QUOTE_OPENS,
    alternation,
    between_names,
    clause_bounds,
    clauses as grammar_clauses,
)

PARTIES_JOIN = between_names(with_=True)


@dataclass(frozen=True)
class Item:
    """One instrument named after the verb: where its name starts and ends, and its class."""

    start: int
    end: int
    type: str
    modifier: str = ""


@dataclass
class Clause:
    """What the words before the verb say: who signs, with whom, and whether the subject is left out."""

    subjects: list[str]
    counterparts: list[str]
    omitted: bool
    each: bool
    confidence: float = 0.9
    group: str = ""
    together: bool = False
    pairs: list[list[str]] = field(default_factory=list)


class AgreementParties(PartyStates, ReportReader, UnnamedParties):
    """The party rules, shared by every signing sentence of a report. The reader of the report's agreements sets
    the state they read as it goes (the passage, the sentence, what came before)."""

    rules: AgreementRules
    names: dict[str, str]
    parties: PartyReader
    context: Sequence[tuple[str, list[Located]]]
    before: tuple[str, list[Located], int]
    slug: str
    offset: int
    outlet_ends: tuple[str, ...]
    """The words that close a dateline (国知网讯, 新华社…电): a name right before one is the outlet, no party."""
    joint: JointSubjects
    data_dir: Path
    """What joins two bodies of one subject (A、B; A联合B, who sign one instrument together)."""

    def _clause(self, sentence: str, mentions: list[Located], start: int, verb: int) -> Clause:
        """Subject and counterparts before the verb, or the subject that opens the sentence (…，并与…签署); a wire
        dateline opening the clause is the outlet's (某某网10月8日讯 A与B…签署: A's clause begins after it)."""
        start = max(start, wire_lead(sentence, self.data_dir))
        if pairs := listed_pairs(sentence, mentions, start, verb, self.rules.words.get("with", ()), self.parties,
                                  self.slug):
            return Clause([], [], False, True, pairs=pairs)  # A与B、C与D等签署: one instrument per pair
        if shared := places_sharing(sentence[start:verb], self.parties, self._place, self.slug):  # 甲市与乙市两地…局
            return Clause(shared, [], False, False, together=True)
        with_at, counterparts = self._counterparts(sentence, mentions, start, verb)
        group_at, group = self._counted_counterparts(sentence, start, verb) if with_at is None else (None, "")
        subject_end = next(at for at in (with_at, group_at, verb) if at is not None)
        subjects = self._represented(sentence, mentions, start, subject_end) \
            or self._subjects(sentence, mentions, start, subject_end)
        if subjects:  # A法院副院长甲，B局局长乙出席…并签署: each listed clause before names a party too
            listed = [p for s, e in self._listed_before(sentence, mentions, start)
                      for p in self._subjects(sentence, mentions, s, e)]
            subjects = list(dict.fromkeys(listed + subjects))
        if group and subjects:
            return Clause(subjects, [], False, False, group=group, together=True)
        each = bool(self.rules.regex("each").search(sentence, start, verb))
        others = sentence[with_at:verb] if with_at is not None else ""  # 分别与…等6家银行: one each, whatever count
        counted = bool(COUNTED_REST.search(others))  # but A、B分别与C、D等6家企业: the lists are not parallel, one
        together = counted and (not each or len(subjects) > 1) or bool(self.rules.regex("jointly").search(others)) \
            or self.joint.beside(sentence, mentions, start, subject_end)  # 分别代表A和B共同签署: 共同 still makes one
        # A、B，分别与C签署: an adverb of each opening the clause (分别) is no subject
        lead = self.rules.words.get("lead", ()) + self.rules.words.get("each", ())
        if subjects or not no_subject(sentence[start:subject_end], self.year, lead):
            return Clause(subjects, counterparts, False, each, group=self._group(sentence[start:subject_end]),
                           together=together)
        paired = not counterparts  # A与B签订X，并与C签署Y: a clause with a counterpart of its own goes on with A alone
        carried = (self._collective_opening(sentence, mentions, start)
                   or paired and self._pair(sentence[:start], mentions)
                   or self._sentence_subject(sentence, mentions) or self._carried(sentence, mentions, start)
                   or paired and self._met(sentence[:start], mentions)) if start > 0 else []
        if carried:
            return Clause(carried, counterparts, False, each, confidence=0.8,
                          together=together or counted and len(carried) > 1)
        return Clause([], counterparts, True, each, together=together)

    @staticmethod
    def _listed_before(sentence: str, mentions: list[Located], start: int) -> list[tuple[int, int]]:
        """A法院副院长甲，B局局长乙出席…并签署: the clauses before the subject's that each end in a person's name (after
        the body and title that name him) and hold no other person, the items of the subject's list."""
        items: list[tuple[int, int]] = []
        while start > 1 and sentence[start - 1] in "，,":
            before = clause_bounds(sentence, start - 2)[0]
            people = [m for m in mentions if m.kind == PERSON and before <= m.start and m.end <= start - 1]
            if len(people) != 1 or people[0].end != start - 1:
                break
            items.insert(0, (before, start - 1))
            start = before
        return items

    def _counterparts(self, sentence: str, mentions: list[Located], start: int,
                      verb: int) -> tuple[int | None, list[str]]:
        """The actors after the last 与 of the clause that names any (skipping 作为…的 in between); not a 与 before a
        collective summing the sides up (由甲与乙两校校长代表签署: it joins signatories, the collective tells whose)."""
        for found in reversed(self.rules.with_words(sentence, start, verb)):
            if any(m.start < found.start() < m.end for m in mentions) or summing_collective(
                    self.parties.collective, sentence, found.end(), verb):
                continue
            after = found.end()
            modifier = re.match(f"(?:{alternation(self.rules.words.get('modifier', ()))})[^，。；的]{{0,20}}的",
                                sentence[after:verb])
            after += modifier.end() if modifier else 0
            # 与B就共建C签署: what they sign about follows the counterpart (signing.tsv, topic); C is no side
            topic = self.rules.words.get("topic", ())
            stop = next((m.end for m in actors(mentions, sentence, after, verb)
                         if sentence.startswith(topic, m.end)), verb) if topic else verb
            inside = [m for m in actors(mentions, sentence, after, stop)]
            # 与B在B的工字厅签署: the place where they sign follows the counterpart, no part of its name
            placed = next((m.end for m in inside if sentence.startswith("在", m.end)), stop)
            whole = self.parties.name(sentence[after:placed])
            # a longer name the mention stage missed (与珠海市横琴…管委会, 与中国手机厂商vivo); not one a verb after
            # the side governs (与江城大学共建知识产权学院签约: the college is built, the university signs)
            governed = whole is not None and sentence[after:placed].rsplit(whole, 1)[0].endswith(self.parties.verbs)
            if whole and inside and len(whole) > max(m.end - m.start for m in inside) and not governed \
                    and not runs(inside, sentence)[0][1:]:
                return found.start(), [self.parties.new_party(whole, self.slug)]
            run = elliptical(sentence[after:stop], self.parties, self._place, self.slug) \
                or self._run_at(sentence, mentions, after, stop, officials=True)
            named = run or self._abbreviated(sentence, after) or self._referred(sentence[after:stop]) \
                or self._unnamed(sentence, after, stop, mentions) or self.parties.side(sentence[after:stop]) \
                or self._bare(sentence, after, stop, mentions)  # 中方与欧方签署: the EU's side
            if named and not run and self._abbreviated(sentence, after):
                return found.start(), [Abbreviated(n) for n in named]
            if named:
                return found.start(), named
        return None, []

    def _represented(self, sentence: str, mentions: list[Located], start: int, end: int) -> list[str]:
        """A大使和B部长分别代表本国政府签署: officials who sign for their governments make their states the parties,
        each named in front of the phrase or as the country of an organisation named there."""
        phrase = self.rules.regex("represents").search(sentence, start, end)
        if not phrase:
            return []
        states = [f"country/{m.key}" if m.kind == COUNTRY else f"country/{self.country_of(m.key)}"
                  for m in actors(mentions, sentence, start, phrase.start(), (COUNTRY, ORG))
                  if m.kind == COUNTRY or self.country_of(m.key)]
        states = list(dict.fromkeys(states))
        return states if len(states) > 1 else []

    def _group(self, words: str) -> str:
        """133家图书馆（其中…）与产权组织签署: a counted group of signatories the text does not name one by one."""
        about, counter = (alternation(self.rules.words.get(name, ())) for name in ("about", "counter"))
        counted = re.fullmatch(f"\\s*((?:{about})?\\s*[\\d,]+\\s*(?:{counter})[\u4e00-\u9fff]{{1,12}}?)"
                               "(?:（[^（）]*）)?\\s*", words)
        return counted.group(1) if counted else ""

    def _counted_counterparts(self, sentence: str, start: int, verb: int) -> tuple[int | None, str]:
        """A同14家行业协会（学会）在京共同签署: counterparts counted, not named one by one, sign with the subject as a
        group (at the with-word), whatever place or adverb stands before the verb."""
        lead = alternation(self.rules.words.get("lead", ()))
        for found in reversed(self.rules.with_words(sentence, start, verb)):
            words = re.sub(f"(?:[(（][^()（）]*[)）])?\\s*(?:在[\u4e00-\u9fff]{{1,3}})?\\s*(?:{lead})?\\s*$", "",
                           sentence[found.end():verb])
            group = self._group(words)
            if group:
                return found.start(), group
        return None, ""

    def listed_signatories(self, passages: Sequence[Passage], noun: str) -> list[str]:
        """签署宣言的行业协会和学会包括：A、B…以及C: a relative clause of signing that heads the list of who signed
        that instrument names the signatories a count stood for (同14家行业协会共同签署《…宣言》)."""
        listing = alternation(self.rules.words.get("listing", ()))
        opening = re.compile(f"(?:{self.rules.signing.pattern})[^，。；]{{0,4}}?{re.escape(noun)}的"
                             f"[^，。；：:]{{0,16}}?(?:{listing})[：:]?")
        for passage in passages:
            mentions = self.facts.located.get(passage.slug, [])
            for found in opening.finditer(passage.text):
                named = actors(mentions, passage.text, found.end(), len(passage.text), (ORG,))
                run = runs(named, passage.text, PARTIES_JOIN)[:1]
                if run and len(run[0]) > 1 and run[0][0].start - found.end() <= 1:
                    return [path_of(m) for m in run[0]]
        return []

    def _pair(self, sentence: str, mentions: list[Located]) -> list[str]:
        """"A与B…合作" in the sentence before: the two organisations that 两个组织…达成 refers back to (与来访的B…:
        the words of a visit before B are no part of its name, signing.tsv visiting)."""
        for found in self.rules.with_words(sentence):
            after = found.end() + len(next((w for w in self.rules.words.get("visiting", ())
                                            if sentence.startswith(w, found.end())), ""))  # 与来访的B局局长一行
            counterparts = self._run_at(sentence, mentions, after, len(sentence))
            subjects = self._subjects(sentence, mentions, clause_bounds(sentence, found.start())[0], found.start())
            if counterparts and subjects:
                return list(dict.fromkeys(subjects + counterparts))
        return []

    def _met(self, sentence: str, mentions: list[Located]) -> list[str]:
        """The sides of the meeting the sentence before told (A与B举行会谈; 中国、巴西…和南非知识产权局局长会议在…举行):
        who signs or adopts when the meeting is the subject (会议通过了《…联合声明》)."""
        listed = [run for kinds in ((ORG,), (ORG, COUNTRY))
                  for run in runs(actors(mentions, sentence, kinds=kinds), sentence, PARTIES_JOIN) if len(run) > 1]
        if listed and not self._pair(sentence, mentions):
            return self._distribute_head(sentence, mentions, listed[0])
        return self._pair(sentence, mentions)

    def _run_at(self, sentence: str, mentions: list[Located], at: int, end: int, officials: bool = False) -> list[str]:
        """The actors named one after another from ``at``, each country's office read from A、B的知识产权局; with
        ``officials`` (the counterparts after 与), a body named with the official who signs for it goes on to the next
        (与A副主任甲、B董事长乙签署)."""
        found = actors(mentions, sentence, at, end)
        for run in runs(found, sentence):
            if run[0].start - at <= 1:
                run = signed_for(run, found, mentions, sentence) if officials else run
                return self._distribute_head(sentence, mentions, run)
        return []

    def _subjects(self, sentence: str, mentions: list[Located], start: int, end: int) -> list[str]:
        """The last run of actors before the verb (or before 与): who signs; else a collective (双方签署) or a
        name the mention stage missed (武汉市贸促会与…)."""
        listed = places_sharing(sentence[start:end], self.parties, self._place, self.slug)  # 甲市、乙市两地…局
        if listed:
            return listed
        collective = list(self.parties.collective.finditer(sentence, start, end))
        if collective:  # A局长X和B局长Y分别代表两局签署: the collective counts them all
            resolved = self.parties.resolve(collective[-1].group(0), self.context, self.offset + collective[-1].start())
            if resolved:
                return resolved
        named = [m for m in actors(mentions, sentence, start, end) if not self._outlet(sentence, m)]
        found = runs(named, sentence, self.joint.connector)  # A联合B与C签订
        if len(found) > 1 and sentence[found[-2][-1].end:found[-1][0].start] in self.rules.words.get("toward", ()) \
                and re.fullmatch(f"[^{CLAUSE_BREAKS}]+并", sentence[found[-1][-1].end:end]):
            # A向B授牌并签订: the two sides of the act sign; A为B颁证并与C签订: A signs with C, B is no side
            sides = found[-2] if sentence.startswith(self.rules.words.get("with", ()), end) else found[-2] + found[-1]
            return [path_of(m) for m in sides]
        if found:  # 國家知識產權局和澳門…局签署: a name the mention stage missed, joined to the run, signs too
            before, after = self.parties.joined_names(sentence, found[-1][0].start, found[-1][-1].end, start, end)
            return [self.parties.new_party(name, self.slug) for name in before] \
                + self._distribute_head(sentence, mentions, found[-1]) \
                + [self.parties.new_party(name, self.slug) for name in after] \
                + self._partners(sentence, found[-1][-1], end)
        return self._unnamed(sentence, start, end, mentions)

    def _distribute_head(self, sentence: str, mentions: list[Located], run: list[Located]) -> list[str]:
        """智利、哥伦比亚、秘鲁的知识产权局: one office named for the last country; each country has its own."""
        last = run[-1]
        country = next((m for m in mentions if m.kind == COUNTRY and m.start == last.start and m.end < last.end), None)
        if last.kind != ORG or country is None:
            return [path_of(m) for m in run]
        head = sentence[country.end:last.end].removeprefix("的")
        paths = []
        for member, following in zip(run, run[1:] + [last]):
            name = sentence[member.start:member.end] if member is not last else sentence[country.start:country.end]
            key = self.names.get(name + head) or self.names.get(f"{name}的{head}")
            if member.kind != COUNTRY or following.start != member.end:  # 中国国家版权局: the body's state, no item
                paths.append(f"org/{key}" if key else path_of(member))
        return list(dict.fromkeys(paths))

    def _collective_opening(self, sentence: str, mentions: list[Located], start: int) -> list[str]:
        """会上，三方…进行交流，…，并共同签署: a clause without a subject goes on with the collective that opens the
        nearest earlier clause of its sentence that has a subject (an actor opening a nearer one is left to the
        other rules)."""
        lead = self.rules.words.get("lead", ())
        for clause in reversed(list(grammar_clauses(sentence[:start]))):
            found = self.parties.collective.search(sentence, clause.start(), clause.end())
            if found and no_subject(sentence[clause.start():found.start()], self.year, lead):
                return self.parties.resolve(found.group(0), self.context, self.offset + found.start())
            if any(no_subject(sentence[clause.start():m.start], self.year, lead)
                   for m in actors(mentions, sentence, clause.start(), clause.end())):
                return []
        return []

    def _carried(self, sentence: str, mentions: list[Located], start: int) -> list[str]:
        """The subject of the nearest clause before ``start`` that has one (拱北海关不但与…，而且与…签署; 黑龙江省
        知识产权局局长…率队参加…，并…与…签署): a clause without a subject goes on with it, and with the people listed
        before that subject (A局局长甲，B局长乙参加，并签订)."""
        bounds = [(m.start(), m.end()) for m in grammar_clauses(sentence[:start])]
        lead = self.rules.words.get("lead", ())
        for clause_start, clause_end in reversed(bounds):
            with_at = next((m.start() for m in self.rules.with_words(sentence, clause_start, clause_end)), None)
            end = with_at if with_at is not None else clause_end
            named = actors(mentions, sentence, clause_start, end)
            if any(self._outlet(sentence, m) for m in named):
                continue  # 南湖网讯（通讯员 甲）: a dateline's clause names the outlet and its reporter, no subject
            opening = [m for m in named if no_subject(sentence[clause_start:m.start], self.year, lead)]
            if opening:  # A局局长甲，B局局长乙参加，并签订: the clauses listed before it sign too
                listed = [p for s, e in self._listed_before(sentence, mentions, clause_start)
                          for p in self._subjects(sentence, mentions, s, e)]
                return list(dict.fromkeys(listed + self._opening_run(sentence, mentions, opening[0], end)))
            acting = re.search(alternation(self.rules.words.get("modifier", ())), sentence[clause_start:clause_end])
            name = self.parties.opening_name(sentence[clause_start:clause_end]) \
                or (self.parties.name(sentence[clause_start:with_at]) if with_at is not None else None) \
                or (self.parties.name(sentence[clause_start:clause_start + acting.start()]) if acting else None)
            if name:
                return [self.parties.new_party(name, self.slug)]
        return []

    def _opening_run(self, sentence: str, mentions: list[Located], opening: Located, end: int) -> list[str]:
        """A和B就…达成合作，签署…; A、B举行座谈，并签署: a subject carried into a clause without one is the whole
        coordination it opens, not its first name (A与B, a counterpart, is another reading's)."""
        return self._run_at(sentence, mentions, opening.start, end) or [path_of(opening)]

    def _outlet(self, sentence: str, mention: Located) -> bool:
        """The name opens the sentence and a dateline's end follows it (南湖网讯（通讯员…）…): the outlet, no party."""
        return sentence[:mention.start] in ("", "《") and sentence.startswith(self.outlet_ends, mention.end)

    def _sentence_subject(self, sentence: str, mentions: list[Located]) -> list[str]:
        """The actor that opens the sentence (并与… continues its clause), unless it is the outlet of a dateline
        (国知网讯 日前，…; 新华社广州8月31日专电); a treaty there stands for its body."""
        dated = re.compile(f"[^{CLAUSE_BREAKS}]{{0,12}}?日(?:{alternation(self.outlet_ends)})")
        opening = [m for m in actors(mentions, sentence, 0, len(sentence), (ORG, COUNTRY, TREATY))
                   if not self._outlet(sentence, m) and sentence[:m.start] in ("", "《")
                   and not dated.match(sentence, m.end)]
        for mention in opening[:1]:
            if mention.kind != TREATY:
                return self._opening_run(sentence, mentions, mention, len(sentence))
            if mention.key in self.rules.treaty_bodies:
                return [f"org/{self.rules.treaty_bodies[mention.key]}"]
        return []

    def _party_sets(self, sentence: str, item: Item, clause: Clause, named: list[str]) -> list[list[str]]:
        """The stated parties of each agreement the item makes: one set, or one per counterpart of a list. The
        organisations the instrument's name opens with are its parties as a list (《A、B…协议》签约仪式 held by C: A and
        B, not C); one alone is what it is about (A与B签署X中心共建协议: X is built, no party)."""
        organisations = [n for n in named if n.startswith("org/")]
        if clause.pairs:
            return clause.pairs
        if len(organisations) > 1:
            return [named]
        if named == organisations and len(clause.subjects + clause.counterparts) > 1:
            named = []
        if named:  # 《中埃…备忘录》 signed by the two offices: the countries it names are theirs, no more parties
            represented = {self.country_of(path.removeprefix("org/")) for path in clause.subjects}
            return [list(dict.fromkeys(clause.subjects + [n for n in named
                                                         if n.removeprefix("country/") not in represented]))]
        counterparts, subjects = clause.counterparts, self.without_own_states(clause.subjects)
        one = bool(self.rules.regex("one").search(sentence, clause_bounds(sentence, item.start)[0], item.end))
        named_as = item.modifier or sentence[item.start + self._leading(sentence[item.start:item.end],
                                                                          ("particle", "drop", "one")):item.end]
        together = named_as.startswith(self.rules.words.get("together", ()))  # 三方合作协议: one instrument
        if together or one or clause.together or (len(counterparts) <= 1 and (len(subjects) <= 1 or not counterparts)):
            return [list(dict.fromkeys(subjects + counterparts))]
        if (len(counterparts) > 1 or len(subjects) > 1) and not clause.each and self.one_state(subjects + counterparts):
            # A与B、C签署; A、B、C与D签署 (no 分别): the bodies of one state sign one instrument together
            return [list(dict.fromkeys(subjects + counterparts))]
        if clause.each and len(subjects) == len(counterparts) > 1 and all(s.startswith("org/") for s in subjects):
            # A、B、C分别与D、E、F签订: A-D, B-E, C-F (bodies listed; not the states of a compound, 中巴)
            return [[s, c] for s, c in zip(subjects, counterparts)]
        if len(counterparts) > 1:
            return [list(dict.fromkeys(subjects + [c])) for c in counterparts]
        return [[s] + counterparts for s in subjects]

    def _leading(self, text: str, lists: tuple[str, ...]) -> int:
        """How many characters of words from the given lists, and of opening title marks or quotes, open ``text``."""
        words = tuple(w for name in lists for w in self.rules.words.get(name, ()))
        pattern = re.compile(f"^(?:{alternation(words)}|\\s|[{QUOTE_OPENS}\"])+")
        found = pattern.match(text)
        return found.end() if found else 0
