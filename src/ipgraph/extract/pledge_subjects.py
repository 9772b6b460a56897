"""Whom the clauses of a speaker's words are about, for the pledge reader: 我们 (whom the speaker pledged for last),
where the words of a speaker the people stage did not know begin, and the subject a clause without one goes on with
(the nearest clause before it in its sentence that opens with an actor: …，中方希望…，同时，将与日方…; the actor a
speaker's words open with: …表示，上海市…。下一步，将…), and who holds a commitment named as a noun. Kept apart from
``pledges.py`` so the reading of a pledge stays short."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.parties import PartyReader
from ipgraph.extract.pledge_rules import PledgeRules
from ipgraph.extract.pledge_transcripts import Transcript
from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import (
    WORD_CHARS,
    PassagesBehind,
    ReportReader,
    Speaker,
    actors,
    affiliation_of,
    no_subject,
    omitted_subject,
    path_of,
    runs,
    state_of,
)
from ipgraph.ingest.dateline import wire_lead
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON, read_tsv
from ipgraph.zh.grammar import NAME_BREAKS, between_names, clause_bounds, sentences

_ROLE = re.compile(r"^\^?由?X([^…X的。，,]+)$")
"""A pattern of roles.tsv that is a body and its verb alone (X承办, 由X协办)."""
_NOUNS = re.compile(r"[\u4e00-\u9fff]{2,}")
"""What a thing of an actor's is printed with: ideographs only, two at least (注册量, 运营行业)."""
SIDES = between_names(with_=True)
"""What joins the actors who pledge together (A与B将…, A、B和C共同承诺; 中国和新加坡都…，愿…)."""
_LINKS = ("之间的", "之间", "間的", "间的", "間", "间", "的")
"""What may join a collective to the noun it qualifies (双方之间的合作, 两国间的关系, 双方的合作)."""
_SPEAKER_PASSAGES = 3
"""How far back, its own passage first, a pronoun looks for its speaker: a speaker's words run over a paragraph or
two of quotation (徐兵说，…。¶“…”。¶“我们还将…”) and are not taken up again further on."""
_BREAK = re.compile(r"[，,；;：:。]")
"""A clause break: a body and a title in front of a name run to it without one."""
_PLACE = 10
"""The most characters a place that acts has (新疆维吾尔自治区, 广西壮族自治区)."""
_JOINERS = ("、", "和", "与", "與", "及", "同")
"""What joins a place to the next item of a list."""
_WHERE_SAID = re.compile(r"在[^，,；;：:。]{1,8}?[上中]")
"""Where a person says his words, between his name and the verb of speech (在会上, 在致辞中)."""


@lru_cache(maxsize=4)
def occasion_roles(data_dir: Path) -> frozenset[str]:
    """The verbs after a body that give it a role in an occasion (knowledge/events/roles.tsv, X承办, 由X协办: 承办,
    协办): a clause of a body and one of these tells who holds the occasion, not what the body does next."""
    rows = read_tsv(data_dir / "events" / "roles.tsv", ("role", "pattern"))
    return frozenset(m.group(1) for r in rows if (m := _ROLE.match(r["pattern"])))


