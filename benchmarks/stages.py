"""Where a build's time goes: CPU per stage of ``build_report`` over the bundled reports, warm, best of five rounds.

    .venv/bin/python benchmarks/stages.py

Each stage function that ``ipgraph.builder.build`` calls is wrapped with a
``time.process_time`` timer, and spaCy's ``Language.make_doc`` too, so the
tokenisation inside "mentions + facts" is shown on its own line. The first
round loads the pipeline and the word lists and is not counted. Prints one
line per stage, largest first, and the floor: spaCy's bare character
tokenisation of the five whole reports, as ``run.py`` measures it.
"""

from __future__ import annotations

import gc
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import replace
from types import ModuleType

import spacy
import spacy.language

import ipgraph.builder.build as build
import ipgraph.extract.registry as registry
import ipgraph.rdf.report as report
from ipgraph.ingest.corpus import read_metadata
from ipgraph.resources import resources

STAGES = {build: {"segment": "segmentation", "extract": "mentions + facts (spaCy pipeline)"},
          report: {"turtle": "Turtle writing", "add_passages": "graph building",
                   "add_node_facts": "graph building", "render_facts": "graph building",
                   "add_report": "graph building"}}
ROUNDS = 5
spent: dict[str, float] = defaultdict(float)


def timed(function: Callable, label: str) -> Callable:
    def wrapper(*args: object, **kwargs: object) -> object:
        start = time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += time.process_time() - start
    return wrapper


def wrap(module: ModuleType, name: str, label: str) -> None:
    setattr(module, name, timed(getattr(module, name), label))


def main() -> None:
    res = resources()
    metadata = read_metadata(res.reports)
    texts = {p: p.read_text(encoding="utf-8") for p in sorted(res.reports.glob("*.txt"))}
    for module, stages in STAGES.items():
        for name, label in stages.items():
            wrap(module, name, label)
    registry.EXTRACTORS = tuple(replace(e, extract=timed(e.extract, f"extractor: {e.kind}"))
                                for e in registry.EXTRACTORS)
    spacy.language.Language.make_doc = timed(spacy.language.Language.make_doc, "  of which spaCy tokenisation")
    gc.freeze()
    best: dict[str, float] | None = None
    for round_ in range(ROUNDS):
        spent.clear()
        start = time.process_time()
        for path, text in texts.items():
            build.build_report(path, metadata.reports[path.name], text, res, "-")
        total = time.process_time() - start
        if round_ and (best is None or total < best["total"]):
            best = {**spent, "total": total}
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    floors = []
    for _ in range(3):
        start = time.process_time()
        for text in texts.values():
            nlp.make_doc(text)
        floors.append(time.process_time() - start)
    assert best is not None
    for label, seconds in sorted(best.items(), key=lambda item: -item[1]):
        print(f"{seconds:7.3f} s  {label}")
    floor = min(floors)
    print(f"{floor:7.3f} s  floor: bare character tokenisation of the whole reports "
          f"(warm build = {best['total'] / floor:.1f}x)")


if __name__ == "__main__":
    main()
