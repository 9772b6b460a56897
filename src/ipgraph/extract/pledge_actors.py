"""What the words before a pledge's cue stand for, for the reading of who pledges (``pledges._ReportPledges._actors``):
no actor at all (a deal or its signing, 这个协议将…; a relation with a counterpart, 与A的合作将…; an effect foretold,
将使…; a thing of nobody's, 保护体系将…), the author's own plan (该项目将…, 后续将…), or actors a word stands for (a
collective, 双方将…; the one who says the words, 日方表示，愿…, 他表示，将…; a word that refers back, 学校将…). Kept
apart from ``pledges.py`` so the reading of a pledge stays short; the pledge reader sets the state these read."""

from __future__ import annotations

import re

from ipgraph.extract.collectives import SIDE
from ipgraph.extract.parties import counts
from ipgraph.extract.pledge_spans import PledgeSpans
from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import Speaker, actors, affiliation_of, path_of
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import WILL, clause_bounds


class ActorWords(PledgeSpans):
    """The readings of a pledge's subject words, shared with the pledge reader (``pledges._ReportPledges``)."""

    signatories: list[str]
    signed: list[tuple[int, list[str]]]
    met: list[tuple[int, list[str]]]
    index: int
    impact: re.Pattern[str]
    words_at: int

    def _deal(self, text: str, mentions: list[Located], offset: int, clause_start: int, cue: int) -> bool:
        """这个协议将包括…, 该协议将进一步促进… (PledgeRules.deal_foretold); or a clause with no subject of its own
        after a sentence's first clause that is only a deal or its signing, naming no actor (合作文件的签署，将推动…):
        the deal is the subject, and what comes of it is no one's pledge."""
        subject = self.rules.without_adverbs(self.rules.lead.sub("", self.rules.unsaid(text[clause_start:cue])))
        if subject.strip():
            return self.rules.deal_foretold(subject.strip(), text, cue, text[offset:clause_start])
        topic = self.rules.lead.sub("", text[self.words_at if self.words_at > offset else offset:clause_start])
        topic = topic.rstrip("，, ")
        if not topic or any(c in topic for c in "，,；;") or actors(mentions, text, offset, clause_start) \
                or self.parties.collective.search(topic):
            return False
        return self.rules.acts.search(topic) is not None or self.rules.deal_judged(topic, text, cue)

    def _collective(self, word: str, at: int) -> list[str]:
        """The actors a collective stands for; in a report that has told an agreement signed by that many (签署…协议。
        …共建X中心及Y中心；双方还将…), a bare 双方 is its signatories, not the last bodies named, which may be
        what they build; a collective of sides (双方) counting fewer than the signatories is all of them: a side may
        be several bodies (A联合B与C签订…协议。…双方将…: two sides, three parties)."""
        count = self.parties.words.collectives.of(word).count
        text = self.context[0][0]
        if self.parties.compound_start(text, at) == at:
            for signing in (self.signatories, self._signed_together()):
                if counts(len(signing), count) or word.endswith(SIDE) and 1 < count < len(signing):
                    return list(signing)
            met = next((sides for at, sides in reversed(self.met) if at <= self.index), [])
            if counts(len(met), count):  # 甲拜访乙…。双方表示，将…: the two who met
                return met
        return self.parties.resolve(word, self.context, at)

    def _sides_say(self, text: str, mentions: list[Located], start: int, cue: int) -> list[str]:
        """甲局长张三会见了乙校长李四，双方就…交换了意见，表示将…: a verb of speech that opens its clause right before
        the cue goes on with the subject of the nearest clause before it in the narration; when a collective (双方,
        两国) opens that one, the sides say the words and each pledges — not the body of the person the sentence
        opened with. A collective inside someone's words (甲表示，双方合作…，将…) is no sayer: his words are his
        body's."""
        said = list(re.finditer(self.speech, text[start:cue]))
        if not said or text[start + said[-1].end():cue].strip(" ，,：:"):
            return []
        verb = start + said[-1].start()
        clause = max(start, clause_bounds(text, verb)[0])
        if self.rules.lead.sub("", text[clause:verb]).strip() or re.search(self.speech, text[start:clause]):
            return []
        opening = [c for c in self.parties.collective.finditer(text, start, clause)
                   if self._opens_clause(text, start, self.parties.compound_start(text, c.start()))]
        if not opening or any(opening[-1].start() < m.start and self._opens_clause(text, start, m.start)
                              for m in actors(mentions, text, opening[-1].end(), clause)):
            return []
        return self._collective(opening[-1].group(0), opening[-1].start())

    def _signed_together(self) -> list[str]:
        """The parties of every agreement first told in the passage of the last one: 甲分别与乙、丙签订…。三方将…
        counts the sides of both instruments."""
        last = next((at for at, _ in reversed(self.signed) if at <= self.index), None)
        return list(dict.fromkeys(p for at, parties in self.signed if at == last for p in parties))

    def _foretells(self, text: str, cue: int) -> bool:
        """将 followed by a word of effect (将使, 将有助于, 此举将有效…, 将为香港带来…, 将对…产生影响): what will
        come of something."""
        return text.startswith(WILL, cue) and (text[cue + 1:].startswith(self.rules.effects)
                                               or self.rules.benefit.match(text, cue + 1) is not None
                                               or self.impact.match(text, cue + 1) is not None)

    def _he_says(self, text: str, start: int, said: int) -> list[str]:
        """他表示，将…: a pronoun that opens the sentence before its verb of speech is the speaker the text told last
        (SpeakersWords._told_speaker), and a clause of no subject after it is that speaker's organisation's."""
        opening = self.rules.unsaid(self.rules.lead.sub("", text[start:said]).rstrip("，,：: ")).strip()
        told = self._told_speaker(start, pronoun=True) if opening in self.rules.he else None
        affiliation = affiliation_of(told, self.facts, self.gazetteer) if told else None
        return [f"org/{affiliation}"] if affiliation else []

    def _of_nobody(self, words: str, bare: str) -> bool:
        """The subject ``words`` (``bare`` without its adverbs) is no collective (双方), no side (中方) and no word that
        refers to a body (学校, 我局): a thing's, if anything, as 保护体系 is."""
        unsaid = self.rules.lead.sub("", self.rules.unsaid(bare))
        return not (self.parties.collective.search(words) or self.parties.side(unsaid) or self.parties.sides(unsaid)
                    or self.parties.referring(unsaid))

    def _possessed(self, text: str, mentions: list[Located], start: int, cue: int) -> bool:
        """与国家知识产权局的合作将会更加…: the subject is a relation with the actor named in it (与, then the actor,
        then 的 and a noun that is no name) — that actor is a counterpart and pledges nothing there (but 产权组织的
        工作将…, the work of the actor, is its pledge)."""
        named = [m for m in actors(mentions, text, start, cue) if text.rfind("》", m.end, cue) < 0]
        possessive = text.rfind("的", start, cue)
        if not named or possessive < named[-1].end or possessive == cue - 1:  # …的承诺: a commitment held (_owned)
            return False
        if not text[:named[-1].start].endswith(self.rules.with_words):
            return False
        rest = text[possessive + 1:cue]
        return not (self.parties.name(rest) or self.parties.referring(rest) or self.parties.collective.search(rest))

    def _sayer(self, text: str, start: int, said: int, mentions: list[Located]) -> list[str]:
        """Who says the words a subject-less clause goes on with (日方表示，愿…; 双方表示，将…): a side, a
        collective or the actor right before the verb of speech that ends at ``said``, or before its delegation
        (巴西代表团表示，将…: a committee report's way of naming who speaks)."""
        verb = re.search(f"(?:{self.speech})[，,：:]$", text[start:said])
        end = start + verb.start() if verb else said
        clause = clause_bounds(text, end - 1)[0] if end > start else end
        collective = self.parties.collective.search(text, clause, end)
        if collective and self.rules.lead.sub("", text[collective.end():end]).strip() in ("", *self.rules.delegations):
            return self._collective(collective.group(0), collective.start())
        named = [m for m in actors(mentions, text, clause, end)
                 if text[m.end:end].strip() in ("", *self.rules.delegations)]  # 巴西代表团表示: Brazil says
        return self.parties.side(text[clause:end]) or [path_of(m) for m in named[-1:]] \
            or self._referring_sayer(text, mentions, clause, end)

    def _referring_sayer(self, text: str, mentions: list[Located], clause: int, end: int) -> list[str]:
        """该局相关负责人表示，将…; 该院有关负责人表示，将…: a word that refers back to a body (该局, 该院) and the
        one who speaks for it: the body named before with that head noun says the words."""
        words = self.rules.lead.sub("", text[clause:end]).strip()
        role = next((w for w in self._speakers_for if words.endswith(w) and len(words) > len(w)), None)
        noun = self.parties.referring(words[:-len(role)]) if role else None
        return self._referred(noun, mentions, text, clause, None) if noun else []

    @property
    def _speakers_for(self) -> tuple[str, ...]:
        """The delegations and roles that speak for a body (代表团, 相关负责人), longest first."""
        return tuple(sorted(self.rules.delegations, key=len, reverse=True))

    def _referred(self, noun: str, mentions: list[Located], text: str, before: int, who: Speaker | None) -> list[str]:
        """Who 学校/我方 before a cue is: a speaker's organisation, else the last named with that ending (no author:
        in passages before too, 澳门海关…。海关将…), else the author's one unit of it (秘书处), or the author."""
        if who is not None and who.organisation:
            return [f"org/{who.organisation}"]
        behind = [] if self.author else [(t, m, len(t)) for t, m in self.context[1:]]
        for said, known, end in [(text, mentions, before), *behind]:
            named = [m for m in actors(known, said, 0, end, (ORG,)) if said[m.start:m.end].endswith(noun)]
            if named:
                return [path_of(named[-1])]
        units = [key for key, org in self.gazetteer.organisations.items()
                 if org.parent in self.author and org.name_zh.endswith(noun)]
        return [f"org/{units[0]}"] if len(units) == 1 else self._region_government(noun)

    def _authors_plan(self, text: str, cue: int, words: str, subject: str) -> bool:
        """No actor named: the report's author plans it when the clause has no subject and 将 reads as "will"
        (将于, 将继续 …, or 后续将…), or when its subject is the author's own work or occasion (该项目, 第四阶段,
        本届会议; never a named instrument: 新修订的《…》将于…施行) and 将 does not foretell an effect (将有效…)."""
        effect = self._foretells(text, cue)
        will = text.startswith(WILL, cue) and not effect
        if subject:  # 本届会议将审议…, …项目以及时尚对话致力于…; but 此举将有效… foretells an effect
            return (will and subject.startswith(self.rules.own) and "《" not in subject
                    or not effect and subject.endswith(self.rules.work))
        return will and (words.lstrip().startswith(self.rules.later) or text[cue + 1:].startswith(self.rules.future))
