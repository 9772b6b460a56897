"""Which reports there are and what is known about each: the metadata file and inference for the rest.

Metadata lives beside the reports in ``reports.toml`` (one ``[[report]]`` table
per file). A report the file does not list is still read: its id comes from
its file name and its title from its first line.

Mistakes in the metadata are named with the file and line of the key at fault.
A file that is not TOML stops the build (``InputError``); anything else is a
``Problem`` of the report its table describes: an error (a bad id or date, a
value of the wrong type, a listed file that is missing, two tables with one id
or one file) fails that report, a warning (an unknown key, which is ignored)
does not unless the build is strict.
"""

from __future__ import annotations

import codecs
import dataclasses
import datetime
import difflib
import hashlib
import os
import re
import sys
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path

from ipgraph.errors import ERROR, WARNING, InputError, Problem

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

METADATA_FILE = "reports.toml"
REPORT_SUFFIXES = (".txt", ".md")
"""Report file suffixes, in any case (``.TXT`` too)."""
MAX_METADATA_BYTES = 4 * 2**20
RESERVED_IDS = ("reference",)  # reference.ttl holds the reference data
_FIELDS = {"id", "file", "source", "title", "publisher", "date", "language", "identifier",
           "meeting", "period", "author", "encoding"}
_STRINGS = ("id", "file", "source", "title", "publisher", "language", "identifier", "meeting", "period", "encoding")
_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_LANGUAGE = re.compile(r"^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$")
_ORG_KEY = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]*$")
_HEADER = re.compile(r"^\s*\[\[\s*report\s*\]\]")
_TITLE_CHARS = 200


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
    encoding: str | None = None
    """The report file's encoding when reports.toml states it; else it is detected."""


@dataclass
class Metadata:
    """The metadata of one folder: each listed report by file name, and what is wrong with the file."""

    path: Path
    reports: dict[str, ReportMeta] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    def problems_for(self, report: Path) -> list[Problem]:
        return [p for p in self.problems if p.report is not None and p.report.name == report.name]

    def broken_tables(self) -> list[Problem]:
        """Errors of tables that name no report file there is: any unlisted report may be the one meant."""
        return [p for p in self.problems if p.severity == ERROR and p.path == self.path
                and (p.report is None or not p.report.is_file())]


def slugify(name: str) -> str:
    """A file stem as an IRI-safe report id."""
    slug = re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")
    if slug:
        return slug
    return "report-" + hashlib.sha1(name.encode("utf-8")).hexdigest()[:10]


def load_metadata(folder: Path) -> dict[str, ReportMeta]:
    """Metadata of the reports in a folder, keyed by file name; the first error, if any, is raised."""
    metadata = read_metadata(folder)
    for problem in metadata.problems:
        if problem.severity == ERROR:
            raise InputError(problem.path, problem.message, problem.line)
    return metadata.reports


def read_metadata(folder: Path, organisations: Collection[str] | None = None) -> Metadata:
    """Metadata of the reports in a folder with every problem found; empty when there is no metadata file.

    ``organisations``, when given, are the keys an ``author`` may name (the gazetteer's).
    Raises ``InputError`` only when the file cannot be used at all (unreadable, a dangling link, too large,
    not UTF-8, not TOML, nested beyond reason).
    """
    path = folder / METADATA_FILE
    if not (path.exists() or path.is_symlink()):
        return Metadata(path)
    text = _read(path)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise InputError(path, f"not valid TOML: {_toml_message(error)}", _toml_line(error)) from None
    except RecursionError:
        raise InputError(path, "not valid TOML for ipgraph: arrays or tables nested too deep") from None
    lines = text.splitlines()
    metadata = Metadata(path)
    for key in data:
        if key != "report":
            metadata.problems.append(Problem(WARNING, path, f"unknown table or key {key!r}: ignored "
                                             "(each report is described in a [[report]] table)", _top_line(lines, key)))
    tables = data.get("report", [])
    if not isinstance(tables, list) or not all(isinstance(t, dict) for t in tables):
        raise InputError(path, "'report' must be an array of tables, each written [[report]]",
                         _top_line(lines, "report"))
    starts: list[int | None] = [n for n, line in enumerate(lines, start=1) if _HEADER.match(line)]
    if len(starts) != len(tables):
        starts = [None] * len(tables)
    parsed = [_Table(table, folder, path, lines, start, organisations) for table, start in zip(tables, starts)]
    _flag_duplicates(parsed, "id")
    _flag_duplicates(parsed, "file")
    for table in parsed:
        metadata.problems.extend(table.problems)
        meta = table.meta()
        if meta is not None:
            metadata.reports[meta.path.name] = meta
    return metadata


