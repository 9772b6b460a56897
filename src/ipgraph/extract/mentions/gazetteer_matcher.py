"""Names the reference data knows (knowledge/gazetteer): one phrase matcher over every name and alias."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span
from spacy.util import filter_spans

from ipgraph.extract.mentions.spans import BLOCK, MENTIONS, character_doc, doc_text, inside_latin_word, set_spans
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
        for label in sorted(patterns):
            # tokenised as passages are (characters): spaCy's ChineseTokenizer took 0.1 s for the names
            self.matcher.add(label, [character_doc(nlp.vocab, name) for name in sorted(set(patterns[label]))])

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        text = doc_text(doc)
        for match_id, start, end in self.matcher(doc):
            kind, key = doc.vocab.strings[match_id].split("|", 1)
            span = Span(doc, start, end, label=kind, kb_id=key)
            if not inside_latin_word(text, span.start_char, span.end_char):
                spans.append(span)
        spans.sort(key=lambda s: (_PRIORITY[s.label_], s.kb_id_))
        kept = [s for s in filter_spans(spans) if s.label_ != BLOCK]
        set_spans(doc, MENTIONS, kept + _countries_inside(spans, kept))
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


