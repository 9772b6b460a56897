"""Passages + resolved mentions → agreements: which instrument, signed by whom, when, about what.

One rule, ``agreement-sentence``: a verb of signing (knowledge/commitments/signing.tsv)
followed in its clause by one or more instrument names, each ending in an
instrument noun (instruments.tsv) that gives the ip:Agreement subclass; also
the verb qualifying the instrument (会后发布的联合声明提出) and signing told as a
noun after the title (《A行动计划（2018-2020）》的签署). The parties are read where
Chinese puts them:

- the subject before the verb (产权组织与…签署, 日本经济产业省和中国商务部达成);
- the counterparts after 与 (与东盟、英国…签署), a compound of country
  abbreviations (与日韩分别签署; country_abbreviations.tsv), or the instrument's
  own name (中法关于…的议定书, 中美欧日韩知识产权五局合作联合声明, 《A与B合作备忘录》;
  the countries of a compound are no parties when their offices sign);
- when the sentence has no subject, the speaker's organisation or the report's
  author, marked inferred (与土耳其专利商标局签署… in a WIPO report).

A list of counterparts gives one agreement per counterpart unless the text
says there is one instrument (签署了一项…), makes it tri- or multilateral,
closes the list with a count (A、B等16家企业代表), or all the parties are bodies
of one state (a bureau with its city's court and procuratorate:
agreement_states.one_state); 分别 and 双边 make one per counterpart.

No party is dropped for want of a mention: a collective (双方, 三方, 中欧双方)
is resolved to the actors it counts (parties.PartyReader), and when it stands
before the verb it counts every signatory named before (A局长X和B局长Y分别代表两局签署); a name in a
party's place that the mention stage missed (A与B签署, 与广东省珠海市、中山市政府 —
an elliptical list shares the last item's head) becomes a new organisation; a
clause without a subject goes on with the pair or the subject of an earlier clause of its
sentence (A与B举行会谈，签署…; 拱北海关不但与…，而且与…签署; X局局长…率队参加…，并在…期间与…签署).
A date inside an instrument's name (2025—2027年工作计划) is not its signing date. A name the mention stage
missed that a coordinator joins to the subject's run signs too (A和B签署, glosses of a mirror dropped); a collective
opening an earlier clause is the subject of a clause without one (会上，三方…，并共同签署), and it counts a side
the mention stage missed (A、B与C举行…。三方…). A title that is only an instrument noun (《会议纪要》) is the
instrument of that noun told before. Officials who sign 分别代表本国政府 make their states the parties; a list of
places closed by a count (淄博、枣庄…等十市中院) shares the head after the count; signing may follow the title
(《…备忘录》正式签署). An instrument named in passing whose name opens with its parties (中新两国政府间…谅解备忘录,
“中法…合作路线图”) is theirs, undated, unless the report told it signed. Exchanging an instrument signs it
only when its copies are exchanged (交换《A》文本, not 交换意见…安排); a verb of signing inside a name just read
(《数据交换备忘录》) signs nothing more. The signatories of a title signed after it may follow 由 (《A》由X与Y签署).
A verb of signing is not read where its end begins another (贸促会签署 is 签署, not 会签). A news item's title line
that tells an agreement with a party shortened (陕西局与X签订…) tells the one its body tells with that party in full.
A sentence without a subject, in a report with no author and no speaker, goes on with the topic of the sentence before
it (中国已加入…。与欧盟签署…): that actor is an inferred party. A signing that names fewer than two parties
(相关机构签署了…协议; 《…共同倡议》发布) is an agreement of unnamed parties in a report that tells none with its
parties, and in one that does, that agreement told again (本次协议). A signing told with the bare end of a named
instrument's name (与河东区签订合作框架协议 after 《…河东区人民政府…合作框架协议》) is that instrument told again.
A signing its sentence does not date was signed at the event its passage tells (签约仪式…。仪式上，双方签署…;
活动期间…签署), or the one a passage of its story told just before (…论坛开幕。¶ 开幕式上，…签署), and has that
event's day, unless the passage says when is not told (近日), a speaker recounts it, or the clause tells it as done
earlier (已与…签署); a passage that tells no event gives it the day it opens on, not a wire dateline's (9月29日，…成立。
…成立大会上，三方签订…: occasions.lead_day).
A state among the parties beside a body of its own (中国 printed in front of 国家版权局) signs through it and is
no party of its own; a compound before a collective of bodies (中日两局签署) names the bodies the report names.
A body joined to the subject by a verb of acting together (A联合B与C签订, joint_subjects.py) signs too: A, B and C
sign one instrument. 分别 makes one instrument per counterpart even where a count closes their list
(分别与A、B等6家银行签署). An instrument told after its day and place (《A》于5日在京签署, …备忘录6日在万象签署) is
dated so; a name in passing that opens with the signatories' states (中美…备忘录的签署) and a noun after 以下/如下
(the text itself) are no agreements of their own; a field line (签订日期：…) dates the instrument its record names
(agreement_tellings.py). A title may be printed in the corner brackets of Hong Kong and Taiwan (簽署「…協議」,
「…」由X與Y簽署); a university printed by its short form in a party's place (與成大簽訂) is the one the report names
(parties.py). A company as the subject (公司已与…, 芬兰通信设备大厂诺基亚…, OPPO发表声明称，与…) is read in
company_subjects.py, an instrument named without a signing in agreement_in_passing.py; the record is agreement_fact.py.
An instrument told again by a bare noun of its kind with its very parties and day, in a later paragraph, a caption
or a clause describing it (图为…签署合作协议; 这是双方签署的首个合作协议), is that one, unless a word says it is one
more (还签署: agreement_shapes.bare_again); a name that opens with a collective of bodies (两局合作谅解备忘录) is the
instrument of the bodies it counts.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Sequence
from pathlib import Path

from ipgraph.extract.agreement_fact import AgreementFact
from ipgraph.extract.agreement_held import held_beside, held_item, held_name, holds_in, read_now
from ipgraph.extract.agreement_in_passing import InstrumentsInPassing
from ipgraph.extract.agreement_names import marked
from ipgraph.extract.agreement_once import one_title
from ipgraph.extract.agreement_parties import Clause, Item
from ipgraph.extract.agreement_rules import load_rules
from ipgraph.extract.agreement_shapes import bare_again, listed_signings, named_again, over_comma
from ipgraph.extract.agreement_tellings import (
    by_name,
    date_field,
    dated_again,
    field_dated,
    headline_summary,
    headline_twin,
    party_within,
    referred,
    told_again,
)
from ipgraph.extract.brand_names import brand_name
from ipgraph.extract.company_subjects import CompanySigners
from ipgraph.extract.events.model import EventFact
from ipgraph.extract.joint_subjects import joint_subjects
from ipgraph.extract.occasions import OCCASION_REACH, at_setting, ceremony_sides, occasion_day
from ipgraph.extract.parties import PartyReader
from ipgraph.extract.report_facts import Located, ReportFacts
from ipgraph.extract.statement_dates import fallback_date, referred_date, stated_date
from ipgraph.extract.statements import PassagesBehind, Speaker, actors, omitted_subject, org_names, path_of
from ipgraph.extract.voices import in_words, title_lines
from ipgraph.ingest.dateline import wire_end
from ipgraph.ingest.passages import HEADING, Passage
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import TITLE_CLOSES, TITLE_OPENS, clause_bounds
from ipgraph.zh.time_words import RECENT_YEARS, VAGUE_TIME

AGREEMENT_RULES = {
    "agreement-sentence": ("agreement from a signing sentence", "签署语句中的协议",
                           "A verb of signing (knowledge/commitments/signing.tsv) followed in its clause by an "
                           "instrument "
                           "noun (instruments.tsv); parties from the subject, 与 and the instrument's name."),
}

_RUNNING = "¶"
"""What marks the locator of a paragraph the report does not number (¶3, counted), not a printed number."""
_BINDING = ("JointStatement", "MemorandumOfUnderstanding", "CooperationAgreement")
"""Instruments that record what their parties agree: issued jointly (联合印发《…合作备忘录》), they are concluded."""


class _ReportAgreements(CompanySigners, InstrumentsInPassing):
    def __init__(self, facts: ReportFacts, author: tuple[str, ...], year: int | None, covered: str | None,
                 data_dir: Path, events: Sequence[EventFact] = (), own_date: str | None = None) -> None:
        super().__init__(facts, author, year, data_dir)
        self.covered = covered
        self.own_date = own_date
        """The report's own date, which the dates it tells relative to it (昨日…签署, 19日…发表) are read against."""
        self.events = events
        """The events the report tells, found before its agreements: the occasion a signing may be told at."""
        self.behind: list[Passage] = []
        """The passages before the one read where its occasion may be told (the nearest OCCASION_REACH unless 会上
        points back): those of one story with it (unnumbered paragraphs under its heading); a paragraph the report
        numbers is an item of its own, told apart."""
        self.data_dir = data_dir
        self.rules = load_rules(data_dir)
        self.names = org_names(data_dir)
        self.joint = joint_subjects(data_dir)
        self.sign = self.rules.signing
        self.nouns = self.rules.noun_regex
        self.outlet_ends = tuple(word_lists(data_dir / "gazetteer" / "media_cues.tsv")["dateline"])
        self.found: dict[str, AgreementFact] = {}
        self.unnamed: dict[str, AgreementFact] = {}
        """Signings told without two named parties: agreements of their own only in a report that tells none with
        its parties (there, 本次协议 or 双方签订的协议 tells one of those again)."""
        self.holding = False
        self.held: dict[str, AgreementFact] = {}
        """Signings told by a verb that holds its instrument (agreement_held.py): in a report that tells no other."""
        self.before: tuple[str, list[Located], int] = ("", [], 0)
        """The passage being read, its mentions and where the current sentence starts: what came before it."""
        self.parties = PartyReader(facts, data_dir, brand_name)  # 华为(Huawei)和小米(Xiaomi)宣布达成
        self.ending = re.compile(f"(?:{self.nouns.pattern})$")
        self.date_field = date_field(*(self.rules.words.get(k, ()) for k in ("sign", "issue", "date_field")))
        self.context: Sequence[tuple[str, list[Located]]] = []
        self.slug = ""
        self.headline: set[str] = set()
        """The slugs of a news item's title lines: the text passages before the first that ends a sentence (。),
        the title and its subtitles (栏目名 / 标题 / 副标题)."""
        self.offset = 0
        self.signed_before: str | None = None
        """The date of the last signing told earlier in the passage: a later one without its own (此外，…还与…签订)
        was signed on the same occasion."""

    def run(self, passages: list[Passage]) -> list[AgreementFact]:
        self.headline = title_lines(passages)
        self.read_companies(passages)  # 与诺基亚签署 in an item that prints 诺基亚宣布: a company by its brand
        self._read(passages)
        self.holding = True  # a signing told by 签约 alone (agreement_held)
        self._read(passages)
        headline_summary(self.found, self.headline, self.shares_side)  # 签署…协议 over 分别与A、B签署《甲》《乙》
        for passage in passages:
            if passage.kind != HEADING:
                self._in_passing(passage)
        field_dated(self.found, passages, self.date_field, self.year, self.own_date)
        for fact in self.found.values():
            if fact.group and (noun := self.ending.search(fact.label)):
                fact.parties = list(dict.fromkeys(fact.parties + self.listed_signatories(passages, noun.group(0))))
        named = by_name(held_beside(self.found, self.unnamed, self.held, self.rules, self.headline), self.facts)
        return one_title(bare_again(named_again(referred(named, self.rules.words.get("refers", ())), self.rules.words),
                                    self.rules.nouns, self.rules.words.get("describes", ()),
                                    self.rules.words.get("more", ())))

    def _read(self, passages: list[Passage]) -> None:
        """The signings of every passage, or, while ``holding``, only those told by a verb that holds its instrument."""
        running = [(i, p) for i, p in enumerate(passages) if _RUNNING in p.locator]  # once, not per passage read
        for index, passage in enumerate(passages):
            heading = passage.heading if _RUNNING in passage.locator else None  # None: no passage behind it
            if passage.kind == HEADING or self.holding and not holds_in(passage.text, self.rules) \
                    or not (self.sign.search(passage.text) or self.basis.search(passage.text)):  # holds_in: a find
                continue
            mentions = self.facts.located.get(passage.slug, [])
            self.slug, self.signed_before = passage.slug, None
            self.context = PassagesBehind(passages, self.facts, index)
            self.behind = [p for i, p in running if i < index and p.heading == passage.heading == heading] \
                if heading is not None else []  # a heading is text: none matches None
            found_speaker = self.speaker(passage)
            previous: tuple[str, list[Located]] = ("", [])
            for offset, sentence, local in listed_signings(self.sentences(passage), self.rules):
                self.offset = offset
                self.before = (passage.text, mentions, offset)
                named: list[Item] = []
                for trigger in self.sign.finditer(sentence):
                    if not any(i.start <= trigger.start() < i.end for i in named) \
                            and read_now(trigger, self.holding, self.rules):  # 签署《数据交换备忘录》: a name
                        named += self._signing(passage, sentence, local, trigger, found_speaker, previous)
                for basis in [] if self.holding else self.basis.finditer(sentence):
                    self._basis(passage, sentence, local, basis, found_speaker)
                previous = (sentence, local)

    def _occasion(self, passage: Passage, at: int, found_speaker: Speaker | None) -> str | None:
        """签约仪式在…举行。…签订了《…协议》; 活动期间，A、B两校签署了合作协议: a signing its sentence dates by nothing
        is told as part of the event its passage tells — the ceremony, the forum, the day — or, when its passage
        tells none, the event of the nearest passage before it that does, within OCCASION_REACH (论坛在…开幕。¶
        开幕式上，A与B签署了…), and has that event's date, when the events of that passage are all dated and on one
        day (``occasions``: no named day beside another event, no event told after the signing in its passage);
        events of two dates, an undated one, one dated to a month or year only (a campaign, a year's work: no
        occasion), or 近日 before the signing in its passage (when is not told), or 近年来 (a retrospect over
        years: 据悉，近年来，…签订合作协议) leave it undated. A signing in a
        speaker's words (A表示，…与B签署…) is what the speaker recounts at the event, not what took place there;
        a sentence after the words told without quotes is the report's again (``voices.in_words``)."""
        if VAGUE_TIME.search(passage.text, 0, at) or RECENT_YEARS.search(passage.text, 0, at) or found_speaker \
                and in_words(passage.text, self.before[1], found_speaker, at):
            return None
        setting = at_setting(passage.text[self.offset:at], self.data_dir)  # 会上，…签署
        return occasion_day(self.events, passage, self.behind, at, self.year, self.own_date,
                            wire_end(passage.text, self.data_dir), setting)

    def _signing(self, passage: Passage, sentence: str, mentions: list[Located], trigger: re.Match,
                 found_speaker: Speaker | None, previous: tuple[str, list[Located]]) -> list[Item]:
        """The agreements one verb of signing tells; the instruments it names, whose words sign nothing more."""
        start, end = clause_bounds(sentence, trigger.start())
        start = over_comma(sentence, start, trigger.start(), mentions, self.year, self.rules)  # 与乙、丙，签署了…
        items = self._items(sentence, trigger.end(), end, mentions) \
            or self._signed_title(sentence, trigger.start(), mentions) \
            or self._named_before(sentence, trigger.start(), mentions)
        deictic = self.rules.words.get("deictic", ())  # 达成以下之协议: the text itself, told by its title
        items = [i for i in items if not sentence.startswith(deictic, i.start + marked(sentence, i.start, TITLE_OPENS))]
        topic = ([], (-1, -1)) if items else self._passive_topic(sentence, trigger.start())
        if topic[0]:  # X等二项备忘录，于十七日由A与B代表签署: the sentence is the clause, the signatories follow 由
            items, start = topic[0], 0
        issued = trigger.group(0) in self.rules.words.get("issue", ())
        if issued:  # 联合发布《…行动计划》 is a policy, not an agreement
            jointly = self.rules.regex("jointly").search(sentence, max(start, trigger.start() - 2), trigger.start())
            items = [item for item in items if item.type in (_BINDING if jointly else ("JointStatement",))]
        if trigger.group(0) in self.rules.words.get("exchange", ()):  # 交换意见…安排: only copies are signed
            copies = self.rules.words.get("copy", ())
            items = [i for i in items if sentence.startswith(copies, i.end + marked(sentence, i.end, TITLE_CLOSES))]
        held = held_item(sentence, start, trigger, self.rules) if self.holding and not items else None  # 与B签约
        items = [held] if held else items
        if not items or told_again(sentence, passage, self.found, self.rules.words, self.nouns):
            return items
        before = self._clause_end(sentence, start, trigger.start(), items[0].start)  # 《A与B…计划》的签署: ends before
        title_end = items[-1].end + marked(sentence, items[-1].end, TITLE_CLOSES)
        agent = self._agent(sentence, title_end, trigger.start()) if title_end <= trigger.start() else 0
        if topic[0]:
            title_end, agent = topic[1][0], topic[1][1] - topic[1][0]
        clause = self._clause(sentence, mentions, title_end + 1, title_end + agent) if agent \
            else self._clause(sentence, mentions, start, before)  # 《A》由X与Y签署: the parties follow 由
        as_of = self.rules.words.get("as_of", ())
        filed = wire_end(sentence, self.data_dir)
        unnamed = "".join(" " if at < filed or any(i.start <= at < i.end for i in items) else c
                          for at, c in enumerate(sentence))
        # not 2025—2027年工作计划: the instrument's name is blanked, nor the day a wire dateline says it was filed
        date, cut_off = stated_date(unnamed, (start, end), trigger.start(), self.year, as_of, self.own_date)
        if date is None and not cut_off:
            earlier = self.rules.regex("earlier").search(sentence, start, trigger.start())  # 已与…签署
            date = self.signed_before or referred_date(sentence[:trigger.start()], [passage.text[:self.offset], *(
                p.text for p in reversed(self.behind[-OCCASION_REACH:]))], self.year, self.own_date) \
                or (None if earlier else self._occasion(passage, self.offset + trigger.start(), found_speaker)) \
                or fallback_date(passage, self.covered)
        self.signed_before = date if not cut_off else None
        renew_verb = trigger.group(0) in self.rules.words.get("renew", ())
        respectively = clause.each and len(items) == len(clause.counterparts) > 1
        for index, item in enumerate(items):
            if (any(mark in sentence[item.start:item.end] for mark in TITLE_OPENS)
                    or marked(sentence, item.start - 1, TITLE_OPENS)) \
                    and self._told_before(self._label(sentence[item.start:item.end]), passage, date) \
                    or self.parties.collective.search(sentence, start, before) \
                    and self._told_before(self._label(sentence[item.start:item.end]), passage, date, elsewhere=True):
                continue
            named = self._named_in(sentence, mentions, item)
            told = clause
            if respectively:  # 与A、B分别签署X和Y: X with A, Y with B
                told = dataclasses.replace(clause, counterparts=[clause.counterparts[index]])
            if clause.omitted and not clause.counterparts and not named:
                pair = self._met(*previous)
                told = Clause(pair, [], False, False, confidence=0.7) if pair else clause
            meetings = self._meetings(sentence, item)
            if meetings:
                told = Clause([], [], False, False, confidence=0.7)
            for stated in meetings or self._party_sets(sentence, item, told, named):
                inferred = [p for p in omitted_subject(found_speaker, self.author) or self._topic(*previous)
                            if p not in stated] if told.omitted else []
                stated = self.counterpart_offices(stated, inferred, told.counterparts)
                if not stated and len(inferred) < 2:  # 签约仪式…。此次签署的…协议: the ceremony's sides
                    stated = ceremony_sides(self.events, passage, self.behind, self.offset + trigger.start(),
                                            self.rules.words.get("sign", ()))
                unstated = len(stated) + len(inferred) < 2 and not (stated and told.group)
                text = held_name(sentence[item.start:item.end], trigger.group(0), self.rules) if held \
                    else sentence[item.start:item.end]
                if held and unstated or self._no_agreement(text, (issued, unstated), sentence, (start, trigger.start()),
                                                           item):
                    continue
                fact = AgreementFact(
                    item.type, self._label(text), self._subject(item, text), stated, inferred, date,
                    renew_verb or bool(self.rules.regex("renew").search(text)), told.group, unstated,
                    quote=sentence[start:end],
                    confidence=told.confidence - (0.2 if unstated else 0.1 if inferred else 0.0))
                if unstated or held:  # a held signing of fewer than two sides is dropped above
                    (self.held if held else self.unnamed).setdefault(fact.identity, fact).passages.append(passage.slug)
                else:
                    self._add(fact, passage)
        return items

    def _told_before(self, label: str, passage: Passage, date: str | None, elsewhere: bool = False) -> bool:
        """《会议纪要》 after 《有关…之会议纪要》 was signed: a title that is only an instrument noun is the instrument
        of that noun told last, signed again in the telling, not another one; the passage is its evidence too. So is
        the bare noun a collective signs (会上，双方…签订合作协议) when an earlier passage (``elsewhere``) told that
        instrument by name, or by the same name (此次4家单位共同签订…框架协议 after 甲、乙…签署《…框架协议》). The
        telling's ``date`` dates it when it was told undated (a title line's 签署战略合作协议: ``dated_again``)."""
        bare = label in self.rules.nouns
        if not bare and not elsewhere:
            return False
        earlier = [fact for fact in self.found.values() if (fact.label != label and fact.label.endswith(label) if bare
                                                            else fact.label == label)
                   and not (elsewhere and passage.slug in fact.passages)]
        if earlier and passage.slug not in earlier[-1].passages:
            earlier[-1].passages.append(passage.slug)
        return bool(earlier) and dated_again(self.found, earlier[-1], date)

    def _meetings(self, sentence: str, item: Item) -> list[list[str]]:
        """签署有关会谈纪要 after 中日、中韩和中日韩…会议: "the minutes concerned" are one per meeting the passage
        named by a compound of country abbreviations, signed by the offices of those countries named there."""
        at = item.start + self._leading(sentence[item.start:item.end], ("particle",))
        if not sentence.startswith(self.rules.words.get("refers", ()), at) or "的" in sentence[at:item.end]:
            return []  # 签署有关商标保护的备忘录: 有关 before a phrase and 的 is "concerning", no meetings referred to
        text, mentions = self.context[0]
        compounds = dict.fromkeys(m.group(0) for m in self.parties.words.abbreviation_run.finditer(
            text, 0, self.offset + item.start))
        return [parties for parties in ([self._office_of(node, mentions) for node in self.parties.compound(c)]
                                        for c in compounds) if len(parties) > 1]

    def _office_of(self, node: str, mentions: list[Located]) -> str:
        """The organisation of a country that the passage names (中 → 中国国家知识产权局), else the country."""
        code = node.removeprefix("country/")
        for mention in mentions:
            if mention.kind == ORG and self.country_of(mention.key) == code:
                return path_of(mention)
        return node

    def _add(self, fact: AgreementFact, passage: Passage) -> None:
        """One fact per agreement; a telling without a date (the headline's 举行…协议签字仪式) and one with it (the
        body's 7月4日，…签署了…协议) are one agreement, dated, in either order (此次A与B签订的…协议 after it)."""
        fact.parties = self.without_own_states(fact.parties)
        undated = dataclasses.replace(fact, date=None).identity
        twin = next((key for key, known in self.found.items() if None in (known.date, fact.date)
                     and dataclasses.replace(known, date=None).identity == undated), None)
        if twin is not None:
            known = self.found.pop(twin)
            known.date = fact.date = known.date or fact.date  # told dated first, then again (此次…签订的…协议): one
            self.found[known.identity] = known
        elif (title := headline_twin(self.found, fact, self.headline, self.slug, self._side_told)) is not None:
            known = self.found.pop(title)
            fact.passages = known.passages + fact.passages
        known = self.found.setdefault(fact.identity, fact)
        if passage.slug not in known.passages:
            known.passages.append(passage.slug)

    def _side_told(self, told: list[str], parties: list[str]) -> bool:
        """Whether a title line's signatories share a side with the body's: as ``shares_side`` does, or by a name
        printed inside one of the body's (江城大学 over 江城大学法学院: a title line shortens a party)."""
        return self.shares_side(told, parties) or any(party_within(p, parties, self.facts) for p in told)

    @staticmethod
    def _topic(sentence: str, mentions: list[Located]) -> list[str]:
        """Who a sentence without a subject goes on about when no speaker or author stands for it: the actor the
        sentence before in its passage names first, the topic a Chinese chain of sentences keeps (中国已加入…。
        与欧盟签署…)."""
        named = actors(mentions, sentence)
        return [path_of(named[0])] if named else []

def extract_agreements(passages: list[Passage], facts: ReportFacts, author: tuple[str, ...], year: int | None,
                       covered: str | None, data_dir: Path, events: Sequence[EventFact] = (),
                       own_date: str | None = None) -> list[AgreementFact]:
    """Every signed or renewed instrument the report tells of, one fact per agreement (and per counterpart of a
    list); ``own_date`` is the report's own date, which its relative and partial dates are read against."""
    return _ReportAgreements(facts, author, year, covered, data_dir, events, own_date).run(passages)
