"""The documents of the evaluation sets of unseen text (``eval/``): their texts, annotations and halves.

``bundled`` is the five bundled reports, each wholly in one half or split by
chapter (``eval/bundled/scope.json``); ``realtext`` and ``probes`` are sets of
real texts (``eval/<set>/texts``), odd ids tune and even ids test, built here
as a user would build them (``build_realtext``). ``ipgraph.evaluate.unseen``
scores them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Collection, Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ipgraph.errors import InputError
from ipgraph.evaluate.common import squash
from ipgraph.ingest.reading import write_atomic
from ipgraph.ingest.textnorm import unglossed
from ipgraph.knowledge.gazetteer import read_tsv
from ipgraph.resources import Resources

HALVES = ("tune", "test")
TEXT_SETS = {"realtext": "rt", "probes": "pr"}
"""The sets of real texts in ``eval/`` (each a folder of ``texts/NNN.txt``, ``sources*.tsv``, ``gold/`` and
``scope.json``) and the prefix of their documents' report ids: ``realtext``, annotated in full by kind of fact, and
``probes``, the texts helpers collected to develop one kind of reading, each annotated in full for that kind only
(``scope.json`` → ``annotated``)."""
_MARKUP = "#*"


@dataclass
class Document:
    """One annotated document: its id in the graph, its text, and which half each offset of it lies in."""

    id: str
    text: str
    half_at: Callable[[int], str | None]

    @cached_property
    def squashed(self) -> tuple[str, list[int]]:
        plain, at = unglossed(self.text)
        keep = [at[i] for i, ch in enumerate(plain) if not ch.isspace() and ch not in _MARKUP]
        return "".join(self.text[i] for i in keep), keep

    def offset_of(self, quote: str) -> int | None:
        """Where a quote stands in the text, white space, Markdown marks and a mirror's pinyin glosses ignored."""
        flat, keep = self.squashed
        at = flat.find("".join(ch for ch in squash(quote) if ch not in _MARKUP))
        return keep[at] if at >= 0 else None


def _read_jsonl(path: Path) -> list[dict]:
    rows = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if line.strip():
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as error:
                raise InputError(path, f"not a JSON object: {error.msg}", n) from None
    return rows


def gold_rows(folder: Path, kind: str) -> list[dict]:
    """Every annotation of one kind, from each annotator's ``<kind>.<part>.jsonl``."""
    return [row for path in sorted((folder / "gold").glob(f"{kind}.*jsonl")) for row in _read_jsonl(path)]


def _chapter_half(text: str, regions: dict[str, list[str]]) -> Callable[[int], str | None]:
    """A half per chapter: a listed heading opens its half until the next listed heading."""
    starts: list[tuple[int, str]] = []
    for match in re.finditer(r"^#+\s*(.+)$", text, flags=re.MULTILINE):
        for half, headings in regions.items():
            if any(match.group(1).strip().startswith(h) for h in headings):
                starts.append((match.start(), half))
    starts = sorted({s: h for s, h in starts}.items())

    def half_at(offset: int) -> str | None:
        inside = [h for s, h in starts if s <= offset]
        return inside[-1] if inside else None
    return half_at


def _one_half(half: str) -> Callable[[int], str | None]:
    """Every offset of a document that lies wholly in one half."""
    return lambda _offset: half


def bundled_documents(res: Resources) -> dict[str, Document]:
    scope = json.loads((res.root / "eval" / "bundled" / "scope.json").read_text(encoding="utf-8"))
    docs = {}
    for path in sorted(res.reports.glob("*.txt")):
        doc_id, text = path.stem, path.read_text(encoding="utf-8")
        whole = [h for h in HALVES if scope[h].get(doc_id) == "all"]
        chapters = {h: scope[h][doc_id] for h in HALVES if isinstance(scope[h].get(doc_id), list)}
        docs[doc_id] = Document(doc_id, text, _one_half(whole[0]) if whole else _chapter_half(text, chapters))
    return docs


def realtext_documents(res: Resources, name: str = "realtext") -> dict[str, Document]:
    """The texts of one set of real texts (``TEXT_SETS``), by report id."""
    folder, prefix = res.root / "eval" / name / "texts", TEXT_SETS[name]
    return {f"{prefix}-{p.stem}": Document(f"{prefix}-{p.stem}", p.read_text(encoding="utf-8"),
                                           _one_half("tune" if int(p.stem) % 2 else "test"))
            for p in sorted(folder.glob("*.txt"))}


