"""Passages → mentions: the spaCy pipeline and the components it is assembled from.

Components are registered by name and the pipeline is built from
``pipeline.cfg``, so a researcher can reorder or swap components in config.
Each component adds spans to ``doc.spans["mentions"]``; a span's label is the
kind of thing named and its ``kb_id_`` the key of the node it resolves to.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, SpanGroup
from spacy.util import filter_spans

from ipgraph.gazetteer import blockers, countries
from ipgraph.textnorm import mask_urls

CONFIG = Path(__file__).with_name("pipeline.cfg")
MENTIONS = "mentions"
BLOCK = "BLOCK"


@dataclass(frozen=True)
class Mention:
    """A name found in a passage, with the node it resolves to."""

    kind: str
    key: str
    text: str
    start: int
    end: int


class Gazetteer:
    """Longest-match lookup of every known name; a name inside a Latin word does not count."""

    def __init__(self, nlp: Language, data_dir: str) -> None:
        self.matcher = PhraseMatcher(nlp.vocab)
        folder = Path(data_dir)
        for country in countries(folder).values():
            self.matcher.add(f"COUNTRY|{country.code}", [nlp.make_doc(n) for n in country.names_zh])
        self.matcher.add(f"{BLOCK}|", [nlp.make_doc(c) for c in blockers(folder)])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for match_id, start, end in self.matcher(doc):
            kind, key = doc.vocab.strings[match_id].split("|", 1)
            span = Span(doc, start, end, label=kind, kb_id=key)
            if not _inside_latin_word(doc.text, span.start_char, span.end_char):
                spans.append(span)
        kept = [span for span in filter_spans(spans) if span.label_ != BLOCK]
        doc.spans[MENTIONS] = SpanGroup(doc, name=MENTIONS, spans=sorted(kept))
        return doc


def _inside_latin_word(text: str, start: int, end: int) -> bool:
    before = text[start - 1] if start > 0 else " "
    after = text[end] if end < len(text) else " "
    return (text[start].isascii() and before.isascii() and before.isalnum()) or (
        text[end - 1].isascii() and after.isascii() and after.isalnum())


@Language.factory("ipgraph_gazetteer", default_config={"data_dir": ""})
def make_gazetteer(nlp: Language, name: str, data_dir: str) -> Gazetteer:
    return Gazetteer(nlp, data_dir)


@lru_cache(maxsize=2)
def load(data_dir: Path) -> Language:
    """The pipeline of ``pipeline.cfg`` with its reference data read from ``data_dir``."""
    config = spacy.util.load_config(CONFIG)
    config["components"]["ipgraph_gazetteer"]["data_dir"] = str(data_dir)
    return spacy.util.load_model_from_config(config, auto_fill=True)


def mentions(texts: list[str], data_dir: Path) -> list[list[Mention]]:
    """The mentions of each text; URLs are masked first so no name is found inside a link."""
    nlp = load(data_dir)
    out = []
    for doc in nlp.pipe(mask_urls(t) for t in texts):
        out.append([Mention(s.label_, s.kb_id_, s.text, s.start_char, s.end_char) for s in doc.spans[MENTIONS]])
    return out
