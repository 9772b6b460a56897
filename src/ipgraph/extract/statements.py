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
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import overload

from ipgraph.extract.events import ORG_CONNECTOR as CONNECTOR
from ipgraph.extract.party_words import TITLE_AND_NAME
from ipgraph.extract.report_facts import Located, ReportFacts, shifted, within
from ipgraph.ingest.dateline import wire_lead
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON, TREATY, Gazetteer, load as load_gazetteer
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.dates import without_times
from ipgraph.zh.grammar import (
    CLAUSE_BREAKS,
    SENTENCE_ENDS,
    SETTING,
    SHORT_FORM_WORDS,
    alternation,
    clause_bounds,
    opening_quotation,
    outside,
    sentences,
)

CLAUSE_ENDS = CLAUSE_BREAKS + SENTENCE_ENDS
SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]")

PATHS = {ORG: "org", COUNTRY: "country", PERSON: "person", TREATY: "treaty"}
WORD_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]")
"""A character of a word (an ideograph or a Latin letter), not a mark."""
_SPEAKER_REACH = 60


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

    An acronym or a short form in brackets right after a name (A（WIPO）, A(以下简称“甲”)) is that name again, not a
    second actor.
    """
    end = len(text) if end is None else end
    inside = [m for m in mentions if m.kind in kinds and m.start >= start and m.end <= end]
    nested = _nested(inside)
    return [m for i, m in enumerate(inside) if i not in nested and not _bracketed(text, m)]


_SHORT_FORM_OPENS = re.compile(f"[（(](?:{SHORT_FORM_WORDS})?[:：]?[“\"]?$")
_SHORT_FORM_CLOSES = re.compile("[”\"]?[）)]")


def _bracketed(text: str, mention: Located) -> bool:
    """Whether ``mention`` is the short form a bracket gives the name before it: (WIPO), (以下简称“甲”)."""
    return bool(_SHORT_FORM_OPENS.search(text, max(0, mention.start - 8), mention.start)
                and _SHORT_FORM_CLOSES.match(text, mention.end))


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


def signed_for(run: list[Located], found: list[Located], mentions: list[Located], text: str) -> list[Located]:
    """``run`` continued over the officials who sign for its bodies (与A副主任甲、B董事长乙签署: A and B): a body
    followed by a title and a person's name (within TITLE_AND_NAME, no clause break) and a joint goes on with the
    body after the joint."""
    people = [m for m in mentions if m.kind == PERSON]
    for actor in (m for m in found if m.start >= run[-1].end):
        person = next((p for p in people if run[-1].end <= p.start and p.end <= actor.start
                       and p.start - run[-1].end <= TITLE_AND_NAME
                       and not re.search(f"[{CLAUSE_ENDS}]", text[run[-1].end:p.start])
                       and CONNECTOR.match(text[p.end:actor.start])), None)
        if person is None:
            break
        run = [*run, actor]
    return run


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
    if verb is not None and not SENTENCE_END.search(passage.text, people[0].end, said):
        key = _clause_subject(passage.text, people, said) or key  # 会见甲时，乙表示: 乙 speaks, 甲 is in a setting
    stop = passage.text.rfind("。", people[0].end, said)  # A介绍了…。B表示，…: the verb is B's, the passage not his
    if verb is None or stop >= 0 and any(m.key != key and stop < m.start < said for m in people):
        return None
    return Speaker(key, affiliation_of(key, facts, gazetteer), lead if quoted else people[0].end + verb.end())


def _clause_subject(text: str, people: list[Located], said: int) -> str | None:
    """The person who opens the clause of the verb of speech at ``said`` (after a comma: 会见甲时，乙表示), if any."""
    start = clause_bounds(text, said)[0]
    start += len(text[start:said]) - len(text[start:said].lstrip())
    return next((m.key for m in people if m.start == start and m.end <= said), None)


def affiliation_of(person: str, facts: ReportFacts, gazetteer: Gazetteer) -> str | None:
    """The organisation a person speaks or signs for: the gazetteer's, else the one the text gave with the name."""
    known = gazetteer.people.get(person)
    node = facts.nodes.get((PERSON, person))
    return known.affiliation[0] if known and known.affiliation else (node.details.get("affiliation") if node else None)


def speaking_unit(named: str, who: Speaker | None, gazetteer: Gazetteer) -> str:
    """The speaker's own organisation where it is a unit of the actor named (国家知识产权局将… said by an
    official of its protection department), else the actor named."""
    if who is None or not who.organisation or not named.startswith("org/"):
        return named
    unit = gazetteer.organisations.get(who.organisation)
    parents = set()
    while unit is not None and unit.parent and unit.parent not in parents:
        parents.add(unit.parent)
        unit = gazetteer.organisations.get(unit.parent)
    return f"org/{who.organisation}" if named.removeprefix("org/") in parents else named


def state_of(person: str, facts: ReportFacts) -> str | None:
    """The state a person the text ties to no organisation speaks for (尼泊尔首席大法官甲: the text names no court of
    his), as ``ip:country`` tells it; None when the person has an organisation."""
    node = facts.nodes.get((PERSON, person))
    return node.details.get("country") or None if node and not node.details.get("affiliation") else None


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