class SpeakersWords(ReportReader):
    """The readings of a speaker's words that need the pledge rules and the party reader the pledge reader sets."""

    rules: PledgeRules
    parties: PartyReader
    spoke_for: dict[str, list[str]]
    transcript: Transcript
    author: tuple[str, ...]
    context: Sequence[tuple[str, list[Located]]]

    def _we(self, words: str, who: Speaker | None, at: int) -> list[str]:
        """我们将… in a speaker's words: whom the speaker last pledged for (中国政府将…。…我们将…). In a passage that
        opens with no speaker (a quotation that goes on from the paragraph before, 他说，…我们将…), the speaker is
        the one the text last told speaking (``_told_speaker``), and speaks for his organisation; 我 is the speaker,
        and one the text ties to a state alone speaks for it (作为新任驻巴西大使，我愿…)."""
        subject = self.rules.lead.sub("", words.lstrip("“「\"")).strip()
        we = next((w for w in self.rules.we if subject.startswith(w)), None)
        if we is None or self.rules.lead.sub("", subject[len(we):]).strip():
            return []
        if who is not None and who.person is None:  # an answer of a transcript: the side asked
            return self.transcript.we(who)
        person = who.person if who is not None else self._told_speaker(at, pronoun=False)
        if not person:
            return []
        if who is not None:
            pledged = self.spoke_for.get(person, self.transcript.we(who))
        else:
            organisation = affiliation_of(person, self.facts, self.gazetteer)
            pledged = self.spoke_for.get(person, [f"org/{organisation}"] if organisation else [])
        state = None if pledged else state_of(person, self.facts)
        return pledged or ([f"country/{state}"] if state else [])  # 作为驻巴西大使，我愿…: the envoy's state

    def _handed(self, text: str, mentions: list[Located], who: Speaker | None, begin: int) -> int:
        """Where a person's words in his paragraph end: at a sentence (from his words' start on) that opens with a
        sayer of its own — a collective, a side, a body or a country — and a verb of speech (甲会见了乙。双方表示，
        将…; 甲对…表示欢迎。会谈中，双方认为…，双方将…): its words are that sayer's. Words with no sayer of their own
        run on as his (甲表示，…。合作文件签署后，双方将…). The sentence may hold the verb his words were taken to
        open after (甲会见了乙。双方表示，…): then it opens before them."""
        if who is None or who.person is None:
            return len(text)
        for offset, sentence in sentences(text):
            if offset + len(sentence) > begin and (self._opens_with_sayer(sentence, offset, mentions)
                                                   or self._another_says(sentence, offset, mentions, who.person)):
                return offset
        return len(text)

    def _opens_with_sayer(self, sentence: str, offset: int, mentions: list[Located]) -> bool:
        """Whether a sentence opens, after lead words (会谈中，, 此外), with a collective, a side or an actor, then a
        verb of speech, its delegation (双方代表表示) or adverbs (一致, 均) between."""
        at = self._past_lead(sentence, 0)
        collective = self.parties.collective.match(sentence, at)
        named = next((m.end - offset for m in mentions if m.kind in (ORG, COUNTRY) and m.start == offset + at), None)
        end = collective.end() if collective else named if named is not None \
            else at + 2 if self.parties.side(sentence[at:at + 2]) else None
        if end is None:
            return False
        end = self._past_lead(sentence, end)
        if sentence.startswith(self.rules.delegations, end):
            end = self._past_lead(sentence, end + next(len(w) for w in self.rules.delegations
                                                     if sentence.startswith(w, end)))
        return sentence.startswith(self.rules.says, end)

    def _another_says(self, sentence: str, offset: int, mentions: list[Located], person: str) -> bool:
        """Whether a sentence opens with another person, after his body and title only (乙表示，…; 泰国…厅厅长乙在会上
        指出，…), and a verb of speech: the words after it are his, not those of the speaker before (甲表示，中方愿…。
        乙表示，泰方将…: 泰方's pledge is no forecast of 甲's)."""
        at = offset + self._past_lead(sentence, 0)
        first = next((m for m in mentions if m.kind == PERSON and at <= m.start < offset + len(sentence)), None)
        if first is None or first.key == person or re.search(_BREAK, sentence[at - offset:first.start - offset]):
            return False
        end = self._past_lead(sentence, first.end - offset)
        where = _WHERE_SAID.match(sentence, end)  # 乙在会上表示, 乙在致辞中指出: where he says it
        return sentence.startswith(self.rules.says, where.end() if where else end)

    def _past_lead(self, sentence: str, at: int) -> int:
        """Where the words after opening quotation marks, lead words, adverbs and commas at ``at`` begin (the lead
        pattern matches everywhere, if only nothing)."""
        words = sentence[at:].lstrip("“「\"")
        lead = self.rules.lead.match(words)
        return len(sentence) - len(words) + (lead.end() if lead else 0)

    def _told_speaker(self, at: int, pronoun: bool) -> str | None:
        """Whom a pronoun before ``at`` in the passage being read stands for: reading back sentence by sentence
        (through the passage, then up to two passages before), the first person named in a sentence that goes on
        to a verb of speech after the name (徐兵说，…。¶“我们还将…”), or, for 他/她 (``pronoun``, or a sentence that
        opens with 他说), the first person named in the nearest sentence that names one: a pronoun takes up the
        subject of the sentence before, not whoever that sentence names last (苏树林代表省委，代表省委书记孙春兰…。
        他说…)."""
        speech = re.compile(self.speech)
        names = {str(node.details["name"]): key for (kind, key), node in self.facts.nodes.items()
                 if kind == PERSON and node.details.get("name")}
        for number, (text, mentions) in enumerate(self.context[:_SPEAKER_PASSAGES]):
            told = [(offset, sentence) for offset, sentence in sentences(text) if number or offset < at]
            for offset, sentence in reversed(told):
                named = sorted([(m.start - offset, m.end - offset, m.key) for m in mentions if m.kind == PERSON
                                and offset <= m.start < offset + len(sentence)]
                               + [(found, found + len(name), key) for name, key in names.items()
                                  if (found := sentence.find(name)) >= 0])
                if named and (pronoun or speech.search(sentence, named[0][1])):
                    return named[0][2]
                opening = self.rules.lead.sub("", sentence.lstrip("“「\" "))
                pronoun = pronoun or opening.startswith(self.rules.he) and bool(speech.match(opening, 1))
        return None

    def _after_speech(self, text: str, start: int, cue: int) -> int:
        """Where the words of a speaker the people stage did not know begin (…申长雨表示，中方…，愿…): the sentence
        a subject-less clause goes on with opens there."""
        said = list(re.finditer(f"(?:{self.speech})[，,：:]", text[start:cue]))
        return start + said[-1].end() if said else start

    def _spoken(self, text: str, mentions: list[Located], start: int, cue: int) -> int:
        """夏纳表示美方愿意…, 他指出中方将…, 并表示协会将…: a verb of speech with no comma after it, then a subject
        of its own (an actor, a side, a collective, 我们, a word that refers) before the cue: the clause of the pledge
        opens after the verb, and what stands before it is who speaks, not who pledges (without that subject,
        中方表示将…, the sayer pledges)."""
        said = list(re.finditer(self.speech, text[start:cue]))
        if not said:
            return start
        after = start + said[-1].end()
        rest = text[after:cue]
        named = actors(mentions, text, after, cue)
        if named and named[0].start == after or self.parties.side(rest[:2]) or rest.startswith(self.rules.we) \
                or self.parties.collective.match(text, after) or self.parties.referring(self.rules.unsaid(rest)):
            return after
        return start

    def _person_says(self, text: str, start: int, said: int, mentions: list[Located]) -> list[str]:
        """…贸易中心，国家知识产权局局长申长雨今日在论坛上表示，…未来将…: where the passage opened with no speaker, a
        clause of no subject whose sentence's words open with no actor (those are the subject: …表示，香港高度重视…，
        并将…) is pledged by the organisation of the person that opens the clause of the verb of speech ending at
        ``said``; the first person of that clause is its subject (甲在会见乙时表示: 甲 speaks, not 乙). A person the
        text gives no organisation (a head of government tied to a place only) pledges for whom he pledged before in
        the report (政府会…。林郑月娥称，会收紧…: the government, as 我们 does)."""
        verb = re.search(f"(?:{self.speech})[，,：:]$", text[start:said])
        end = start + verb.start() if verb else said
        clause = clause_bounds(text, end - 1)[0] if end > start else end
        people = [m for m in mentions if m.kind == PERSON and clause <= m.start and m.end <= end]
        organisation = affiliation_of(people[0].key, self.facts, self.gazetteer) if people else None
        return [f"org/{organisation}"] if organisation else self.spoke_for.get(people[0].key, []) if people else []

    def _topic(self, text: str, mentions: list[Located], start: int, end: int) -> list[str]:
        """…，中方希望…，同时，将与日方…: a clause without a subject goes on with the subject of the nearest clause
        before it in its sentence that opens with an actor; when that is a country or a side (中国, 中方), the country
        pledges, not the office of the speaker who says it; a collective there (双方) is no country. A body there is
        the subject only of a bare modal (特区政府除…外，亦会…: PledgeRules.body_will); of 将 it is what the speaker
        tells of (…浙江大学成绩突出，将与浙江大学深化合作: the speaker's office pledges)."""
        kinds = (COUNTRY, ORG) if self.rules.bare_modal.match(text, end) else (COUNTRY,)
        while end > start:
            begin = max(start, clause_bounds(text, end - 1)[0])
            named = actors(mentions, text, begin, end)
            if any(self._opens(text, begin, m.start) for m in named[:1]):  # 中国和新加坡都…，愿…: every country of it
                run = runs(named, text, SIDES)[0]
                return [path_of(m) for m in run] if all(m.kind in kinds for m in run) else []
            lead = re.match(f"(?:{self.rules.lead.pattern}|\\s)*", text[begin:end])
            at = begin + (lead.end() if lead else 0)
            side = next((found for n in (2, 3, 4) if (found := self.parties.side(text[at:at + n]))), [])
            if side or self.parties.collective.match(text, at):  # 双方合作…，将…: the collective's, not a country's
                return side
            end = begin - 1
        return []

    def _chained(self, text: str, mentions: list[Located], start: int, end: int) -> list[str]:
        """…，河东区通过签署…协议，将开展…; 甲访问后，A与B沟通，并就…达成共识，将共同…: in narration, a clause with
        no subject goes on with the actors of the clause before it that opens with them (each of a run joined by 与, 和,
        、), back over clauses that open with a lead word (并就…达成共识: more of the same subject's). Actors that only
        take a role in an occasion (…研修班…，X承办，Y协办，将…: roles.tsv) are no subject; nor is any past a clause of
        a subject of its own (…会议于2023年举行，以便…，将…)."""
        while end > start:
            begin = max(start, clause_bounds(text, end - 1)[0])
            named = actors(mentions, text, begin, end)
            if named and self._opens(text, begin, named[0].start):
                run = runs(named, text, SIDES)[0]
                role = text[run[-1].end:end].strip("，, ") in occasion_roles(self.knowledge)
                return [] if role else [path_of(m) for m in run]
            place = self._opening_place(text[begin:end])
            if place and isinstance(self.context, PassagesBehind):  # 海南首次作为分会场，将开展…: a place that acts
                return [self.parties.new_party(place, self.context.passages[self.context.position].slug)]
            lead = self.rules.lead.match(text[begin:end].lstrip("，, "))
            if not (lead and lead.group(0).strip()):
                return []
            end = begin - 1
        return []

    def _opening_place(self, clause: str) -> str | None:
        """The place a clause opens with, past its lead words (海南首次作为…, 襄州区今年…): the longest of the places
        that act (``PledgeRules.places``), unless a body's head goes on from it (海南省知识产权局: a body the mention
        stage did not know is no place) or a list does (黄埔区、广州开发区…: which of them acts is not read here)."""
        opening = self.rules.lead.sub("", clause).lstrip("，, ")
        size = next((n for n in range(min(len(opening), _PLACE), 1, -1) if opening[:n] in self.rules.places), 0)
        if not size or opening.startswith((*self.rules.bodies, *_JOINERS), size):
            return None
        return opening[:size]

    def _words_about(self, text: str, mentions: list[Located], who: Speaker | None, sentence: tuple[int, int],
                     said: int, slug: str) -> list[str]:
        """陈通表示，上海市高度重视…。下一步，将…: a clause of no subject in the words of a speaker whose organisation
        the text does not give goes on with the actor his words open with (``_words_open``). The words are those of
        the passage's speaker, or, where the people stage knew none, those after a verb of speech in the sentence
        right before, when the clause opens its sentence (behind lead words or a cue of its own: 下一步，将…) and its
        sentence names no speaker of its own (``said``): narration between (据悉，…) ends the speaker's words."""
        offset, clause_start = sentence
        if who is not None:
            start, end = (who.words_start if who.words_start <= clause_start else -1), clause_start
        else:
            told = text.rfind("。", 0, max(offset - 1, 0)) + 1  # the sentence before, where his words begin
            opens = self._opens(text, offset, clause_start) \
                or self.rules.cue.fullmatch(text[offset:clause_start].strip("，, "))
            start, end = (self._after_speech(text, told, offset) if said == offset and opens else told), offset
            start = start if start > told else -1
        return self._words_open(text, mentions, start, end, slug) if start >= 0 else []

    def _words_open(self, text: str, mentions: list[Located], start: int, end: int, slug: str) -> list[str]:
        """The actor a speaker's words (from ``start``) open with — a body or a country with those joined to it
        (中国和东盟都…), or a place that acts (上海市, 福州: acting_places) — the one whose work he tells."""
        named = actors(mentions, text, start, end)
        if named and self._opens(text, start, named[0].start):
            return [path_of(m) for m in runs(named, text, SIDES)[0]]
        opening = self.rules.lead.sub("", text[start:end])
        place = next((p for p in sorted(self.rules.places, key=len, reverse=True) if opening.startswith(p)), None)
        return [self.parties.new_party(place, slug)] if place else []

    def _owned(self, text: str, cue: int) -> bool:
        """…实现碳中和的承诺, 支持…代表权承诺: a commitment named as a noun held, the clause before it says what."""
        held = text[cue - 1:cue] == "的" and text.startswith(self.rules.nouns, cue)
        return held or self._taker(text, 0, cue) is not None

    def _taker(self, text: str, start: int, cue: int) -> int | None:
        """该中心支持…代表权承诺, 根据…十年期承诺: where the verb that takes a commitment named as a noun at the end of
        its clause stands; who holds the commitment is the subject in front of that verb."""
        noun = next((n for n in self.rules.nouns if text.startswith(n, cue)), None)
        if noun is None or WORD_CHARS.match(text, cue + len(noun)):
            return None
        found = list(self.rules.takes.finditer(text, start, cue))
        if not found:
            return None
        taker = found[-1].start()  # 进一步支持: the adverb in front of the verb is not the subject
        return taker - next((len(w) for w in self.rules.future if text.endswith(w, start, taker)), 0)

    def _region_government(self, noun: str) -> list[str]:
        """政府将…, 政府会… with no government named before it nor a speaker's organisation: the government of the one
        place the report names, where the press prints that government short (香港…。政府将…: 香港特别行政区政府,
        as 港府 is read: headless_names.tsv); a report that names more places, or a place whose government has no
        such name (a province, a city, a country: its 省政府, 市政府 or central government?), is the report's author's
        word (omitted_subject), as any other referring noun nobody was named for is."""
        places = [node.key for node in self.facts.nodes.values() if node.kind == COUNTRY]
        names = self.gazetteer.countries[places[0]].names_zh if len(places) == 1 and places[0] in \
            self.gazetteer.countries else ()
        governments = [g for g in self.rules.governments if g.endswith(noun) and g.startswith(names or ("\0",))]
        if len(governments) != 1 or not isinstance(self.context, PassagesBehind):
            return omitted_subject(None, self.author)
        return [self.parties.new_party(governments[0], self.context.passages[self.context.position].slug)]

    def _thing(self, text: str, mentions: list[Located], start: int, cue: int) -> bool:
        """澳门商标注册量将…, 中国知识产权运营行业将…: the actor that opens the clause is no subject when a noun phrase
        of its that ends in a noun of a thing (pledge_words.tsv, list thing) follows it up to the cue: what comes of
        its figures or its trade is foretold of the thing, pledged by nobody. A phrase with a word of grammar in it
        (…在…期间将…) or a name (局长申长雨) is none."""
        named = actors(mentions, text, start, cue)
        if len(named) != 1 or not self._opens(text, start, named[0].start) \
                or any(named[0].end <= m.start < cue for m in mentions):
            return False
        words = self.rules.without_adverbs(self.rules.before_adverbs(text[named[0].end:cue], self.rules.bodies))
        return bool(_NOUNS.fullmatch(words)) and words.endswith(self.rules.things) \
            and not any(c in NAME_BREAKS for c in words)

    def _relation(self, words: str) -> bool:
        """三方合作有助于…并将推动…, 双方认为中美合作将…, 两国之间的关系将…: a collective or a compound of country
        abbreviations that only qualifies a noun of a relation (pledge_words.tsv, list relation) makes the relation
        the subject, of which what comes is foretold: no side pledges. The relation ends the subject (adverbs aside)
        or a word of effect follows it (有助于…); a verb of acting after it (双方合作举办的论坛将…), or a cue dated
        (双方合作将于明年启动…: ``_DATED`` in pledges.py), leaves the sides acting."""
        for pattern in (self.parties.collective, self.parties.words.abbreviation_run):
            for found in pattern.finditer(words):
                after = words[found.end():]
                after = after[next((len(w) for w in _LINKS if after.startswith(w)), 0):]
                noun = next((r for r in self.rules.relations if after.startswith(r)), None)
                if noun is None:
                    continue
                rest = self.rules.without_adverbs(after[len(noun):])
                while rest.endswith(self.rules.modal_adverbs):
                    rest = self.rules.without_adverbs(rest[:-len(next(a for a in self.rules.modal_adverbs
                                                                    if rest.endswith(a)))])
                if not rest.strip() or rest.startswith(self.rules.effects):
                    return True
        return False

    def _report_body(self) -> list[str]:
        """The organisation the report names first, reading from its first passage (汉中市市场监督管理局开展…): the
        body whose work a news release tells, under which the bodies of a kind it names none of act."""
        for back in reversed(range(len(self.context))):
            text, mentions = self.context[back]
            named = actors(self._without_outlet(text, mentions)[1], text, 0, None, (ORG,))
            if named:
                return [path_of(named[0])]
        return []

    def _without_outlet(self, text: str, mentions: list[Located]) -> tuple[int, list[Located]]:
        """新华社南京4月19日电（记者…）长三角地区将…, 人民网北京4月20日电…: where a paragraph's words begin, and its
        mentions from there: the agency of a wire dateline and the reporters of its byline are the outlet's, no actor
        of what the paragraph then says, nor the body whose work the report tells (ingest.dateline.wire_lead)."""
        lead = wire_lead(text, self.knowledge)
        return lead, [m for m in mentions if m.start >= lead] if lead else mentions

    def _opens(self, text: str, start: int, at: int) -> bool:
        """Nothing but dates, lead words and a setting stands between ``start`` and ``at``."""
        return no_subject(text[start:at], None, self.rules.lead_words)

    def _opens_clause(self, text: str, start: int, at: int) -> bool:
        """``at`` opens the sentence from ``start`` or one of its clauses (会谈中，双方…，表示将…)."""
        return self._opens(text, start, at) or self._opens(text, max(start, clause_bounds(text, at)[0]), at)

