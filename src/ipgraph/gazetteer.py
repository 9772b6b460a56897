"""Reference data: the names the extractor looks for and the nodes they resolve to.

Country names come from pycountry (ISO 3166-1 codes, English names and their
zh_CN translations) and babel (CLDR Chinese territory names); the forms both
miss, and the forms that mislead in these reports, sit in
``data/gazetteer/country_aliases.tsv``. Every file here is a TSV a researcher
edits without Python: ``#`` lines document the columns, then a header row.
"""

from __future__ import annotations

import csv
import gettext
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import babel
import pycountry

from ipgraph.errors import InputError


@dataclass(frozen=True)
class Country:
    code: str
    name_en: str
    name_zh: str
    names_zh: tuple[str, ...]


@dataclass(frozen=True)
class Organisation:
    key: str
    name_zh: str
    aliases_zh: tuple[str, ...]
    name_en: str
    acronyms: tuple[str, ...]
    kind: str
    country: str
    parent: str


ORGANISATION_COLUMNS = ("key", "name_zh", "aliases_zh", "name_en", "acronym", "kind", "country", "parent")


def read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a documented TSV file; errors name the file and line."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(path, f"cannot read: {error}") from None
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]
    if not numbered:
        raise InputError(path, "no header row")
    header_line, header = numbered[0]
    names = header.split("\t")
    missing = [c for c in columns if c not in names]
    if missing:
        raise InputError(path, f"header lacks column(s) {', '.join(missing)}", header_line)
    rows = []
    for n, line in numbered[1:]:
        cells = next(csv.reader([line], delimiter="\t", quoting=csv.QUOTE_NONE))
        if len(cells) > len(names):
            raise InputError(path, f"{len(cells)} cells, header has {len(names)}", n)
        row = dict(zip(names, [c.strip() for c in cells] + [""] * (len(names) - len(cells))))
        row["_line"] = str(n)
        rows.append(row)
    return rows


def split_multi(cell: str) -> list[str]:
    """A multi-valued cell: values separated by ``|``."""
    return [v.strip() for v in cell.split("|") if v.strip()]


@lru_cache(maxsize=4)
def countries(data_dir: Path) -> dict[str, Country]:
    """Every ISO 3166-1 country with its Chinese names, keyed by alpha-2 code."""
    territories = babel.Locale("zh").territories
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)
    aliases, ignored = _aliases(data_dir / "gazetteer" / "country_aliases.tsv")
    table: dict[str, Country] = {}
    for entry in pycountry.countries:
        code = entry.alpha_2
        preferred = territories.get(code) or translation.gettext(entry.name)
        candidates = [preferred, translation.gettext(entry.name), *aliases.get(code, [])]
        names = tuple(dict.fromkeys(n for n in candidates if n and n not in ignored and not n.isascii()))
        name_en = getattr(entry, "common_name", None) or entry.name
        table[code] = Country(code, name_en, preferred, names)
    return table


def _aliases(path: Path) -> tuple[dict[str, list[str]], set[str]]:
    added: dict[str, list[str]] = {}
    ignored: set[str] = set()
    for row in read_tsv(path, ("code", "alias", "action")):
        if row["action"] == "ignore":
            ignored.add(row["alias"])
        elif row["action"] == "add":
            added.setdefault(row["code"].upper(), []).append(row["alias"])
        else:
            raise InputError(path, f"action must be 'add' or 'ignore', not {row['action']!r}", int(row["_line"]))
    return added, ignored


@lru_cache(maxsize=4)
def blockers(data_dir: Path) -> tuple[str, ...]:
    """Contexts in which a shorter known name is not a mention (see ``blockers.tsv``)."""
    return tuple(row["context"] for row in read_tsv(data_dir / "gazetteer" / "blockers.tsv", ("context",)))


@lru_cache(maxsize=4)
def organisations(data_dir: Path) -> dict[str, Organisation]:
    """Known organisations keyed by their key (``data/gazetteer/organisations.tsv``)."""
    path = data_dir / "gazetteer" / "organisations.tsv"
    table: dict[str, Organisation] = {}
    for row in read_tsv(path, ORGANISATION_COLUMNS):
        if row["key"] in table:
            raise InputError(path, f"duplicate key {row['key']!r}", int(row["_line"]))
        table[row["key"]] = Organisation(
            row["key"], row["name_zh"], tuple(split_multi(row["aliases_zh"])), row["name_en"],
            tuple(split_multi(row["acronym"])), row["kind"], row["country"].upper(), row["parent"])
    for org in table.values():
        if org.parent and org.parent not in table:
            raise InputError(path, f"{org.key}: parent {org.parent!r} is not a key in this file")
    return table