def _read(path: Path) -> str:
    if not path.exists():
        raise InputError(path, f"cannot read: it is a link to {os.readlink(path)!r}, which does not exist")
    if not path.is_file():
        raise InputError(path, "cannot read: not a regular file")
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_METADATA_BYTES + 1)
    except OSError as error:
        raise InputError(path, f"cannot read: {error.strerror or error}") from None
    if len(data) > MAX_METADATA_BYTES:
        raise InputError(path, f"is over {MAX_METADATA_BYTES // 2**20} MB: too large for a metadata file")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data.count(b"\n", 0, error.start) + 1
        raise InputError(path, f"not UTF-8 (undecodable byte 0x{data[error.start]:02x} at byte offset "
                               f"{error.start}): save {METADATA_FILE} as UTF-8", line) from None


def _toml_line(error: Exception) -> int | None:
    line = getattr(error, "lineno", None)
    if line:
        return int(line)
    match = re.search(r"line (\d+)", str(error))
    return int(match.group(1)) if match else None


def _toml_message(error: Exception) -> str:
    message = getattr(error, "msg", None) or str(error)
    column = getattr(error, "colno", None)
    match = re.search(r"\(at line \d+, column (\d+)\)", str(error))
    if column is None and match:
        column = int(match.group(1))
    message = re.sub(r"\s*\(at (?:line \d+, column \d+|end of document)\)", "", message)
    return f"{message} (column {column})" if column else message


def _top_line(lines: list[str], key: str) -> int | None:
    pattern = re.compile(rf"^\s*(?:\[+\s*)?[\"']?{re.escape(key)}[\"']?\s*(?:\]|=)")
    return next((n for n, line in enumerate(lines, start=1) if pattern.match(line)), None)


