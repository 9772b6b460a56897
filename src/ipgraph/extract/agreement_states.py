"""The states of an agreement's parties: a counterpart named by its country's abbreviation is that country's office
(与日韩分别签署 by an office), a state beside a body of its own signs through it (中国国家版权局), and two tellings
name one side when a state on one stands for a body of it on the other (中欧签署… in a title, 国家知识产权局与欧洲
专利局签署… in the body). The party rules of ``agreement_parties`` read them through ``PartyStates``."""

from __future__ import annotations

from ipgraph.extract.report_facts import ReportFacts
from ipgraph.knowledge.gazetteer import Gazetteer


class Abbreviated(str):
    """A counterpart read from a country abbreviation after 与 (与日韩): for an office, that country's office."""


class PartyStates:
    """What the party rules know of the states of the parties: the report's facts and the gazetteer."""

    facts: ReportFacts
    gazetteer: Gazetteer

    def one_state(self, parties: list[str]) -> bool:
        """A局与B、C签署…: bodies all of one state (a bureau, its city's court and procuratorate) sign one instrument
        together; a body signs with the bodies of other states, or with states, one each (与东盟、英国…签署)."""
        states = {self.country_of(p.removeprefix("org/")) if p.startswith("org/") else None for p in parties}
        return len(states) == 1 and None not in states

    def counterpart_offices(self, stated: list[str], inferred: list[str], counterparts: list[str]) -> list[str]:
        """与日韩分别签署 by an office: a counterpart named only by a country's abbreviation is that country's one
        body of the signing office's kind in the gazetteer (日 → JPO beside CNIPA), else the country; a country
        named in full (与法国签署) stays the country (eval/bundled/README.md)."""
        signing = [p.removeprefix("org/") for p in stated + inferred if p.startswith("org/") and p not in counterparts]
        kinds = {org.kind for key in signing if (org := self.gazetteer.organisations.get(key))}
        if len(kinds) != 1:
            return stated
        kind = kinds.pop()
        offices = []
        abbreviated = {c for c in counterparts if isinstance(c, Abbreviated)}
        for party in stated:
            code = party.removeprefix("country/") if party in abbreviated else None
            same = [k for k, org in self.gazetteer.organisations.items() if code and org.country == code
                    and org.kind == kind and not org.parent]
            offices.append(f"org/{same[0]}" if len(same) == 1 else party)
        if offices == stated:
            return stated
        represented = {self.country_of(key) for key in signing}  # 中韩…备忘录 of CNIPA and KIPO: no 中 besides
        return list(dict.fromkeys(o for o in offices if o.removeprefix("country/") not in represented))

    def without_own_states(self, parties: list[str]) -> list[str]:
        """中国国家版权局和英国知识产权局签署: a state among the parties beside a body of its own (中国 printed in
        front of 国家版权局, whose name lacks it) signs through that body, and is no party of its own."""
        represented = {self.country_of(p.removeprefix("org/")) for p in parties if p.startswith("org/")}
        return [p for p in parties if not (p.startswith("country/") and p.removeprefix("country/") in represented)]

    def shares_side(self, told: list[str], parties: list[str]) -> bool:
        """Whether two tellings of an agreement name one side the same: the same actor, or a state on one side and
        a body of that state on the other (中欧签署…备忘录 in a title, 国家知识产权局与欧洲专利局签署… in the body), and
        no state on either side that the other's bodies all deny (中美 is not 国家知识产权局与日本特许厅)."""
        (told_named, told_bodies, told_known), (named, bodies, known) = self._states(told), self._states(parties)
        shared = set(told) & set(parties) or told_named & bodies or named & told_bodies
        denied = (told_named - named - bodies if known else set()) | (named - told_named - told_bodies if told_known
                                                                      else set())
        return bool(shared) and not denied

    def _states(self, parties: list[str]) -> tuple[set[str], set[str], bool]:
        """The states named among ``parties``, the states of their bodies, and whether every body's state is known."""
        named = {p.removeprefix("country/") for p in parties if p.startswith("country/")}
        of_bodies = [self.country_of(p.removeprefix("org/")) for p in parties if p.startswith("org/")]
        return named, {c for c in of_bodies if c}, all(of_bodies)

    def country_of(self, key: str) -> str | None:
        """The country an organisation belongs to, by the gazetteer or as the text gave it."""
        return self.facts.country_of(key, self.gazetteer)
