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
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY, load as load_gazetteer, read_tsv
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import (
    CLAUSE_BREAKS,
    COORDINATORS,
    NAME_BREAKS,
    NAME_DOTS,
    NAME_PUNCTUATION,
    NUMERALS,
    ORDINAL,
    POSTED,
    SENTENCE_ENDS,
    WITH,
    alternation,
    between_names,
)

MENTION_RULES = {
    "org-shape": ("organisation by its structure", "按结构识别的机构",
                  "A head noun (knowledge/gazetteer/org_heads.tsv) with the words before it, read from a place or a "
                  "known organisation in front of it, or back to where the name starts; or an outlet named by a "
                  "source line or dateline (media_cues.tsv)."),
    "person-pattern": ("person by structure", "按结构识别的人物",
                       "A name beside a title (titles.tsv, title_prefixes.tsv), starting with a surname "
                       "(surnames.tsv), transliterated with ·, or in Latin script; or a speaker row."),
}

CONFIG = Path(__file__).with_name("pipeline.cfg")
MENTIONS, DEFINITIONS, CANDIDATES = "mentions", "definitions", "candidates"
BLOCK, ACRONYM = "BLOCK", "ACRONYM"
_TEXT = "ipgraph_text"
_PRIORITY = {ORG: 0, TREATY: 1, PERSON: 2, COUNTRY: 3, CITY: 4, BLOCK: 5}
_ACRONYM = re.compile(r"(?<![A-Za-z0-9])[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,8})?(?![A-Za-z0-9])")
_DEFINITION = re.compile(r"^\s*[（(](?:以下简称)?[“\"]?"
                         r"([A-Za-z][A-Za-z0-9\-&/.]{1,15}|[\u4e00-\u9fff]{2,8})[”\"]?[）)]")
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
            self.matcher.add(label, [nlp.make_doc(name) for name in sorted(set(patterns[label]))])

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
    inside: set[int] = set()
    for org in (s for s in kept if s.label_ == ORG):
        inside.update(range(org.start, org.end))
    nested = [s for s in spans if s.label_ == COUNTRY and (s.start, s.end, s.label) not in kept_at
              and s.start in inside and s.end - 1 in inside]
    return filter_spans(nested)


_CJK = "\u4e00-\u9fff"
_BRACKET = re.compile(r"[（(][^（）()]{1,10}[）)]")


_ORDINAL_END = re.compile(ORDINAL.pattern.replace("第", "第?") + "$")
"""An ordinal ending where a name would start (第29次中日…局长会议): the name of a session, not of a body."""
_BETWEEN_NAMES = between_names(with_=True)
_ONE_PER_PLACE = ("national-office", "government", "customs")
"""Kinds of body a country or city has one of, so that a head shared by places names one each."""
_NOUN_JOINS = {c for c in (*COORDINATORS, WITH) if len(c) == 1 and "\u4e00" <= c <= "\u9fff"}
_LIST_MARKS = {c for c in COORDINATORS if len(c) == 1}
"""What joins the items of a list of names one character long (、和及)."""


def _doubled(name: str) -> bool:
    """A name printed twice in a row: a source line glued to the dateline that repeats it (来源:X + X9月6日电)."""
    half = len(name) // 2
    return len(name) % 2 == 0 and name[:half] == name[half:]


def _is_cjk(char: str) -> bool:
    return "\u4e00" <= char <= "\u9fff"


