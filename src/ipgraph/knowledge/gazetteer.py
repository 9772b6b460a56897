"""Reference data: the names the extractor looks for and the nodes they resolve to.

Country names come from pycountry (ISO 3166-1 codes, English names and their
zh_CN translations) and babel (CLDR Chinese territory names); the forms both
miss, and the forms that mislead in these reports, sit in
``knowledge/gazetteer/country_aliases.tsv``. Organisations, treaties, cities and
people have a table each. Every file here is a TSV a researcher edits without
Python: ``#`` lines document the columns, then a header row.
"""

from __future__ import annotations

import gettext
import pickle
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import pycountry
from babel import localedata

from ipgraph.errors import InputError
from ipgraph.zh.folding import Folding
from ipgraph.zh.grammar import FULL_WIDTH_ALPHANUMERICS, alternation

COUNTRY, ORG, TREATY, CITY, PERSON = "COUNTRY", "ORG", "TREATY", "CITY", "PERSON"


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


@dataclass(frozen=True)
class Treaty:
    key: str
    title_zh: str
    short_zh: tuple[str, ...]
    title_en: str
    short_en: str
    acronyms: tuple[str, ...]
    administered_by: str
    adopted: str


@dataclass(frozen=True)
class City:
    key: str
    name_zh: str
    aliases_zh: tuple[str, ...]
    name_en: str
    country: str


@dataclass(frozen=True)
class Person:
    key: str
    name: str
    variants: tuple[str, ...]
    role: str
    affiliation: tuple[str, ...]
    country: str


@dataclass(frozen=True)
class OrgHead:
    """A head noun that ends an organisation's name, and what it tells about the organisation (org_heads.tsv)."""

    head: str
    not_before: tuple[str, ...]
    not_after: tuple[str, ...]
    kind: str
    alone: int | None
    posted: bool = False
    organ: bool = False
    titled: tuple[str, ...] = ()
    whole: bool = False
    """The head is a body's whole name contracted (发改委, 中院): after a place it needs no words of its own."""

    def unit_after(self, body_end: int, end: int) -> bool:
        """The head ending at ``end`` alone names a unit of the known body ending at ``body_end``: a unit's head of
        two characters or more (办公厅, 团委; one character, as 部 or 局, ends too many other words), or an organ's
        right after the body (欧盟委员会; not 某商会路线图和委员会, where the organ is of no body named), or a
        head of three characters or more that names a body on its own, right after the body (国家知识产权局商标局:
        its office)."""
        right_after = end - len(self.head) == body_end
        return len(self.head) > 1 and (self.kind == "unit" or self.organ and right_after) \
            or len(self.head) > 2 and self.alone is not None and right_after


@dataclass(frozen=True)
class Gazetteer:
    """All reference tables of a data folder."""

    countries: dict[str, Country]
    organisations: dict[str, Organisation]
    treaties: dict[str, Treaty]
    cities: dict[str, City]
    people: dict[str, Person]
    blockers: tuple[str, ...]
    org_heads: tuple[OrgHead, ...]
    titles: tuple[str, ...]
    occupations: tuple[str, ...]
    state_titles: dict[str, str]
    simplified: dict[str, str]
    short_forms: tuple[tuple[str, str], ...]
    title_prefixes: tuple[str, ...]
    surnames: tuple[str, ...]
    honorifics: tuple[str, ...]
    place_suffixes: tuple[str, ...]
    provinces: tuple[str, ...]
    prefectures: tuple[str, ...]
    zones: tuple[str, ...]
    counties: tuple[str, ...]
    suffix_words: tuple[str, ...]
    name_stops: tuple[str, ...]
    after_name: tuple[str, ...]
    bare_name_verbs: tuple[str, ...]

    @cached_property
    def one_script(self) -> Folding:
        """``str.translate`` table of ``simplified`` and of full-width letters and digits, made once: mentions,
        extractors and the scorer read text one for one in simplified characters and ASCII alphanumerics."""
        return one_script_table(self.simplified)

    def in_one_script(self, text: str) -> str:
        """``text.translate(one_script)``; a text holding no character the table changes (most passages) is
        returned as it is, asked of a set (~30 ns a character), not translated (~60 ns)."""
        return self.one_script.fold(text)

    @cached_property
    def division_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The counties as printed (蔡甸区), and the provinces and prefectures without their suffix (丽水): what an
        administrative area named alone is, asked of sets."""
        return frozenset(self.counties), frozenset(self.provinces + self.prefectures)

    def place_shape(self, han: str) -> str:
        """A regex of a place's name as printed: a province or prefecture listed (北京, 济南), up to four characters
        before a place suffix (槐荫区, 济南市), up to ten before a zone's (济宁高新区): the mention stage reads a body's
        name after it as that place's body, the event rules read it after 在 as where a body stands."""
        return (rf"{alternation(self.provinces + self.prefectures)}|{han}{{2,4}}?(?:{alternation(self.place_suffixes)})"
                rf"|{han}{{2,10}}?(?:{alternation(self.zones)})")

    def names(self) -> list[tuple[str, str, str]]:
        """Every (kind, key, surface form) the matcher looks for."""
        out = [(COUNTRY, c.code, n) for c in self.countries.values() for n in c.names_zh]
        acronym_owners: dict[str, set[str]] = {}
        for org in self.organisations.values():
            out += [(ORG, org.key, n) for n in (org.name_zh, *org.aliases_zh)]
            for acronym in org.acronyms:
                acronym_owners.setdefault(acronym, set()).add(org.key)
        out += [(ORG, next(iter(keys)), a) for a, keys in acronym_owners.items() if len(keys) == 1]
        out += unit_forms(self.organisations, {name for _, _, name in out})
        for treaty in self.treaties.values():
            out += [(TREATY, treaty.key, n) for n in (treaty.title_zh, *treaty.short_zh, *treaty.acronyms)]
        for city in self.cities.values():
            out += [(CITY, city.key, n) for n in (city.name_zh, *city.aliases_zh)]
        for person in self.people.values():
            out += [(PERSON, person.key, n) for n in (person.name, *person.variants)]
        return [entry for entry in out if entry[2]]


