"""Names the reference data knows (knowledge/gazetteer): one phrase matcher over every name and alias."""

from __future__ import annotations

from operator import itemgetter
from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ipgraph.extract.mentions.spans import BLOCK, MENTIONS, character_ids, doc_text, inside_latin_word, set_spans
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY, load as load_gazetteer

_PRIORITY = {ORG: 0, TREATY: 1, PERSON: 2, COUNTRY: 3, CITY: 4, BLOCK: 5}
class GazetteerMatcher:
    """Longest-match lookup of every known name; a name inside a Latin word does not count. Names are looked up as
    the pipeline reads a passage, in simplified characters (a name the reference data gives in traditional
    characters, as CLDR's 義大利, is found in either script)."""

    def __init__(self, nlp: Language, data_dir: str) -> None:
        self.matcher = PhraseMatcher(nlp.vocab)
        gazetteer = load_gazetteer(Path(data_dir))
        simplified = gazetteer.one_script
        patterns: dict[str, list] = {}
        for kind, key, name in gazetteer.names():
            patterns.setdefault(f"{kind}|{key}", []).append(name.translate(simplified))
        patterns[f"{BLOCK}|"] = [context.translate(simplified) for context in gazetteer.blockers]
        self.labels: dict[int, tuple[str, str, int, int]] = {}
        """Each pattern's id → its kind and key, split once, not at every match (4,500 a build), and their ids (a
        span made of ids is made in half the time: spaCy hashes a label given as text)."""
        for label in sorted(patterns):
            # tokenised as passages are (characters): spaCy's ChineseTokenizer took 0.1 s for the names
            self.matcher.add(label, [character_ids(nlp.vocab, name) for name in sorted(set(patterns[label]))])  # type: ignore[misc]  # ids for Docs
            kind, key = label.split("|", 1)
            self.labels[nlp.vocab.strings[label]] = (kind, key, nlp.vocab.strings.add(kind), nlp.vocab.strings.add(key))
        # The kinds as ids: a span's label_ is text decoded anew at each reading.
        self.block, self.org, self.country = (nlp.vocab.strings.add(kind) for kind in (BLOCK, ORG, COUNTRY))

    def __call__(self, doc: Doc) -> Doc:
        found = []
        text = doc_text(doc)
        for match_id, start, end in self.matcher(doc):
            kind, key, kind_id, key_id = self.labels[match_id]
            span = Span(doc, start, end, label=kind_id, kb_id=key_id)
            if not inside_latin_word(text, span.start_char, span.end_char):
                found.append((_PRIORITY[kind], key, span))
        found.sort(key=_RANK)
        spans = [span for _, _, span in found]
        kept = [s for s in filter_spans(spans) if s.label != self.block]
        set_spans(doc, MENTIONS, kept + self._countries_inside(spans, kept))
        return doc

    def _countries_inside(self, spans: list[Span], kept: list[Span]) -> list[Span]:
        """A country named inside an organisation's name (埃及知识产权局) is named by the passage too."""
        kept_at = {(s.start, s.end, s.label) for s in kept}
        inside: set[int] = set()
        for org in (s for s in kept if s.label == self.org):
            inside.update(range(org.start, org.end))
        nested = [s for s in spans if s.label == self.country and (s.start, s.end, s.label) not in kept_at
                  and s.start in inside and s.end - 1 in inside]
        return filter_spans(nested)


_RANK = itemgetter(0, 1)
"""Matches by kind (``_PRIORITY``), then key: the order ``filter_spans`` keeps the first of equal spans in."""


