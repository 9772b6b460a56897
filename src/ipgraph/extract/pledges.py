"""Passages → pledges: what an actor says it will do, kept apart from what happened.

One rule, ``pledge-cue``: a clause with a forward-looking cue
(knowledge/commitments/pledge_words.tsv: 将, 承诺, 致力于, 愿 …) starts a pledge
that runs to the next cue or the end of its ；-segment. Segments after it in
the sentence, and sentences that go on with it (同时, 一是 …), are pledges
too. 将 that marks an object (将企业标准转换为…) or qualifies a noun (即将举办的博览会) is no cue; a wish
(希望, 期待) ends the pledge before it but is none itself, nor are the segments after it, even in a speaker's
words: hoping is no commitment to act (eval/SCHEMA.md), least of all a hope for what others do
(希望双方…). 将 that foretells an effect or an outcome (将使…受益, 将有…) said of nobody is no pledge.

Who pledges, in the clause of the cue: nobody when the subject is a relation with an actor (与A的合作将…) or one
the sides only qualify (三方合作…并将推动…, 中美合作将…);
我们 in a speaker's words is whom that speaker pledged for last (in a passage that opens with no speaker, 我们 and
他/她 are the speaker the text last told: SpeakersWords._told_speaker); else the actor named right in front of it
(产权组织承诺…; in a speaker's words, the speaker's own unit when it is part of that actor), or the organisation
of a person named there (邓鸿森将…); a collective there (双方将, 中欧双方, 金砖五国将; 各方, every side of the last
list; a bare 双方 after a signing is its signatories, after a talk the two who met) is each actor it counts, one
pledge each; a side (日方, 欧方: an abbreviation and 方) is its country or union;
a word that only refers (学校, 办事处, 我方) is the speaker's organisation or the one named before with that
ending, else the author's unit of that name (秘书处) or the author (委员会决定…); a first person's place (我省, 本市)
is the one place of that level the report names, and a body whose founding opens the sentence (该中心成立后，将…)
goes on as the subject (``pledge_home.py``); a name the mention stage missed
(广东法院将…), or 成员国, is a new organisation; a clause with no subject after a pledge of its sentence (…，并将…) is
the same actor's; else the speaker's organisation (read only after the verb of speech, or from 机构+职务+姓名表示
when the person is not known); else the actor that opens the clause or, when the clause has no subject, the actor or
collective that opens the sentence, or the one who says the words (日方表示，愿…; 双方表示，将…; 智利代表团表示，将…:
its delegation speaks for it), or the words of a speaker not known as a person
(世界知识产权组织高度赞赏…，愿继续…; 三地海关同意…，承诺…; X表示，中方…，愿…); else, when no
actor is named at all (该项目将…, 本届会议将审议…, 后续将…), the report's author, whose work the report
tells, unless 将 foretells an effect (此举将有效…; 必将… is no cue at all); bodies of a kind the text names none
of (全市各级市场监管部门将…) are the organisation the report names first.
A list announced under a cue (下一步将做好三方面工作：一是…；二是…；三是…) is a programme: every item is a pledge; a
bare clause after a hope (期待…，将…) is more of the hope, unless 同时 turns from it (期待…，同时，将…); a segment
after ； opened by a verb of saying (並指) reports, and a cue in a headline glued in front of its dateline is the body
told in short.
A paragraph may report its speakers in turn (甲指出，…。乙表示，将…): a sentence that opens with another speaker
hands the words after it to that speaker.
A planned event is a pledge of the body that will hold it (X局将于明年举办…, 将定期开展…对接活动: the actor's own
future action, eval/SCHEMA.md) and never an event: the event extractor skips sentences that look forward; an
occasion told only as taking place (论坛将于9月在北京举行。) names nobody who acts (``PledgeRules.itinerary``), unless
it is the next numbered session of a body told before (第11次会议将于明年举行). A clause that is a bare verb of
speech after a clause a collective opens (双方就…交换了意见，表示将…) is the sides' words, whoever the sentence
opened with. What the words of a subject stand for (no actor, the
author's plan, a collective, who says the words, a word that refers back) is read in ``pledge_actors.py``; a
subject that names its actors as a group (包括中国在内的各方, a region: 长三角地区 when nobody speaks for a body of
it), a clause with no subject after an agreement's terms (协议明确，将…: its parties) and a sentence joined to the
pledge before it (并将…, 此外，还将…: the same actors) in ``pledge_groups.py``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from ipgraph.extract.agreement_fact import AgreementFact
from ipgraph.extract.agreement_rules import load_rules as agreement_rules
from ipgraph.extract.events.model import EventFact
from ipgraph.extract.parties import PartyReader
from ipgraph.extract.pledge_actors import ActorWords
from ipgraph.extract.pledge_events import held_by, launched_by, meetings_told
from ipgraph.extract.pledge_forecasts import (
    foretold_state,
    load_impacts,
    load_states,
    load_together,
    load_undergo,
    of_another_state,
    undergoes,
)
from ipgraph.extract.pledge_groups import group_words, region_actors
from ipgraph.extract.pledge_home import founded_head, founding_subject, home_place
from ipgraph.extract.pledge_names import named_subject
from ipgraph.extract.pledge_places import own_body
from ipgraph.extract.pledge_rules import load_rules
from ipgraph.extract.pledge_spans import Span
from ipgraph.extract.pledge_subjects import SIDES
from ipgraph.extract.pledge_titles import untitled
from ipgraph.extract.pledge_transcripts import Transcript
from ipgraph.extract.report_facts import Located, ReportFacts
from ipgraph.extract.statements import (
    PassagesBehind,
    Speaker,
    Statement,
    actors,
    affiliation_of,
    omitted_subject,
    path_of,
    runs,
    speaking_unit,
    state_of,
)
from ipgraph.ingest.header import header_lines
from ipgraph.ingest.passages import HEADING, Passage
from ipgraph.knowledge.gazetteer import PERSON, TREATY
from ipgraph.zh.grammar import (
    ITEM_MARK,
    QUESTION_ENDS,
    before_quotation_closes,
    clause_bounds,
    sentences,
)

_ITEM = re.compile(ITEM_MARK)

PLEDGE_RULES = {
    "pledge-cue": ("pledge from a forward-looking cue", "前瞻性用语表示的承诺",
                   "A clause with a cue of knowledge/commitments/pledge_words.tsv (将, 承诺, 致力于 …), "
                   "by a speaker or a named actor."),
}

_LABEL_CHARS = 60
_DATED = ("将于", "将於")
"""A cue that goes on to the time of the act: a plan dated (双方合作将于明年启动…), not a relation's outcome."""
_ALIAS = re.compile(r"[（(][^（）()]{1,30}[)）]")
"""A bracket after a name, its other name (东莞市市场监督局(知识产权局)将…): no distance between name and cue."""


