"""Where a sentence's pledges lie: the spans from each forward-looking cue to the next cue or the end of its
；-segment, and what a cue is not (将 marking an object, a cue inside a longer word, a forecast, a body's resolution).
The reading of who pledges (pledges.py) runs over these spans; kept apart so each module reads one question."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ipgraph.extract.pledge_subjects import SpeakersWords
from ipgraph.extract.statements import WORD_CHARS
from ipgraph.zh.grammar import SEMICOLONS, WILL, clause_bounds, clauses as grammar_clauses

_ATTRIBUTIVE = re.compile(r"要?[\u4e00-\u9fff]{2}的")
"""即将举办的花博会, 正在或将要采取的措施: 将 (将要) and a verb qualifying the noun after 的 — a thing to come, not
what the subject will do; never after a word of the future (将在新的任期内…: 在 opens a setting, 将 is "will"). Not
将会…的: a body's 就将会举办的活动作介绍 commits it to what follows the phrase."""
_IMMINENT = re.compile(r"[\u4e00-\u9fff]{2,4}的")
"""即将正式颁布的《纲要》, 即将召开的会议: after 即将 ("about to") an adverb may stand before the verb that qualifies
the noun after 的 — a thing to come that the clause's verb is about (介绍了…即将颁布的…), not what anyone will do."""
_SEGMENTS = re.compile(rf"[^{SEMICOLONS}]+[{SEMICOLONS}]?")


@dataclass(frozen=True)
class Span:
    """One pledge of a sentence: its start and end, and where its cue stands (offsets in the sentence)."""

    start: int
    end: int
    cue_start: int
    cue_end: int


