"""What a build changes: the triples each new file adds to and removes from the file it replaces.

Compared as graphs, not as text: a fact that moved within a file is no change.
The graphs have no blank nodes, so the difference of two files is the set
difference of their triples. Files whose bytes are unchanged are not parsed.
Triples are kept as N-Triples terms (pyoxigraph writes them), which are exact
and easy for a program to read; ``format_diff`` shortens them for people.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph

from ipgraph.vocab import PREFIXES

Triple = tuple[str, str, str]
LITERAL_CHARS = 80


@dataclass
class FileDiff:
    """One output file: the triples the new version adds and those it removes (sorted)."""

    file: Path
    added: list[Triple] = field(default_factory=list)
    removed: list[Triple] = field(default_factory=list)
    note: str | None = None


@dataclass
class OutputDiff:
    """Every written file that changed, in the order the build writes them."""

    files: list[FileDiff]

    @property
    def added(self) -> int:
        return sum(len(f.added) for f in self.files)

    @property
    def removed(self) -> int:
        return sum(len(f.removed) for f in self.files)

    def to_dict(self) -> dict:
        return {"added": self.added, "removed": self.removed,
                "files": [{"file": str(f.file), "added": [list(t) for t in f.added],
                           "removed": [list(t) for t in f.removed], "note": f.note} for f in self.files]}


def diff_outputs(outputs: list[tuple[Path, bytes]]) -> OutputDiff:
    """Compare each new file's bytes with the file now at its path (a missing file is an empty graph)."""
    changed = []
    for path, new in outputs:
        note: str | None
        try:
            old = path.read_bytes()
        except OSError:
            old, note = b"", "new file"
        else:
            note = None
        if old == new:
            continue
        before, unreadable = _triples(old)
        after, _ = _triples(new)
        if unreadable:
            note = f"the previous file is not valid Turtle ({unreadable}): every triple counts as added"
        added, removed = sorted(after - before), sorted(before - after)
        if added or removed or note:
            changed.append(FileDiff(path, added, removed, note))
    return OutputDiff(changed)


def _triples(data: bytes) -> tuple[set[Triple], str | None]:
    """The triples of a Turtle document, or none and why it could not be read."""
    try:
        return {(str(q.subject), str(q.predicate), str(q.object))
                for q in pyoxigraph.parse(data, pyoxigraph.RdfFormat.TURTLE, without_named_graphs=True)}, None
    except (SyntaxError, ValueError) as error:
        return set(), " ".join(str(getattr(error, "msg", error)).split())[:120]


def short(term: str) -> str:
    """An N-Triples term in the vocabulary's short form: ``ipr:country/FR``, ``"2024"^^xsd:gYear``, a literal cut
    at 80 characters."""
    if term.startswith("<"):
        return _prefixed(term[1:-1]) or term
    body, _, suffix = term.rpartition('"')
    if suffix.startswith("^^<"):
        suffix = "^^" + (_prefixed(suffix[3:-1]) or suffix[2:])
    if len(body) > LITERAL_CHARS + 1:
        body = body[:LITERAL_CHARS + 1] + "…"
    return f'{body}"{suffix}'


def _prefixed(iri: str) -> str | None:
    return next((f"{prefix}:{iri[len(str(namespace)):]}" for prefix, namespace in PREFIXES.items()
                 if iri.startswith(str(namespace))), None)


def format_diff(diff: OutputDiff) -> str:
    """Per file: ``+`` and ``-`` lines with the triple in short form, and counts."""
    if not diff.files:
        return "no triples added or removed since the last build"
    lines = [f"since the last build: +{diff.added} -{diff.removed} triples in {len(diff.files)} "
             f"file{'' if len(diff.files) == 1 else 's'}"]
    for changed in diff.files:
        name = changed.file.name
        lines.append(f"{name}: +{len(changed.added)} -{len(changed.removed)}"
                     + (f" ({changed.note})" if changed.note else ""))
        lines += [f"  - {' '.join(map(short, t))}" for t in changed.removed]
        lines += [f"  + {' '.join(map(short, t))}" for t in changed.added]
    return "\n".join(lines)


def diff_json(diff: OutputDiff) -> str:
    """The diff for programs: counts, and each file's triples as N-Triples terms."""
    return json.dumps(diff.to_dict(), ensure_ascii=False, indent=1) + "\n"