@dataclass
class PledgeFact(Statement):
    """One forward-looking statement and who makes it; its subject is the statement as printed."""

    RULE: ClassVar[str] = "pledge-cue"
    subject: str
    actor: str
    speaker: str | None = None

    @property
    def label(self) -> str:
        return self.subject if len(self.subject) <= _LABEL_CHARS else self.subject[:_LABEL_CHARS - 1] + "…"

    @property
    def identity(self) -> str:
        return f"{self.actor}|{''.join(self.quote.split())}"


class _ReportPledges(ActorWords):
    def __init__(self, facts: ReportFacts, author: tuple[str, ...], data_dir: Path,
                 agreements: Sequence[AgreementFact] = (), events: Sequence[EventFact] = ()) -> None:
        super().__init__(facts, author, None, data_dir)
        self.agreements = agreements
        self.events = events
        """The report's events: a subject that names one (本次活动将…) is its organisers'."""
        self.signing = agreement_rules(data_dir).signing
        """A signing told in an agreement's words: one named in passing (回顾了《A与B备忘录》) signs nobody here."""
        self.groups = group_words(data_dir, tuple(agreement_rules(data_dir).nouns))
        """Subjects that name a group (长三角地区, 包括中国在内的各方), an agreement's terms, joining words."""
        self.signatories: list[str] = []
        """The parties of the last agreement the report has told by the passage being read."""
        self.signed: list[tuple[int, list[str]]] = []
        """Each agreement signed in the report: the index of the passage that first tells it, and its parties."""
        self.met: list[tuple[int, list[str]]] = []
        """Each meeting of two sides or more the report tells: the passage that first tells it, and its sides."""
        self.index = 0
        self.rules = load_rules(data_dir)
        self.states, self.impact, self.together = load_states(data_dir), load_impacts(data_dir), load_together(data_dir)
        self.undergo = load_undergo(data_dir)
        self.parties = PartyReader(facts, data_dir)
        self.context: Sequence[tuple[str, list[Located]]] = []
        self.told = ""
        """The passage's text before the sentence being read."""
        self.dateline = header_lines(data_dir).dateline
        self.spoke_for: dict[str, list[str]] = {}
        self.transcript = Transcript(self.rules, facts, self.gazetteer, data_dir)
        self.words_at = 0
        self.listing: list[str] = []
        """The actors of a list of pledges whose next item may open the next passage (二是…)."""
        """Where the words of the passage being read begin: after a wire dateline and its byline (wire_lead)."""
        """Each speaker's last pledging actors: who their 我们 is (中国政府将…。…我们将…)."""

    def run(self, passages: list[Passage]) -> list[PledgeFact]:
        found: dict[str, PledgeFact] = {}
        order = {passage.slug: index for index, passage in enumerate(passages)}
        told = sorted((min(order.get(s, len(passages)) for s in a.passages), a.parties + a.inferred)
                      for a in self.agreements if a.passages and self.signing.search(a.quote) and not a.unnamed)
        self.signed = told
        self.met = meetings_told(self.events, order)
        self.transcript.begin(passages)
        for index, passage in enumerate(passages):
            self.signatories = next((parties for at, parties in reversed(told) if at <= index), [])
            self.index = index
            if passage.kind == HEADING:
                self.transcript.ended()
                self.listing = []
                continue
            if self.rules.asked.match(passage.text):
                self.transcript.asked(passages, index)
                continue  # 问：…, 记者：…: a journalist's question pledges nothing, whoever it tells of
            item = self.listing if self.listing and passage.text.lstrip().startswith(self.rules.continues) else []
            if not (item or self.rules.cued.search(passage.text) or self.rules.agree.search(passage.text)):
                self.transcript.speaker(passage, None)  # 答：… with no cue still opens an answer
                if self.listing and not self.rules.announces_list(passage.text):
                    self.listing = []  # 主要开展七方面工作。 alone in its paragraph: the items follow it
                continue
            self.words_at, mentions = self._without_outlet(passage.text, self.facts.located.get(passage.slug, []))
            self.context = PassagesBehind(passages, self.facts, index, (passage.text, mentions))
            who = self.transcript.speaker(passage, self.speaker(passage))
            for pledge in self._pledges(passage, mentions, who, item):
                pledge.passages.append(passage.slug)
                found.setdefault(pledge.identity, pledge)
        return untitled(list(found.values()), passages)

    def _pledges(self, passage: Passage, mentions: list[Located], who: Speaker | None,
                 item: list[str]) -> list[PledgeFact]:
        """The pledges of a passage; ``item``, the actors of a list of pledges that runs into it (a passage that
        opens with its next item: 二是…), go on in its first sentence; ``listing`` is left to the list that runs
        on past it: the pledge its last sentence makes or announces the items of (…将…。主要开展七方面工作。), or
        the list its items continue."""
        text = passage.text
        begin = 0 if item else who.words_start if who else 0
        pledges: list[PledgeFact] = []
        going_on: list[str] = item
        self.listing = item
        recent = 0
        """Where the pledges of the sentence before begin: they and this one's are what 该论坛将于… tells more of."""
        handed, person = self._handed(text, mentions, who, begin), who
        own = self._own_sentence(text, begin) if who and not item else 0
        begin = min(begin, handed)  # 甲会见了乙。双方表示，将…: the sides' sentence is read whole, as theirs
        told = [(o, s) for o, s in sentences(text[:own]) if o >= self.words_at] if own else []
        for offset, sentence in [*told, *((o + begin, s) for o, s in sentences(text[begin:]))]:
            who = person if own <= offset < handed else None  # …。双方表示，将…: the sides speak, not the person
            if sentence.rstrip("”」』\"） ").endswith(QUESTION_ENDS):
                going_on = []
                continue  # 是否将邀请…访华？: a question asks what will be done, it commits nobody
            continued = bool(going_on) and sentence.lstrip().startswith(self.rules.continues)
            if continued:
                opening = self._opening(sentence)
                spans = [Span(0, len(sentence.rstrip("。")), opening, opening)]
            else:
                self.told = text[:offset]
                spans = self._spans(sentence)
            pledged: list[str] = going_on if continued else []
            said, elaborating, wished = len(pledges), False, False
            for span in spans:
                wished = sentence.startswith(self.rules.wishes, span.cue_start) \
                    or wished and (self._bare(sentence, span)  # 期待双方…，将合作推向新高度: the hope goes on
                                   or sentence[clause_bounds(sentence, span.cue_start)[0]:span.cue_start].strip(" ，,")
                                   in self.together)  # 期待双方…，共同将…
                effect = self._foretells(sentence, span.cue_start) or self.rules.judged(sentence, span.cue_start)
                if wished or effect and self._goes_on(sentence, span) or self._headline(sentence, span.cue_start):
                    continue  # a hope; …，将有一系列安排: what will come, said of nobody
                start = self._spoken(text, mentions, offset + span.start, offset + span.cue_start)  # not 甲表示
                start = self.words_at if start < self.words_at <= offset + span.cue_start else start  # no dateline
                founded = founding_subject(text, offset, start, self.knowledge)
                start = founded[0] if founded else start  # 该中心成立后，将…: the founding is told with the pledge
                quote = before_quotation_closes(text[start:offset + span.end]).strip("，。；： ")
                if not continued and (self._elaborates(sentence, span, [p.quote for p in pledges[recent:]])
                                      or elaborating and self._goes_on(sentence, span)):
                    elaborating, pledged = True, []  # 该论坛将于…举行，届时将…: when and where of the pledge before
                    continue
                elaborating = False
                if not continued and not pledged and going_on and not pledges[said:] \
                        and self.groups.joined(sentence[:span.cue_start]):
                    pledged = going_on  # …将建立协作机制。并将建立…: the actors of the pledge before go on
                elif not continued and not (pledged and self._goes_on(sentence, span)):
                    pledged = self._actors(passage, mentions, offset, sentence, span, who)
                    if who and of_another_state(pledged, who.organisation, self.gazetteer):
                        pledged = []  # 邓鸿森表示，中国将…发挥越来越重要的作用: his forecast, not China's pledge
                    pledged = own_body(pledged, self.rules.places, [who.organisation if who else None, *self._officials(
                        mentions, offset + span.cue_start)], self.facts, self.gazetteer)  # 甲局长表示，北京将…
                if who and who.person and pledged:
                    self.spoke_for[who.person] = pledged
                for actor in pledged:
                    pledges.append(PledgeFact(quote, actor, who.person if who else None, quote=quote,
                                              confidence=0.7 if who else 0.6))
            if not spans and going_on and self.rules.announces_list(sentence):
                continue  # …将锚定目标。主要开展七方面工作。一是…: the items go on with the pledge
            going_on, recent = (pledged if spans else []), said
            self.listing = going_on or (self.listing if item else [])
        return pledges

    def _grouped(self, text: str, mentions: list[Located], at: tuple[int, int, int]) -> list[str]:
        """The actors a group subject names (``pledge_groups``): the members named inside it (包括中国在内的各缔约方),
        or, for a clause with no subject after an agreement's terms (协议明确，将…), the parties of the agreement
        told last (a region, 长三角地区将…, is read last of all: a speaker's body of it comes first)."""
        offset, clause_start, cue = at
        words = text[clause_start:cue]
        members = self.groups.members(words)
        if members:
            return [path_of(m) for m in actors(mentions, text, clause_start + members[0], clause_start + members[1])]
        subject = self.rules.without_adverbs(self.rules.lead.sub("", self.rules.unsaid(words)))
        if subject.strip() or not self.groups.of_terms(text[max(offset, self.words_at):clause_start]):
            return []
        return self._signed_together() or list(self.signatories)

    def _founded(self, text: str, mentions: list[Located], span: tuple[int, int], slug: str) -> list[str]:
        """Who the words of a founding clause (``pledge_home.founding_subject``) name: the actors printed there
        (each of a run), else the body named before that a pointing noun or a short form points back to (该中心,
        工作站), else a name the mention stage missed; a thing (项目落地后) names nobody."""
        start, end = span
        named = actors(mentions, text, start, end)
        if named and self._opens(text, start, named[0].start):
            return [path_of(m) for m in runs(named, text, SIDES)[0]]
        words = self.rules.lead.sub("", text[start:end]).strip()
        listed = named_subject(words, text, (start, end), mentions, self.context, self.parties)
        noun = self.parties.referring(words)
        if listed or noun:
            return listed or self._referred(noun or "", mentions, text, start, None)
        name = self.parties.name(words)
        return [self.parties.new_party(name, slug)] if name == words else []

    def _officials(self, mentions: list[Located], cue: int) -> list[str | None]:
        """The organisations of the people named before ``cue`` in the passage, nearest first."""
        return [affiliation_of(m.key, self.facts, self.gazetteer) for m in reversed(mentions)
                if m.kind == PERSON and m.end <= cue]

    def _own_sentence(self, text: str, words: int) -> int:
        """Where the sentence whose verb of speech opens a speaker's words begins: the sentences before it (X将于明年
        举办…。甲表示，…) are the narrator's, read without him, not skipped as the words before his."""
        return max((o for o, _ in sentences(text[:words]) if o < words), default=0)

    def _headline(self, sentence: str, cue: int) -> bool:
        """…开幕 X将推出新制度 新华社香港12月5日电(记者…)…: a cue in front of a dateline stands in the headline that a
        copy glued to the item's first sentence, which tells in short what the body tells in full."""
        return "日" in sentence[cue:] \
            and any(self.dateline.search(sentence, 0, end) for end in range(cue + 1, len(sentence) + 1))

    def _actors(self, passage: Passage, mentions: list[Located], offset: int, sentence: str, span: Span,
                who: Speaker | None) -> list[str]:
        """Who makes a pledge: see the module's docstring, in that order. A name that goes on past the actor in
        front of the cue (香港海關将: 香港 is a place in it) is that name, not the actor."""
        text = passage.text
        cue = offset + span.cue_start
        clause_start = self._spoken(text, mentions, offset + clause_bounds(sentence, span.cue_start)[0], cue)
        if clause_start < self.words_at <= cue:  # 新华社…电（记者…）甲将…: the dateline and byline are the outlet's
            clause_start = self.words_at
        mark = _ITEM.match(text, clause_start, cue)  # 二、泰方将…: the item's mark is no word of its subject
        clause_start = mark.end() if mark else clause_start
        if text[cue - 1:cue] != "的":
            cue = self._taker(text, clause_start, cue) or cue
        words = text[clause_start:cue]
        grouped = self._grouped(text, mentions, (offset, clause_start, cue))
        if grouped:  # 长三角地区将…, 包括中国在内的各方将…, 协议明确，将…
            return grouped
        head = founded_head(words, self.knowledge)
        if head:  # 联盟成立后将…: the body whose founding opens the clause
            return self._founded(text, mentions, (clause_start, clause_start + head), passage.slug)
        if self._possessed(text, mentions, clause_start, cue) or self._foretells(text, cue) and "的" in words[:-1] \
                or self.rules.acts.search(words) or self._thing(text, mentions, clause_start, cue) \
                or self._relation(words) and not text.startswith(_DATED, cue) \
                or self._deal(text, mentions, offset, clause_start, cue) \
                or self.rules.laid_down.search(text, offset, cue) \
                or undergoes(text, cue, self.undergo):  # 印发《…方案》，明确将…: what the document says; 将被…
            return []  # 双方备忘录的签署将使…, 联盟的成立将…: an effect of a thing (…的N), not an act of whose it is
        we = self._we(words, who, clause_start)
        if we:
            return we
        subject = self.rules.without_adverbs(self.rules.lead.sub("", self.rules.unsaid(words)))
        listed = named_subject(subject, text, (clause_start, cue), mentions, self.context, self.parties)
        if listed:  # 该中心和实验室将…, 高智公司未来也将…: items that point back to bodies named before
            return listed
        bare = self.rules.before_adverbs(words, self.rules.bodies)  # 海关日后会继续…: 海关
        name = self.parties.name(bare) if words.strip() else None
        before = [m for m in actors(mentions, text, clause_start, cue) if len(_ALIAS.sub("", text[m.end:cue])) <= 4]
        if before and not (name and not name.endswith(text[before[-1].start:before[-1].end])):
            run = next(r for r in runs(actors(mentions, text, clause_start, cue), text, SIDES) if before[-1] in r)
            return [speaking_unit(path_of(m), who, self.gazetteer) for m in run]  # A与B将…, 中国、巴西…和南非将…
        he = self.rules.unsaid(words).strip() in self.rules.he  # …女士…，她表示将…
        if not he and not any(clause_start <= m.start < cue for m in mentions) and self._of_nobody(words, bare) \
                and foretold_state(subject, text, cue, self.rules.things, self.states):
            return []  # 知识产权保护将更加严格, 保护体系将更加完善: a state foretold of a thing
        person = [m for m in mentions if m.kind == PERSON and (clause_start <= m.start and 0 <= cue - m.end <= 4
                                                                or he and offset <= m.start and m.end <= clause_start)]
        told = person[-1].key if person else self._told_speaker(clause_start, pronoun=True) if he else None
        affiliation = affiliation_of(told, self.facts, self.gazetteer) if told else None
        if affiliation or he and told:  # 他/她: the person named last in the sentence, else told before (…。他表示将…)
            return [f"org/{affiliation}"] if affiliation else []
        collective = list(self.parties.collective.finditer(words))
        if collective:
            return self._collective(collective[-1].group(0), clause_start + collective[-1].start())
        holder = actors(mentions, text, clause_start, cue)
        if holder and self._owned(text, cue):  # 支持中国实现…的承诺: the commitment of the actor named last before it
            return [path_of(holder[-1])]
        unsaid = self.rules.unsaid(bare)  # 韩方表示将…, 秘书处表示将…: who speaks
        side = self.parties.side(self.rules.lead.sub("", unsaid)) or ([] if who and who.organisation else
                                                                    self.parties.sides(self.rules.lead.sub("", unsaid)))
        if side:  # 日方将…, 欧方愿…; 另中欧将… told, not said (a speaker's 中美共同致力于… commits the speaker's body)
            return side
        noun = self.parties.referring(self.rules.lead.sub("", unsaid))  # 今年该局将…: the time is no part of it
        if noun:
            return self._referred(noun, mentions, text, clause_start, who)
        home = home_place(unsaid, (t for t, _ in self.context), self.gazetteer, self.knowledge)
        if home:  # 我省将…: the one province the report names
            return [self.parties.new_party(home, passage.slug)]
        named = [name] if name else self.rules.acting_places(unsaid) \
            or self.rules.acting_places(self.rules.without_adverbs(unsaid))  # 福州将…, 襄州区还将…: a place that acts
        if named:
            return [self.parties.new_party(n, passage.slug) for n in named]
        body = [m for m in actors(mentions, text, clause_start, cue, (TREATY,)) if not text[m.end:cue].strip("》 ")]
        if body and body[-1].key in self.rules.treaty_bodies:  # 《联合国气候变化框架公约》致力于…: its secretariat
            return [f"org/{self.rules.treaty_bodies[body[-1].key]}"]
        if self._foretells(text, cue):  # …平台，将使更多公众受益: an effect, whoever speaks
            return []
        subject = self.rules.unsaid(self.rules.lead.sub("", words)).strip()
        if who is not None and who.organisation:  # 中国…，致力于…: the country a speaker's sentence is about pledges
            sentence_start = max(self._own_sentence(text, cue), self.words_at)  # before the speaker's words too
            return (not subject and (self._sides_say(text, mentions, sentence_start, cue)
                                     or self._topic(text, mentions, offset, clause_start))) \
                or [f"org/{who.organisation}"]
        opening = [m for m in actors(mentions, text, clause_start, cue) if self._opens(text, clause_start, m.start)]
        if opening:
            return [path_of(opening[0])]
        if not subject:  # …，表示将…: a verb of speech alone is no subject
            said, sentence_start = self._after_speech(text, offset, cue), offset
            sayer = (self._sayer(text, offset, said, mentions) or self._he_says(text, offset, said)) \
                if said > offset else []
            if sayer:
                return sayer
            offset = max(said, self.words_at)  # the sentence's words, after a wire dateline opening it
            if self.signing.search(text, offset, clause_start) and self.signed and self.signed[-1][0] == self.index:
                return self._signed_together()  # A与B签署…协议，承诺将…: the signatories go on as the subject
            sentence_opening = [m for m in actors(mentions, text, offset, cue) if self._opens(text, offset, m.start)]
            if sentence_opening:
                run = runs(actors(mentions, text, sentence_opening[0].start, cue), text, SIDES)[0]
                return [path_of(m) for m in run]
            opening_collective = next((c for c in self.parties.collective.finditer(text, offset, cue)
                                       if self._opens_clause(text, offset,
                                                             self.parties.compound_start(text, c.start()))), None)
            if opening_collective:
                return self._collective(opening_collective.group(0), opening_collective.start())
            opening_side = self.parties.opening_side(self.rules.lead.sub("", text[offset:clause_start]))
            if opening_side:  # 默茨表示，德方重视…，愿…: the side the words open with
                return opening_side
            about = self._words_about(text, mentions, who, (offset, clause_start), said, passage.slug)
            if about:  # 陈通表示，上海市高度重视…。下一步，将…: the actor the speaker's words are about
                return about
            speaking = self._person_says(text, sentence_start, said, mentions) if said > sentence_start else []
            if speaking:  # …，局长申长雨今日在论坛上表示，…将…: the organisation of who speaks
                return speaking
            state = state_of(who.person, self.facts) if who and who.person and not who.organisation else None
            if state:  # 施雷斯塔高度评价…，表示愿…: a speaker tied to a state alone speaks for it
                return [f"country/{state}"]
            chained = self._chained(text, mentions, offset, clause_start)
            if chained:  # …，河东区通过签署…协议，将开展…: the subject of the nearest clause that has one
                return chained
            founded = founding_subject(text, offset, clause_start, self.knowledge)
            if founded:  # 该中心成立后，将…: the body whose founding the sentence opens with
                return self._founded(text, mentions, founded, passage.slug)
        divisions = self.groups.divisions(self.rules.without_adverbs(subject))
        if divisions:  # 长三角地区将…: a region nobody speaks for
            return region_actors(divisions, self.groups, self.context, clause_start,
                                 lambda key: self.facts.kind_of(key, self.gazetteer),
                                 lambda name: self.parties.new_party(name, passage.slug))
        held = held_by(self.rules.without_adverbs(subject), self.events, self.rules.own) \
            or launched_by(subject, self.context)
        if held:  # 本次宣传周活动将同时开展…: those who hold it
            return held
        return omitted_subject(None, self.author) if self._authors_plan(text, cue, words, subject) \
            else self._report_body() if self.rules.unnamed_bodies(subject) else []

def extract_pledges(passages: list[Passage], facts: ReportFacts, author: tuple[str, ...],
                    data_dir: Path, agreements: Sequence[AgreementFact] = (),
                    events: Sequence[EventFact] = ()) -> list[PledgeFact]:
    """Every forward-looking statement with the actor who makes it (one pledge per actor of a collective)."""
    return _ReportPledges(facts, author, data_dir, agreements, events).run(passages)
