"""Places that act: a city, district, county, banner or new area that opens a clause as the subject of a verb of
holding, signing or pledging (某市举办…, 某区将开展…, 由某县主办), or follows 与 right before a verb of signing as the
counterpart that signs (四校分别与某高新区签署…), stands for its government, as the annotators key it
(eval/realtext/README.d.md rule 5, README.f.md rule 4); every other mention of a place stays a place."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.spans import HAN
from ipgraph.knowledge.gazetteer import CITY, ORG, Gazetteer, read_tsv
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import (
    AGENT_MARKS,
    BY,
    CLAUSE_BREAKS,
    ENUMERATION_COMMA,
    JOIN_OR_WITH,
    SENTENCE_ENDS,
    WHOLE,
    Disposal,
    alternation,
)

_VERB_ROLES = ("organiser", "partner")
"""The roles of knowledge/events/roles.tsv whose pattern ``X<verb>`` names a body that holds an event."""
_SUBJECT = re.compile(r"^\^?X(?P<verb>[^…X的]+)$")
_JOINED = re.compile(JOIN_OR_WITH)

SpanMaker = Callable[..., Span | None]

_ZONE_STEM = 6
"""The longest own name of a zone that opens with no place the gazetteer knows (紫竹, 张江, 梅山: two characters
mostly); a longer stretch before a zone's word is a clause run into it, not a name."""


def acting_verbs(data_dir: Path) -> tuple[str, ...]:
    """The verbs whose subject acts: the verbs of holding an event right after its holder (roles.tsv: X举办, X主办,
    X开展), of signing (signing.tsv, list sign, less its list issue: 通过 is also "by way of", 河东区通过签署…) and
    the cues of a pledge (pledge_words.tsv, list cue: 将, 承诺). The readers of events, agreements and pledges take
    their subjects from the same files."""
    cues = word_lists(data_dir / "commitments" / "pledge_words.tsv").get("cue", ())
    return tuple(sorted(set(holding_verbs(data_dir)) | set(signing_verbs(data_dir)) | set(cues)))


def holding_verbs(data_dir: Path) -> tuple[str, ...]:
    """The verbs of holding an event right after its holder (roles.tsv: X举办, X主办, X承办, X开展)."""
    roles = read_tsv(data_dir / "events" / "roles.tsv", ("role", "pattern"))
    return tuple(sorted({m["verb"] for r in roles if r["role"] in _VERB_ROLES and (m := _SUBJECT.match(r["pattern"]))}))


def signing_verbs(data_dir: Path) -> tuple[str, ...]:
    """The verbs of signing (signing.tsv, list sign, less its list issue: 通过 is also "by way of")."""
    signing = word_lists(data_dir / "commitments" / "signing.tsv")
    return tuple(sorted(set(signing.get("sign", ())) - set(signing.get("issue", ()))))


class ActingPlaces:
    """Finds a place that acts; the place must be one the passage knows: a city of the reference data, a place
    opening with a Chinese province or prefecture-level city (provinces.tsv, prefectures.tsv: 连云港市, 德州天衢新区),
    a county-level division (counties.tsv: 阎良区), a zone named by a short name of its own (张江高新区), or the
    place a body's name in the passage opens with or holds (天津市河东区人民政府 makes 河东区 one), so a word that
    merely ends in 区 or 市 (亚太地区, 全市) is never taken. The place opens its clause, or follows 由 wherever it
    stands (论坛由浙江省主办), and places listed with 、 act each (浙江省、江苏省共同主办)."""

    def __init__(self, data_dir: Path, gazetteer: Gazetteer, generic: tuple[str, ...] = ()) -> None:
        suffixes = alternation(tuple(gazetteer.place_suffixes))
        opens = re.escape(CLAUSE_BREAKS + SENTENCE_ENDS + "“\"")
        named = rf"(?P<place>{HAN}{{2,12}}?(?:{suffixes})(?:{ENUMERATION_COMMA}{HAN}{{2,12}}?(?:{suffixes}))*)"
        place = rf"{named}(?={alternation(acting_verbs(data_dir))})"
        withs = "".join(word_lists(data_dir / "commitments" / "signing.tsv").get("with", ()))
        self.shapes = (re.compile(rf"(?:^|(?<=[{opens}\s]))[{AGENT_MARKS}]?{place}"), re.compile(rf"(?<={BY}){place}"),
                       re.compile(rf"(?<=[{withs}]){named}(?={alternation(signing_verbs(data_dir))})"))
        self.suffixes = tuple(sorted(gazetteer.place_suffixes, key=len, reverse=True))
        self.chinese = tuple(sorted((*gazetteer.provinces, *gazetteer.prefectures)))
        self.counties = tuple(gazetteer.counties)
        self.zones = tuple(sorted(gazetteer.zones, key=len, reverse=True))
        self.generic = (*generic, WHOLE)
        self.levels = tuple(s for s in gazetteer.place_suffixes if len(s) == 1)
        self.city_country = {c.key: c.country for c in gazetteer.cities.values()}
        words = word_lists(data_dir / "commitments" / "pledge_words.tsv")
        self.disposal = Disposal.of(words)

    def __call__(self, doc: Doc, text: str, spans: list[Span], make: SpanMaker) -> list[Span]:
        """The organisation mentions of the places that act in the passage; ``make`` is the maker of a new
        organisation's span (OrgShapes._span)."""
        out: list[Span] = []
        spans_read = {m.span("place") for shape in self.shapes for m in shape.finditer(text)} \
            if any(s in text for s in self.suffixes) else set()  # a place's suffix
        for start, end in sorted({part for span in spans_read for part in self._conjuncts(text, *span)}):
            country = self._known(text[start:end], start, end, spans)
            if country is None or self._disposal(text, end) or \
                    any(s.label_ == ORG and s.start_char < end and start < s.end_char for s in (*spans, *out)):
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
        if stem.startswith(self.chinese) or place.startswith(self.counties):
            return "CN"
        return "" if self._zone(place) else None

    def _zone(self, place: str) -> bool:
        """A zone the state set up, named by a short name of its own before the zone's word (张江高新区, 紫竹高新区:
        zones.tsv, words of three characters or more; 新区 alone ends too many words): not a kind of zone (国家级
        高新区, 全市开发区: a word of generality or of the whole opens it, or a level's suffix stands in it: 该市开发区)
        nor a clause run into one (论坛由该开发区)."""
        zone = next((z for z in self.zones if place.endswith(z)), "")
        stem = place[: len(place) - len(zone)]
        return len(zone) > 2 and 2 <= len(stem) <= _ZONE_STEM and not stem.startswith(self.generic) \
            and not any(c in stem for c in (BY, *self.levels))