def read_tsv(path: Path, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of a documented TSV file; errors name the file and line. A file is cut into rows once per process (and
    again once it changes): a build's readers ask for twenty files two to four times each (titles.tsv, words.tsv),
    each for its own columns. The rows are shared among the readers, which only read them."""
    try:
        stat = path.stat()
    except OSError:
        header_line, names, rows, long_row = _rows.__wrapped__(path, 0, 0)  # not cached: reading reports the error
    else:
        header_line, names, rows, long_row = _rows(path, stat.st_mtime_ns, stat.st_size)
    missing = [c for c in columns if c not in names]
    if missing:
        raise InputError(path, f"header lacks column(s) {', '.join(missing)}", header_line)
    if long_row:
        raise InputError(path, f"{long_row[1]} cells, header has {len(names)}", long_row[0])
    return list(rows)


@lru_cache(maxsize=256)
def _rows(path: Path, mtime_ns: int, size: int) -> tuple[int, list[str], tuple[dict[str, str], ...], tuple[int, ...]]:
    """The header's line number, its column names and the rows of the file as it was at ``mtime_ns`` and ``size``;
    the first row with more cells than the header has (its line and its count of cells), else ``()``."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(path, f"cannot read: {error}") from None
    numbered = [(n, line) for n, line in enumerate(lines, start=1) if line.strip() and not line.startswith("#")]
    if not numbered:
        raise InputError(path, "no header row")
    header_line, header = numbered[0]
    names = header.split("\t")
    rows = []
    for n, line in numbered[1:]:  # nothing is quoted (a csv reader with QUOTE_NONE, at a third of its cost)
        cells = line.split("\t")
        if len(cells) > len(names):
            return header_line, names, (), (n, len(cells))
        row = dict(zip(names, map(str.strip, cells)))
        if len(cells) < len(names):  # a row may leave its last cells out
            row.update(dict.fromkeys(names[len(cells):], ""))
        row["_line"] = str(n)
        rows.append(row)
    return header_line, names, tuple(rows), ()


def split_multi(cell: str) -> tuple[str, ...]:
    """A multi-valued cell: values separated by ``|``."""
    return tuple(v.strip() for v in cell.split("|") if v.strip())


KEY = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*")
"""A key of a gazetteer row: it becomes the last part of an IRI, so no spaces, slashes or other characters."""


def _keyed(path: Path, rows: list[dict[str, str]], make) -> dict:
    table = {}
    for row in rows:
        if not KEY.fullmatch(row["key"]):
            raise InputError(path, f"key {row['key']!r} is not a key: ASCII letters, digits, '.', '_' and '-', "
                                   "starting with a letter or digit (it becomes part of an IRI)", int(row["_line"]))
        if row["key"] in table:
            raise InputError(path, f"duplicate key {row['key']!r}", int(row["_line"]))
        table[row["key"]] = make(row)
    return table


def _countries(folder: Path) -> dict[str, Country]:
    """Every ISO 3166 country with its Chinese names in both scripts: CLDR's simplified name first (the label),
    then pycountry's, CLDR's traditional names (菲律賓, 義大利 and Hong Kong's 意大利: the reports of Hong Kong and
    Macao print them) and the aliases of country_aliases.tsv."""
    territories = _cldr_territories("zh")
    hant = _cldr_territories("zh_Hant")
    traditional = [hant, {**hant, **_cldr_territories("zh_Hant_HK")}]  # zh_Hant_HK inherits zh_Hant's names
    translation = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["zh_CN"], fallback=True)
    aliases, ignored = _aliases(folder / "country_aliases.tsv")
    table: dict[str, Country] = {}
    for entry in pycountry.countries:
        code = entry.alpha_2
        preferred = territories.get(code) or translation.gettext(entry.name)
        candidates = [preferred, translation.gettext(entry.name), *(t.get(code) for t in traditional),
                      *aliases.get(code, [])]
        names = tuple(dict.fromkeys(n for n in candidates if n and n not in ignored and not n.isascii()))
        name_en = getattr(entry, "common_name", None) or entry.name
        table[code] = Country(code, name_en, preferred, names)
    return table


