"""Whom the clauses of a speaker's words are about, for the pledge reader: 我们 (whom the speaker pledged for last),
where the words of a speaker the people stage did not know begin, and the subject a clause without one goes on with
(the nearest clause before it in its sentence that opens with an actor: …，中方希望…，同时，将与日方…). Kept apart
from ``pledges.py`` so the reading of a pledge stays short."""

from __future__ import annotations

import re

from ipgraph.extract.facts import Located
from ipgraph.extract.pledge_rules import PledgeRules
from ipgraph.extract.statements import PartyReader, ReportReader, Speaker, actors, no_subject, path_of, runs
from ipgraph.knowledge.gazetteer import COUNTRY
from ipgraph.zh.grammar import alternation, between_names, clause_bounds

SIDES = between_names(with_=True)
"""What joins the actors who pledge together (A与B将…, A、B和C共同承诺; 中国和新加坡都…，愿…)."""


class SpeakersWords(ReportReader):
    """The readings of a speaker's words that need the pledge rules and the party reader the pledge reader sets."""

    rules: PledgeRules
    parties: PartyReader
    spoke_for: dict[str, list[str]]

    def _we(self, words: str, who: Speaker | None) -> list[str]:
        """我们将… in a speaker's words: whom the speaker last pledged for (中国政府将…。…我们将…)."""
        subject = self.rules.lead.sub("", words).strip()
        we = next((w for w in self.rules.we if subject.startswith(w)), None)
        if we is None or who is None or who.person is None or self.rules.lead.sub("", subject[len(we):]).strip():
            return []
        return self.spoke_for.get(who.person, [])

    def _after_speech(self, text: str, start: int, cue: int) -> int:
        """Where the words of a speaker the people stage did not know begin (…申长雨表示，中方…，愿…): the sentence
        a subject-less clause goes on with opens there."""
        said = list(re.finditer(f"(?:{alternation(self.speech)})[，,：:]", text[start:cue]))
        return start + said[-1].end() if said else start

    def _country_topic(self, text: str, mentions: list[Located], start: int, end: int) -> list[str]:
        """…，中方希望…，同时，将与日方…: a clause without a subject goes on with the subject of the nearest clause
        before it in its sentence that opens with an actor; when that is a country or a side (中国, 中方), the country
        pledges, not the office of the speaker who says it; a collective there (双方) is no country."""
        while end > start:
            begin = max(start, clause_bounds(text, end - 1)[0])
            named = actors(mentions, text, begin, end)
            if any(self._opens(text, begin, m.start) for m in named[:1]):  # 中国和新加坡都…，愿…: every country of it
                run = runs(named, text, SIDES)[0]
                return [path_of(m) for m in run] if all(m.kind == COUNTRY for m in run) else []
            lead = re.match(f"(?:{self.rules.lead.pattern}|\\s)*", text[begin:end])
            at = begin + (lead.end() if lead else 0)
            side = next((found for n in (2, 3, 4) if (found := self.parties.side(text[at:at + n]))), [])
            if side or self.parties.collective.match(text, at):  # 双方合作…，将…: the collective's, not a country's
                return side
            end = begin - 1
        return []

    def _opens(self, text: str, start: int, at: int) -> bool:
        """Nothing but dates, lead words and a setting stands between ``start`` and ``at``."""
        return no_subject(text[start:at], None, self.rules.lead_words)

    def _opens_clause(self, text: str, start: int, at: int) -> bool:
        """``at`` opens the sentence from ``start`` or one of its clauses (会谈中，双方…，表示将…)."""
        return self._opens(text, start, at) or self._opens(text, max(start, clause_bounds(text, at)[0]), at)