class _Table:
    """One [[report]] table, checked key by key; ``meta()`` is None when an error fails it."""

    def __init__(self, table: dict, folder: Path, path: Path, lines: list[str], start: int | None,
                 organisations: Collection[str] | None) -> None:
        self.table, self.folder, self.path, self.lines, self.start = table, folder, path, lines, start
        self.organisations = organisations
        self.problems: list[Problem] = []
        raw_id, raw_file = table.get("id"), table.get("file")
        self.file_name: str | None = None
        if isinstance(raw_file, str) and _plain_name(raw_file):
            self.file_name = raw_file
        elif raw_file is None and isinstance(raw_id, str) and _ID.match(raw_id):
            self.file_name = f"{raw_id}.txt"
        self.report = folder / self.file_name if self.file_name else None
        self.values: dict[str, str] = {}
        """The string keys that passed their checks; the authors are kept apart, as a tuple."""
        self.authors: tuple[str, ...] = ()
        self._check()

    def line(self, key: str | None = None) -> int | None:
        if self.start is None or key is None:
            return self.start
        pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*=")
        for n in range(self.start + 1, len(self.lines) + 1):
            text = self.lines[n - 1]
            if _HEADER.match(text) or text.lstrip().startswith("["):
                break
            if pattern.match(text):
                return n
        return self.start

    def error(self, message: str, key: str | None = None) -> None:
        self.problems.append(Problem(ERROR, self.path, message, self.line(key), self.report))

    def warning(self, message: str, key: str | None = None) -> None:
        self.problems.append(Problem(WARNING, self.path, message, self.line(key), self.report))

    def _check(self) -> None:
        table = self.table
        for key in table:
            if key not in _FIELDS:
                close = difflib.get_close_matches(key, sorted(_FIELDS), n=1)
                hint = f"did you mean {close[0]!r}?" if close else f"known keys: {', '.join(sorted(_FIELDS))}"
                self.warning(f"unknown key {key!r} in [[report]] ({hint}): ignored", key)
        for key in _STRINGS:
            if key in table and not isinstance(table[key], str):
                self.error(f"{key} must be a string, not {_kind(table[key])}", key)
            elif key in table:
                self.values[key] = table[key]
        self._check_id()
        self._check_file()
        self._check_date()
        self._check_period()
        self._check_language()
        self._check_author()
        self._check_encoding()

    def _check_id(self) -> None:
        value = self.table.get("id")
        if value is None:
            self.error('[[report]] has no id: add id = "..." (lower-case letters, digits and \'-\')')
        elif isinstance(value, str) and not _ID.match(value):
            self.error(f"id {value!r} must be lower-case letters, digits and '-' (it becomes part of an IRI)", "id")
        elif value in RESERVED_IDS:
            self.error(f"id {value!r} is reserved ({value}.ttl holds the reference data)", "id")

    def _check_file(self) -> None:
        value = self.table.get("file")
        if isinstance(value, str) and not _plain_name(value):
            self.error(f"file {value!r} must name a file in {self.folder} (no folders, no '..')", "file")
            return
        if self.file_name is None:
            return
        if not (self.folder / self.file_name).is_file():
            self.error(f"listed file {self.file_name!r} does not exist", "file" if value is not None else "id")
        elif not is_report_name(self.file_name):
            self.warning(f"listed file {self.file_name!r} is never read: report files end in "
                         f"{' or '.join(REPORT_SUFFIXES)}", "file")

    def _check_date(self) -> None:
        value = self.table.get("date")
        if value is None:
            return
        if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
            self.values["date"] = value.isoformat()
        elif isinstance(value, str) and _valid_date(value):
            self.values["date"] = value
        else:
            self.error(f"date {_show(value)} is not a valid date: write YYYY, YYYY-MM or YYYY-MM-DD", "date")

    def _check_period(self) -> None:
        value = self.values.get("period")
        if value is None:
            return
        start, _, end = str(value).partition("/")
        if not (_valid_date(start) and _valid_date(end)):
            self.error(f"period {value!r} is not a valid interval: write start/end as YYYY, YYYY-MM or "
                       "YYYY-MM-DD (e.g. 2024-01/2024-12)", "period")
        elif end < start[: len(end)]:
            self.error(f"period {value!r} ends before it starts", "period")

    def _check_language(self) -> None:
        value = self.values.get("language")
        if value is not None and not _LANGUAGE.match(str(value)):
            self.error(f"language {value!r} is not a language tag such as 'zh' or 'en-GB'", "language")

    def _check_author(self) -> None:
        value = self.table.get("author", [])
        authors = [value] if isinstance(value, str) else value
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            self.error("author must be a list of organisation keys, e.g. [\"WIPO\"]", "author")
            return
        for key in authors:
            if not _ORG_KEY.match(key):
                self.error(f"author {key!r} is not an organisation key (as in knowledge/gazetteer/organisations.tsv)",
                           "author")
            elif self.organisations is not None and key not in self.organisations:
                close = difflib.get_close_matches(key, sorted(self.organisations), n=1)
                hint = f" (did you mean {close[0]!r}?)" if close else ""
                self.error(f"author {key!r} is not in knowledge/gazetteer/organisations.tsv{hint}: add the "
                           "organisation there or correct the key", "author")
        self.authors = tuple(authors)

    def _check_encoding(self) -> None:
        value = self.values.get("encoding")
        try:
            codecs.lookup(str(value)) if value is not None else None
        except LookupError:
            self.error(f"encoding {value!r} is not an encoding Python knows (e.g. \"big5\", \"gb18030\", "
                       "\"utf-16-le\")", "encoding")

    def meta(self) -> ReportMeta | None:
        if self.report is None or any(p.severity == ERROR for p in self.problems):
            return None
        v = self.values
        return ReportMeta(
            id=str(v["id"]), path=self.report, title=v.get("title"), publisher=v.get("publisher"),
            date=v.get("date"), language=v.get("language", "zh"), identifier=v.get("identifier"),
            meeting=v.get("meeting"), period=v.get("period"), source=v.get("source"),
            author=self.authors, encoding=v.get("encoding"),
        )


