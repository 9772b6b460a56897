"""Passages → mentions: the spaCy pipeline and the components it is assembled from.

Components are registered by name and the pipeline is built from
``pipeline.cfg``, so a researcher can reorder or swap components in config.
Each component adds spans to ``doc.spans["mentions"]``; a span's label is the
kind of thing named and its ``kb_id_`` the key of the node it resolves to
(empty for an organisation or person the reference data does not know yet,
whose details sit in ``span._.ipg``). Definitions such as 埃及知识产权局（EGIPA）
go to ``doc.spans["definitions"]``; Latin acronyms nobody knows go to
``doc.spans["candidates"]`` for the report-level resolver.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from ipgraph.ingest.textnorm import mask_urls
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY, load as load_gazetteer
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import alternation

MENTION_RULES = {
    "org-shape": ("organisation by its shape", "按形态识别的机构",
                  "A place name, a few characters and an institutional head noun (knowledge/gazetteer/org_heads.tsv)."),
    "person-pattern": ("person by pattern", "按模式识别的人物",
                       "A speaker row 'name organisation title' or 'organisation title name' in running text."),
}

CONFIG = Path(__file__).with_name("pipeline.cfg")
MENTIONS, DEFINITIONS, CANDIDATES = "mentions", "definitions", "candidates"
BLOCK, ACRONYM = "BLOCK", "ACRONYM"
_TEXT = "ipgraph_text"
_PRIORITY = {ORG: 0, TREATY: 1, PERSON: 2, COUNTRY: 3, CITY: 4, BLOCK: 5}
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,8})?(?![A-Za-z0-9])")
_DEFINITION = re.compile(r"^\s*[（(](?:以下简称)?[“\"]?([A-Za-z][A-Za-z0-9\-&/.]{1,15}|[\u4e00-\u9fff]{2,8})[”\"]?[）)]")
_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,8}$|^[A-Z][a-z]+(?: [A-Z][a-z]+){1,4}$")

if not Span.has_extension("ipg"):
    Span.set_extension("ipg", default=None)


@dataclass(frozen=True)
class Mention:
    """A name found in a passage, with the node it resolves to (``key`` empty when new)."""

    kind: str
    key: str
    text: str
    start: int
    end: int
    details: dict = field(default_factory=dict, compare=False, hash=False)


def doc_text(doc: Doc) -> str:
    """The doc's text, kept in ``user_data``: spaCy rebuilds ``doc.text`` from every token on each access, which
    was 40% of extraction time when each component read it."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def _set(doc: Doc, name: str, spans: list[Span]) -> None:
    doc.spans[name] = SpanGroup(doc, name=name, spans=sorted(spans, key=lambda s: (s.start, s.end)))


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    """A Latin name glued to letters, digits or a slash is part of a longer token (WIPO/ACE/12/14)."""
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (text[start].isascii() and (before.isascii() and before.isalnum() or before == "/")) or (
        text[end - 1].isascii() and (after.isascii() and after.isalnum() or after == "/"))


class GazetteerMatcher:
    """Longest-match lookup of every known name; a name inside a Latin word does not count."""

    def __init__(self, nlp: Language, data_dir: str) -> None:
        self.matcher = PhraseMatcher(nlp.vocab)
        patterns: dict[str, list] = {}
        for kind, key, name in load_gazetteer(Path(data_dir)).names():
            patterns.setdefault(f"{kind}|{key}", []).append(name)
        patterns[f"{BLOCK}|"] = list(load_gazetteer(Path(data_dir)).blockers)
        for label in sorted(patterns):
            self.matcher.add(label, list(nlp.tokenizer.pipe(sorted(set(patterns[label])))))

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        text = doc_text(doc)
        for match_id, start, end in self.matcher(doc):
            kind, key = doc.vocab.strings[match_id].split("|", 1)
            span = Span(doc, start, end, label=kind, kb_id=key)
            if not _inside_latin_word(text, span.start_char, span.end_char):
                spans.append(span)
        spans.sort(key=lambda s: (_PRIORITY[s.label_], s.kb_id_))
        kept = [s for s in filter_spans(spans) if s.label_ != BLOCK]
        _set(doc, MENTIONS, kept + _countries_inside(spans, kept))
        return doc


def _countries_inside(spans: list[Span], kept: list[Span]) -> list[Span]:
    """A country named inside an organisation's name (埃及知识产权局) is named by the passage too."""
    kept_at = {(s.start, s.end, s.label) for s in kept}
    inside = set()
    for org in (s for s in kept if s.label_ == ORG):
        inside.update(range(org.start, org.end))
    nested = [s for s in spans if s.label_ == COUNTRY and (s.start, s.end, s.label) not in kept_at
              and s.start in inside and s.end - 1 in inside]
    return filter_spans(nested)


