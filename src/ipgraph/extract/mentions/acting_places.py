"""Places that act: a city, district, county, banner or new area that opens a clause as the subject of a verb of
holding, signing or pledging (某市举办…, 某区将开展…, 由某县主办) stands for its government, as the annotators key it
(eval/realtext/README.d.md rule 5, README.f.md rule 4); every other mention of a place stays a place."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.spans import HAN
from ipgraph.knowledge.gazetteer import CITY, ORG, Gazetteer, read_tsv
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import AGENT_MARKS, CLAUSE_BREAKS, JOIN_OR_WITH, SENTENCE_ENDS, Disposal, alternation

_VERB_ROLES = ("organiser", "partner")
"""The roles of knowledge/events/roles.tsv whose pattern ``X<verb>`` names a body that holds an event."""
_SUBJECT = re.compile(r"^\^?X(?P<verb>[^…X的]+)$")
_JOINED = re.compile(JOIN_OR_WITH)

SpanMaker = Callable[..., Span | None]


def acting_verbs(data_dir: Path) -> tuple[str, ...]:
    """The verbs whose subject acts: the verbs of holding an event right after its holder (roles.tsv: X举办, X主办,
    X开展), of signing (signing.tsv, list sign, less its list issue: 通过 is also "by way of", 河东区通过签署…) and
    the cues of a pledge (pledge_words.tsv, list cue: 将, 承诺). The readers of events, agreements and pledges take
    their subjects from the same files."""
    roles = read_tsv(data_dir / "events" / "roles.tsv", ("role", "pattern"))
    holding = {m["verb"] for r in roles if r["role"] in _VERB_ROLES and (m := _SUBJECT.match(r["pattern"]))}
    signing = word_lists(data_dir / "commitments" / "signing.tsv")
    signs = set(signing.get("sign", ())) - set(signing.get("issue", ()))
    cues = word_lists(data_dir / "commitments" / "pledge_words.tsv").get("cue", ())
    return tuple(sorted(holding | signs | set(cues)))


class ActingPlaces:
    """Finds a place that acts; the place must be one the passage knows: a city of the reference data, a place
    opening with a Chinese province or prefecture-level city (provinces.tsv, prefectures.tsv: 连云港市, 德州天衢新区),
    or the place a body's name in the passage opens with or holds (天津市河东区人民政府 makes 河东区 one), so a word
    that merely ends in 区 or 市 (亚太地区, 全市) is never taken."""

    def __init__(self, data_dir: Path, gazetteer: Gazetteer) -> None:
        suffixes = alternation(tuple(gazetteer.place_suffixes))
        opens = re.escape(CLAUSE_BREAKS + SENTENCE_ENDS + "“\"")
        self.shape = re.compile(rf"(?:^|(?<=[{opens}\s]))[{AGENT_MARKS}]?(?P<place>{HAN}{{2,12}}?(?:{suffixes}))"
                                rf"(?={alternation(acting_verbs(data_dir))})")
        self.suffixes = tuple(sorted(gazetteer.place_suffixes, key=len, reverse=True))
        self.chinese = tuple(sorted((*gazetteer.provinces, *gazetteer.prefectures)))
        self.city_country = {c.key: c.country for c in gazetteer.cities.values()}
        words = word_lists(data_dir / "commitments" / "pledge_words.tsv")
        self.disposal = Disposal.of(words)

    def __call__(self, doc: Doc, text: str, spans: list[Span], make: SpanMaker) -> list[Span]:
        """The organisation mentions of the places that act in the passage; ``make`` is the maker of a new
        organisation's span (OrgShapes._span)."""
        out: list[Span] = []
        places = self.shape.finditer(text) if any(s in text for s in self.suffixes) else ()  # a place's suffix
        for start, end in (part for match in places for part in self._conjuncts(text, *match.span("place"))):
            country = self._known(text[start:end], start, end, spans)
            if country is None or self._disposal(text, end) or \
                    any(s.label_ == ORG and s.start_char < end and start < s.end_char for s in spans):
                continue
            span = make(doc, start, end, None, "government")
            if span is not None and span._.ipg:
                span._.ipg["country"] = country
                out.append(span)
        return out

    def _conjuncts(self, text: str, start: int, end: int) -> list[tuple[int, int]]:
        """The places a subject joins (北京市与天津市签署, 甲市、乙市和丙市共同举办): each that ends in a place's suffix
        before a coordinator or 与 acts on its own; the shape's name, read up to the verb, would hold them all."""
        parts, at = [], start
        for joined in _JOINED.finditer(text, start, end):
            if text[at:joined.start()].endswith(self.suffixes):
                parts.append((at, joined.start()))
                at = joined.end()
        return [*parts, (at, end)]

    def _disposal(self, text: str, at: int) -> bool:
        """将 marks an object, not the future, when a word that completes 将X (纳入, 为, 成) follows in its clause and
        no word of the future opens it (pledge_words.tsv, lists object, not_object, future): 某市将X纳入Y is what the
        place did, not a body's act announced (the pledge reader reads 将 so too)."""
        return self.disposal.marked(text, at)

    def _known(self, place: str, start: int, end: int, spans: list[Span]) -> str | None:
        """The country of the place when the passage knows it for one (None: not a place the passage knows)."""
        stem = next((place[: -len(s)] for s in self.suffixes if place.endswith(s)), place)
        if len(stem) < 2:
            return None
        for span in spans:
            if span.label_ == CITY and span.start_char == start and span.end_char in (end, start + len(stem)):
                return self.city_country.get(span.kb_id_, "")
            if span.label_ == ORG and place in span.text and not span.text.endswith(place):
                return (span._.ipg or {}).get("country", "") or ""
        return "CN" if stem.startswith(self.chinese) else None
