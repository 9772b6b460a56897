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

from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

import spacy
from spacy.attrs import LANG
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab, create_vocab

from ipgraph.extract.mentions.definitions import Definitions
from ipgraph.extract.mentions.gazetteer_matcher import GazetteerMatcher
from ipgraph.extract.mentions.organisations import OrgShapes
from ipgraph.extract.mentions.people import People
from ipgraph.extract.mentions.repeats import name_follows, read_again
from ipgraph.extract.mentions.spans import (
    CANDIDATES,
    DEFINITIONS,
    MENTIONS,
    TEXT_KEY,
    Mention,
    character_doc,
    characters,
    doc_text,
    get_spans,
)
from ipgraph.ingest.textnorm import mask_urls, unglossed
from ipgraph.knowledge.gazetteer import load as load_gazetteer

__all__ = ["MENTION_RULES", "Mention", "PassageMentions", "analyse", "characters", "load", "mentions"]

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


@Language.factory("ipgraph_gazetteer", default_config={"data_dir": ""})
def make_gazetteer(nlp: Language, name: str, data_dir: str) -> GazetteerMatcher:
    return GazetteerMatcher(nlp, data_dir)


@Language.factory("ipgraph_org_shapes", default_config={"data_dir": "", "max_chars": 16})
def make_org_shapes(nlp: Language, name: str, data_dir: str, max_chars: int) -> OrgShapes:
    return OrgShapes(data_dir, max_chars)


@Language.factory("ipgraph_definitions", default_config={"data_dir": ""})
def make_definitions(nlp: Language, name: str, data_dir: str) -> Definitions:
    return Definitions(data_dir)


@Language.factory("ipgraph_people", default_config={"data_dir": ""})
def make_people(nlp: Language, name: str, data_dir: str) -> People:
    return People(data_dir)


@lru_cache(maxsize=2)
def load(data_dir: Path) -> Language:
    """The pipeline of ``pipeline.cfg`` with its reference data read from ``data_dir``: the language's class with
    the file's tokenizer, then its components in its order, each made by its factory with its settings. Not
    ``spacy.util.load_model_from_config``: that first fills in every section a trained pipeline has (training,
    corpora, vectors, initialisation) from spaCy's registries, ~10 ms of the ~50 of loading the pipeline, for
    settings a pipeline without weights never reads."""
    config = spacy.util.load_config(CONFIG)
    settings = config["nlp"]
    tokenizer = spacy.util.registry.resolve({"tokenizer": settings["tokenizer"]})["tokenizer"]
    nlp = spacy.util.get_lang_class(settings["lang"])(vocab=_characters_only(settings["lang"]),
                                                       create_tokenizer=tokenizer)
    nlp.config = nlp.config.merge({"nlp": {"tokenizer": settings["tokenizer"]}})
    for name in settings["pipeline"]:
        component = {key: value for key, value in config["components"][name].items() if key != "factory"}
        if "data_dir" in component:
            component["data_dir"] = str(data_dir)
        nlp.add_pipe(config["components"][name]["factory"], name=name, config=component)
    return nlp


def _characters_only(lang: str) -> Vocab:
    """The language's vocabulary without its lexical attributes but the language (like_num, shape, lower, …): the
    components read characters and offsets only, and spaCy would work every attribute out for each new character
    it meets, ten microseconds each."""
    vocab = create_vocab(lang, spacy.util.get_lang_class(lang).Defaults)
    getters = vocab.lex_attr_getters  # type: ignore[attr-defined]  # public in spaCy's vocab.pxd, not in its stub
    vocab.lex_attr_getters = {LANG: getters[LANG]}  # type: ignore[attr-defined]
    return vocab


_GROUPS = (MENTIONS, DEFINITIONS, CANDIDATES)


def _mention(span: Span, text: str) -> Mention:
    """The span as a Mention; its text is cut from the passage's (``Span.text`` joins a token per character)."""
    start, end = span.start_char, span.end_char
    return Mention(span.label_, span.kb_id_, text[start:end], start, end, dict(span._.ipg or {}))


def _make_doc(nlp: Language, text: str) -> Doc:
    """The tokenised text, with the text itself at hand for the components (see ``doc_text``)."""
    doc = character_doc(nlp.vocab, text)
    doc.user_data[TEXT_KEY] = text
    return doc


@dataclass
class PassageMentions:
    """What the pipeline found in one passage."""

    mentions: list[Mention]
    definitions: list[Mention]
    candidates: list[Mention]


def analyse(texts: list[str], data_dir: Path) -> list[PassageMentions]:
    """Run the pipeline over texts; URLs are masked first so no name is found inside a link. The pipeline reads a
    passage in simplified characters (one for one: traditional.tsv), so the knowledge files, written in simplified
    characters, find names in traditional text too; each name is printed back as the passage prints it. A name of
    a new body read in one passage is read in every other that prints it (``repeats``)."""
    nlp = load(data_dir)
    gazetteer = load_gazetteer(data_dir)
    masked = [mask_urls(t) for t in texts]
    readings = [unglossed(t) for t in masked]
    reads: list[str] = []
    found: list[list[list[Mention]]] = []
    for doc in nlp.pipe(_make_doc(nlp, gazetteer.in_one_script(t)) for t, _ in readings):
        reads.append(read := doc_text(doc))
        found.append([[_mention(s, read) for s in get_spans(doc, name)] for name in _GROUPS])
        # The spans ``set_spans`` keeps in ``user_data`` point back to their doc: emptied, the doc is freed as soon as
        # it is read, not left with its tokens (~200 bytes a character) for the collector to find and walk.
        doc.user_data.clear()
    read_again(reads, found, name_follows(data_dir))
    out = []
    for printed, (plain, at), read, groups in zip(masked, readings, reads, found):
        if read != printed:
            groups = [[_as_printed(m, printed, plain, read, at) for m in group] for group in groups]
        out.append(PassageMentions(*groups))
    return out


def _as_printed(mention: Mention, printed: str, plain: str, read: str, at: Sequence[int]) -> Mention:
    """A mention of the simplified, unglossed reading with its place and text as the passage prints them, and
    every detail that the passage prints (a name, a role, an employer) as printed, less any gloss (the name of a
    body is its words: 知識產權局, not 知識產(chǎn)權局)."""
    def printed_form(value: object) -> object:
        found = read.find(value) if isinstance(value, str) and value else -1
        return plain[found : found + len(value)] if found >= 0 and isinstance(value, str) else value
    start, end = at[mention.start], at[mention.end - 1] + 1
    return replace(mention, text=printed[start:end], start=start, end=end,
                   details={key: printed_form(value) for key, value in mention.details.items()})


def mentions(texts: list[str], data_dir: Path) -> list[list[Mention]]:
    """The mentions of each text."""
    return [found.mentions for found in analyse(texts, data_dir)]
