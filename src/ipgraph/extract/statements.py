"""What the commitment extractors share: sentences and clauses, who a clause names, who speaks, when.

Agreements, treaty actions and pledges all read a clause the same way: the
actors named in it (a country inside an organisation's name is the
organisation), the subject a Chinese sentence may leave out (the speaker's
organisation in a speaker's paragraph, else the report's author), and the
date a clause states (else the year a one-year report covers).
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import astuple, dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import overload

from ipgraph.extract.collectives import ALL_SIDES, bodies_of_places
from ipgraph.extract.events import ORG_CONNECTOR as CONNECTOR
from ipgraph.extract.facts import name_key
from ipgraph.extract.party_words import TITLE_AND_NAME, party_patterns, party_words
from ipgraph.extract.report_facts import Located, ReportFacts, shifted, within
from ipgraph.ingest.dateline import wire_lead
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON, TREATY, Gazetteer, load as load_gazetteer
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.dates import without_times
from ipgraph.zh.grammar import (
    CLAUSE_BREAKS,
    JOIN_OR_WITH,
    SENTENCE_ENDS,
    SETTING,
    after_verbs,
    alternation,
    opening_quotation,
    outside,
    sentences,
)

CLAUSE_ENDS = CLAUSE_BREAKS + SENTENCE_ENDS

PATHS = {ORG: "org", COUNTRY: "country", PERSON: "person", TREATY: "treaty"}
WORD_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
"""A character of a word (an ideograph or a Latin letter), not a mark."""
_SPEAKER_REACH = 60
_LIST_GAP = 16
_LISTED = re.compile(f"^[^、和及与]*{JOIN_OR_WITH}[^、和及与]*$")
_ENDS = re.compile(f"[{SENTENCE_ENDS}；;]")
_LIST_REACH = 6
"""How many passages back, its own first, a collective looks for the list of sides it counts: a news item enumerates
the sides once, near its head (A、B、C在香港舉行…会议), and says 三地海关 paragraphs later."""
_COLLECTIVE_KINDS = {"actor": (ORG, COUNTRY), "org": (ORG,), "country": (COUNTRY,)}


class PassagesBehind(Sequence[tuple[str, list[Located]]]):
    """The passage being read and those before it, nearest first, with their mentions, copied from nothing: a
    collective (双方) is resolved by reading back only as far as it must, so each passage costs what is read for
    it, not the report's length (a list of all earlier passages per passage was quadratic in their number)."""

    def __init__(self, passages: list[Passage], facts: ReportFacts, index: int,
                 first: tuple[str, list[Located]] | None = None) -> None:
        # Not ``self.index``: that would hide Sequence.index.
        self.passages, self.facts, self.position, self.first = passages, facts, index, first

    def __len__(self) -> int:
        return self.position + 1

    @overload
    def __getitem__(self, i: int) -> tuple[str, list[Located]]: ...
    @overload
    def __getitem__(self, i: slice) -> Sequence[tuple[str, list[Located]]]: ...

    def __getitem__(self, i: int | slice) -> tuple[str, list[Located]] | Sequence[tuple[str, list[Located]]]:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if not 0 <= i <= self.position:
            raise IndexError(i)
        if i == 0 and self.first is not None:
            return self.first
        passage = self.passages[self.position - i]
        return passage.text, self.facts.located.get(passage.slug, [])


def in_title(text: str, at: int) -> bool:
    """``at`` stands inside a 《…》 title: a name there is part of the title, not someone the text tells of."""
    return text.rfind("《", 0, at) > text.rfind("》", 0, at)


def path_of(mention: Located) -> str:
    """The IRI path of a mention's node: org/WIPO, country/TR."""
    return f"{PATHS[mention.kind]}/{mention.key}"


def actors(mentions: list[Located], text: str, start: int = 0, end: int | None = None,
           kinds: tuple[str, ...] = (ORG, COUNTRY)) -> list[Located]:
    """The actors named in ``text[start:end]``, outermost only: 美国 inside 美国专利商标局 is the office.

    An acronym in brackets right after a name is that name again, not a second actor.
    """
    end = len(text) if end is None else end
    inside = [m for m in mentions if m.kind in kinds and m.start >= start and m.end <= end]
    nested = _nested(inside)
    return [m for i, m in enumerate(inside) if i not in nested
            and not (text[m.start - 1:m.start] in ("（", "(") and text[m.end:m.end + 1] in ("）", ")"))]


