"""An event told again by an anaphoric name (本次研讨会, 该论坛, a bare 论坛由…主办) and what that telling adds: the
roles and the date it states go to the event it names, no second event."""

from __future__ import annotations

from ipgraph.extract.events.context import roles_in
from ipgraph.extract.events.model import EVENT, NAMED_YEAR, EventFact, spelled, without_relative_year
from ipgraph.extract.events.names import type_of
from ipgraph.extract.events.reader import merge_roles
from ipgraph.extract.events.talks import TalkEvents
from ipgraph.ingest.passages import Passage

CAMPAIGN = "Campaign"
"""The type of the events 活动 also names (宣传活动, 日活动: knowledge/events/types.tsv)."""


class ReferringEvents(TalkEvents):
    """Ties an anaphoric name to the event it names, shared by the report's event rules."""

    def _referred(self, name: str) -> EventFact | None:
        """The event told last of the type a bare noun names (论坛; 活动, when no event of its type, Event, was
        told, names the campaign told last: 活动由…主办 after 宣传周, as 宣传活动 is a campaign), or whose name,
        without the year of its edition, ends with this one (中国…高层论坛 for 2018中国…高层论坛; 今年宣传周 is this
        year's edition of a 宣传周 told, not any campaign); none for a name no event told has."""
        kind, told = type_of(name, self.rules), spelled(without_relative_year(name, this_year=True))
        bare = told == spelled(name) and self.rules.type_pattern.fullmatch(told) is not None
        same = next((self.events[k] for k in reversed(self.order) if self.events[k].type == kind
                     and (bare or NAMED_YEAR.sub("", spelled(self.events[k].label), count=1).endswith(told))), None)
        if same is not None or not (bare and kind == EVENT):
            return same
        return next((self.events[k] for k in reversed(self.order) if self.events[k].type == CAMPAIGN), None)

    def _roles_referred(self, passage: Passage, start: int, end: int, year: int | None) -> int:
        """A sentence that points back to an event of a type (本次研讨会由A和B联合主办, 该论坛由…承办), or names it
        as the subject of 由 (论坛由…主办; the series' name without the edition's year: 中国知识产权保护高层论坛由…
        共同主办 after 2018中国知识产权保护高层论坛), in any later paragraph, tells the roles of the last event of that
        type (or name) the report told, and, with a verb of holding, a date more precise than the one it had
        (该论坛将于2024年4月初在…举行). Returns where the words that refer back end in the sentence (0: none): a
        name there is the told event's, no new one."""
        words = passage.text[start:end]
        opening = self.rules.refers_back.match(words)
        referred = self._referred(opening.group("kind") or opening.group("name")) if opening else None
        if opening is not None and referred is None and opening.group("kind") and not self.order:
            referred = self._only_by_noun(passage, start + opening.start("kind"), start + opening.end("kind"))
        if opening is None or referred is None:
            return 0
        told = EventFact(referred.type, referred.label)
        roles = roles_in(self.context(passage, start, end), self.rules)
        told.organisers, told.partners = roles["organiser"], roles["partner"]
        merge_roles(referred, told)
        words = passage.text[start:end]
        dates = self.dates(words, year, brackets=False) if self.rules.pattern("holding").search(words) else []
        if dates and len(dates[0].start) > len(referred.start or ""):
            referred.start, referred.end = dates[0].start, dates[0].end
        return opening.end()

    def _only_by_noun(self, passage: Passage, start: int, end: int) -> EventFact:
        """The report's own event, told only by its noun on a page without a title (是次論壇由…主辦, no event told
        before): labelled with the noun as printed; the sentence then tells its roles."""
        noun = passage.text[start:end]
        event = EventFact(type_of(noun, self.rules) or "Event", noun, None, None, rule="event-sentence", confidence=0.5)
        self._add(event, passage)
        return event
