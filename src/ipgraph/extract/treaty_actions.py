"""Passages + resolved treaty mentions → treaty actions: which treaty, what happened to it, who did it, when.

Whether an act read here is told as done (not denied, foretold, conditioned, a given or a frame) is asked of
``treaty_untold``; the verbs that close a treaty's later clauses are read by ``treaty_closing``.

The rule ``treaty-action``: a verb of knowledge/commitments/treaty_actions.tsv next
to a treaty the report names, in the same clause: in front of it (加入《日内瓦法案》,
成功缔结《A》与《B》) or behind it (《中欧地理标志保护与合作协定》落实, 《A》《B》等谈判进程,
专利合作条约三十周年); where several could be read, the one nearest the treaty
(表决通过了关于批准《A》的决定 is a ratification; 成为《A》缔约方 an accession). A
purpose, a plan or a possibility (以缔结, 准备加入, 考虑加入) is no action; a treaty said to be
one that was signed or acceded to (《A》是第一个在中国签署的国际条约) has that action.
The actor is the run of actors in front of the verb; each acceding,
ratifying or signing state gets its own action. When the clause has no subject
at all, the report's author (or the speaker's organisation) is the actor, marked
inferred. A treaty named with no action keeps its ``ip:evidence`` link to the
passage from the mention stage.

Also read: a treaty referred back to (该条约, 上述协定: the treaty named last, in
the passage or the one before, whose name ends in that noun); the instrument handed over (递交《A》批准书 is a
ratification, 加入书 an accession; who hands it over acts, not the one it is
handed to after 向); an entry into force announced with its date (《A》将于
2026年1月1日生效: the date inside does not count towards the distance, nor does a setting: 在国际法律层面上生效, nor a
gloss in brackets, whose commas end no clause: 《A》（English，以下简称《B》）于…生效, the date behind the treaty being
the verb's own); a
known treaty printed longer in its title (《世界知识产权组织视听表演北京条约》) is the whole title, so a run of titles
(《A》《B》生效) holds it; a
collective in front of the treaty (双方就《A》落实 → the actors it counts); a
bracket after the treaty that ends in a verb (《A》（TRIPS，我国2001年加入）); a short name the text
defines for a treaty (《A》（下称“议定书”）) wherever it stands alone later; actors joined by 与 (智利与新西兰签署《A》:
both sign); a treaty that opens its clause is the subject of the verb that closes it (《A》于…在马拉喀什通过) and of
the date-only clauses after it, a place after 在 in them too (，2016年9月30日生效; ，1891年在马德里缔结); an action
that is the topic of a forecast (加入《A》将有助于…) did not happen, nor did one behind the treaty that a forecast
takes as its topic (《A》的实施将惠及…) or that is the undated condition of what follows (《A》生效后，…), nor is
what a treaty provides after a condition of its own (《A》将在十个国家交存批准书之后三个月生效: neither deposit nor
entry into force is told as done); a negated action (尚未加入) or an appeal to others (呼吁各国批准) is none, and
so is a verb behind a treaty named as the ground or frame of an act (按照《A》签署的安排,
在《A》框架下实施). A treaty in what qualifies an instrument (签署了推动条约实施的合作协议), in another work's title
(《〈A〉正式生效…》倡议书) or in an event's name (马拉喀什条约落地实施推进会, 中国加入《A》三十周年纪念活动: only the
anniversary) undergoes nothing there; nominal acts
that a forecast takes as topic (《A》的缔结和生效，将…) are none, nor is a hope (期待…推动条约实施). An instrument
handed over with no treaty in front of it (向…递交批准书，成为该条约…成员) is of the treaty its sentence names, and
the subject-less clause after it tells no second act. A state accedes (ratifies, signs …) once: the same act told
again undated (加入PCT以来, 加入PCT三十周年) is the one told with its date. An act sought or required
(推动《A》早日生效, 争取加入《A》, 《A》才能生效) did not happen, nor did what a treaty lays down (根据条约规定，…;
该条约规定，…) in a clause that tells no date after it; a forecast hedged by an adverb (《A》的生效又将…,
无疑将) still takes the act as its topic; a 以 of 以来 or of a naming (以我国城市命名的…) marks no purpose; a
description set before the treaty with a dash (…国际条约——《A》生效) is no actor. Undated, an act judged (批准《A》
意义重大) or starting a span (加入《A》以来) is a given; so is one told again with no actor; an application, purpose
or welcome (申请加入, 提出申请，加入《A》, 为批准《A》做好准备, 欢迎…成为) is none, nor a role (成为《A》受理局),
nor what a treaty covers (适用于…作品). A dated clause closing with 生效的 on the treaty (1995年1月1日生效的《A》) is
its entry into force then, the treaty's own act or that of the state after 在 or 对 in it; undated (已生效的《A》) it
says the treaty is in force. What a sentence says after a treaty its dated relative clause qualifies (2001年加入的
《A》将…) is said of the treaty: no forecast takes the act as its topic.

The rule ``treaty-shape``: a 《…》 title the gazetteer lacks that ends in a treaty head noun (《修改〈A〉议定书》,
《X伙伴关系协定》) is a treaty of its own, keyed by its name like a new organisation; its node is made where an
action happens to it, so a title named in passing (《…手册》, or a treaty only cited) makes none. A title that ends
in an instrument noun longer than the treaty head it ends in (《…合作协定》, 《…框架协定》) is a cooperation instrument,
signed as an agreement, not a treaty.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import ClassVar

from ipgraph.extract.parties import PartyReader
from ipgraph.extract.report_facts import Located, ReportFacts
from ipgraph.extract.statement_dates import stated_date
from ipgraph.extract.statements import (
    PassagesBehind,
    ReportReader,
    Speaker,
    Statement,
    actors,
    no_subject,
    omitted_subject,
    path_of,
    runs,
)
from ipgraph.extract.treaty_closing import FOR_STATE_GAP, Verb as _Verb, closing_verbs
from ipgraph.extract.treaty_names import BOOK_TITLE, TreatyNames
from ipgraph.extract.treaty_once import one_act_each
from ipgraph.extract.treaty_rules import PER_ACTOR, load_rules
from ipgraph.extract.treaty_untold import conditioned, decided, denied, foretold, ground, topic
from ipgraph.extract.voices import title_lines
from ipgraph.ingest.passages import HEADING, Passage
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, TREATY
from ipgraph.zh.dates import find_dates, without_times
from ipgraph.zh.grammar import BRACKETED, SETTING, between_names, clause_bounds, sentences

TREATY_ACTION_RULES = {
    "treaty-action": ("treaty action from a verb next to a treaty", "条约旁动词表示的条约行动",
                      "A verb of knowledge/commitments/treaty_actions.tsv in front of or behind a treaty the report "
                      "names."),
    "treaty-shape": ("treaty by its structure", "按结构识别的条约",
                     "A 《…》 name the gazetteer lacks that ends in a treaty head noun (条约, 公约, 议定书 …: "
                     "knowledge/commitments/treaty_action_words.tsv), made a treaty node when something "
                     "happens to it."),
}

_TREATY_JOIN = between_names(with_=True, marks="《》")
_ACTOR_JOIN = between_names(with_=True, brackets=True)
"""智利与新西兰签署《A》: both sign, as A、B和C do."""
_BEFORE_GAP = 12
_SHORT_NAME = re.compile(r"[（(][^（）()，,。]{1,12}[)）]")
"""《专利合作条约》（PCT）: the short name printed after a treaty, no distance to the verb behind it."""
_AFTER_GAP = 8
_FOR_STATE = ("EntryIntoForce",)
"""Acts that happen to a treaty for a state (对中国生效): the state named after for_state's words is the actor."""


