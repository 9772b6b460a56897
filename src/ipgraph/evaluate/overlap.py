"""Which of a user's texts repeat an evaluation text: a probe collected to develop a rule must not be a text the
rule is later scored on. Search engines and mirrors serve the same news item under many addresses, so the check
is made on the wording, not the address: a text that shares a tenth of its 16-character stretches with an
evaluation document (white space and pinyin glosses aside, both read in simplified characters: mirrors in Hong Kong
and Taiwan reprint a mainland release in traditional ones) is that document told again. Only the documents'
ids are named, so the check can be run before anyone reads a test text."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from ipgraph.errors import InputError
from ipgraph.evaluate.common import squash
from ipgraph.evaluate.documents import TEXT_SETS, Document, bundled_documents, realtext_documents
from ipgraph.knowledge.gazetteer import one_script_table, simplified_characters
from ipgraph.resources import Resources

WINDOW = 16
"""Sixteen characters: longer than the titles and names reports share (国家知识产权局局长 is nine), shorter than a
clause."""
STEP = 4
"""The user's text is sampled every four characters; the documents are indexed at every one."""
SHARE = 0.10
"""A text one tenth of whose stretches an evaluation document holds is a copy of it or of a part of it (a repost,
a digest); unrelated reports on one event share a few stretches only."""


@dataclass(frozen=True)
class Overlap:
    """A user's text and the evaluation documents it repeats, with the half each lies in."""

    path: Path
    documents: tuple[tuple[str, str], ...]
    """(document id, half) pairs; the half of a bundled report split by chapters is the one at its start."""


def _stretches(text: str, step: int, script: dict[int, str]) -> Iterator[str]:
    flat = squash(text).translate(script)  # as the scorer compares quotes, in one script
    return (flat[i : i + WINDOW] for i in range(0, max(0, len(flat) - WINDOW + 1), step))


def _index(documents: Iterable[Document], script: dict[int, str]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = {}
    for doc in documents:
        for stretch in _stretches(doc.text, 1, script):
            index.setdefault(stretch, set()).add(doc.id)
    return index


def overlaps(paths: Iterable[Path], res: Resources) -> list[Overlap]:
    """Each ``.txt`` file under ``paths`` (files or folders) with the evaluation documents it repeats (empty when
    it repeats none), in the order of the paths."""
    paths = list(paths)
    if missing := next((p for p in paths if not p.exists()), None):
        raise InputError(missing, "no such file or folder")
    if not paths:
        raise InputError(Path("."), "--overlap needs the text files or folders to look at")
    docs = {**bundled_documents(res)}
    for name in TEXT_SETS:
        docs.update(realtext_documents(res, name))
    script = one_script_table(simplified_characters(res.knowledge / "gazetteer"))
    index = _index(docs.values(), script)
    found = []
    for path in (f for p in paths for f in (sorted(p.rglob("*.txt")) if p.is_dir() else [p])):
        stretches = list(_stretches(path.read_text(encoding="utf-8", errors="replace"), STEP, script))
        counts: dict[str, int] = {}
        for stretch in stretches:
            for doc_id in index.get(stretch, ()):
                counts[doc_id] = counts.get(doc_id, 0) + 1
        repeated = sorted(d for d, n in counts.items() if n >= 3 and n >= SHARE * len(stretches))
        found.append(Overlap(path, tuple((d, docs[d].half_at(0) or "") for d in repeated)))
    return found


def overlap_report(found: list[Overlap]) -> str:
    """One line per text: ``ok`` or the documents it repeats."""
    return "\n".join(f"{o.path}: repeats " + ", ".join(f"{d} ({half} half)" for d, half in o.documents)
                     if o.documents else f"{o.path}: ok" for o in found)