class OrgShapes:
    """Organisations the data does not know, by their shape: a place, a few characters, a head noun."""

    def __init__(self, data_dir: str, max_chars: int = 16) -> None:
        self.heads = load_gazetteer(Path(data_dir)).org_heads
        self.max_chars = max_chars

    def __call__(self, doc: Doc) -> Doc:
        found = list(doc.spans[MENTIONS])
        taken = {i for s in found if s.label_ in (ORG, TREATY, PERSON) for i in range(s.start_char, s.end_char)}
        places = [s for s in found if s.label_ in (COUNTRY, CITY)]
        place_starts = sorted(p.start_char for p in places)
        added = []
        text = doc_text(doc)
        for place in places:
            span = self._extend(doc, text, place)
            if span is None or any(i in taken for i in range(span.start_char, span.end_char)):
                continue
            later = bisect.bisect_right(place_starts, place.start_char)
            if later < len(place_starts) and place_starts[later] < span.end_char:
                continue
            added.append(span)
            taken.update(range(span.start_char, span.end_char))
        covered = {i for span in added for i in range(span.start, span.end)}
        found = [s for s in found if s.label_ == COUNTRY or not (s.start in covered and s.end - 1 in covered)]
        _set(doc, MENTIONS, found + added)
        return doc

    def _extend(self, doc: Doc, text: str, place: Span) -> Span | None:
        window = text[place.end_char : place.end_char + self.max_chars]
        stop = re.search(r"[，。；：（）()“”《》\s等]|和(?=[\u4e00-\u9fff]{0,3}(?:国|方))", window)
        window = window[: stop.start()] if stop else window
        for end in range(1, len(window) + 1):
            for head, not_before, not_after in self.heads:
                stem = window[: end - len(head)]
                if window[:end].endswith(head) and stem and not stem.endswith(not_after or ("\0",)):
                    after = text[place.end_char + end : place.end_char + end + 2]
                    if not any(after.startswith(nb) for nb in not_before):
                        return self._span(doc, place, place.end_char + end)
        return None

    @staticmethod
    def _span(doc: Doc, place: Span, end_char: int) -> Span | None:
        span = doc.char_span(place.start_char, end_char, label=ORG, kb_id="")
        if span is None:
            return None
        country = place.kb_id_ if place.label_ == COUNTRY else ""
        span._.ipg = {"name": span.text, "country": country, "place": place.kb_id_, "place_kind": place.label_}
        return span


class Definitions:
    """``名称（ACR）``, ``名称（简称）`` and ``（以下简称“X”）`` right after a mention, and unknown acronyms."""

    def __call__(self, doc: Doc) -> Doc:
        definitions, candidates = [], []
        text = doc_text(doc)
        mentions = list(doc.spans[MENTIONS])
        covering: dict[int, list[Span]] = {}  # character → the mentions over it
        for mention in mentions:
            if mention.kb_id_:
                for i in range(mention.start_char, mention.end_char):
                    covering.setdefault(i, []).append(mention)
        for mention in mentions:
            if mention.label_ not in (ORG, TREATY):
                continue
            match = _DEFINITION.match(text[mention.end_char : mention.end_char + 30])
            if not match:
                continue
            start = mention.end_char + match.start(1)
            span = doc.char_span(start, start + len(match.group(1)), label=mention.label_, kb_id=mention.kb_id_)
            if span is not None and not _names_another(span, covering.get(span.start_char, [])):
                span._.ipg = {"defines": mention.text, "of": dict(mention._.ipg or {})}
                definitions.append(span)
        defined = {i for d in definitions for i in range(d.start_char, d.end_char)}
        mentions = [m for m in mentions if defined.isdisjoint(range(m.start_char, m.end_char))] + definitions
        _set(doc, MENTIONS, mentions)
        covered = {i for s in mentions for i in range(s.start_char, s.end_char)}
        for match in _ACRONYM.finditer(text):
            if match.start() not in covered:
                span = doc.char_span(match.start(), match.end(), label=ACRONYM)
                if span is not None:
                    candidates.append(span)
        _set(doc, DEFINITIONS, definitions)
        _set(doc, CANDIDATES, candidates)
        return doc