def _flag_duplicates(tables: list[_Table], key: str) -> None:
    """Two tables with one id (or one file): neither can be trusted, so both fail."""
    seen: dict[str, list[_Table]] = {}
    for table in tables:
        value = table.file_name if key == "file" else table.table.get("id")
        if isinstance(value, str):
            seen.setdefault(value, []).append(table)
    for value, same in seen.items():
        if len(same) < 2:
            continue
        for table in same:
            others = ", ".join(str(t.start) for t in same if t is not table and t.start)
            where = f" at line {others}" if others else ""
            noun = "file" if key == "file" else "id"
            table.error(f"{noun} {value!r} is also used by the [[report]]{where}: each report needs its own {noun}",
                        key if key in table.table else "id")


def _plain_name(name: str) -> bool:
    return bool(name) and name not in (".", "..") and "/" not in name and "\\" not in name and "\0" not in name


def _valid_date(value: str) -> bool:
    match = _DATE.match(value)
    if not match:
        return False
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return year >= 1000


def _kind(value: object) -> str:
    return {bool: "true/false", int: "a number", float: "a number", list: "a list", dict: "a table"}.get(
        type(value), "a date" if isinstance(value, (datetime.date, datetime.time)) else type(value).__name__)


def _show(value: object) -> str:
    return repr(value) if isinstance(value, str) else str(value)


def first_line_title(text: str) -> str | None:
    """A report's first non-blank line as its title, shortened to what a title can be."""
    first = next((line.strip().lstrip("#").strip() for line in text.splitlines() if line.strip()), None)
    if first and len(first) > _TITLE_CHARS:
        first = first[: _TITLE_CHARS - 1] + "…"
    return first


def infer_metadata(path: Path, text: str) -> ReportMeta:
    """Metadata for a report nobody described: id from the file name, title from the first line."""
    return ReportMeta(id=slugify(path.stem), path=path, title=first_line_title(text), inferred=("id", "title"))


def with_title(meta: ReportMeta, text: str) -> ReportMeta:
    """Metadata that lists a report without its title takes the first line, as for a report nobody listed:
    every report of the graph has a title (ReportShape)."""
    if meta.title:
        return meta
    return dataclasses.replace(meta, title=first_line_title(text), inferred=(*meta.inferred, "title"))


def is_report_name(name: str) -> bool:
    """A file name that ends in a report suffix, in any case."""
    return Path(name).suffix.lower() in REPORT_SUFFIXES


def find_reports(paths: list[Path]) -> list[Path]:
    """Report files under the given files and folders, in a stable order, each once however it was spelled.

    A file given directly must be a regular file: a FIFO or a device would hang the read or never end.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            if not os.access(path, os.R_OK | os.X_OK):
                raise InputError(path, "cannot read the folder: no permission to list it or open its files "
                                       "(it needs read and execute permission)")
            try:
                found.extend(sorted(p for p in path.iterdir() if is_report_name(p.name) and p.is_file()))
            except OSError as error:
                raise InputError(path, f"cannot list the folder: {error.strerror or error}") from None
        elif path.is_file():
            found.append(path)
        elif path.exists():
            raise InputError(path, "not a regular file (a pipe, a device or a socket): give a report file or folder")
        else:
            raise InputError(path, "no such file or folder")
    unique: dict[Path, Path] = {}
    for path in found:
        unique.setdefault(path.resolve(), path)
    return list(unique.values())