@dataclass
class TreatyActionFact(Statement):
    """One thing that happened to a treaty, as a report tells it."""

    RULE: ClassVar[str] = "treaty-action"
    treaty: str
    action: str
    label: str
    actors: list[str] = field(default_factory=list)
    inferred: bool = False
    date: str | None = None
    new_treaty: str | None = None
    """The treaty's name when the gazetteer lacks it and the node is made from the name (rule treaty-shape)."""
    counted_from: bool = False
    """The act an anniversary counts from (加入《A》三十周年): the act the report tells elsewhere, where it does."""

    @property
    def identity(self) -> str:
        return f"{self.treaty}|{self.action}|{','.join(sorted(self.actors))}|{self.date}"


class _ReportTreatyActions(ReportReader):
    def __init__(self, facts: ReportFacts, author: tuple[str, ...], year: int | None, data_dir: Path,
                 own_date: str | None = None) -> None:
        super().__init__(facts, author, year, data_dir)
        self.own_date = own_date
        """The report's own date, which the dates it tells relative to it (《A》今日生效) are read against."""
        self.rules = load_rules(data_dir)
        self.found: dict[str, TreatyActionFact] = {}
        self.names = TreatyNames(facts, self.rules)
        self.parties = PartyReader(facts, data_dir)
        self.handed_at = -1
        """Where, in the sentence read, an instrument handed over ends its clause: subject-less clauses after it
        tell what the act made of the state (成为该条约…成员), no act of their own."""
        self.context: Sequence[tuple[str, list[Located]]] = []
        self.offset = 0

    def run(self, passages: list[Passage]) -> list[TreatyActionFact]:
        for index, passage in enumerate(passages):
            mentions = self.names.read(passage)
            if passage.kind == HEADING or not any(m.kind == TREATY for m in mentions):
                continue
            self.context = PassagesBehind(passages, self.facts, index, (passage.text, mentions))
            found_speaker = self.speaker(passage)
            told = {m.key: passage.text[m.start:m.end] for m in mentions if m.kind == TREATY}
            for offset, sentence in sentences(passage.text):
                local = [Located(m.kind, m.key, m.start - offset, m.end - offset) for m in mentions
                         if m.start >= offset and m.end <= offset + len(sentence)]
                self.offset = offset
                if len(told) == 1:
                    self._objectless(passage, sentence, local, *next(iter(told.items())))
                self._handed(passage, sentence, local, told)
                for named in runs(actors(local, sentence, kinds=(TREATY,)), sentence, _TREATY_JOIN):
                    self._treaties(passage, sentence, local, named, found_speaker)
        return one_act_each(self.found.values(), title_lines(passages))

    def _treaties(self, passage: Passage, sentence: str, mentions: list[Located], treaties: list[Located],
                  found_speaker: Speaker | None) -> None:
        start, end = clause_bounds(sentence, treaties[0].start)
        closed = treaties[-1].end + (sentence[treaties[-1].end:treaties[-1].end + 1] == "》")
        glossed = BRACKETED.match(sentence, closed)  # 《A》（English，以下简称…）: a comma in a gloss ends no clause
        end = clause_bounds(sentence, glossed.end())[1] if glossed and glossed.end() > end else end
        if sentence[treaties[-1].end:].lstrip("》").startswith(self.rules.words.get("in_name", ())):
            return
        parted = self.rules.part.match(sentence, treaties[-1].end)  # 批准…《条约》行政条款: the clauses, no treaty
        self._bracketed(passage, sentence, mentions, treaties)
        self._described(passage, sentence, mentions, treaties[-1])
        title_end = next((t.end() for t in BOOK_TITLE.finditer(sentence)
                          if t.start() < treaties[0].start - 1 and treaties[-1].end < t.end() - 1), -1)
        verbs = self._verbs(sentence, (start, end), treaties, mentions)
        marked = any(v.action == "Anniversary" and v.start > treaties[-1].start for v in verbs)
        named_event = any(v.action == "Anniversary" and v.start > treaties[-1].start
                          and self.rules.event_name.match(sentence, v.end) for v in verbs)
        for verb in verbs:
            if parted and not treaties[0].start <= verb.start < parted.end() \
                    or treaties[-1].end <= verb.start < title_end \
                    or verb.action != "Anniversary" and (named_event and verb.start < treaties[0].start
                                                         or verb.start > treaties[-1].start
                                                         and self.rules.event_name.match(sentence, verb.end)):
                continue  # 《〈A〉生效…》倡议书, 《A》实施推进会, 加入《A》三十周年纪念活动: a work's or an event's
                # name; 《A》附件: a part
            subject_end = min(verb.start, treaties[0].start)
            chained = self.rules.chain.search(sentence, start, subject_end)  # 批准或加入《A》: 或 joins two actions
            subject_end = chained.start() if chained else subject_end
            counted = self.rules.counted.search(sentence, start, subject_end)  # 已有67个国家批准或加入该条约
            if counted and not actors(mentions, sentence, start, subject_end) \
                    or verb.start < treaties[0].start \
                    and sentence[start:subject_end].lstrip().startswith(tuple(self.rules.words.get("purpose", ()))) \
                    or denied(self.rules, sentence[start:subject_end]) \
                    or verb.start < treaties[0].start and not actors(mentions, sentence, start, subject_end) \
                    and self.rules.applied_for(sentence, (start, end), verb.end, self.year) \
                    or self.rules.planned(sentence, start, subject_end, verb.start > treaties[-1].start) \
                    and not decided(self.rules, self.year, sentence, end) \
                    or self.rules.modifies.match(sentence, treaties[-1].end) \
                    or self.rules.provision(sentence, (start, end), self.year) \
                    or verb.start < treaties[0].start and not self._dated_relative(sentence, start, verb, treaties[0]) \
                    and self.rules.foretold(sentence, (start, end), verb.start, treaties[-1].end) \
                    or verb.start > treaties[-1].start \
                    and (foretold(self.rules, self.year, sentence, verb, end, mentions)
                         or self.rules.unrealised.search(sentence, treaties[-1].end, verb.start)
                         or ground(self.rules, sentence, treaties, start)
                         or conditioned(self.rules, self.year, sentence, treaties[-1].end, verb.start, (start, end))) \
                    or topic(self.rules, self.year, sentence, verb, treaties[-1], (start, end), mentions):
                continue  # 准备加入《A》: a plan; 加入《A》将有助于…: the topic of a forecast; a tally of parties
            if verb.action in _FOR_STATE and verb.start < treaties[0].start \
                    and not self._dated_front(sentence, start, verb):
                continue  # 已生效的《A》, 截至2023年底已生效的《A》: said to be in force; its act is told with its date
            recipient = [m.start() for m in self.rules.recipient.finditer(sentence, start, subject_end)]
            subject_end = recipient[-1] if recipient else subject_end
            named = runs(actors(mentions, sentence, start, subject_end), sentence, _ACTOR_JOIN)
            stated = [path_of(m) for m in named[-1]] if named else self._collective(sentence, start, subject_end)
            inferred = not stated and no_subject(sentence[start:subject_end], self.year,
                                                  self.rules.words.get("lead", ()))
            if verb.start > treaties[-1].start and verb.action not in PER_ACTOR \
                    and self.rules.apposed.search(sentence, start, treaties[0].start):
                stated, inferred = [], False  # 第一个在我国缔结的…条约——《A》生效: its description names no actor
            if inferred and 0 <= self.handed_at <= start and verb.action in PER_ACTOR:
                continue  # 印度尼西亚向…递交批准书，成为该条约…成员: the accession is the ratification told
            who = omitted_subject(found_speaker, self.author) if inferred else stated
            if verb.action in _FOR_STATE and verb.start > treaties[-1].start:
                closed = treaties[-1].end + (sentence[treaties[-1].end:treaties[-1].end + 1] == "》")
                state = self._state_for(sentence, mentions, closed, verb)
                who, inferred = (state, False) if state else (who, inferred)
            elif verb.action in _FOR_STATE:  # 1992年10月在我国生效的《A》: the state it came into force for, or
                who, inferred = self._state_for(sentence, mentions, start, verb), False  # none (its own act)
            bounds = (start, end) if verb.start < end else clause_bounds(sentence, verb.start)  # …通过，2016年…生效
            if treaties[-1].end < verb.start < end and find_dates(sentence[treaties[-1].end:verb.start], self.year):
                bounds = (treaties[-1].end, bounds[1])  # 1992年批准的《A》（…）于1992年10月15日生效: its own date
            will, at = self.rules.disposer(sentence, start, treaties[0].start), verb.start
            if verb.start > treaties[-1].start and will >= 0 and find_dates(sentence[will:treaties[0].start],
                                                                             self.year):
                bounds, at = (bounds[0], will), will  # 将经1971年…修订之《A》延伸至…: the dates qualify the treaty
            date, _ = stated_date(sentence, bounds, at, self.year, self.rules.as_of,
                                  self.own_date)  # never 截至2025年底
            now = self.rules.now_told(sentence, bounds, at, self.year)  # …，如今中国也已批准该条约: the report's time
            relative = verb.start < treaties[0].start and any(v.start > treaties[-1].start for v in verbs) \
                and self.rules.relative_undated(sentence, (start, end), (verb.start, verb.end), treaties[0].start,
                                                self.year)  # 中欧签署的《A》正式生效: the date is the entry's
            date = None if marked and verb.action != "Anniversary" or now or relative else date  # 加入《A》三十周年
            groups = [[actor] for actor in who] if verb.action in PER_ACTOR and len(who) > 1 else [who]
            for treaty in treaties:
                label = self._label(sentence, treaty, verb)
                for group in groups:
                    self._add(passage, TreatyActionFact(treaty.key, verb.action, label, group, inferred, date,
                                                        quote=sentence[start:max(end, bounds[1])],
                                                        confidence=0.7 if inferred else 0.8,
                                                        counted_from=marked and verb.action != "Anniversary"))

    def _objectless(self, passage: Passage, sentence: str, mentions: list[Located], treaty: str, printed: str) -> None:
        """关于巴西加入的指南, 在这两个国家加入后, 日本JPO与美国USPTO也相继在隔年加入，: countries (or a collective of
        them, or offices printed with them) in front of an accession verb with no object, with nothing between but
        adverbs and times, accede to the one treaty their passage names (马德里体系 …)."""
        for verb in self.rules.objectless.finditer(sentence):
            start, end = clause_bounds(sentence, verb.start())
            named = runs(actors(mentions, sentence, start, verb.start(), (COUNTRY, ORG)), sentence, _ACTOR_JOIN)
            collective = [c for c in self.parties.collective.finditer(sentence, start, verb.start())
                          if c.end() == verb.start()]
            if named and any(m.kind == COUNTRY for m in named[-1]) \
                    and self._adverbial(sentence[named[-1][-1].end:verb.start()]):
                who = [path_of(m) for m in named[-1]]
            elif collective:
                who = self.parties.resolve(collective[-1].group(0), self.context, self.offset + collective[-1].start())
            else:
                continue
            date, _ = stated_date(sentence, (start, end), verb.start(), self.year, self.rules.as_of, self.own_date)
            if self.rules.later.search(sentence, start, verb.start()) \
                    and not find_dates(sentence[start:end], self.year):
                date = None  # 日本也在次年加入: not in the year told before, and in none the clause tells
            for actor in who:
                self._add(passage, TreatyActionFact(treaty, "Accession", f"{verb.group(0)}{printed}", [actor], False,
                                                    date, quote=sentence[start:end], confidence=0.6))

    def _adverbial(self, gap: str) -> bool:
        """Whether ``gap`` holds nothing but adverbs and times (也相继在隔年（2015年2月13日）): what may stand between a
        subject and its verb."""
        gap = without_times(_SHORT_NAME.sub("", gap), self.year)
        return self.rules.adverb.fullmatch(gap.strip()) is not None

    def _handed(self, passage: Passage, sentence: str, mentions: list[Located], told: dict[str, str]) -> None:
        """印度尼西亚向世界知识产权组织递交批准书，成为该条约…成员: an instrument handed over with no treaty in front
        of it is one of the treaty its sentence names (else of the one its passage names), by the actors in front of
        the verb, not the one it is handed to after 向."""
        self.handed_at = -1
        keys = {m.key for m in mentions if m.kind == TREATY} or set(told)
        for hit in self.rules.handed.finditer(sentence):
            if len(keys) != 1 or any(m.kind == TREATY and m.end == hit.start(1) for m in mentions):
                continue
            start, end = clause_bounds(sentence, hit.start())
            if conditioned(self.rules, self.year, sentence, hit.end(), end, (start, end)) \
                    or self.rules.provision(sentence, (start, end), self.year):
                continue  # 30个成员国交存批准书3个月之后生效: the deposits a treaty waits for, not one made
            recipient = [m.start() for m in self.rules.recipient.finditer(sentence, start, hit.start())]
            named = runs(actors(mentions, sentence, start, recipient[-1] if recipient else hit.start()), sentence,
                         _ACTOR_JOIN)
            if not named:
                continue
            action = next(a for w, a in self.rules.after if w == hit.group(1))
            date, _ = stated_date(sentence, (start, end), hit.start(), self.year, self.rules.as_of, self.own_date)
            self.handed_at = end
            for actor in named[-1]:
                self._add(passage, TreatyActionFact(next(iter(keys)), action, hit.group(0), [path_of(actor)], False,
                                                    date, quote=sentence[start:end], confidence=0.7))

    def _dated_relative(self, sentence: str, start: int, verb: _Verb, treaty: Located) -> bool:
        """1995年1月1日生效的《A》将…扩展到…, 2001年加入的《A》将有助于…: a verb whose 的 closes a dated clause on the
        treaty tells an act done then; what the sentence says after the treaty is said of the treaty, not of the act."""
        closes = sentence[verb.start:treaty.start].rstrip("《").endswith("的")
        return closes and self._dated_front(sentence, start, verb)

    def _dated_front(self, sentence: str, start: int, verb: _Verb) -> bool:
        """Whether the clause in front of ``verb`` tells the act's own date (2001年加入的; not 截至2023年底已生效的,
        nor a date in the clause before: 2024年，已生效的)."""
        return bool(find_dates(sentence[start:verb.start], self.year)) and stated_date(
            sentence, (start, verb.start), verb.start, self.year, self.rules.as_of, self.own_date)[0] is not None

    def _state_for(self, sentence: str, mentions: list[Located], begin: int, verb: _Verb) -> list[str]:
        """《A》对中国生效, 《A》在中国正式生效, 在我国生效的《A》: the state named after 对 or 在 between ``begin``
        (the treaty's end, or the start of the relative clause in front of it) and its entry into force is the one
        the treaty comes into force for (an adverb such as 正式 may stand between), the act's actor."""
        for found in reversed(list(self.rules.for_state.finditer(sentence, begin, verb.start))):
            named = runs(actors(mentions, sentence, found.end(), verb.start, (COUNTRY,)), sentence, _ACTOR_JOIN)
            if named and named[0][0].start == found.end() and verb.start - named[0][-1].end <= FOR_STATE_GAP \
                    and not re.search(r"[，,；;、]", sentence[named[0][-1].end:verb.start]):
                return [path_of(m) for m in named[0]]
        return []

    def _described(self, passage: Passage, sentence: str, mentions: list[Located], treaty: Located) -> None:
        """《A》是第一个在中国签署的国际条约, 《A》是我国加入的首个…公约: the treaty is said to be one that was
        signed, acceded to …; who did it is the actor named in that relative clause (a place after 在 is none)."""
        found = self.rules.described.match(sentence, treaty.end + (sentence[treaty.end:treaty.end + 1] == "》"))
        if not found or self.rules.counted.search(found.group(1)):
            return  # 《A》是已有90多个国家加入的条约: a tally of its parties, no act
        verb = next((w, a) for w, a in self.rules.before if w == found.group(2))
        who = [path_of(m) for m in actors(mentions, sentence, found.start(1), found.end(1))
               if sentence[m.start - 1:m.start] not in ("在", "于")]
        dates = find_dates(found.group(1), self.year)
        label = self._label(sentence, treaty, _Verb(verb[0], verb[1], found.start(2), found.end(2)))
        for group in ([[actor] for actor in who] if verb[1] in PER_ACTOR and len(who) > 1 else [who]):
            self._add(passage, TreatyActionFact(treaty.key, verb[1], label, group, False,
                                                dates[0].start if dates else None,
                                                quote=sentence[treaty.start:found.end()], confidence=0.7))

    def _bracketed(self, passage: Passage, sentence: str, mentions: list[Located], treaties: list[Located]) -> None:
        """《与贸易有关的知识产权协议》（TRIPS，我国2001年加入）: a bracket after the treaty that ends in a verb tells
        what its subject did to it, and when."""
        opening = treaties[-1].end + (sentence[treaties[-1].end:treaties[-1].end + 1] == "》")
        bracket = re.match(r"[（(]([^（()）]{1,40})[）)]", sentence[opening:])
        if not bracket:
            return
        inside = bracket.group(1)
        verb = next(((w, a) for w, a in self.rules.before if inside.endswith(w)), None)
        if verb is None:
            return
        start = opening + 1
        who = [path_of(m) for m in actors(mentions, sentence, start, start + len(inside))]
        dates = find_dates(inside, self.year)
        for actor in who:
            label = self._label(sentence, treaties[0], _Verb(verb[0], verb[1], -1, -1))
            self._add(passage, TreatyActionFact(treaties[0].key, verb[1], label, [actor], False,
                                                dates[0].start if dates else None,
                                                quote=sentence[treaties[0].start:opening + bracket.end()],
                                                confidence=0.7))

    def _add(self, passage: Passage, fact: TreatyActionFact) -> None:
        fact.new_treaty = self.names.new_names.get(fact.treaty)
        known = self.found.setdefault(fact.identity, fact)
        if passage.slug not in known.passages:
            known.passages.append(passage.slug)

    def _collective(self, sentence: str, start: int, end: int) -> list[str]:
        """双方就《…》后续落实: the actors a collective in front of the treaty stands for (or, when the clause
        names nothing, the collective that opens the sentence: 双方…，一致表示…，推动《…》实施)."""
        found = list(self.parties.collective.finditer(sentence, start, end)) \
            or list(self.parties.collective.finditer(sentence, 0, start))[:1]
        return self.parties.resolve(found[-1].group(0), self.context, self.offset + found[-1].start()) if found else []

    def _verbs(self, sentence: str, clause: tuple[int, int], treaties: list[Located],
               mentions: list[Located]) -> list[_Verb]:
        """The action verbs right in front of the treaties and right behind them, in the clause."""
        (start, end), first, last = clause, treaties[0].start, treaties[-1].end
        verbs = []
        before = sentence[max(start, first - _BEFORE_GAP):first]
        found = [(at + len(word), len(word), word, action) for word, action in self.rules.before
                 for at in (before.rfind(word),) if at >= 0 and not re.search(r"[，,；;、》）)]", before[at:])
                 and not self.rules.nominal_verb(before, at, word)
                 and not self.rules.owned.search(before, at + len(word))]  # 批准英国入会协定的《A》: its own object
        found += [(at + len(word), len(word), word, action) for word, action in self.rules.chained
                  for at in (before.rfind(word),) if at >= 0 and self.rules.chain.search(before[:at])
                  and not re.search(r"[，,；;、》）)]", before[at:])]  # 缔结和通过《A》: 通过 after another verb
        if found:  # the verb nearest the treaty: 表决通过了关于批准《…》的决定 is a ratification
            ends, _, word, action = max(found)
            verbs.append(_Verb(word, action, first - len(before) + ends - len(word), first - len(before) + ends))
        last += sentence[last:last + 1] == "》"
        # 《A》（《B》）5月5日生效, 《A》（…，以下简称…）生效: a gloss in brackets is no distance, nor is a date
        gloss = len(m.group(0)) if (m := BRACKETED.match(sentence, last)) else 0
        reach = last + gloss + _AFTER_GAP + sum(d.finish - d.begin for d in find_dates(sentence[last + gloss:end],
                                                                                       self.year)
                                                if d.begin < _AFTER_GAP)
        # 议定书于…在国际法律秩序上生效: a setting, like a date, is no distance
        reach += sum(m.end() - m.start() for m in SETTING.finditer(sentence, last, end) if m.start() < reach)
        after = sentence[last:min(end, reach)]
        not_after = tuple(self.rules.words.get("not_after", ()))
        negation = tuple(self.rules.words.get("negation", ()))
        behind = [(at, -len(word), word, action) for word, action in self.rules.after for at in (after.find(word),)
                  if at >= 0 and not after[at + len(word):].startswith(not_after)
                  and not after[:at].endswith(negation)  # 《A》尚未生效, 暂不适用于香港: denied
                  and not re.search(r"[《、是]", after[gloss:at])  # 《A》是…签署的: described
                  and not (word in self.rules.instruments and after[gloss:at].strip("的 "))]  # 于递交批准书…后
        nearest = min(behind, default=None)  # and an anniversary after it: 《A》签署一周年 (both told)
        verbs += [_Verb(w, a, last + t, last + t + len(w)) for t, n, w, a in sorted(behind)
                  if (t, n, w, a) == nearest or nearest and a == "Anniversary" and t > nearest[0]]
        taken = {verb.start for verb in verbs} | {verb.end for verb in verbs}  # 生效实施: one predicate, one act
        closing = closing_verbs(self.rules, self.year, sentence, (clause, treaties, mentions))
        return verbs + [v for v in closing if v.start not in taken]

    @staticmethod
    def _label(sentence: str, treaty: Located, verb: _Verb) -> str:
        """The verb and the treaty as printed: 加入《日内瓦法案》, 《中欧地理标志保护与合作协定》落实."""
        start = treaty.start - (sentence[treaty.start - 1:treaty.start] == "《")
        end = treaty.end + (sentence[start:start + 1] == "《" and sentence[treaty.end:treaty.end + 1] == "》")
        if verb.start < treaty.start:
            return f"{verb.word}{sentence[start:end]}"
        return sentence[start:verb.end] if verb.start - end <= 3 else f"{sentence[start:end]}{verb.word}"


def extract_treaty_actions(passages: list[Passage], facts: ReportFacts, author: tuple[str, ...], year: int | None,
                           data_dir: Path, own_date: str | None = None) -> list[TreatyActionFact]:
    """Every adoption, conclusion, signature, accession, ratification, entry into force, negotiation,
    implementation or anniversary of a treaty the report tells of; ``own_date`` is the report's own date, which
    its relative and partial dates (《A》今日生效) are read against."""
    return _ReportTreatyActions(facts, author, year, data_dir, own_date).run(passages)
