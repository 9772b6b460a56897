"""Short forms a report defines for itself (埃及知识产权局（EGIPA）; 以下简称“三局”), and Latin acronyms nobody
knows yet, left for the report-level resolver."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.spans import ACRONYM, CANDIDATES, DEFINITIONS, MENTIONS, doc_text, get_spans, set_spans
from ipgraph.knowledge.gazetteer import ORG, TREATY, load as load_gazetteer
from ipgraph.zh.grammar import SHORT_FORM_WORDS

_ACRONYM = re.compile(r"[A-Z](?<![A-Za-z0-9].)[A-Z0-9]{1,9}(?:-[A-Z0-9]{1,8})?(?![A-Za-z0-9])")
"""A capital after no letter or digit (looked behind from the next character: re finds the capitals in C), and
up to nine more: an acronym (WIPO, EUIPO-1)."""
_DEFINITION = re.compile(rf"^\s*[（(](?:{SHORT_FORM_WORDS})?[:：]?[“\"]?"
                         r"([A-Za-z][A-Za-z0-9\-&/.]{1,15}|[A-Z]{2,10}[\u4e00-\u9fff]{2,8}|[\u4e00-\u9fff]{2,8})[”\"]?[）)]")
"""A short form in brackets right after a name, bare or after the words that announce one (以下简称, 简称, 下称,
以下称, each also with 为: 以下简称为“某大”; the text is read in simplified characters, so 簡稱 is 简称). A short
form may keep a body's Latin acronym before its own characters (…仲裁与调解中心（“WIPO中心”）)."""
class Definitions:
    """``名称（ACR）``, ``名称（简称）`` and ``（以下简称“X”）``, ``（简称“X”）`` right after a mention, and unknown
    acronyms."""

    def __init__(self, data_dir: str) -> None:
        self.org_country = {o.key: o.country for o in load_gazetteer(Path(data_dir)).organisations.values()}

    def __call__(self, doc: Doc) -> Doc:
        definitions, candidates = [], []
        text = doc_text(doc)
        mentions = get_spans(doc, MENTIONS)
        covering: dict[int, list[Span]] | None = None  # character → the mentions over it, once a bracket needs it
        new_at = {m.start_char: m for m in mentions if m.label_ == ORG and not m.kb_id_}
        for mention in mentions:
            if mention.label_ not in (ORG, TREATY):
                continue
            match = _DEFINITION.match(text[mention.end_char : mention.end_char + 30])
            if not match or not _abbreviates(match, mention.text):
                second = _second_name(text, mention, new_at)
                if second is not None:  # named by the first name, which labels the node
                    of = dict(mention._.ipg or {})
                    second._.ipg = {"defines": mention.text, "of": of, "name": of.get("name") or mention.text,
                                    "second": True}
                    definitions.append(second)
                continue
            covering = _covering(mentions) if covering is None else covering
            start = mention.end_char + match.start(1)
            span = doc.char_span(start, start + len(match.group(1)), label=mention.label_, kb_id=mention.kb_id_)
            if span is not None and not _names_another(
                    span, self._others(span, covering.get(span.start_char, []), mention)):
                span._.ipg = {"defines": mention.text, "of": dict(mention._.ipg or {})}
                definitions.append(span)
        if definitions:  # else the mentions stay as they are, in order
            defined = {i for d in definitions for i in range(d.start_char, d.end_char)}
            mentions = [m for m in mentions if defined.isdisjoint(range(m.start_char, m.end_char))] + definitions
            set_spans(doc, MENTIONS, mentions)
        covered: set[int] | None = None  # the characters inside a mention, once an acronym needs them
        for match in _ACRONYM.finditer(text):
            covered = {i for s in mentions for i in range(s.start_char, s.end_char)} if covered is None else covered
            if match.start() not in covered:
                span = doc.char_span(match.start(), match.end(), label=ACRONYM)
                if span is not None:
                    candidates.append(span)
        set_spans(doc, DEFINITIONS, definitions)
        set_spans(doc, CANDIDATES, candidates)
        return doc

    def _others(self, definition: Span, covering: list[Span], defined: Span) -> list[Span]:
        """The mentions over a bracket that may name another entity: not the data's reading of a Latin acronym
        that a body of another state prints as its own (巴西国家工业产权局（INPI）, while the data knows INPI as
        France's office): offices of several states share one acronym, and the report says whose it is here."""
        country = (defined._.ipg or {}).get("country", "") if not defined.kb_id_ else ""
        return [m for m in covering if not (country and m.text == definition.text
                                            and self.org_country.get(m.kb_id_, country) not in ("", country))]


def _covering(mentions: list[Span]) -> dict[int, list[Span]]:
    """Each character inside a mention with a node, with the mentions over it."""
    covering: dict[int, list[Span]] = {}
    for mention in mentions:
        if mention.kb_id_:
            for i in range(mention.start_char, mention.end_char):
                covering.setdefault(i, []).append(mention)
    return covering


def _second_name(text: str, mention: Span, new_at: dict[int, Span]) -> Span | None:
    """A body's second name in brackets right after its first (广东省科技图书馆（广东省科学院信息研究所）, 某大学图书馆
    （知识产权信息服务中心）, 宿州市市场监督管理局（宿州市知识产权局）: one institution under two names, 一个机构两块
    牌子): the bracket holds nothing but a name the reader made a new body of, which names the body before it, not a
    second one. A body the reference data knows (新闻出版总署（国家版权局）) keeps its own node."""
    if mention.label_ != ORG or text[mention.end_char : mention.end_char + 1] not in _OPENING:
        return None
    inner = new_at.get(mention.end_char + 1)
    return inner if inner is not None and inner is not mention \
        and text[inner.end_char : inner.end_char + 1] in _CLOSING else None


_OPENING, _CLOSING = ("（", "("), ("）", ")")


def _abbreviates(match: re.Match[str], name: str) -> bool:
    """A Chinese short name takes its characters from the full name (中国贸促会), unless the text says it is one
    (以下简称“三局”): 香港海關(資料圖) is a caption, not a name. A Latin acronym before the characters (ACR调解院) is
    the body's own, which its Chinese name need not print: only the characters are looked for."""
    short = match.group(1)
    return short.isascii() or "简称" in match.group(0) or all(c in name for c in short if not c.isascii())


def _names_another(definition: Span, covering: list[Span]) -> bool:
    """The bracket holds a name the reference data gives to another entity: an alias, not a definition.

    ``covering`` are the mentions with a node over the definition's first character (all of them: looking
    through every mention of the passage for each definition was quadratic).
    """
    return any(m.kb_id_ != definition.kb_id_ and m.end_char >= definition.end_char for m in covering)