class PledgeSpans(SpeakersWords):
    """The span readings of the pledge reader: which clauses of a sentence carry a cue and how far each pledge runs."""

    told: str
    """The passage's text before the sentence being read (set by the pledge reader)."""

    def _elaborates(self, sentence: str, span: Span, recent: list[str]) -> bool:
        """…组织一个论坛。该论坛将于4月举行: a clause whose subject is the author's own thing (该, 这一 …) that a pledge
        just made names tells that pledge's date or place, no pledge of its own; a side is no thing (新方愿…)."""
        words = sentence[clause_bounds(sentence, span.cue_start)[0]:span.cue_start]
        subject = self.rules.lead.sub("", words).strip()
        if self.parties.side(subject):
            return False  # 新方愿…: a side (新 of Singapore or New Zealand), not a new thing of the author's
        own = next((w for w in self.rules.own if subject.startswith(w)), "")
        noun = subject[len(own):]
        return bool(own and noun) and any(noun in quote for quote in recent)

    def _bare(self, sentence: str, span: Span) -> bool:
        """Nothing at all stands in front of the cue in its clause (…，将…): not even 并, which would join the clause
        to the verb that governs the sentence rather than to the clause before; nor a clause of a word that opens
        another item (期待…，同时，将…: the speaker turns from the hope to what the side itself will do)."""
        start = clause_bounds(sentence, span.cue_start)[0]
        return not sentence[start:span.cue_start].strip(" ，,") \
            and not sentence[:start].rstrip(" ，,").endswith(self.rules.continues)

    def _goes_on(self, sentence: str, span: Span) -> bool:
        """No subject of its own (a segment after ；, 并将… after a pledge of its sentence): whoever pledged before."""
        words = sentence[clause_bounds(sentence, span.cue_start)[0]:span.cue_start]
        return span.cue_end == span.start or not self.rules.lead.sub("", words).strip()

    def _opening(self, sentence: str) -> int:
        """Where a continuing sentence's content begins: after 一是, 同时 and the comma that follows."""
        stripped = sentence.lstrip()
        word = next(w for w in self.rules.continues if stripped.startswith(w))
        at = len(sentence) - len(stripped) + len(word)
        return at + (1 if sentence[at:at + 1] in "，," else 0)

    def _spans(self, sentence: str) -> list[Span]:
        """The pledges of a sentence: from each cue clause to the next cue clause, and the segments after ；."""
        spans: list[Span] = []
        position = 0
        for segment in _SEGMENTS.finditer(sentence):
            clauses = list(grammar_clauses(segment.group(0)))
            cues = [(c, None if self._foreseen(clauses[:i + 1]) else self._cue(c, clauses[:i]))
                    for i, c in enumerate(clauses)]
            starts = [(segment.start() + c.start(), segment.start() + c.start() + cue[0],
                       segment.start() + c.start() + cue[1]) for c, cue in cues
                      if cue is not None and (WORD_CHARS.search(c.group(0), cue[1]) or self._owned(c.group(0), cue[0]))]
            if not starts and spans and not self._sibling_item(sentence, segment, spans) \
                    and not self._reports(segment.group(0)) \
                    and not sentence.startswith(self.rules.wishes, spans[-1].cue_start):  # 期待…；共同努力…: more wish
                if not self._programme(sentence, segment.start(), spans) and not self._restated(segment.group(0)):
                    spans[-1] = replace(spans[-1], end=segment.end())
                    position = segment.end()
                    continue
                starts = [(segment.start(), segment.start(), segment.start())]
            starts = [s for i, s in enumerate(starts) if not i or not self._joins(sentence, starts[i - 1], s)]
            ends = [s for s, _, _ in starts[1:]] + [segment.end()]
            spans += [Span(s, e, cue_start, cue_end) for (s, cue_start, cue_end), e in zip(starts, ends)]
            position = segment.end()
        return spans if position else []

    def _joins(self, sentence: str, before: tuple[int, int, int], start: tuple[int, int, int]) -> bool:
        """双方同意鼓励投资，将努力…: a clause of 将 with nothing in front of it right after the sides' agreement (同意,
        一致同意) in its segment tells what they agreed to do, one pledge of theirs, not a second one. Not after
        another cue (将继续支持…，愿与…发展合作: two pledges of one speaker), nor with a word of its own in front
        (同意建立…，并将于明年举行…: 并 adds another act; 同时，将…: an item of its own), nor past a wish."""
        clause_start, cue_start, cue_end = start
        if sentence[cue_start:cue_end] != WILL or not self.rules.agree.search(sentence, before[1], before[2]) \
                or sentence[clause_start:cue_start].strip(" ，,") \
                or sentence[:clause_start].rstrip(" ，,").endswith(self.rules.continues):
            return False
        return not any(w in sentence[before[2]:cue_start] for w in self.rules.wishes)

    def _foreseen(self, clauses: list[re.Match[str]]) -> bool:
        """相信随着…，X将…: a clause that opens with a verb of foreseeing takes the clauses after it as what it
        foresees, up to the segment's end or a clause that opens with a cue of will (相信…将带来机遇，愿秉持…: the
        speaker turns from the forecast to what the side will do); a cue in the last of ``clauses`` (the one read,
        after those before it) within that reach is a forecast, no one's pledge."""
        foreseen = False
        for clause in clauses:
            words = self.rules.lead.sub("", clause.group(0).lstrip())
            foreseen = self.rules.foresee.match(words) is not None or foreseen and not self.rules.willed(words)
        return foreseen

    def _restated(self, segment: str) -> bool:
        """局将完善…；进一步强化…；: a segment after ； that opens with a word of degree or continuation restates the
        cue, a pledge of its own; without one (双方将培养…；共同建设…) it lists more of what the pledge before it
        pledges."""
        return self.rules.lead.sub("", segment.lstrip()).startswith(self.rules.restates)

    def _reports(self, segment: str) -> bool:
        """…将把…位置；並指，…规划也提出…: a segment opened by a verb of saying reports the next thing the speaker
        said, which is no more of the pledge before it."""
        return self.rules.lead.sub("", segment.lstrip()).startswith(self.rules.says)

    def _sibling_item(self, sentence: str, segment: re.Match[str], spans: list[Span]) -> bool:
        """一是…；二是…将…；三是…: a segment that opens the next item of a list the pledge stands inside (the list
        began before its cue, in its passage) is that item, not more of the pledge."""
        opens = segment.group(0).lstrip().startswith(self.rules.continues)
        cue = next((span.cue_start for span in reversed(spans) if span.cue_end > span.cue_start), 0)
        before = self.told + sentence[:cue]
        return opens and any(w in before for w in self.rules.continues) \
            and not self._programme(sentence, segment.start(), spans)

    def _programme(self, sentence: str, item: int, spans: list[Span]) -> bool:
        """下一步将做好三方面工作：一是致力于…；二是…；三是发挥优势…: a list begun in the sentence whose first item, or
        what stands before it, holds a cue is a programme of pledges, every item one, with a cue of its own or not."""
        first = min((at for w in self.rules.continues if 0 <= (at := sentence.find(w)) < item), default=-1)
        if first < 0:
            return False
        closing = re.compile(f"[{SEMICOLONS}]").search(sentence, first)
        first_end = closing.start() if closing else len(sentence)
        return any(span.cue_end > span.cue_start and span.cue_start < first_end for span in spans)

    def _cue(self, found: re.Match[str], told: Sequence[re.Match[str]] = ()) -> tuple[int, int] | None:
        """Where a clause's forward-looking cue stands (the sides' 同意 is one: sides_agree), or None: 将 marking
        an object (将…转换为, not 将以…为契机), a cue in a longer word (愿景), a body's resolution are none; a cue
        that is also a time of the act (下一步, a later word) yields to a cue after it in its clause (下一步双方将…:
        the subject stands between them)."""
        clause, before = found.group(0), found.string[:found.start()]
        inside = [(w.start(), w.end()) for w in self.rules.not_cue.finditer(clause)]
        agreed = self.rules.sides_agree(clause, self.parties.collective) if self.rules.agree.search(clause) else []
        spoken = self.rules.spoken_cue(clause, self.told + before)  # 甲称，会…: the speaker's body
        cues = sorted([*self.rules.cue.finditer(clause), *agreed, *spoken], key=lambda m: m.start())
        for cue in cues:
            will = cue.group(0) == WILL
            if cue.group(0) in self.rules.later and cue is not cues[-1]:
                continue
            if will and self.rules.disposal.marks(clause[cue.end():]) \
                    or any(a <= cue.start() < b for a, b in inside) \
                    or not will and clause[:cue.start()].endswith(self.rules.modifies) \
                    or will and _ATTRIBUTIVE.match(clause, cue.end()) and not clause.startswith(self.rules.future,
                                                                                           cue.end()) \
                    or will and clause.endswith("即", 0, cue.start()) and _IMMINENT.match(clause, cue.end()) \
                    or self.rules.foresee.search(clause, 0, cue.start()) or self.rules.itinerary(clause, *cue.span()) \
                    or not self.rules.lead.sub("", clause[:cue.start()]).strip() and self.rules.after_occasion(before) \
                    or cue.group(0) in self.rules.modals and cue not in spoken \
                    and not self.rules.body_will(clause, *cue.span(), told) \
                    or self.rules.under_way(clause, *cue.span()) or self.rules.resolution(clause, *cue.span(), before) \
                    or self.rules.signifies.search(clause, 0, cue.start()):  # …，标志着三县将开展…: what it means
                continue
            return cue.start(), cue.end()
        return None