def _nested(mentions: list[Located]) -> set[int]:
    """The indexes of the mentions that lie inside a longer one, in one sweep (comparing all pairs was quadratic).

    In order of start (and longest first), whatever came before a span starts no later; it contains the span
    exactly when it ends no earlier, and it is longer unless it is the very same span.
    """
    order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, -mentions[i].end))
    nested: set[int] = set()
    furthest = -1  # the furthest end of the spans before the current group of identical spans
    group_end, group_span = -1, None
    for i in order:
        span = (mentions[i].start, mentions[i].end)
        if span != group_span:
            furthest, group_span = max(furthest, group_end), span
            group_end = span[1]
        if furthest >= span[1]:
            nested.add(i)
    return nested


def runs(found: list[Located], text: str, connector: re.Pattern[str] = CONNECTOR) -> list[list[Located]]:
    """Mentions grouped into runs named one after another (A、B和C), joined by what ``connector`` matches."""
    grouped: list[list[Located]] = []
    for actor in found:
        if grouped and connector.match(text[grouped[-1][-1].end:actor.start]):
            grouped[-1].append(actor)
        else:
            grouped.append([actor])
    return grouped


@dataclass(frozen=True)
class Speaker:
    """The person whose remarks a passage reports, their organisation, and where their words begin."""

    person: str | None
    organisation: str | None
    words_start: int


def speaker(passage: Passage, mentions: list[Located], facts: ReportFacts, gazetteer: Gazetteer,
            speech: str, lead: int = 0) -> Speaker | None:
    """The speaker of a forum paragraph: a person named in its opening words, or right after a quotation opening it
    (“…我们将…。”申长雨表示: its words are his too, grammar.opening_quotation), and a verb of speech after them. The
    words open at ``lead``, after a wire dateline and its byline (ingest.dateline.wire_lead)."""
    quoted = opening_quotation(passage.text, lead)
    opens = quoted or lead
    people = [m for m in mentions if m.kind == PERSON and m.start >= opens]
    if not people or people[0].start - opens > 40:
        return _titled_speaker(passage.text, mentions, speech, opens, lead if quoted else None)
    verb = re.search(speech, passage.text[people[0].end:])
    key, said = people[0].key, people[0].end + verb.start() if verb else 0
    stop = passage.text.rfind("。", people[0].end, said)  # A介绍了…。B表示，…: the verb is B's, the passage not his
    if verb is None or stop >= 0 and any(m.key != key and stop < m.start < said for m in people):
        return None
    return Speaker(key, affiliation_of(key, facts, gazetteer), lead if quoted else people[0].end + verb.end())


def affiliation_of(person: str, facts: ReportFacts, gazetteer: Gazetteer) -> str | None:
    """The organisation a person speaks or signs for: the gazetteer's, else the one the text gave with the name."""
    known = gazetteer.people.get(person)
    node = facts.nodes.get((PERSON, person))
    return known.affiliation[0] if known and known.affiliation else (node.details.get("affiliation") if node else None)


def _titled_speaker(text: str, mentions: list[Located], speech: str, start: int,
                    quoted: int | None) -> Speaker | None:
    """中国国际贸易促进委员会副会长柯良栋表示: an organisation, then a title and a name the people stage missed, then
    a verb of speech (from ``start``: after a wire dateline, or after a quotation opening the paragraph, whose words,
    from ``quoted`` on, are then the organisation's too); the organisation speaks."""
    verb = re.compile(speech).search(text, start, start + _SPEAKER_REACH)
    if verb is None:
        return None
    named = [m for m in actors(mentions, text, start, verb.start(), (ORG,))
             if verb.start() - m.end <= TITLE_AND_NAME and not re.search(f"[{CLAUSE_ENDS}]", text[m.end:verb.start()])]
    return Speaker(None, named[-1].key, verb.end() if quoted is None else quoted) if named else None


def omitted_subject(found_speaker: Speaker | None, author: tuple[str, ...]) -> list[str]:
    """Who a sentence without a subject means: the speaker's organisation, else the report's author."""
    if found_speaker is not None:
        return [f"org/{found_speaker.organisation}"] if found_speaker.organisation else []
    return [f"org/{key}" for key in author]


def no_subject(text: str, year: int | None, lead: tuple[str, ...]) -> bool:
    """No subject in the words before a verb once dates (``without_times``: 27日与…签订, 于11日签署), lead words (此外,
    继, 推进 …) and a setting (在…期间) are gone."""
    text = without_times(text, year, lead)
    opening = re.match(f"^(?:{alternation(lead)}|{SETTING.pattern}|\\s|[，,、])+", text)
    return not WORD_CHARS.search(text[opening.end():] if opening else text)


