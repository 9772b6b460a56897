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
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ipgraph.zh.dates import DateSpan, find_dates
from ipgraph.extract.events import ORG_CONNECTOR as CONNECTOR
from ipgraph.extract.facts import Located, ReportFacts, shifted, within
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, PERSON, TREATY, Gazetteer, load as load_gazetteer
from ipgraph.ingest.passages import FOOTNOTE, Passage
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import alternation
from ipgraph.zh.grammar import sentences

PATHS = {ORG: "org", COUNTRY: "country", PERSON: "person", TREATY: "treaty"}
_CJK_OR_LATIN = re.compile(r"[\u4e00-\u9fffA-Za-z]")


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
            and not (text[m.start - 1:m.start] == "（" and text[m.end:m.end + 1] == "）")]


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

    person: str
    organisation: str | None
    words_start: int


def speaker(passage: Passage, mentions: list[Located], facts: ReportFacts, gazetteer: Gazetteer,
            speech: tuple[str, ...]) -> Speaker | None:
    """The speaker of a forum paragraph: a person named in its opening words and a verb of speech after them."""
    people = [m for m in mentions if m.kind == PERSON]
    if not people or people[0].start > 40:
        return None
    verb = re.search("|".join(map(re.escape, speech)) or "(?!)", passage.text[people[0].end:])
    if verb is None:
        return None
    key = people[0].key
    known = gazetteer.people.get(key)
    node = facts.nodes.get((PERSON, key))
    affiliation = (known.affiliation[0] if known and known.affiliation
                   else (node.details.get("affiliation") if node else None))
    return Speaker(key, affiliation, people[0].end + verb.end())


def omitted_subject(found_speaker: Speaker | None, author: tuple[str, ...]) -> list[str]:
    """Who a sentence without a subject means: the speaker's organisation, else the report's author."""
    if found_speaker is not None:
        return [f"org/{found_speaker.organisation}"] if found_speaker.organisation else []
    return [f"org/{key}" for key in author]


def no_subject(text: str, year: int | None, lead: tuple[str, ...]) -> bool:
    """No subject in the words before a verb once dates and lead words (此外, 继, 推进 …) are gone."""
    for date in reversed(find_dates(text, year)):
        text = text[:date.begin] + text[date.finish:]
    opening = re.match(f"^(?:{alternation(lead)}|\\s|[，,、])+", text)
    return not _CJK_OR_LATIN.search(text[opening.end():] if opening else text)


def covered_year(period: str | None) -> str | None:
    """The year a report covers, when its period lies within one calendar year (2023-01/2023-12 → 2023)."""
    if not period or "/" not in period:
        return None
    start, end = period.split("/", 1)
    return start[:4] if start[:4] == end[:4] else None


def stated_date(sentence: str, clause: tuple[int, int], at: int, year: int | None,
                as_of: tuple[str, ...]) -> tuple[str | None, bool]:
    """The date a clause gives for what happens at ``at``, and whether the sentence only gives a cut-off.

    A date in the clause wins, then the last one before ``at`` in the sentence. A date after 截至 (as of)
    is a cut-off, not the day something happened: the second value is then true.
    """
    spans = find_dates(sentence, year)
    cut_off = [d for d in spans if sentence[max(0, d.begin - 3):d.begin].endswith(as_of)] if as_of else []
    usable: list[DateSpan] = [d for d in spans if d not in cut_off]
    in_clause = [d for d in usable if clause[0] <= d.begin < clause[1]]
    before = [d for d in usable if d.finish <= at]
    chosen = in_clause[0] if in_clause else (before[-1] if before else None)
    return (chosen.start if chosen else None), bool(cut_off) and chosen is None


def fallback_date(passage: Passage, report_year: str | None) -> str | None:
    """The year a one-year report covers stands for an undated activity it reports; a footnote's background does not."""
    return None if passage.kind == FOOTNOTE else report_year


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
        self.gazetteer = load_gazetteer(data_dir)
        self.speech = word_lists(data_dir / "commitments" / "pledge_words.tsv").get("speech", ())

    def speaker(self, passage: Passage) -> Speaker | None:
        return speaker(passage, self.facts.located.get(passage.slug, []), self.facts, self.gazetteer, self.speech)

    def sentences(self, passage: Passage) -> Iterator[tuple[int, str, list[Located]]]:
        """Each sentence with its offset and the mentions inside it, their offsets relative to the sentence."""
        mentions = self.facts.located.get(passage.slug, [])
        for offset, sentence in sentences(passage.text):
            yield offset, sentence, shifted(within(mentions, offset, offset + len(sentence)), offset)