class People:
    """People by pattern: a speaker row "name  organisation title", or "organisation title name" in text."""

    def __init__(self, data_dir: str) -> None:
        gazetteer = load_gazetteer(Path(data_dir))
        self.titles = gazetteer.titles
        speech = word_lists(Path(data_dir) / "commitments" / "pledge_words.tsv").get("speech", ())
        self.name_pattern = re.compile(rf"[\u4e00-\u9fff]{{2,3}}(?:·[\u4e00-\u9fff]{{1,5}})?"
                               rf"(?={alternation((*gazetteer.after_name, *speech))}|，|。|$)")

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc.spans[MENTIONS])
        if any(s.label_ == PERSON for s in mentions):
            return doc
        text = doc_text(doc)
        person = self._row(doc, text, mentions) or self._inline(doc, text, mentions)
        if person is not None:
            _set(doc, MENTIONS, [s for s in mentions if not _overlaps(s, person)] + [person])
        return doc

    def _row(self, doc: Doc, text: str, mentions: list[Span]) -> Span | None:
        match = re.match(r"^(\S{1,4}(?: \S)?|[A-Z][a-z]+(?: [A-Z][a-z]+){1,4}) +(\S.*)$", text)
        orgs = [s for s in mentions if s.label_ == ORG]
        if not match or not orgs or orgs[0].start_char != match.start(2):
            return None
        name = match.group(1).replace(" ", "") if not match.group(1).isascii() else match.group(1)
        org = orgs[-1]
        role = text[org.end_char :].strip()
        if not _CJK_NAME.match(name) or not any(t in role for t in self.titles) or len(role) > 20:
            return None
        return self._person(doc, match.start(1), match.end(1), name, org, role)

    def _inline(self, doc: Doc, text: str, mentions: list[Span]) -> Span | None:
        for org in (s for s in mentions if s.label_ == ORG):
            rest = text[org.end_char : org.end_char + 40]
            title = next((t for t in self.titles if rest.startswith(t)), None)
            if title is None:
                continue
            name = self.name_pattern.match(rest[len(title):])
            if name:
                start = org.end_char + len(title)
                return self._person(doc, start, start + name.end(), name.group(0), org, title)
        return None

    @staticmethod
    def _person(doc: Doc, start: int, end: int, name: str, org: Span, role: str) -> Span | None:
        span = doc.char_span(start, end, label=PERSON, kb_id="")
        if span is not None:
            span._.ipg = {"name": name, "role": role, "affiliation": org.kb_id_, "affiliation_text": org.text}
        return span


def _names_another(definition: Span, covering: list[Span]) -> bool:
    """The bracket holds a name the reference data gives to another entity: an alias, not a definition.

    ``covering`` are the mentions with a node over the definition's first character (all of them: looking
    through every mention of the passage for each definition was quadratic).
    """
    return any(m.kb_id_ != definition.kb_id_ and m.end_char >= definition.end_char for m in covering)


def _overlaps(a: Span, b: Span) -> bool:
    return a.start_char < b.end_char and b.start_char < a.end_char


@Language.factory("ipgraph_gazetteer", default_config={"data_dir": ""})
def make_gazetteer(nlp: Language, name: str, data_dir: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, data_dir)


@Language.factory("ipgraph_org_shapes", default_config={"data_dir": "", "max_chars": 16})
def make_org_shapes(nlp: Language, name: str, data_dir: str, max_chars: int) -> OrgShapes:
    return OrgShapes(data_dir, max_chars)


@Language.factory("ipgraph_definitions")
def make_definitions(nlp: Language, name: str) -> Definitions:
    return Definitions()


@Language.factory("ipgraph_people", default_config={"data_dir": ""})
def make_people(nlp: Language, name: str, data_dir: str) -> People:
    return People(data_dir)


@lru_cache(maxsize=2)
def load(data_dir: Path) -> Language:
    """The pipeline of ``pipeline.cfg`` with its reference data read from ``data_dir``."""
    config = spacy.util.load_config(CONFIG)
    for component in config["components"].values():
        if "data_dir" in component:
            component["data_dir"] = str(data_dir)
    return spacy.util.load_model_from_config(config, auto_fill=True)


def _mention(span: Span) -> Mention:
    return Mention(span.label_, span.kb_id_, span.text, span.start_char, span.end_char, dict(span._.ipg or {}))


def _make_doc(nlp: Language, text: str) -> Doc:
    """The tokenised text, with the text itself at hand for the components (see ``doc_text``)."""
    doc = Doc(nlp.vocab, *characters(text))
    doc.user_data[_TEXT] = text
    return doc


def characters(text: str) -> tuple[list[str], list[bool]]:
    """The tokens of ``pipeline.cfg``'s character segmenter, in one pass: each character that is not white space,
    the white space between them as tokens of their own, a single space after a character as that token's space.

    What spaCy's ``ChineseTokenizer`` gives, without its alignment (``get_words_and_spaces``), which copies the
    rest of the text for every character: quadratic, 8 s for one passage of 300,000 characters.
    """
    words: list[str] = []
    spaces: list[bool] = []
    position, length = 0, len(text)
    while position < length:
        gap = position
        while gap < length and text[gap].isspace():
            gap += 1
        if gap > position:
            words.append(text[position:gap])
            spaces.append(False)
            position = gap
            if position == length:
                break
        words.append(text[position])
        spaces.append(False)
        position += 1
        if position < length and text[position] == " ":
            spaces[-1] = True
            position += 1
    return words, spaces


@dataclass
class PassageMentions:
    """What the pipeline found in one passage."""

    mentions: list[Mention]
    definitions: list[Mention]
    candidates: list[Mention]


def analyse(texts: list[str], data_dir: Path) -> list[PassageMentions]:
    """Run the pipeline over texts; URLs are masked first so no name is found inside a link."""
    nlp = load(data_dir)
    out = []
    for doc in nlp.pipe(_make_doc(nlp, mask_urls(t)) for t in texts):
        out.append(PassageMentions(*[[_mention(s) for s in doc.spans.get(name, [])]
                                     for name in (MENTIONS, DEFINITIONS, CANDIDATES)]))
    return out


def mentions(texts: list[str], data_dir: Path) -> list[list[Mention]]:
    """The mentions of each text."""
    return [found.mentions for found in analyse(texts, data_dir)]
