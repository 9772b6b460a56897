"""Instruments a report names without telling their signing: one named in passing whose name opens with its parties
(在“金砖国家知识产权局合作路线图”下, 自中老两国政府间…谅解备忘录签署以来), theirs and undated, and one named only as
the ground of an act (…这是根据谅解备忘录共享的). Mixed into the reader of a report's agreements (``agreements.py``),
which adds what these find to the agreements its signings tell."""

from __future__ import annotations

import re
from functools import cached_property

from ipgraph.extract.agreement_fact import AgreementFact
from ipgraph.extract.agreement_names import InstrumentNames
from ipgraph.extract.agreement_parties import Item
from ipgraph.extract.agreement_tellings import retold
from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import Speaker, actors, omitted_subject, path_of
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import ORG, TREATY
from ipgraph.zh.grammar import QUOTE_CLOSES, QUOTE_OPENS, alternation, clause_bounds

_TITLE = re.compile(rf"[{QUOTE_OPENS}\"]([^{QUOTE_OPENS}{QUOTE_CLOSES}\"\n]{{2,60}})[{QUOTE_CLOSES}\"]")
"""An instrument's name as a title: in 《》 or quotation marks (“”, 「」)."""


class InstrumentsInPassing(InstrumentNames):
    """The instruments named without a signing, read with the patterns and the agreements found of the reader."""

    found: dict[str, AgreementFact]
    sign: re.Pattern[str]

    def _add(self, fact: AgreementFact, passage: Passage) -> None:
        raise NotImplementedError  # the reader's: one fact per agreement, tellings of one merged

    @cached_property
    def basis(self) -> re.Pattern[str]:
        """An instrument noun after a word of grounds (根据谅解备忘录)."""
        return re.compile(f"(?:{alternation(self.rules.words.get('basis', ()))})({self.nouns.pattern})")

    @cached_property
    def unquoted(self) -> re.Pattern[str]:
        """An instrument's name not in quotes, from the compound of abbreviations that opens it (中新两国…备忘录)."""
        return re.compile(f"{self.parties.words.abbreviation_run.pattern}"
                          f"[^\\s，,。；;、《》“”\"]{{2,30}}?(?:{self.nouns.pattern})")

    def _in_passing(self, passage: Passage) -> None:
        """在“金砖国家知识产权局合作路线图”下, 自中老两国政府间…谅解备忘录签署以来: an instrument named by a title (or
        unquoted, from the compound of abbreviations that opens it) whose name opens with its parties is an agreement of
        theirs though the report tells no signing, undated; one the report told signed is not named again."""
        text, mentions = passage.text, self.facts.located.get(passage.slug, [])
        titles = [m.span(1) for m in _TITLE.finditer(text)]
        unquoted = [m.span() for m in self.unquoted.finditer(text)
                    if not self.sign.search(m.group(0)) and not any(a <= m.start() < b for a, b in titles)]
        if not titles and not unquoted:  # most passages: no instrument's name, no labels of those told to compare
            return
        told = {"".join(fact.label.split()) for fact in self.found.values()}
        treaties = [(m.start, m.end) for m in mentions if m.kind == TREATY]
        for start, end in titles + unquoted:
            name = text[start:end]
            noun = self.ending.search(name)
            if noun is None or name == noun.group(0) or noun.group(0) in self.rules.words.get("signed_only", ()) \
                    or any(a < end and start < b for a, b in treaties) \
                    or any("".join(name.split()) in label for label in told):
                continue
            item = Item(start, end, self.rules.nouns[noun.group(0)])
            parties = self._named_in(text, mentions, item)
            if len(parties) > 1 and not retold(self.found.values(), name, parties, passage, self.country_of):
                told.add("".join(name.split()))
                self._add(AgreementFact(item.type, name, self._subject(item, name), parties, [], None,
                                        quote=text[start:end], confidence=0.6), passage)

    def _basis(self, passage: Passage, sentence: str, mentions: list[Located], basis: re.Match[str],
               found_speaker: Speaker | None) -> None:
        """…提供的档案影片，这是根据谅解备忘录共享的: an instrument named only as the ground of an act, none of its
        kind told before, binds the author (or speaker's organisation) and the organisation named last before it in
        its sentence; after one was signed (与该网络签署了谅解备忘录。…根据谅解备忘录提供…) it is that one."""
        kind = self.rules.nouns[basis.group(1)]
        if any(fact.type == kind for fact in self.found.values()):
            return
        inferred = omitted_subject(found_speaker, self.author)
        named = [path_of(m) for m in actors(mentions, sentence, 0, basis.start(), (ORG,))]
        other = [p for p in named if p not in inferred][-1:]
        if not inferred or not other:
            return
        start, end = clause_bounds(sentence, basis.start())
        self._add(AgreementFact(kind, basis.group(1), "", other, inferred, None, quote=sentence[start:end],
                                confidence=0.6), passage)