class OrgShapes:
    """Organisations the data does not know, by their structure: a head noun (知识产权局, 协会, 海关) with the
    modifiers before it, read forwards from a place or a known organisation in front of it (埃及知识产权局 →
    Egypt's; 欧洲专利局医药与公众卫生审查部 → a unit of the EPO), or backwards from a head that names a body on its
    own (中华商标协会); and news outlets where a source line or a dateline names them (来源:光明日报)."""

    def __init__(self, data_dir: str, max_chars: int = 16) -> None:
        gazetteer = load_gazetteer(Path(data_dir))
        self.heads = gazetteer.org_heads
        self.max_chars = max_chars
        self.city_country = {c.key: c.country for c in gazetteer.cities.values()}
        self.org_country = {o.key: o.country for o in gazetteer.organisations.values()}
        self.known = {name: key for kind, key, name in gazetteer.names() if kind == ORG}
        self.groups = {o.key for o in gazetteer.organisations.values() if o.kind in ("igo", "network")}
        self.abbreviations = {r["abbreviation"] for r in read_tsv(
            Path(data_dir) / "commitments" / "country_abbreviations.tsv", ("abbreviation",))}
        self.any_head = re.compile(f"(?=({alternation(tuple(h.head for h in self.heads))}))")
        suffixes = alternation(gazetteer.place_suffixes)
        self.place_shape = re.compile(rf"{alternation(gazetteer.provinces)}|[{_CJK}]{{2,4}}?(?:{suffixes})")
        self.place_suffix = re.compile(f"(?:{suffixes})?")
        self.lone_places = {s for s in gazetteer.place_suffixes if len(s) == 1}
        speech = word_lists(Path(data_dir) / "commitments" / "pledge_words.tsv").get("speech", ())
        # A title stops a name, unless a head noun starts with it (委员会, 律师事务所: the title is the name's) or it
        # names an occupation (律师协会).
        named = {t for t in gazetteer.titles if any(h.head.startswith(t) for h in self.heads)}
        named |= set(gazetteer.occupations)
        self.stops = (*gazetteer.name_stops, *speech, *(t for t in gazetteer.titles if t not in named))
        cues = word_lists(Path(data_dir) / "gazetteer" / "media_cues.tsv")
        self.byline = re.compile(alternation(cues["reporter"]))
        self.source = re.compile(rf"(?:{alternation(cues['source'])})\s*[：:]\s*([{_CJK}]{{2,10}})(?![{_CJK}])")
        self.dateline = re.compile(rf"^\s*([{_CJK}]{{2,12}}?)\d{{1,2}}月\d{{1,2}}日(?:{alternation(cues['dateline'])})",
                                   re.MULTILINE)

    def __call__(self, doc: Doc) -> Doc:
        found = list(doc.spans[MENTIONS])
        text = doc_text(doc)
        backward = self._backward_names(text, found)
        candidates = [(start, end, place, "media") for start, end, place in self._outlets(text, found)] + \
            [(start, end, place, "") for start, end, place in backward]
        inside = {i for s in found if s.label_ == ORG for i in range(s.start_char, s.end_char)}
        anchors = [(s.start_char, s.end_char, s) for s in found
                   if s.label_ == ORG or s.label_ in (COUNTRY, CITY) and s.start_char not in inside] + backward
        for start, end, anchor in anchors:
            longer = self._forward(text, end, found, complete=(start, end, anchor) in backward)
            if longer is not None and anchor is not None and anchor.label_ == ORG and not self._unit(text, end, longer):
                continue
            if longer is not None:
                candidates.append((start, longer, anchor, ""))
        added: list[Span] = []
        taken: set[int] = set()
        rank = {"media": 0, ORG: 1}
        for start, end, anchor, kind in sorted(candidates, key=lambda c: (
                c[0], -c[1], rank.get(c[3] or (c[2].label_ if c[2] is not None else ""), 2))):
            if any(i in taken for i in range(start, end)) or not self._fits(text, start, end, found) or \
                    self._collective(text, start, end, anchor):
                continue
            span = self._span(doc, start, end, anchor, kind)
            if span is not None:
                added.append(span)
                taken.update(range(start, end))
        added += self._coordinated(doc, text, found, added)
        added += self._sibling_units(doc, text, found, added)
        found = [s for s in found if s.label_ == COUNTRY
                 or not any(s.start_char >= a.start_char and s.end_char <= a.end_char for a in added)]
        _set(doc, MENTIONS, found + added)
        return doc

    def _coordinated(self, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
        """One body for each of coordinated places that share a head: 珠海市、中山市政府 (珠海市政府 too), 尼日利亚、
        卡塔尔和沙特阿拉伯的知识产权局 (three offices)."""
        places = sorted((m for m in found if m.label_ in (COUNTRY, CITY)), key=lambda m: m.start_char)
        ends = {_suffix_end(self.place_suffix, text, p.end_char): p for p in places}
        out: list[Span] = []
        for place in places:
            full_end = _suffix_end(self.place_suffix, text, place.end_char)
            shared = next((a for a in added if a.start_char == place.start_char
                           and (a._.ipg or {}).get("kind") in _ONE_PER_PLACE), None)
            rest = text[full_end : shared.end_char] if shared is not None else self._head_after_de(text, full_end)
            listed = self._listed_before(text, place, ends)
            if not rest or not listed:
                continue
            if shared is None:
                listed.append(place)
            for other in listed:
                other_end = _suffix_end(self.place_suffix, text, other.end_char)
                span = self._span(doc, other.start_char, other_end, other,
                                  name=text[other.start_char : other_end] + rest,
                                  head_end=full_end + len(rest) + (0 if shared is not None else 1))
                if span is not None and not any(_overlaps(span, a) for a in added + out):
                    out.append(span)
        return out

    def _sibling_units(self, doc: Doc, text: str, found: list[Span], added: list[Span]) -> list[Span]:
        """Units listed after a unit, each by its own words and head (欧盟委员会农业总司、贸易总司和企业总司): units of
        the same parent, named with the parent's part of the first unit's name; or, when its name shows no parent,
        bodies with the same head (市检一分院、三分院)."""
        taken = [(s.start_char, s.end_char) for s in (*found, *added)]
        out: list[Span] = []
        for unit in added:
            parent = self._parent_part(text, unit.start_char, unit.end_char)
            head = self._head_at(text, unit.end_char)
            at = unit.end_char
            while head is not None and text[at : at + 1] in _LIST_MARKS:
                end = at + 1
                while end < len(text) and _is_cjk(text[end]) and text[end] not in NAME_BREAKS and end - at <= 10:
                    end += 1
                end = next((e for e in range(end, at + 2, -1) if self._head_at(text, e) is not None
                            and (parent or text.startswith(head.head, e - len(head.head)))), 0)
                if not end or any(s < end and at + 1 < e for s, e in taken):
                    break
                span = self._span(doc, at + 1, end, None, name=parent + text[at + 1 : end])
                if span is None:
                    break
                if parent:
                    span._.ipg.update(kind="unit", parent=(unit._.ipg or {}).get("parent", ""),
                                      country=(unit._.ipg or {}).get("country", ""))
                out.append(span)
                at = end
        return out

    def _parent_part(self, text: str, start: int, end: int) -> str:
        """The words of a unit's name that name its parent: up to the last head noun before its own head
        (欧盟委员会 in 欧盟委员会农业总司); empty when the name holds one head only."""
        last = self._head_at(text, end)
        inner = [at for at in range(start + 2, end - len(last.head) if last else start)
                 if self._head_at(text, at) is not None and len(self._head_at(text, at).head) > 1]
        return text[start : inner[-1]] if inner else ""

    def _head_after_de(self, text: str, at: int) -> str:
        """A bare head after 的 (…和沙特阿拉伯的知识产权局): the head the places before share, when each place has
        one such body (an office, a government, a customs service; not 中国和美国的大学)."""
        if text[at : at + 1] != "的":
            return ""
        return next((h.head for h in self.heads if text.startswith(h.head, at + 1) and h.kind in _ONE_PER_PLACE
                     and self._head_at(text, at + 1 + len(h.head)) is not None), "")

    @staticmethod
    def _listed_before(text: str, place: Span, ends: dict[int, Span]) -> list[Span]:
        """The places coordinated before ``place`` (珠海市、 before 中山市), nearest last."""
        listed: list[Span] = []
        current = place
        while True:
            before = next((p for end, p in ends.items() if end <= current.start_char
                           and _BETWEEN_NAMES.match(text[end : current.start_char])
                           and text[end : current.start_char]), None)
            if before is None or before in listed:
                return listed[::-1]
            listed.append(before)
            current = before

    def _unit(self, text: str, begin: int, end: int) -> bool:
        """What follows a known organisation names a unit of it when it has words of its own before the head and
        the head is not that of another international body (由WIPO组织 is a verb; 世卫组织密切合作组织 too)."""
        head = self._head_at(text, end)
        return head is not None and end - len(head.head) > begin and head.kind != "igo"

    def _collective(self, text: str, start: int, end: int, anchor: Span | None) -> bool:
        """The offices of a group of countries (金砖国家知识产权局, 中日韩知识产权局局长会议): a national office
        after a group or after two country abbreviations is several offices, not one."""
        head = self._head_at(text, end)
        if head is None or head.kind != "national-office":
            return False
        if anchor is not None and anchor.label_ == ORG and anchor.kb_id_ in self.groups:
            return True
        return all(c in self.abbreviations for c in text[start : start + 2])

    @staticmethod
    def _fits(text: str, start: int, end: int, found: list[Span]) -> bool:
        """A new name may hold a known name whole, with more after it, at its start (a unit: 欧洲专利局审查部), in a
        bracket, or as where a mission is posted (我驻欧盟使团): never cut one, never be one, never swallow one."""
        return all(m.start_char >= start and m.end_char < end and (
            m.start_char == start or text[m.start_char - 1] in ("(", "（", POSTED)) for m in found
            if m.label_ in (ORG, TREATY, PERSON) and m.start_char < end and start < m.end_char)

    def _backward_names(self, text: str, found: list[Span]) -> list[tuple[int, int, Span | None]]:
        """Names read leftwards from each head: any head after a place (山东省市场监管局), a head that names a body
        alone after as many characters as it needs (中华商标协会, 光明日报)."""
        out = []
        named = {i for s in found if s.label_ in (ORG, TREATY, PERSON) for i in range(s.start_char, s.end_char)}
        for match in self.any_head.finditer(text):
            end = match.end(1)
            head = self._head_at(text, end)
            if head is None or end - 1 in named:
                continue
            start = self._backward(text, end - len(head.head), found)
            lone = self._lone_place(text, start)
            start = self._after_inner_name(text, start, end - len(head.head)) if lone else start
            place, shape = self._place_at(found, start), self.place_shape.match(text, start, end - len(head.head))
            stem = end - len(head.head) - start
            if (stem >= 2 or lone) and text[start - 1 : start] != "的" and text[start] not in NUMERALS + "(（" and \
                    not ORDINAL.match(text, start) and (
                    place is not None or shape or lone or head.alone is not None and stem >= head.alone):
                out.append((start, end, place))
        return out

    def _after_inner_name(self, text: str, start: int, head_start: int) -> int:
        """Where a name that opens with a bare 省/市 starts when another such name precedes it in the run read
        leftwards (市检察院联合市检一分院: at the second 市)."""
        inner = [at for at in range(start + 3, head_start) if self._head_at(text, at) is not None]
        if not inner:
            return start
        return next((at for at in range(inner[-1], head_start) if text[at] in self.lone_places), start)

    def _lone_place(self, text: str, start: int) -> bool:
        """A name that opens a clause with a bare 省, 市 or 区 (省知识产权局, 市检察院): the body of the province or
        city the report is about."""
        return text[start] in self.lone_places and (
            start == 0 or not _is_cjk(text[start - 1]) or text[start - 1] in NAME_BREAKS
            or text.endswith(self.stops, 0, start))

    def _head_at(self, text: str, end: int):
        """The longest head that ends a name at ``end`` (not followed by what makes it another word), if any."""
        for head in self.heads:
            start = end - len(head.head)
            if start > 0 and text.startswith(head.head, start) \
                    and not text[:start].endswith(head.not_after or ("\0",)) \
                    and not text.startswith(head.not_before or ("\0",), end):
                return head
        return None

    def _forward(self, text: str, begin: int, found: list[Span], complete: bool = False) -> int | None:
        """The furthest end of a name that goes on from ``begin`` (after a place or an organisation) to a head
        within the clause, before a function word, a verb, the next organisation or person (中国与埃及知识产权局
        is Egypt's), or a place after a complete name (香港中通社香港中通社 is two; ``complete``: the name before
        ``begin`` already ends in a head)."""
        if begin < len(text) and text[begin - 1 : begin + 1].startswith(("(", "（")):
            return None
        limit = min(len(text), begin + self.max_chars)
        for other in found:
            if begin <= other.start_char < limit and other.label_ not in (COUNTRY, CITY) and not (
                    text[other.start_char - 1] in "(（" and text[other.end_char : other.end_char + 1] in (")", "）")):
                limit = other.start_char
        places = {m.start_char for m in found if m.label_ in (COUNTRY, CITY)} | \
            {at for at in range(begin, limit) if text[at] in self.lone_places}  # …监管局联合省知识产权局: two
        best, joined, at, listed = None, begin, begin, False
        while at < limit and not ((best is not None or complete) and at in places):
            bracket = _BRACKET.match(text, at)
            if bracket and not self.byline.search(bracket.group(0)):
                at = bracket.end()
                continue
            if not _is_cjk(text[at]) and not self._listed_nouns(text, begin, at, best, found, limit) or \
                    text[at] in NAME_BREAKS and not self._joins_nouns(text, begin, at, best, found) or \
                    text.startswith(self.stops, at):
                break
            joined = at + 1 if text[at] in _NOUN_JOINS or text[at] == "、" else joined
            listed = listed or text[at] == "、"
            at += 1
            head = self._head_at(text, at)
            if head is not None and at - len(head.head) >= joined + (0 if listed else 1):
                best = at
        return best

    def _listed_nouns(self, text: str, begin: int, at: int, best: int | None, found: list[Span], limit: int) -> bool:
        """、 inside a name lists nouns before its head when 和/及/与 closes the list before the head
        (专利、外观设计和商标局: India's office of all three), not names (中国、日本和韩国)."""
        if text[at] != "、" or not self._joins_nouns(text, begin, at, best, found):
            return False
        rest = text[at + 1 : limit]
        closing = min((rest.find(c) for c in _NOUN_JOINS if c in rest), default=-1)
        return closing > 0 and any(self._head_at(text, at + 1 + e) is not None
                                   for e in range(closing + 2, len(rest) + 1)) and "、" not in rest[:closing]

    @staticmethod
    def _joins_nouns(text: str, begin: int, at: int, best: int | None, found: list[Span]) -> bool:
        """与/和/及 inside a name join two nouns before its head (医药与公众卫生审查部, 竞争和知识产权保护局); after a
        complete name or its bracket (中国贸促会（CCPIT）和…中心), or before a place, they join two names."""
        return (text[at] in (*_NOUN_JOINS, "、") and best is None and at > begin and text[at - 1] not in "）)"
                and not any(m.start_char == at + 1 for m in found))

    def _backward(self, text: str, head_start: int, found: list[Span]) -> int:
        """Where a name ending in a head starts: read leftwards over its characters and brackets (an acronym's only
        after a head: 国际保护知识产权协会(AIPPI)中国分会) to punctuation, a
        function word, a verb that stands before names, another name, or a place (a name starts with its place:
        中国发明协会, unless a bracket or another place precedes it: 中国中山(灯饰)…中心); the place or body a
        mission is posted at is part of its name (我驻欧盟使团)."""
        ends = {s.end_char: s for s in found}
        at = head_start
        while at > 0 and head_start - at < 16 and not text.endswith(self.stops, 0, at) and \
                not _ORDINAL_END.search(text, max(0, at - 8), at):
            mention = ends.get(at)
            if mention is not None:
                if text[mention.start_char - 1 : mention.start_char] == POSTED:
                    at = mention.start_char - 1
                    continue
                if mention.label_ not in (COUNTRY, CITY):
                    break
                at = mention.start_char
                if at in ends or text[at - 1 : at] in ("）", ")"):
                    continue
                break
            char = text[at - 1]
            if char in "）)":
                opening = max(text.rfind("（", 0, at), text.rfind("(", 0, at))
                if opening < 0 or not _BRACKET.fullmatch(text, opening, at) or self.byline.search(text, opening, at) \
                        or text[opening + 1 : at - 1].isascii() and self._head_at(text, opening) is None:
                    break
                at = opening
            elif _is_cjk(char) and char not in NAME_BREAKS:
                at -= 1
            else:
                break
        return at

    def _outlets(self, text: str, found: list[Span]) -> list[tuple[int, int, Span | None]]:
        """The outlet a source line (来源:X) or a dateline (X日内瓦7月6日电) names, without the place it dates from."""
        out = [(m.start(1), m.end(1) - (len(m.group(1)) // 2 if _doubled(m.group(1)) else 0))
               for m in self.source.finditer(text)]
        sourced = [text[s:e] for s, e in out]
        for match in self.dateline.finditer(text):
            start, end = match.span(1)
            place = next((s for s in found if s.end_char == end and s.label_ in (COUNTRY, CITY)
                          and s.start_char > start), None)
            end = place.start_char if place else end
            end = next((start + len(n) for n in sourced if text.startswith(n, start) and start + len(n) < end), end)
            out.append((start, end))
        return [(s, e, self._place_at(found, s)) for s, e in out if e - s >= 2 and not any(
            m.start_char == s and m.label_ == ORG for m in found)]

    @staticmethod
    def _place_at(found: list[Span], start: int) -> Span | None:
        return next((s for s in found if s.start_char == start and s.label_ in (COUNTRY, CITY)), None)

    def _span(self, doc: Doc, start: int, end: int, anchor: Span | None, kind: str = "", name: str = "",
              head_end: int = 0) -> Span | None:
        """The mention of a new organisation; ``name`` when it is not the text of the span (a head shared by
        coordinated places: resolved to the reference data when it holds the name), ``head_end`` where the head that
        gives its kind ends."""
        known = self.known.get(name, "")
        span = doc.char_span(start, end, label=ORG, kb_id=known)
        if span is None or known:
            return span
        text = doc_text(doc)
        head = self._head_at(text, head_end or end)
        details = {"name": name or span.text, "kind": kind or (head.kind if head else "other"), "country": "",
                   "parent": ""}
        if anchor is not None and anchor.label_ == ORG:
            details.update(kind="unit", parent=anchor.kb_id_, country=self.org_country.get(anchor.kb_id_, ""))
        elif anchor is not None:
            country = anchor.kb_id_ if anchor.label_ == COUNTRY else self.city_country.get(anchor.kb_id_, "")
            details.update(place=anchor.kb_id_, place_kind=anchor.label_, country=country)
        span._.ipg = details
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
            if not match or not _abbreviates(match, mention.text):
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


_Named = tuple[int, int, str, "Span | None", int]
"""A person found: start, end, role, the organisation printed before, where the employer would end."""
_TRANSLITERATED = re.compile(rf"[\u4e00-\u9fff]{{1,8}}(?:\s?[{NAME_DOTS}]\s?[\u4e00-\u9fff]{{1,8}})+")
_LATIN_NAME = re.compile(r"[A-Z][a-zà-ÿ]+(?:\s(?:[A-Z][a-zà-ÿ]+|d[aeo]s?|van|von|der|del|la|di)){1,4}(?![A-Za-z])")


class People:
    """People by structure: a name next to a title (局长申长雨, 张海波院长, 党组书记、局长王伟群), a transliterated
    name with · (塔季扬娜·莫尔切安), a Latin name after a title or before an honorific; several per sentence
    (A、B、C出席). The affiliation is the organisation printed right before the title (or the name)."""

    def __init__(self, data_dir: str) -> None:
        gazetteer = load_gazetteer(Path(data_dir))
        speech = word_lists(Path(data_dir) / "commitments" / "pledge_words.tsv").get("speech", ())
        title = f"(?:{alternation(gazetteer.title_prefixes)})*(?:{alternation(gazetteer.titles)})"
        self.title = re.compile(f"{title}(?:、{title})*")
        self.honorific = re.compile(alternation(gazetteer.honorifics))
        self.noun_head = re.compile(alternation(tuple(h.head for h in gazetteer.org_heads if len(h.head) > 1)))
        self.any_head = re.compile(f"(?:{alternation(tuple(h.head for h in gazetteer.org_heads))})$")
        # A bare name is a full one (张海燕, 欧阳明): two-character words starting with a surname abound (全体).
        single = alternation(tuple(n for n in gazetteer.surnames if len(n) == 1))
        compound = alternation(tuple(n for n in gazetteer.surnames if len(n) > 1))
        name = f"(?:{compound})[{_CJK}]{{1,2}}?|(?:{single})[{_CJK}]{{2}}"
        verbs = "等?(?:" + alternation((*gazetteer.bare_name_verbs, *speech)) + ")"
        self.list_end = re.compile(rf"{verbs}|等|{alternation(COORDINATORS)}|[{re.escape(NAME_PUNCTUATION)}\s]|$")
        self.bare_item = re.compile(f"(?:{name})(?=[、和与及]|{verbs})")
        self.bare_list = re.compile(rf"(?:^|(?<=[{re.escape(CLAUSE_BREAKS + SENTENCE_ENDS)}\s由据據]))"
                                    rf"((?:(?:{name})[、和与及]){{0,5}}(?:{name})){verbs}", re.MULTILINE)
        credits = alternation((*word_lists(Path(data_dir) / "gazetteer" / "media_cues.tsv")["reporter"], "摄影"))
        credited = rf"[{_CJK}](?: ?[{_CJK}]){{1,2}}"
        role = rf"(?:{credits})[：:]?\s*"
        self.byline_part = re.compile(rf"(?P<role>{credits})[：:]?\s*|(?P<name>{credited}?)(?=[、，,\s]|$| ?摄$)"
                                      rf"|[、，,\s]+| ?摄$")
        self.byline_bracket = re.compile(rf"[（(【]((?:{role})?{credited}(?:(?:[、，,\s]+|{role}){{1,3}}{credited})*"
                                         rf"(?: ?摄)?)[）)】]\s*$", re.MULTILINE)
        self.surname = re.compile(alternation(gazetteer.surnames))
        words = (*gazetteer.after_name, *speech, *gazetteer.titles, *gazetteer.title_prefixes, *gazetteer.honorifics,
                 *COORDINATORS, WITH)
        self.follow_words = words
        self.follower = re.compile(rf"{alternation(words)}|[{re.escape(NAME_PUNCTUATION)}\s（）()]|$")
        self.cut = re.compile(rf"^.*(?:{title}|[{NAME_BREAKS}])")
        self.row = re.compile(r"^(\S{1,4}(?: \S)?|[A-Z][a-z]+(?: [A-Z][a-z]+){1,4}) +(\S.*)$")
        self.org_country = {o.key: o.country for o in gazetteer.organisations.values()}
        self.city_country = {c.key: c.country for c in gazetteer.cities.values()}
        self.place_shape = re.compile(rf"[{_CJK}]{{2,4}}?(?:{alternation(gazetteer.place_suffixes)})$")
        self.occupations = set(gazetteer.occupations)
        self.reporter = re.compile(alternation(word_lists(Path(data_dir) / "gazetteer" / "media_cues.tsv")["reporter"]))
        self.governments = {name: org.key for org in gazetteer.organisations.values() if org.kind == "government"
                            for name in (org.name_zh, *org.aliases_zh)}
        self.government_heads = tuple(h.head for h in gazetteer.org_heads if h.kind == "government")
        self.place_suffix = re.compile(f"(?:{alternation(gazetteer.place_suffixes)})?")

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc.spans[MENTIONS])
        text = doc_text(doc)
        blocked = {i for s in mentions if s.label_ in (ORG, TREATY, PERSON) for i in range(s.start_char, s.end_char)}
        places = {(s.start_char, s.end_char) for s in mentions if s.label_ in (COUNTRY, CITY)}  # 苏丹驻华大使
        people: list[Span] = []
        for start, end, role, org, title_at in self._row(text, mentions) + self._bylines(text) + \
                self._titled(text, mentions) + self._bare(text) + \
                self._transliterated(text, mentions):
            if any(i in blocked for i in range(start, end)) or (start, end) in places:
                continue
            byline = bool(role and self.reporter.search(role))
            if org is not None and byline and (org._.ipg or {}).get("kind") != "media":
                org = None  # (某领事馆)\n责编:X — the editor works for the outlet, not for the body before
            employer = (org.kb_id_, org.text) if org is not None else self._employer(text, mentions, title_at, role)
            person = self._person(doc, start, end, role, employer)
            if person is not None:
                if employer is None and not byline and (government := self._local_government(text, mentions, title_at,
                                                                                              role)):
                    person._.ipg.update(government_of=government)
                elif employer is None:
                    short = "" if byline else self._short(text, title_at, role)
                    person._.ipg.update(byline=byline, affiliation_short=short)
                people.append(person)
                blocked.update(range(start, end))
        if people:
            _set(doc, MENTIONS, [s for s in mentions if not any(_overlaps(s, p) for p in people)] + people)
        return doc

    def _row(self, text: str, mentions: list[Span]) -> list[_Named]:
        """A speaker row of a programme: "name  organisation title"."""
        match = self.row.match(text)
        orgs = [s for s in mentions if s.label_ == ORG]
        if not match or not orgs or orgs[0].start_char != match.start(2):
            return []
        role = text[orgs[-1].end_char :].strip()
        name = match.group(1).replace(" ", "") if not match.group(1).isascii() else match.group(1)
        if not _CJK_NAME.match(name) or not self.title.search(role) or len(role) > 20:
            return []
        return [(match.start(1), match.end(1), role, orgs[-1], -1)]

    def _bylines(self, text: str) -> list[_Named]:
        """The names a bracket at the end of a paragraph credits (（胡海燕、宋金华）, (记者 孙 航),
        （通讯员 李明 记者 赵强）, （张三 摄）): each a surname and one or two characters, spaced or not, after the word
        of its role if any."""
        found: list[_Named] = []
        for bracket in self.byline_bracket.finditer(text):
            items, role, at = [], "", bracket.start(1)
            for part in self.byline_part.finditer(bracket.group(1)):
                if part.group("role"):
                    role = part.group("role")
                elif part.group("name") and self.surname.match(part.group("name").replace(" ", "")):
                    items.append((at + part.start("name"), at + part.end("name"), role))
            squeezed = [text[s:e].replace(" ", "") for s, e, _ in items]
            if items and all(self._plain(name, 0, len(name)) for name in squeezed):
                found += [(s, e, r, None, s) for s, e, r in items]
        return found

    def _bare(self, text: str) -> list[_Named]:
        """Names with no title that open a clause (or follow 由, 据) before a verb of attending or speaking
        (张伟、李娜和王芳出席; 会上，刘明介绍; 据刘明介绍): full names, listed with 、和与及."""
        found: list[_Named] = []
        for clause in self.bare_list.finditer(text):
            items, at = [], clause.start(1)
            while (item := self.bare_item.match(text, at, clause.end())) is not None:
                items.append(item.span())
                at = item.end() + (1 if item.end() < clause.end(1) else 0)
            if items and items[-1][1] == clause.end(1) and all(
                    self._plain(text, s, e, s + 1) and not self.place_shape.match(text, s, e)
                    and not self.any_head.search(text, s, e) for s, e in items):
                found += [(s, e, "", None, s) for s, e in items]
        return found

    def _titled(self, text: str, mentions: list[Span]) -> list[_Named]:
        """Each title with the name after it (局长申长雨, 责编:李瑞辰、许雪) or, failing that, before it (张军院长)."""
        ends = {s.end_char: s for s in mentions if s.label_ == ORG}
        ends.update({end + 1: org for end, org in list(ends.items()) if text[end : end + 1] in ("）", ")")})
        masked = list(text)
        for body in set(ends.values()):
            masked[body.start_char : body.end_char] = "\0" * (body.end_char - body.start_char)
        found: list[_Named] = []
        for match in self.title.finditer("".join(masked)):
            if self._inside_noun(text, match.start(), match.end()):
                continue
            at = match.end() + (1 if text[match.end() : match.end() + 1] in ("：", ":") else 0)
            at += 1 if text[at : at + 1] == " " and _LATIN_NAME.match(text, at + 1) else 0
            names: list[tuple[int, int]] = []
            place = self._place_before(text, mentions, match.start())
            after_org = match.start() in ends or place is not None
            country = self._country(ends[match.start()]) if match.start() in ends else place
            foreign = None if after_org and not country else bool(after_org and country != "CN")
            while (name := self._name_at(text, at, after_org and not names, foreign and not names)) is not None:
                if names and (self.title.match(text, name[1]) or not self.list_end.match(text, name[1])):
                    break  # 局长甲、乙县知事丙, 署长甲、國際合作司…: the next item is no name of the list
                names.append(name)  # the names after the first need a word that follows a name: 副局长甲、乙出席
                if text[name[1] : name[1] + 1] != "、":
                    break
                at = name[1] + 1
            org, title_at = ends.get(match.start()), match.start()
            if not names and (name := self._name_before(text, match.start(), ends)) is not None:
                names, org, title_at = [name], ends.get(name[0]), name[0]
            elif not names and org is not None and (name := self._apposed(text, org, ends)) is not None:
                names = [name]
            elif not names and (name := self._bracketed(text, match.start(), match.end(), ends)) is not None:
                names = [name]
            elif org is None and place is None and (listed := self._listed_after(text, match.start(), found)):
                org, title_at = listed
            found += [(start, end, match.group(0), org, title_at) for start, end in names]
        for match in self.honorific.finditer(text):
            name = self._name_before(text, match.start(), ends)
            if name is not None:
                found.append((*name, "", ends.get(name[0]), name[0]))
        return found

    def _inside_noun(self, text: str, start: int, end: int) -> bool:
        """A title that a head noun goes on from is part of a body's name (委员会, 秘书处, 理事会), not a role."""
        return any((head := self.noun_head.match(text, at)) is not None and head.end() > end
                   for at in range(start, end))

    def _apposed(self, text: str, org: Span, ends: dict[int, Span]) -> tuple[int, int] | None:
        """The name a clause opens with, set off by a comma before "organisation title" (王敏，某局某司司长，…)."""
        if text[org.start_char - 1 : org.start_char] not in ("，", ","):
            return None
        name = self._name_before(text, org.start_char - 1, ends)
        opens = name is not None and (name[0] == 0 or text[name[0] - 1] in NAME_PUNCTUATION + "\n ")
        return name if opens else None

    def _bracketed(self, text: str, start: int, end: int, ends: dict[int, Span]) -> tuple[int, int] | None:
        """The name before a bracket that ends with the title (张立群（北京大学教授）表示)."""
        opening = max(text.rfind("（", max(0, start - 30), start), text.rfind("(", max(0, start - 30), start))
        if text[end : end + 1] not in ("）", ")") or opening < 0 or any(c in "）)" for c in text[opening:start]):
            return None
        return self._name_before(text, opening, ends)

    @staticmethod
    def _listed_after(text: str, at: int, found: list[_Named]) -> tuple[Span | None, int] | None:
        """The body and title position of the person listed right before a title that names no body of its own
        (中国人民大学法学院院长王轶、副院长石佳友: the deputy is of the same school)."""
        if text[at - 1 : at] not in ("、", "，", ","):
            return None
        return next(((org, title_at) for _, end, _, org, title_at in reversed(found) if end == at - 1), None)

    def _place_before(self, text: str, mentions: list[Span], at: int) -> str | None:
        """The country of a place printed right before ``at`` (上海市, 日本兵库县; 兵库县: "" when unknown), or None."""
        for place in (m for m in mentions if m.label_ in (CITY, COUNTRY) and m.end_char <= at):
            rest = text[place.end_char : at]
            if self.place_suffix.fullmatch(rest) or self.place_shape.fullmatch(rest):
                return place.kb_id_ if place.label_ == COUNTRY else self.city_country.get(place.kb_id_, "")
        return "" if self.place_shape.search(text, max(0, at - 6), at) else None

    def _country(self, org: Span) -> str:
        return self.org_country.get(org.kb_id_, "") if org.kb_id_ else (org._.ipg or {}).get("country", "")

    def _name_at(self, text: str, at: int, after_org: bool, foreign: bool | None) -> tuple[int, int] | None:
        """The name that starts at ``at``: Latin, transliterated, a surname and one or two characters (followed by
        what follows a name, or after an organisation's title: 局长申长雨同率团), or, after the title of a body that
        is not Chinese (``foreign``; None when the body's country is unknown, and a surname is tried first), a name
        without a Chinese surname (日本特许厅长官滨野幸一)."""
        for pattern in (_LATIN_NAME, _TRANSLITERATED):
            match = pattern.match(text, at)
            if match:
                return at, at + len(self._trim_right(match.group(0)).rstrip())
        if foreign and (run := self._foreign_name(text, at)) is not None:
            return run
        surname = self.surname.match(text, at)
        starts_word = self.follower.match(text, at)
        if surname and text[at] not in COORDINATORS and not (starts_word and len(starts_word.group(0)) > 1):
            for end in (surname.end() + 1, surname.end() + 2):
                if self._plain(text, at, end, surname.end()) and (
                        self.follower.match(text, end) or end == surname.end() + 2 and after_org):
                    return at, end
        return self._foreign_name(text, at) if foreign is None else None

    def _foreign_name(self, text: str, at: int) -> tuple[int, int] | None:
        """Two to five characters up to the first word that follows a name (纽森出席, 滨野幸一、, 坂田奈津子出席)."""
        if self.follower.match(text, at) is None:
            for end in range(at + 2, at + 6):
                if self._plain(text, at, end) and self.follower.match(text, end):
                    return at, end
        return None

    def _name_before(self, text: str, end: int, org_ends: dict[int, Span]) -> tuple[int, int] | None:
        """The name that ends at ``end`` (before a title or an honorific): a surname and one or two characters, or a
        transliterated or Latin name, after punctuation, a coordinator or an organisation."""
        for pattern in (_TRANSLITERATED, _LATIN_NAME):
            match = next((m for m in pattern.finditer(text, max(0, end - 40), end) if m.end() == end), None)
            if match:
                cut = self.cut.match(match.group(0))
                start = match.start() + (len(cut.group(0)) if cut else 0)
                return (start, end) if end > start else None
        for start in (end - 4, end - 3, end - 2):
            surname = self.surname.match(text, start) if start >= 0 else None
            if surname and end - surname.end() in (1, 2) and self._plain(text, start, end, surname.end()) and \
                    text[start] not in COORDINATORS and (
                    start == 0 or not _is_cjk(text[start - 1]) or text[start - 1] in (*COORDINATORS, *NAME_BREAKS)
                    or start in org_ends):
                return start, end
        return None

    def _transliterated(self, text: str, mentions: list[Span]) -> list[_Named]:
        """A name with · anywhere (采访了帕特里克·蒂普先生): its first part cut after a title or a function word."""
        found: list[_Named] = []
        for match in _TRANSLITERATED.finditer(text):
            head = self.cut.match(match.group(0))
            start = match.start() + (len(head.group(0)) if head and not any(d in head.group(0) for d in NAME_DOTS)
                                     else 0)
            end = match.start() + len(self._trim_right(match.group(0)).rstrip())
            if end - start >= 3:
                found.append((start, end, "", None, start))
        return found

    def _trim_right(self, name: str) -> str:
        """A name without the words a regex took after it (…卡斯特罗介绍 → …卡斯特罗)."""
        last = max(name.rfind(mark) for mark in NAME_DOTS + " ")
        for at in range(last + 2, len(name)):
            if self.follower.match(name, at) and name[at:at + 1] not in (" ",) or name[at] in NAME_BREAKS:
                return name[:at]
        return name

    def _plain(self, text: str, start: int, end: int, given: int | None = None) -> bool:
        """Characters that can make a Chinese name: CJK, no function word (a surname may be one: 于, 和) and no
        title inside."""
        chunk = text[start:end]
        given = start if given is None else given
        return end <= len(text) and len(chunk) == end - start and all(_is_cjk(c) for c in chunk) and \
            not any(c in NAME_BREAKS for c in text[given:end]) and self.title.search(chunk) is None and \
            self.honorific.search(chunk) is None

    def _employer(self, text: str, mentions: list[Span], title_at: int, role: str) -> tuple[str, str] | None:
        """The body of a title no organisation precedes: a place's government (上海市副市长 → 上海市人民政府), or
        for a reporter the outlet of the passage (新华社…专电(记者魏蒙))."""
        for place in (m for m in mentions if m.label_ in (CITY, COUNTRY)):
            if _suffix_end(self.place_suffix, text, place.end_char) == title_at:
                name = text[place.start_char : title_at]
                key = next((self.governments[n + h] for n in (name, place.text) for h in self.government_heads
                            if n + h in self.governments), "")
                return (key, name) if key else None
        if role and self.reporter.search(role):
            outlet = next((m for m in mentions if m.label_ == ORG and (m._.ipg or {}).get("kind") == "media"), None)
            return (outlet.kb_id_, outlet.text) if outlet is not None else None
        return None

    def _local_government(self, text: str, mentions: list[Span], title_at: int, role: str) -> dict | None:
        """The place whose office a title names when the reference data knows no government of it (临江市副市长,
        日本兵库县知事 → the body 兵库县, of Japan): a city, or a name ending in a place suffix; not a country (法国总统
        names no organisation) and not an occupation (上海市律师)."""
        if not role or role in self.occupations:
            return None
        before = [m for m in mentions if m.label_ in (CITY, COUNTRY) and m.end_char <= title_at]
        place = before[-1] if before else None
        if place is not None and _suffix_end(self.place_suffix, text, place.end_char) == title_at:
            if place.label_ == COUNTRY or text[place.start_char - 1 : place.start_char] == POSTED:
                return None  # 法国总统; 驻伊斯坦布尔总领事 (where a mission is posted)
            return {"name": text[place.start_char : title_at], "country": self.city_country.get(place.kb_id_, "")}
        start = title_at
        while start > max(0, title_at - 6, place.end_char if place is not None else 0) and \
                _is_cjk(text[start - 1]) and text[start - 1] not in NAME_BREAKS and \
                not text.endswith(self.follow_words, 0, start):
            start -= 1
        if not self.place_shape.fullmatch(text, start, title_at) or text[start - 1 : start] == POSTED:
            return None
        country = place.kb_id_ if place is not None and place.label_ == COUNTRY and place.end_char == start else ""
        return {"name": text[start:title_at], "country": country}

    def _short(self, text: str, title_at: int, role: str) -> str:
        """The short name of a body printed before a title, for the report to resolve to a name it prints in full:
        a head noun with what is glued before it (法学院院长 → 清华大学法学院; 市检察院) or a diplomat's posting with
        the title (驻慕尼黑总领事 → 中国驻慕尼黑总领事馆; not 驻澳门…联络办公室 for 驻澳总领事)."""
        start = title_at
        while start > max(0, title_at - 10) and _is_cjk(text[start - 1]) and text[start - 1] not in NAME_BREAKS:
            start -= 1
        stretch = text[start:title_at]
        if POSTED in stretch:
            return stretch[stretch.index(POSTED) :] + (role if text.startswith(role, title_at) else "")
        return stretch if len(stretch) >= 2 and self.any_head.search(stretch) else ""

    @staticmethod
    def _person(doc: Doc, start: int, end: int, role: str, employer: tuple[str, str] | None) -> Span | None:
        span = doc.char_span(start, end, label=PERSON, kb_id="")
        if span is not None:
            key, name = employer or ("", "")
            span._.ipg = {"name": span.text, "role": role, "affiliation": key, "affiliation_text": name}
        return span


def _abbreviates(match: re.Match[str], name: str) -> bool:
    """A Chinese short name takes its characters from the full name (中国贸促会), unless the text says it is one
    (以下简称“三局”): 香港海關(資料圖) is a caption, not a name."""
    short = match.group(1)
    return short.isascii() or "简称" in match.group(0) or all(c in name for c in short)


def _names_another(definition: Span, covering: list[Span]) -> bool:
    """The bracket holds a name the reference data gives to another entity: an alias, not a definition.

    ``covering`` are the mentions with a node over the definition's first character (all of them: looking
    through every mention of the passage for each definition was quadratic).
    """
    return any(m.kb_id_ != definition.kb_id_ and m.end_char >= definition.end_char for m in covering)


def _suffix_end(suffix: re.Pattern[str], text: str, at: int) -> int:
    """Where a place's name that ends at ``at`` ends with its suffix (上海 → 上海市); the suffix is optional, so
    the pattern always matches."""
    found = suffix.match(text, at)
    return found.end() if found else at


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
