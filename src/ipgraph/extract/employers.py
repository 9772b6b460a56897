"""Pass 3 of resolution (``facts.py``): the employer of each new person that a passage cannot name alone, settled
once every passage is resolved: a body printed short before a title and in full elsewhere, a body's word for itself
(我校), the government a head's title names (省长: 省政府), a reporter's outlet. Kept apart from the resolver, which
keys the nodes, so each stays short; the resolver gives the state this reads (declared below)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from ipgraph.extract.mentions.committees import joint_seat
from ipgraph.extract.own_employer import employers_named
from ipgraph.extract.report_facts import NodeFacts, ReportFacts
from ipgraph.extract.short_bodies import Antecedents
from ipgraph.extract.visitors import visitors
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON, Gazetteer
from ipgraph.zh.contractions import Contractions, names_in_full
from ipgraph.zh.folding import Folding
from ipgraph.zh.grammar import GOVERNMENT, PEOPLES_GOVERNMENT


class EmployerSettling:
    """The employers' pass, mixed into the resolver (``facts._Resolver``), whose state and keying it reads."""

    facts: ReportFacts
    gazetteer: Gazetteer
    antecedents: Antecedents
    contractions: Contractions
    data_dir: Path
    one_script: Folding
    fold: Folding
    heads: tuple[str, ...]
    lone_places: tuple[str, ...]
    government_heads: tuple[str, ...]
    country_names: dict[str, tuple[str, ...]]
    org_kinds: dict[str, str]
    defined: dict[str, tuple[str, str]]

    def _government(self, passage: str, place: dict, kind: str = "government") -> str:
        raise NotImplementedError  # the resolver's: the node of a place's government

    def _placed(self, name: str) -> str:
        raise NotImplementedError  # the resolver's: a body named by its place's level alone under that place

    def settle_employers(self, passages: Sequence[Passage] = ()) -> None:
        """Pass 3: the employers a passage cannot name alone: a body printed short before a title (法学院, 驻慕尼黑)
        that the report prints in full elsewhere (清华大学法学院, 中国驻慕尼黑总领事馆), a body named by its word for
        itself (我校: …大学), the government of the region before a title (香港特区行政长官: 香港特区政府); failing
        these, the government or body a head's title alone names (省长: 省政府; 署长: …署), and then a reporter's or
        editor's outlet printed in another passage (the source line). The first such body the report names. A new
        body a person is tied to that the report prints in full elsewhere, under one full name only (知识产权署律师甲,
        after 香港特区政府知识产权署署长乙), gives way to that full name."""
        orgs = [n for n in self.facts.nodes.values() if n.kind == ORG]
        guests: dict[str, tuple[str, ...]] | None = None  # found when first needed: most reports need none
        for person in list(self.facts.nodes.values()):
            if person.kind != PERSON or not person.is_new:
                continue
            if (other := self._printed_body(person.details.get("also_short") or "", orgs)) is not None:
                person.details["also"] = other.key  # 某局党组成员、副局长，某局副局长甲: a post at each
            if (body := self.facts.nodes.get((ORG, person.details.get("affiliation") or ""))) is not None:
                person.details["affiliation"] = self._full_body(body, orgs).key
                continue
            governs = tuple(person.details.get("governs") or ())  # 省长: the report's 省政府; 署长: its …署
            told = person.details.pop("told_before", None)
            told = {o.key for o in orgs} if told is None else set(told)
            away: set[str] = set()  # 我校, 校长: the report's own body, not a visitor to it of the same head
            if (governs or person.details.get("affiliation_heads")) and not person.details.get("affiliation_short"):
                guests = self._guests(passages) if guests is None else guests
                away = {o.key for o in orgs if o.key in guests and any(
                    _ends_in(f.translate(self.one_script), guests[o.key]) for f in self._forms(o))}
                told -= away
            bare = (person.details.get("affiliation_short") or "").translate(self.fold) in self.heads or \
                bool(person.details.pop("pointed", False))  # 中心; 该局局长: the body just told of
            named = employers_named(self.data_dir, orgs, told, person.details, bare, self._names_employer, self._forms,
                                    away | {m.key for m in self.facts.located.get(person.passages[0], ())})
            employer = self._defined_body(person.details.get("affiliation_short") or "") or \
                self.facts.nodes.get((ORG, self.antecedents.nearest(named, person.key, bare))) or \
                self.facts.nodes.get((ORG, self.antecedents.nearest([o.key for o in orgs if governs and (
                    o.key not in away) and self._of_country(o, person.details) and any(_governed(f.translate(
                        self.one_script), governs) for f in self._forms(o))], person.key, True))) or \
                next((o for o in orgs if person.details.get("byline") and self._kind(o) == "media"), None)
            if employer is not None and (seat := joint_seat(employer.details.get("name") or "", governs)):
                person.details["affiliation"] = self._government(person.passages[0], {"name": seat, "country": "CN"})
            elif employer is not None:
                person.details["affiliation"] = employer.key
            elif governs and (opening := self.contractions.opening(person.details.get("affiliation_short") or "", (
                    f for o in orgs if o.is_new for f in self._forms(o)), governs, self.one_script)):
                person.details["affiliation"] = self._government(person.passages[0], {"name": opening}, "")  # 澳大
            elif governs and not person.details.get("country") and (placed := self._placed_government(governs)):
                person.details["affiliation"] = self._government(person.passages[0], {"name": placed, "country": "CN"})
            elif person.details.get("governs") and not person.details.get("country") and \
                    (region := self._governed_region(person.details["governs"])):
                person.details["country"] = region

    def _guests(self, passages: Sequence[Passage]) -> dict[str, tuple[str, ...]]:
        """The bodies that come to the one the report speaks for (甲大学代表团来访我校), each with the heads of the
        body it comes to: not the body its word for itself (我校) or a bare title of its own (校长) stands for. The
        passage is read in simplified characters, as the words of coming are written."""
        guests: dict[str, tuple[str, ...]] = {}
        for passage in passages:
            orgs = ((m.start, m.key) for m in self.facts.located.get(passage.slug, ()) if m.kind == ORG)
            text = self.gazetteer.in_one_script(passage.text)  # 應我會邀請 reads as 应我会邀请, one for one
            for key, heads in visitors(self.data_dir).bodies(text, orgs).items():
                guests[key] = (*guests.get(key, ()), *heads)
        return guests

    def _printed_body(self, short: str, orgs: list[NodeFacts]) -> NodeFacts | None:
        """The body a name printed before a title stands for: the one the report defines it for, or the first whose
        name it is or ends (分会: …协会…分会)."""
        return self._defined_body(short) or next(
            (o for o in orgs if short and any(form == short or names_in_full(form, short) for form in self._forms(o))),
            None)

    def _defined_body(self, short: str) -> NodeFacts | None:
        """The body a short name printed before a title stands for where the report defines it (香港某某促进局(某某局),
        以下简称…): the node its own mentions resolve to, however unlike the full name the short one is."""
        kind, key = self.defined.get(short, ("", ""))
        return self.facts.nodes.get((ORG, key)) if kind == ORG else None

    def _placed_government(self, governs: tuple[str, ...]) -> str:
        """The government of the one place of its level the report names, that a head's title alone names where the
        report names no government of it (荆门市委书记甲…副市长乙, the report naming 荆门市 alone: 荆门市政府), as a
        local report prints its own city's bodies by the level alone (市政府: ``_placed``); "" where it names none
        or several places of that level."""
        return next((placed for short in governs if short.endswith(GOVERNMENT) and short.startswith(self.lone_places)
                     and (placed := self._placed(short)) != short), "")

    def _governed_region(self, governs: tuple[str, ...]) -> str:
        """The one region the report names whose government a head's title names when the report names no such
        government (行政长官 in a report naming 澳门特别行政区 and only the government's bureaux): the head is of it."""
        regions = {node.key for node in self.facts.nodes.values() if node.kind == COUNTRY and any(
            (name + head).endswith(governs) for name in self.country_names.get(node.key, ())
            for head in self.government_heads)}
        return regions.pop() if len(regions) == 1 else ""

    def _full_body(self, body: NodeFacts, orgs: list[NodeFacts]) -> NodeFacts:
        """The body whose name is the full name of a new ``body`` printed short (知识产权署: 香港特区政府知识产权署),
        the longest where the full names all open alike (香港特别行政区政府…, 香港特别行政区…: one body told twice);
        else ``body`` itself (法学院 of 甲大学 and of 乙大学: whose, the text does not say)."""
        fuller = [o for o in orgs if body.is_new and any(names_in_full(form, short) for form in self._forms(o)
                                                         for short in self._forms(body))]
        opens = {min(self._forms(o))[:2] for o in fuller}
        return max(fuller, key=lambda o: len(max(self._forms(o), key=len))) if len(opens) == 1 else body

    def _names_employer(self, form: str, details: dict) -> bool:
        """``form`` is the full name of the body a person's details print short, contracted (最高法院: 最高人民法院) or
        point to, or that body's name printed whole before the title where a portfolio kept the title off it
        (某公会首任理事长)."""
        short, heads, state = (details.get(k) for k in ("affiliation_short", "affiliation_heads", "state_names"))
        whole = short == form and bool(details.get("role"))
        named = short and (whole or names_in_full(form, short) or self.contractions.contracts(short, form))  # 最高法院
        return bool(named or heads and _ends_in(form, heads)
                    or state and form.startswith(state) and form.endswith(self.government_heads))

    def _of_country(self, org: NodeFacts, details: dict) -> bool:
        """Whether ``org`` may be the body the title of a person of the country ``details`` print governs: for a
        person printed with a state (秘鲁首席大法官, met by 最高人民法院院长), only a body known to be that state's."""
        known = self.gazetteer.organisations.get(org.key)
        country = known.country if known else org.details.get("country", "")
        return not details.get("country") or country == details["country"]

    def _kind(self, org: NodeFacts) -> str:
        return org.details.get("kind") or self.org_kinds.get(org.key, "")

    @staticmethod
    def _forms(org: NodeFacts) -> set[str]:
        return org.surface | ({org.details["name"]} if org.details.get("name") else set())


def _governed(form: str, governs: tuple[str, ...]) -> bool:
    """``form`` names the government a head's title names (市长: 市政府), printed short or as a Chinese place's
    people's government (定西市人民政府; Constitution, art. 95)."""
    return form.endswith(governs) or form.endswith(PEOPLES_GOVERNMENT) and \
        form.removesuffix(PEOPLES_GOVERNMENT).endswith(tuple(g.removesuffix(GOVERNMENT) for g in governs
                                                             if g.endswith(GOVERNMENT)))


def _ends_in(form: str, heads: tuple[str, ...]) -> bool:
    """``form`` is a name that ends with one of the heads a body's word for itself stands for (我校: …大学)."""
    return any(form.endswith(head) and len(form) > len(head) for head in heads)
