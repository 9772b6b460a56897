"""Parties the text names without a mention, for the commitment extractors: collectives (双方, 三地海关) resolved to
the actors they count, sides (日方), compounds of abbreviations (中欧), and names in a party's place made new
organisations. Split from statements.py, which keeps who a clause names and who speaks."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import astuple
from functools import cache
from pathlib import Path

from ipgraph.extract.collectives import ALL_SIDES, bodies_of_places
from ipgraph.extract.facts import name_key
from ipgraph.extract.party_words import party_patterns, party_words
from ipgraph.extract.report_facts import Located, ReportFacts
from ipgraph.extract.state_offices import load_offices, office_of
from ipgraph.extract.statements import (
    CLAUSE_ENDS,
    PassagesBehind,
    actors,
    affiliation_of,
    in_title,
    org_names,
    path_of,
)
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON, load as load_gazetteer
from ipgraph.zh.grammar import (
    JOIN_OR_WITH,
    LIST_MARKS,
    SENTENCE_ENDS,
    after_verbs,
    alternation,
    stretch_start,
)

_LIST_GAP = 16
_LISTED = re.compile(f"^[^{LIST_MARKS}]*{JOIN_OR_WITH}[^{LIST_MARKS}]*$")
_ENDS = re.compile(f"[{SENTENCE_ENDS}；;]")
_LIST_REACH = 6
"""How many passages back, its own first, a collective looks for the list of sides it counts: a news item enumerates
the sides once, near its head (A、B、C在香港舉行…会议), and says 三地海关 paragraphs later."""
_ANY_SIDE = re.compile("([\u4e00-\u9fff])方")
"""A character and 方: a side (巴方) where the character opens the name of one country the report names."""
_ITEM = re.compile("[\u4e00-\u9fff]{2,12}")
"""An item of a counted list read as a name of its own (高新控股): characters only, as long as a short name."""
_COLLECTIVE_KINDS = {"actor": (ORG, COUNTRY), "org": (ORG,), "country": (COUNTRY,)}


@cache
def _university_forms(tails: tuple[str, ...]) -> tuple[dict[str, str], re.Pattern[str]]:
    """Each short form of a university's tail and the tail it stands for (科大: 科技大学), and the pattern of a short
    name (成大, 虎尾科大): a stem of up to three characters and a short tail; made once per process."""
    short = {("大" if len(full) == 2 else full[0] + "大"): full for full in tails}
    return short, re.compile(f"([\u4e00-\u9fff]{{0,3}}?)({alternation(tuple(short))})")


def counts(found: int, count: int) -> bool:
    """Whether ``found`` actors are as many as a collective of ``count`` stands for (ALL_SIDES: two or more)."""
    return found > 1 if count == ALL_SIDES else found == count


def _slug(context: Sequence[tuple[str, list[Located]]], number: int) -> str | None:
    """The slug of the ``number``-th passage back in ``context``, when it is the report's passages: what a new
    organisation read there is evidenced by."""
    return context.passages[context.position - number].slug if isinstance(context, PassagesBehind) else None


class PartyReader:
    """Parties the text names without a mention: a collective resolved to the actors it counts, a name in a
    party's place made a new organisation; ``unheaded`` reads a name that ends in no head noun (a brand)."""

    def __init__(self, facts: ReportFacts, data_dir: Path,
                 unheaded: Callable[[str], str | None] = lambda words: None) -> None:
        self.facts, self.unheaded = facts, unheaded
        self.words = party_words(data_dir)
        self.known = org_names(data_dir)
        self.gazetteer = load_gazetteer(data_dir)
        self._offices = load_offices(data_dir)
        self.one_script = self.gazetteer.one_script
        (self.collective, self._name, self._titled, self._opening, self._closing, self._referring,
         self._side) = party_patterns(data_dir)
        self._not_name = tuple(self.words.lists.get("not_name", ()))
        self._standing = self.words.lists.get("head", ())
        self._quantifiers = self.words.lists.get("quantifier", ())
        self._not_side = self.words.lists.get("not_side", ())
        self._side_words = frozenset(self.words.lists.get("side_word", ()))
        self._named: dict[str, str] | None = None
        self._university_tails, self._short_university = _university_forms(self.words.lists.get("university_tail", ()))
        self._university_openings = self.words.lists.get("university_opening", ())
        self.verbs = tuple(self.gazetteer.name_stops)
        """The verbs no name holds (name_stops.tsv): a name read after one is what the verb governs (共建…学院)."""

    def name(self, words: str) -> str | None:
        """The name of an organisation that ``words`` consist of (其所辖中山海关还 → 中山海关), or None; glosses
        a mirror printed inside it are dropped (國家知識產(chǎn)權(quán)局 → 國家知識產權局)."""
        words = self.name_words(words)
        if words in self.known:  # 产权组织秘书处: a known name, though it ends in a title's characters (秘书)
            return words
        titled = self._titled.match(words)
        if titled:
            return None if self._referring.fullmatch(titled.group(1)) else titled.group(1)
        standing = words.removeprefix(next((q for q in self._quantifiers if words.startswith(q)), ""))
        if standing in self._standing:  # (各)成员国承诺…: member states are an actor of their own, named so
            return standing
        if words.startswith(self._not_name) or self._referring.fullmatch(words):  # 我局, 本院, 该校: no name
            return None
        return words if self._name.fullmatch(words) else self.unheaded(words) or self.university(words)

    def university(self, words: str) -> str | None:
        """与成大签订, 虎尾科大及中興大學: a university printed by its short form, the first characters of its name
        and the tail's (大 for 大学, 科大 for 科技大学), is the one the report names whose name holds those
        characters in order and ends in that tail (國立成功大學), the shortest; one it names only so is a
        university of that name when the report names universities at all (elsewhere a word in 大 is none)."""
        short = self._short_university.fullmatch(words)
        if short is None:
            return None
        stem, tail = short.group(1), self._university_tails[short.group(2)]
        if not stem and tail == "大学":  # 大 alone is no name
            return None
        names = {s.translate(self.one_script): s for node in self.facts.of_kind(ORG) for s in node.surface}
        found = [printed for name, printed in names.items() if self._shortened(name, stem, tail)]
        if found:
            return min(found, key=len)
        return words if any(name.endswith(tuple(self._university_tails.values())) for name in names) else None

    def _shortened(self, name: str, stem: str, tail: str) -> bool:
        """Whether a university's ``name`` shortens to ``stem`` and the short form of ``tail``: it ends in that tail
        and in no longer one (台灣科技大學 is 台科大, not 台大), and its words before the tail, an opening 国立
        aside, start with the stem's first character and hold the others in order (交大 has none: any 交通大学)."""
        ends = [t for t in self._university_tails.values() if name.endswith(t)]
        if not ends or max(ends, key=len) != tail:
            return False
        body = name[:-len(tail)]
        body = body.removeprefix(next((w for w in self._university_openings if body.startswith(w)), ""))
        rest = iter(body)
        return not stem or body.startswith(stem[0]) and all(c in rest for c in stem)

    def name_words(self, words: str) -> str:
        """``words`` without the words that open or close a party's place (共同, 了) nor a verb before a name: the
        words a name, or a place named alone, would be."""
        return after_verbs(self._closing.sub("", self._opening.sub("", words.strip())), self.gazetteer.name_stops)

    def leading_name(self, words: str) -> str | None:
        """The shortest name that ``words`` open with (市中院共同在线 → 市中院), or None."""
        found = self._name.match(words.strip())
        return found.group(0) if found else None

    def referring(self, words: str) -> str | None:
        """The noun when ``words`` are only a way of referring to an organisation the reader knows (学校, 该中心,
        我局, 我方: a bare head noun or a word of reference, after 该/本/我), else None."""
        found = self._referring.fullmatch(self._closing.sub("", self._opening.sub("", words.strip())))
        return found.group(1) if found else None

    def compound(self, text: str) -> list[str]:
        """The countries a compound of abbreviations names (PartyWords.compound), each abbreviation read as the country
        the report names with it: 新 is Singapore, but New Zealand in a report that names 新西兰 and not 新加坡."""
        if self._named is None:
            self._named = self._abbreviations_named()
        return list(dict.fromkeys(self._named.get(c) or self.words.abbreviations[c] for c in text))

    def _abbreviations_named(self) -> dict[str, str]:
        """Each abbreviation whose own country the report does not name, where it names one other country whose
        name opens with that character (新西兰 for 新): that country; and each character missing from the table
        that opens the name of one country the report names (巴 in a report on 巴基斯坦 alone), that country."""
        named: dict[str, list[str]] = {}
        for node in self.facts.of_kind(COUNTRY):
            for first in {form[:1] for form in node.surface}:
                named.setdefault(first, []).append(f"country/{node.key}")
        unlisted = {c: found[0] for c, found in named.items()
                    if c not in self.words.abbreviations and len(found) == 1}
        return unlisted | {c: found[0] for c, own in self.words.abbreviations.items()
                           if len(found := named.get(c, [])) == 1 and own not in found and own.startswith("country/")}

    def _unlisted_side(self, found: re.Match[str] | None) -> list[str]:
        """巴方, 苏方: a character missing from the abbreviations and 方, the one country the report names whose name
        opens with it; none for a word of its own (西方, 多方: side_word) nor where two countries open so."""
        if not found or found.group(1) in self.words.abbreviations or found.group(0) in self._side_words:
            return []
        if self._named is None:
            self._named = self._abbreviations_named()
        country = self._named.get(found.group(1))
        return [country] if country else []

    def side(self, words: str) -> list[str]:
        """日方, 欧方, 中欧双方's kin: ``words`` that are only a country abbreviation and 方 ("the X side") name
        that country, else nobody."""
        bare = self._closing.sub("", self._opening.sub("", words.strip()))
        found = self._side.fullmatch(bare)
        return self.compound(found.group(1)) if found else self._unlisted_side(_ANY_SIDE.fullmatch(bare))

    def sides(self, words: str) -> list[str]:
        """中欧承诺…, 中美将…: ``words`` that are only a compound of two abbreviations or more (the sides a summit's
        report names by their first characters) name each of its countries, else nobody."""
        bare = self._closing.sub("", self._opening.sub("", words.strip()))
        sides = self.compound(bare) if self.words.abbreviation_run.fullmatch(bare) else []
        return sides if len(sides) > 1 else []

    def opening_side(self, words: str) -> list[str]:
        """德方赞赏…: the side (an abbreviation and 方) that ``words`` open with, its country; none where 方 opens a
        word of its own (新方案: not_side), nor for a bare compound (中美经贸磋商…: a thing of theirs may follow)."""
        bare = self._opening.sub("", words.lstrip())
        found = self._side.match(bare) or _ANY_SIDE.match(bare)
        if not found or bare.startswith(self._not_side, found.end() - 1):
            return []
        return self.compound(found.group(1)) if found.re is self._side else self._unlisted_side(found)

    def opening_name(self, clause: str) -> str | None:
        """The organisation a clause opens with, before a title (黑龙江省知识产权局党组书记、局长…率队)."""
        titled = self._titled.match(self._opening.sub("", clause.strip()))
        return titled.group(1) if titled and not titled.group(1).startswith(self._not_name) else None

    def new_party(self, name: str, passage: str) -> str:
        """The path of a new organisation node for a party the mention stage missed, evidenced by the passage (or
        of the known organisation when the name is one the gazetteer gives)."""
        known = self.known.get(name) or self.known.get(name.translate(self.one_script))
        if known:
            return f"org/{known}"
        node = self.facts.node(ORG, name_key(name))
        if not node.details:
            node.details.update({"name": name, "acronyms": []})
        node.cite(passage, name)
        return f"org/{node.key}"

    def joined_names(self, text: str, first: int, last: int, start: int, end: int) -> tuple[list[str], list[str]]:
        """Names the mention stage missed that a coordinator joins to a run of actors at ``text[first:last]``, within
        ``text[start:end]``: those before it (國家知識產權局和[澳門…局]) and after it ([A、B]与横琴…商事服务局举行)."""
        before: list[str] = []
        at = first
        while (joiner := re.search(f"{JOIN_OR_WITH}$", text[start:at])) is not None:
            item = re.split(f"{JOIN_OR_WITH}|[{CLAUSE_ENDS}]", text[start:start + joiner.start()])[-1]
            name = self.name(item)
            if not name:
                break
            before.insert(0, name)
            at = start + joiner.start() - len(item)
        after: list[str] = []
        at = last
        while (j := re.match(JOIN_OR_WITH, text[at:end])) and (found := self._name.match(text, at + j.end(), end)):
            name = self.name(found.group(0))
            if not name:
                break
            after.append(name)
            at = found.end()
        return before, after

    def _listed(self, count: int, kind: str, context: Sequence[tuple[str, list[Located]]], at: int) -> list[str]:
        """The last list of exactly ``count`` actors named before ``at`` (A局长X、B副局长Y、C关长Z率团出席 … 三地海关),
        within ``_LIST_REACH`` passages: a collective counts the sides the text enumerated (outside titles), not
        whoever was named last."""
        people = (PERSON,) if kind != "country" else ()  # X主任和Y书记代表双方签署: each stands for his body
        for number, (text, mentions) in enumerate(context[:_LIST_REACH]):
            found = [m for m in actors(mentions, text, 0, at if number == 0 else len(text),
                                       _COLLECTIVE_KINDS[kind] + people)
                     if not in_title(text, m.start) and self._stands_for(m)]
            groups: list[list[Located]] = []
            for mention in found:
                gap = text[groups[-1][-1].end:mention.start] if groups else ""
                if groups and len(gap) <= _LIST_GAP and _LISTED.search(gap) and not _ENDS.search(gap):
                    groups[-1].append(mention)
                else:
                    groups.append([mention])
            lists = [g for g in groups if counts(len({self._stands_for(m) for m in g}), count)]
            if lists:
                return list(dict.fromkeys(str(self._stands_for(m)) for m in lists[-1]))
            slug = _slug(context, number)
            if kind != "country" and slug is not None:  # A、B与横琴…商事服务局举行…。三方…: a missed side counts
                for group in reversed(groups):
                    missed = self.joined_names(text, group[0].start, group[-1].end, 0, at if number == 0 else len(text))
                    paths = list(dict.fromkeys(str(self._stands_for(m)) for m in group))
                    if counts(len(paths) + len(missed[0]) + len(missed[1]), count):
                        return [self.new_party(n, slug) for n in missed[0]] + paths \
                            + [self.new_party(n, slug) for n in missed[1]]
        return []

    def compound_start(self, text: str, at: int) -> int:
        """Where a compound of abbreviations right in front of ``at`` begins (中欧双方 → at 中), else ``at``."""
        found = re.search(f"(?:{self.words.abbreviation_run.pattern})$", text[max(0, at - 6):at])
        return at - len(found.group(0)) if found else at

    def resolve(self, word: str, context: Sequence[tuple[str, list[Located]]], at: int) -> list[str]:
        """The actors a collective stands for: the bodies of the places a compound of province abbreviations
        in front of it names, or named when the same count was told before (川渝两地…两地: bodies_of_places), a
        compound in front of it (中欧双方; before bodies, 中日两局, their bodies: ReportFacts.body_of) or nearest in
        its sentence (双方就中欧…), else the last list of that many (in its passage or the one before) or compound of
        that many earlier in its passage, else the last actors of its kind named before it outside a title (not
        中欧海关 in 《中欧海关…计划》), from ``at`` in the first text of ``context`` back through the others."""
        count, kind, _ = astuple(self.words.collectives.of(word))
        bodies = bodies_of_places(self.words.collectives.places_told(word, context, at), context, at,
                                  lambda key: self.facts.kind_of(key, self.gazetteer))
        if bodies:  # 川渝两地: the bodies of 四川 and of 重庆 the report names
            return bodies
        places = self.words.collectives.places_standing(word, context, at) \
            or self.words.collectives.bodies_standing(word, context, at) \
            or self.words.collectives.cities_standing(word, context, at)  # 苏浙沪皖三省一市(知识产权局), 三市
        if places and (slug := _slug(context, 0)):
            return [p if "/" in p else self.new_party(p, slug) for p in places]
        text = context[0][0]
        counted = self._counted_list(count, context[0], at)
        if counted and (slug := _slug(context, 0)):  # A、B、C三方签订: the list the count closes
            return [p if "/" in p else self.new_party(p, slug) for p in counted]
        sentence_start = stretch_start(text, at, SENTENCE_ENDS)
        sentence_end = min([i for i in (text.find(c, at) for c in SENTENCE_ENDS) if i >= 0], default=len(text))
        compounds = sorted(self.words.abbreviation_run.finditer(text, sentence_start, sentence_end),
                           key=lambda m: (m.end() != at, abs(m.start() - at)))
        for found in compounds:
            members = self.compound(found.group(0))
            if counts(len(members), count):
                return [office_of(self.facts.body_of(m, self.gazetteer), word, self._offices) for m in members] \
                    if kind == "org" else members
        listed = self._listed(count, kind, context, at) or [
            office_of(self.facts.body_of(m, self.gazetteer), word, self._offices) if kind == "org" else m
            for m in self._compound_before(count, text, sentence_start)]
        if listed or count == ALL_SIDES:  # 各方: the sides of a list, never whoever was named last
            return listed
        named: list[str] = []
        people = (PERSON,) if kind != "country" else ()
        for number, (passage_text, mentions) in enumerate(context):
            limit = at if number == 0 else len(passage_text)
            for mention in reversed(actors(mentions, passage_text, 0, limit, _COLLECTIVE_KINDS[kind] + people)):
                path = self._stands_for(mention)
                if path and path not in named and not in_title(passage_text, mention.start):
                    named.append(path)
                if len(named) == count:
                    return list(reversed(named))
        return []

    def _counted_list(self, count: int, told: tuple[str, list[Located]], at: int) -> list[str]:
        """市产投集团、高新控股、鲲翎投资三方签订: the items of the list that a counted collective closes, from its
        clause's start, are its sides when there are as many as it counts, though the mention stage read no name in
        some (a company's short name without a head noun: 高新控股); each is the actor named there, a name, or the
        item's words when they are characters only (no date, no number), and one at least is a body named."""
        text, mentions = told
        start = stretch_start(text, at, CLAUSE_ENDS)
        items = [(start + m.start(), start + m.end()) for m in re.finditer(f"[^{LIST_MARKS}]+", text[start:at])]
        if count < 2 or len(items) != count or any(m.kind == PERSON and start <= m.start < at for m in mentions):
            return []  # 甲和乙代表校企双方签订: signatories, whose sides the ceremony tells
        sides, bodies = [], 0
        for begin, end in items:
            named = [m for m in actors(mentions, text, begin, end) if m.end == end]
            words = self.name_words(text[begin:end])
            side = path_of(named[-1]) if named else self.name(words) or (words if _ITEM.fullmatch(words) else None)
            if side is None:
                return []
            sides.append(side)
            bodies += bool(named)
        return sides if bodies else []  # 甲和乙代表校企双方: no body among them, signatories

    def _compound_before(self, count: int, text: str, end: int) -> list[str]:
        """中日韩…会议在东京举行。三方同意…: the last compound of as many countries earlier in the passage."""
        found = [members for m in self.words.abbreviation_run.finditer(text, 0, end)
                 if counts(len(members := self.compound(m.group(0))), count)]
        return found[-1] if found else []

    def _stands_for(self, mention: Located) -> str | None:
        """The actor a mention names: itself, or for a person the organisation he speaks or signs for."""
        if mention.kind != PERSON:
            return path_of(mention)
        affiliation = affiliation_of(mention.key, self.facts, self.gazetteer)
        known = affiliation in self.gazetteer.organisations or (ORG, affiliation) in self.facts.nodes
        return f"org/{affiliation}" if affiliation and known else None
