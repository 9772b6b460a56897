"""Which reports there are and what is known about each: the metadata file and inference for the rest.

Metadata lives beside the reports in ``reports.toml`` (one ``[[report]]`` table
per file). A report the file does not list is still read: its id comes from
its file name and its title from its first line.
"""

from __future__ import annotations

import hashlib
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ipgraph.errors import InputError

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

METADATA_FILE = "reports.toml"
REPORT_SUFFIXES = (".txt", ".md")
_FIELDS = {"id", "file", "source", "title", "publisher", "date", "language", "identifier",
           "meeting", "period", "author"}
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


@dataclass(frozen=True)
class ReportMeta:
    """What a report is: the subject of its ``ip:Report`` node."""

    id: str
    path: Path
    title: str | None = None
    publisher: str | None = None
    date: str | None = None
    language: str = "zh"
    identifier: str | None = None
    meeting: str | None = None
    period: str | None = None
    source: str | None = None
    author: tuple[str, ...] = ()
    inferred: tuple[str, ...] = field(default=())


def slugify(name: str) -> str:
    """A file stem as an IRI-safe report id."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if slug:
        return slug
    return "report-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def _table_lines(text: str) -> list[int]:
    """Line numbers of the ``[[report]]`` headers, so errors can point at the table at fault."""
    return [n for n, line in enumerate(text.splitlines(), start=1) if line.strip().startswith("[[report]]")]


def _key_line(text: str, start: int, key: str) -> int:
    lines = text.splitlines()
    for n in range(start, len(lines) + 1):
        if re.match(rf"^\s*{re.escape(key)}\s*=", lines[n - 1]):
            return n
    return start


def load_metadata(folder: Path) -> dict[str, ReportMeta]:
    """Metadata of the reports in a folder, keyed by file name; empty when there is no metadata file."""
    path = folder / METADATA_FILE
    if not path.exists():
        return {}
    text = path.read_text(encoding="utf-8")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        line = getattr(error, "lineno", None) or _line_from_message(str(error))
        raise InputError(path, f"not valid TOML: {error}", line) from None
    tables = data.get("report", [])
    starts = _table_lines(text)
    found: dict[str, ReportMeta] = {}
    for table, start in zip(tables, starts):
        meta = _parse_table(table, folder, path, text, start)
        found[meta.path.name] = meta
    return found


def _line_from_message(message: str) -> int | None:
    match = re.search(r"line (\d+)", message)
    return int(match.group(1)) if match else None


def _parse_table(table: dict, folder: Path, path: Path, text: str, start: int) -> ReportMeta:
    for key in table:
        if key not in _FIELDS:
            raise InputError(path, f"unknown key {key!r} (known: {', '.join(sorted(_FIELDS))})",
                             _key_line(text, start, key))
    if not _ID.match(str(table.get("id", ""))):
        raise InputError(path, "each [[report]] needs an id of lower-case letters, digits and '-'", start)
    date = table.get("date")
    if date is not None and not _DATE.match(str(date)):
        raise InputError(path, f"date {date!r} is not YYYY, YYYY-MM or YYYY-MM-DD", _key_line(text, start, "date"))
    file = folder / table.get("file", f"{table['id']}.txt")
    if not file.exists():
        raise InputError(path, f"listed file {file.name!r} does not exist", _key_line(text, start, "file"))
    author = table.get("author", [])
    return ReportMeta(
        id=table["id"], path=file, title=table.get("title"), publisher=table.get("publisher"),
        date=str(date) if date else None, language=table.get("language", "zh"),
        identifier=table.get("identifier"), meeting=table.get("meeting"), period=table.get("period"),
        source=table.get("source"), author=tuple([author] if isinstance(author, str) else author),
    )


def infer_metadata(path: Path, text: str) -> ReportMeta:
    """Metadata for a report nobody described: id from the file name, title from the first line."""
    first = next((line.strip().lstrip("#").strip() for line in text.splitlines() if line.strip()), None)
    return ReportMeta(id=slugify(path.stem), path=path, title=first, inferred=("id", "title"))


def find_reports(paths: list[Path]) -> list[Path]:
    """Report files under the given files and folders, in a stable order."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.iterdir() if p.suffix in REPORT_SUFFIXES and p.is_file()))
        elif path.exists():
            found.append(path)
        else:
            raise InputError(path, "no such file or folder")
    return list(dict.fromkeys(found))