def annotated_kinds(docs: Mapping[str, Document], folder: Path, known: Collection[str]) -> dict[str, list[str]] | None:
    """The documents each kind of fact was annotated in full on, when the set's scope.json records them
    (``annotated``: kind → text ids; ``probes``); None when every text is annotated for every kind. A kind is scored
    on its own texts only: facts of another kind found there are no errors, nobody looked for them."""
    scope_file = folder / "scope.json"
    scope = json.loads(scope_file.read_text(encoding="utf-8")) if scope_file.is_file() else {}
    annotated = scope.get("annotated") if isinstance(scope, dict) else None
    if not isinstance(annotated, dict):
        return None
    present = {doc.rsplit("-", 1)[-1]: doc for doc in docs}
    texts = {path.stem for path in (folder / "texts").glob("*.txt")}
    for kind, ids in annotated.items():
        if kind not in known or not isinstance(ids, list):
            raise InputError(scope_file, f"annotated: {kind!r} is not one of {', '.join(known)} with a list of ids")
        if missing := sorted(set(ids) - texts):
            raise InputError(scope_file, f"annotated {kind}: no text has the id {missing[0]}")
    return {kind: sorted(present[i] for i in ids if i in present) for kind, ids in annotated.items()}


def realtext_sources(res: Resources, name: str = "realtext") -> dict[str, dict[str, str]]:
    """Each text's source row (its publication date above all), from every collector's ``sources*.tsv``."""
    rows: dict[str, dict[str, str]] = {}
    for path in sorted((res.root / "eval" / name).glob("sources*.tsv")):
        for row in read_tsv(path, ("id", "url", "published", "title")):
            rows[row["id"]] = row
    return rows


def select_documents(docs: Mapping[str, Document], wanted: Iterable[str], folder: Path) -> list[str]:
    """The documents of a set that ``wanted`` names, as a user writes them: ``101`` or ``rt-101``, a range of numbered
    texts (``101-148``: those present), a bundled report's id, or a fold of the tune half that the set's scope.json
    records (``check``, ``dev``: ``folds``); a name that matches none is an error, not a silent empty score."""
    chosen: set[str] = set()
    folds = tune_folds(docs, folder)
    for item in wanted:
        span = re.fullmatch(r"(\d+)-(\d+)", item)
        names = [f"{n:0{len(span[1])}d}" for n in range(int(span[1]), int(span[2]) + 1)] if span else [item]
        hits = folds.get(item) or {doc for name in names
                                   for doc in (name, *(f"{p}-{name}" for p in TEXT_SETS.values())) if doc in docs}
        if not hits:
            raise InputError(folder, f"--docs {item}: no document of this set has that id")
        chosen |= hits
    return sorted(chosen)


def tune_folds(docs: Mapping[str, Document], folder: Path) -> dict[str, set[str]]:
    """The folds of the tune half a set's scope.json records: ``check``, the texts of its ``check_fold`` (scored only
    as aggregate lines, never read, so that a rule that does not carry to unseen text shows), and ``dev``, the rest of
    the tune half (where rules are written). Named, so that no one types the ids as a range that also takes the test
    half's texts into a search. None when the set records no check fold."""
    scope_file = folder / "scope.json"
    scope = json.loads(scope_file.read_text(encoding="utf-8")) if scope_file.is_file() else {}
    ids = scope.get("check_fold", {}).get("ids", []) if isinstance(scope, dict) else []
    if not ids:
        return {}
    check = {doc for doc in (f"{p}-{i}" for i in ids for p in TEXT_SETS.values()) if doc in docs}
    dev = {doc for doc, document in docs.items() if document.half_at(0) == "tune"} - check
    return {"check": check, "dev": dev}


def build_realtext(res: Resources, out: Path, only: Collection[str] | None = None,
                   name: str = "realtext") -> list[Path]:
    """Build the texts of a set of real texts as a user would: each a report of its own, dated as its source dates
    it; ``only`` (ids such as ``rt-101``) builds those alone."""
    from ipgraph.builder.build import build
    from ipgraph.builder.cache import default_cache_dir

    sources, prefix = realtext_sources(res, name), TEXT_SETS[name]
    folder = out / "reports"
    folder.mkdir(parents=True, exist_ok=True)
    entries = []
    for path in sorted((res.root / "eval" / name / "texts").glob("*.txt")):
        if only is not None and f"{prefix}-{path.stem}" not in only:
            continue
        write_atomic(folder / path.name, path.read_bytes())
        date = sources.get(path.stem, {}).get("published", "")
        entries.append(f'[[report]]\nid = "{prefix}-{path.stem}"\nfile = "{path.name}"\nlanguage = "zh"\n'
                       + (f'date = "{date}"\n' if date else ""))
    write_atomic(folder / "reports.toml", "\n".join(entries).encode("utf-8"))
    result = build([folder], out / "triples", res, cache=default_cache_dir(res))
    if not result.ok:
        raise InputError(folder, f"the {name} set did not build: " + "; ".join(str(p) for p in result.problems))
    return sorted((out / "triples").glob("*.ttl"))