@lru_cache(maxsize=4)
def org_names(data_dir: Path) -> dict[str, str]:
    """Every Chinese name and alias of a known organisation → its key."""
    gazetteer = load_gazetteer(data_dir)
    names: dict[str, str] = {}
    for org in gazetteer.organisations.values():
        for name in (org.name_zh, *org.aliases_zh):
            names.setdefault(name, org.key)
    return names


@dataclass(kw_only=True)
class Statement:
    """What every extracted commitment carries: the passages that state it, the words it rests on, its confidence.

    ``identity`` says what makes two tellings one fact; its hash is the stable part of the node's IRI.
    """

    passages: list[str] = field(default_factory=list)
    quote: str = ""
    confidence: float = 0.8

    @property
    def identity(self) -> str:
        raise NotImplementedError

    def key(self, report_id: str) -> str:
        return f"{report_id}-{hashlib.sha1(self.identity.encode('utf-8')).hexdigest()[:10]}"


class ReportReader:
    """What an extractor of one report's commitments knows: its facts, author and years, and who speaks where."""

    def __init__(self, facts: ReportFacts, author: tuple[str, ...], year: int | None, data_dir: Path) -> None:
        self.facts = facts
        self.author = author
        self.year = year
        self.knowledge = data_dir
        self.gazetteer = load_gazetteer(data_dir)
        said = word_lists(data_dir / "commitments" / "pledge_words.tsv")  # 称 but not 名称: a pattern
        self.speech = outside(said.get("speech", ()), said.get("not_speech", ()))

    def speaker(self, passage: Passage) -> Speaker | None:
        return speaker(passage, self.facts.located.get(passage.slug, []), self.facts, self.gazetteer, self.speech,
                       wire_lead(passage.text, self.knowledge))

    def sentences(self, passage: Passage) -> Iterator[tuple[int, str, list[Located]]]:
        """Each sentence with its offset and the mentions inside it, their offsets relative to the sentence."""
        mentions = self.facts.located.get(passage.slug, [])
        for offset, sentence in sentences(passage.text):
            yield offset, sentence, shifted(within(mentions, offset, offset + len(sentence)), offset)


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
        self.one_script = self.gazetteer.one_script
        (self.collective, self._name, self._titled, self._opening, self._closing, self._referring,
         self._side) = party_patterns(data_dir)
        self._not_name = tuple(self.words.lists.get("not_name", ()))
        self._standing = self.words.lists.get("head", ())
        self._quantifiers = self.words.lists.get("quantifier", ())

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
        return words if self._name.fullmatch(words) else self.unheaded(words)

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

    def side(self, words: str) -> list[str]:
        """日方, 欧方, 中欧双方's kin: ``words`` that are only a country abbreviation and 方 ("the X side") name
        that country, else nobody."""
        found = self._side.fullmatch(self._closing.sub("", self._opening.sub("", words.strip())))
        return self.words.compound(found.group(1)) if found else []

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
        places = self.words.collectives.places_standing(word, context, at)  # 苏浙沪皖三省一市: no body named
        if places and (slug := _slug(context, 0)):
            return [p if "/" in p else self.new_party(p, slug) for p in places]
        text = context[0][0]
        sentence_start = max(text.rfind(c, 0, at) for c in SENTENCE_ENDS) + 1
        sentence_end = min([i for i in (text.find(c, at) for c in SENTENCE_ENDS) if i >= 0], default=len(text))
        compounds = sorted(self.words.abbreviation_run.finditer(text, sentence_start, sentence_end),
                           key=lambda m: (m.end() != at, abs(m.start() - at)))
        for found in compounds:
            members = self.words.compound(found.group(0))
            if counts(len(members), count):
                return [self.facts.body_of(m, self.gazetteer) for m in members] if kind == "org" else members
        listed = self._listed(count, kind, context, at) or self._compound_before(count, text, sentence_start)
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

    def _compound_before(self, count: int, text: str, end: int) -> list[str]:
        """中日韩…会议在东京举行。三方同意…: the last compound of as many countries earlier in the passage."""
        found = [members for m in self.words.abbreviation_run.finditer(text, 0, end)
                 if counts(len(members := self.words.compound(m.group(0))), count)]
        return found[-1] if found else []

    def _stands_for(self, mention: Located) -> str | None:
        """The actor a mention names: itself, or for a person the organisation he speaks or signs for."""
        if mention.kind != PERSON:
            return path_of(mention)
        affiliation = affiliation_of(mention.key, self.facts, self.gazetteer)
        known = affiliation in self.gazetteer.organisations or (ORG, affiliation) in self.facts.nodes
        return f"org/{affiliation}" if affiliation and known else None