def _cldr_territories(locale: str) -> dict[str, str]:
    """CLDR's territory names in ``locale``'s own data file, as babel stores it. ``babel.Locale(…).territories``
    gives the same names merged with the locale's parents (root has none; zh_Hant's parent is root, not zh), but
    merges a copy of every table of the parents' data (calendars, numbers, …) to get them: twice the work at load.
    The file is babel's own package data, never a file a user supplies; it is unpickled without babel's classes
    (``_TerritoryReader``). tests/test_setup_costs.py checks the names against babel's."""
    with open(localedata.resolve_locale_filename(locale), "rb") as file:
        return dict(_TerritoryReader(file).load().get("territories", {}))


class _Unread:
    """Stands for each object of babel's own classes in a locale's data: the date, number and plural patterns."""

    def __init__(self, *args: object) -> None:
        pass

    def __setstate__(self, state: object) -> None:
        pass


class _TerritoryReader(pickle.Unpickler):
    """A locale's data with babel's classes read as ``_Unread``: the territory names are plain strings, and making
    the patterns imports babel.dates and babel.numbers and builds ~1,000 objects, half the time of reading the three
    files (zh, zh_Hant, zh_Hant_HK)."""

    def find_class(self, module: str, name: str) -> type:
        return _Unread if module.split(".")[0] == "babel" else super().find_class(module, name)


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


def unit_forms(organisations: dict[str, Organisation], taken: set[str]) -> list[tuple[str, str, str]]:
    """A unit listed under one of its parent's names is printed under any other (产权组织仲裁与调解中心 is also
    WIPO仲裁与调解中心, 世界知识产权组织仲裁与调解中心): the unit's own words after the parent's name, behind each
    name and acronym of the parent. Only a unit (kind ``unit``): a company's subsidiary has a name of its own. Words
    that open with a bracket gloss the parent, not the unit; a form another entry already owns is left to it."""
    out: list[tuple[str, str, str]] = []
    for unit in organisations.values():
        parent = organisations.get(unit.parent)
        if parent is None or unit.kind != "unit":
            continue
        heads = sorted({f for f in (parent.name_zh, *parent.aliases_zh, *parent.acronyms) if f}, key=len, reverse=True)
        cores = set()
        for name in (unit.name_zh, *unit.aliases_zh):
            head = next((h for h in heads if name.startswith(h)), None)
            if head is not None and len(name) - len(head) >= _UNIT_CORE and name[len(head)].isalnum():
                cores.add(name[len(head):])
        forms = sorted({head + core for head in heads for core in cores} - taken)
        out += [(ORG, unit.key, form) for form in forms]
    return out


_UNIT_CORE = 4
"""The fewest characters a unit's own words must have to be named behind another of its parent's names: fewer (局,
中心 alone) name no unit."""


def _organisations(path: Path) -> dict[str, Organisation]:
    columns = ("key", "name_zh", "aliases_zh", "name_en", "acronym", "kind", "country", "parent")
    table = _keyed(path, read_tsv(path, columns), lambda r: Organisation(
        r["key"], r["name_zh"], split_multi(r["aliases_zh"]), r["name_en"], split_multi(r["acronym"]),
        r["kind"], r["country"].upper(), r["parent"]))
    for org in table.values():
        if org.parent and org.parent not in table:
            raise InputError(path, f"{org.key}: parent {org.parent!r} is not a key in this file")
    return table


def _treaties(path: Path) -> dict[str, Treaty]:
    columns = ("key", "title_zh", "short_zh", "title_en", "short_en", "acronym", "administered_by", "adopted")
    return _keyed(path, read_tsv(path, columns), lambda r: Treaty(
        r["key"], r["title_zh"], split_multi(r["short_zh"]), r["title_en"], r["short_en"],
        split_multi(r["acronym"]), r["administered_by"], r["adopted"]))


