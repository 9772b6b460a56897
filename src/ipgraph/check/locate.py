"""Where a finding is written: the file and line of the offending triple, found by scanning the Turtle text."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from rdflib import RDF

from ipgraph.check.model import Finding
from ipgraph.check.naming import display, expand

_PREFIX_LINE = re.compile(r"^\s*(?:@prefix|PREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)
_PREFIXED_SUBJECT = re.compile(r"([A-Za-z][\w.-]*)?:([^\s;,]*)")


class TurtleIndex:
    """Where each subject's statements start and end in a Turtle file, found by scanning its text (no parse).

    A statement starts at a line whose first character begins a subject (``<iri>`` or ``prefix:name``); that is
    how ``ipgraph build`` and most hand-written Turtle lay files out. Other layouts give no line.
    """

    def __init__(self, path: Path, wanted: set[str] | None = None) -> None:
        self.path = path
        self.lines = path.read_text(encoding="utf-8-sig", errors="replace").splitlines()
        self.prefixes: dict[str, str] = {}
        self.blocks: dict[str, list[tuple[int, int]]] = defaultdict(list)
        current: str | None = None
        start = 0
        for number, line in enumerate(self.lines, start=1):
            if not line or line[0] in " \t#":
                continue
            match = _PREFIX_LINE.match(line)
            if match:
                self.prefixes[match.group(1) or ""] = match.group(2)
                continue
            if current is not None:
                self.blocks[current].append((start, number - 1))
                current = None
            subject = self._subject(line)
            if subject is not None and (wanted is None or subject in wanted):
                current, start = subject, number
        if current is not None:
            self.blocks[current].append((start, len(self.lines)))

    def _subject(self, line: str) -> str | None:
        if line.startswith("<"):
            end = line.find(">")
            return line[1:end] if end > 0 else None
        match = _PREFIXED_SUBJECT.match(line)
        if match and (match.group(1) or "") in self.prefixes:
            return self.prefixes[match.group(1) or ""] + match.group(2)
        return None

    def forms(self, iri: str) -> list[str]:
        """The ways an IRI can be written in this file."""
        found = [f"<{iri}>"]
        for prefix, namespace in self.prefixes.items():
            if iri.startswith(namespace) and re.fullmatch(r"[\w.-]*", iri[len(namespace):]):
                found.append(f"{prefix}:{iri[len(namespace):]}")
        if iri == str(RDF.type):
            found.append("a")
        return found

    def find(self, subject: str, predicate: str | None = None, value: str | None = None) -> int | None:
        """The line of the triple (subject, predicate, value), of the predicate, or of the subject; None if absent."""
        blocks = self.blocks.get(subject)
        if not blocks:
            return None
        if predicate is None:
            return blocks[0][0]
        p_forms = [_token(f) for f in self.forms(predicate)]
        v_forms = ([_token(f) for f in self.forms(value)] if value and "://" in value else
                   [re.compile(re.escape(value))] if value else [])
        for start, end in blocks:
            found = self._in_block(start, end, p_forms, v_forms)
            if found is not None:
                return found
        return None

    def _in_block(self, start: int, end: int, p_forms: list[re.Pattern], v_forms: list[re.Pattern]) -> int | None:
        for number in range(start, end + 1):
            if not any(p.search(self.lines[number - 1]) for p in p_forms):
                continue
            if not v_forms:
                return number
            for later in range(number, end + 1):
                text = self.lines[later - 1]
                if later > number and any(p.search(text) for p in p_forms):
                    break
                if any(v.search(text) for v in v_forms):
                    return later
        return None


def _token(form: str) -> re.Pattern:
    return re.compile(r"(?:^|(?<=[\s;,(\[]))" + re.escape(form) + r"(?=[\s;,.)\]]|$)")


class _Locator:
    """The indexes of the data files (for the subjects with findings) and of other named files (shapes, ontology)."""

    def __init__(self, findings: list[Finding], files: list[Path], root: Path) -> None:
        data_findings = [f for f in findings if f.file is None]
        wanted = {f.subject or f.node for f in data_findings}
        self.indexes = [TurtleIndex(path, wanted) for path in files] if data_findings else []
        self.other: dict[str, TurtleIndex] = {}
        self.root = root

    def locate(self, finding: Finding) -> Finding:
        if finding.line is not None:
            return finding
        subject = finding.subject or finding.node
        predicate = expand(finding.path)
        value = _lexical(finding.value) if finding.value and finding.value.startswith('"') else expand(finding.value)
        if finding.file is not None:
            return self._in_named_file(finding, subject, predicate, value)
        attempts = [(predicate, value), (predicate, None)] if predicate else []
        for attempt in [*attempts, (None, None)]:
            for index in self.indexes:
                line = index.find(subject, *attempt)
                if line is not None:
                    return replace(finding, file=display(index.path, self.root), line=line)
        return finding

    def _in_named_file(self, finding: Finding, subject: str, predicate: str | None, value: str | None) -> Finding:
        name = finding.file
        assert name is not None
        path = self.root / name if not Path(name).is_absolute() else Path(name)
        if not path.is_file():
            return finding
        if name not in self.other:
            self.other[name] = TurtleIndex(path)
        index = self.other[name]
        line = index.find(subject, predicate, value) or index.find(subject, predicate) or index.find(subject)
        return replace(finding, line=line)


def locate_findings(findings: list[Finding], files: list[Path], root: Path) -> list[Finding]:
    """Fill in the file and line of each finding's triple: the data files for data findings, the named file for
    the rest. Files are scanned once, only for the subjects that have findings."""
    locator = _Locator(findings, files, root)
    return [locator.locate(f) for f in findings]


def _lexical(shown: str) -> str | None:
    match = re.match(r'^"(.*)"(?:@[\w-]+|\^\^.*)?$', shown, flags=re.DOTALL)
    text = match.group(1) if match else shown
    return text if not text.endswith("…") else text[:-1]