def _cities(path: Path) -> dict[str, City]:
    columns = ("key", "name_zh", "aliases_zh", "name_en", "country")
    return _keyed(path, read_tsv(path, columns), lambda r: City(
        r["key"], r["name_zh"], split_multi(r["aliases_zh"]), r["name_en"], r["country"].upper()))


def _people(path: Path) -> dict[str, Person]:
    columns = ("key", "name", "name_variants", "role", "affiliation", "country")
    return _keyed(path, read_tsv(path, columns), lambda r: Person(
        r["key"], r["name"], split_multi(r["name_variants"]), r["role"], split_multi(r["affiliation"]),
        r["country"].upper()))


def _state_titles(path: Path, countries: dict[str, Country]) -> dict[str, str]:
    """Each title of a state office with the state it names when printed alone; an unknown code is refused."""
    offices = {}
    for row in read_tsv(path, ("title", "state")):
        if row["state"] and row["state"] not in countries:
            raise InputError(path, f"state {row['state']!r} is no ISO 3166 code the gazetteer knows", int(row["_line"]))
        if row["state"]:
            offices[row["title"]] = row["state"]
    return offices


@lru_cache(maxsize=4)
def load(data_dir: Path) -> Gazetteer:
    """Every reference table under ``data_dir/gazetteer``, read once per process."""
    folder = data_dir / "gazetteer"
    heads = read_tsv(folder / "org_heads.tsv", ("head", "not_before", "not_after", "kind", "alone", "posted", "organ",
                                                "titled", "whole"))
    countries = _countries(folder)
    return Gazetteer(
        countries=countries,
        organisations=_organisations(folder / "organisations.tsv"),
        treaties=_treaties(folder / "treaties.tsv"),
        cities=_cities(folder / "cities.tsv"),
        people=_people(folder / "people.tsv"),
        blockers=_column(folder / "blockers.tsv", "context"),
        org_heads=tuple(sorted((OrgHead(r["head"], split_multi(r["not_before"]), split_multi(r["not_after"]),
                                        r["kind"], int(r["alone"]) if r["alone"].isdigit() else None,
                                        r["posted"] == "yes", r["organ"] == "yes", split_multi(r["titled"]),
                                        r["whole"] == "yes")
                                for r in heads),
                               key=lambda h: -len(h.head))),
        titles=tuple(sorted(_column(folder / "titles.tsv", "title"), key=len, reverse=True)),
        occupations=tuple(r["title"] for r in read_tsv(folder / "titles.tsv", ("title", "occupation"))
                          if r["occupation"] == "yes"),
        state_titles=_state_titles(folder / "titles.tsv", countries),
        simplified=simplified_characters(folder),
        title_prefixes=tuple(sorted(_column(folder / "title_prefixes.tsv", "prefix"), key=len, reverse=True)),
        surnames=_column(folder / "surnames.tsv", "surname"),
        honorifics=_column(folder / "honorifics.tsv", "word"),
        place_suffixes=_column(folder / "place_suffixes.tsv", "suffix"),
        provinces=_column(folder / "provinces.tsv", "province"),
        prefectures=_column(folder / "prefectures.tsv", "name"),
        zones=_column(folder / "zones.tsv", "suffix"),
        counties=_column(folder / "counties.tsv", "name"),
        suffix_words=tuple(r["suffix"] + after
                           for r in read_tsv(folder / "place_suffixes.tsv", ("suffix", "not_before"))
                           for after in r["not_before"].split("|") if after),
        name_stops=_column(folder / "name_stops.tsv", "word"),
        after_name=_column(folder / "after_name.tsv", "word"),
        bare_name_verbs=tuple(r["word"] for r in read_tsv(folder / "after_name.tsv", ("word", "bare"))
                              if r["bare"] == "yes"),
        short_forms=tuple(sorted(((r["short"], r["full"]) for r in read_tsv(folder / "short_forms.tsv",
                                                                            ("short", "full"))),
                                 key=lambda pair: -len(pair[0]))),
    )


def _column(path: Path, column: str) -> tuple[str, ...]:
    """The values of a one-column list file, in file order."""
    return tuple(r[column] for r in read_tsv(path, (column,)))


def countries(data_dir: Path) -> dict[str, Country]:
    return load(data_dir).countries


def simplified_characters(folder: Path) -> dict[str, str]:
    """``traditional.tsv`` of a gazetteer folder: each traditional character and its simplified one."""
    rows = read_tsv(folder / "traditional.tsv", ("traditional", "simplified"))
    return {row["traditional"]: row["simplified"] for row in rows}


def one_script_table(simplified: dict[str, str]) -> Folding:
    """``str.translate`` table folding text one for one to simplified characters and ASCII letters and digits."""
    return Folding({**str.maketrans(simplified), **FULL_WIDTH_ALPHANUMERICS})
