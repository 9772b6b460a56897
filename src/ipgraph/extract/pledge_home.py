"""Two subjects a pledge's clause gives by reference rather than by name: the report's own place, and a body the
sentence opens with in a clause of its founding.

我省将以…为抓手, 本市将…, 我县将…: local news speaks of its province, city or county in the first person. The place
is the one of that level the report names (山东省平阴玫瑰…。我省将…: 山东省); a report that names none, or several
(福州、厦门…。我市将…), leaves it unread, as the reader could not tell either. The levels are the last character of
the word (knowledge/commitments/pledge_words.tsv, list ``home``); the names are the gazetteer's provinces, prefectures
and counties, printed with their level's suffix, so a bare 山东 in 山东地理标志 is no province told.

该中心成立后，将为企业提供…; 工作站设立后，将强化业务培训: a sentence that opens with a body and a verb of its coming
into being (list ``founded``) and 后 tells what that body will do once it exists; the clause of the cue has no subject
of its own and goes on with the body. Only the span of the body's words is found here; who they name (a name, a
pointing head noun such as 该中心) is read as the subject in front of a cue is (``pledges._ReportPledges``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

from ipgraph.knowledge.gazetteer import Gazetteer, load as load_gazetteer
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import alternation, clause_bounds

_LEVELS = {"省": "省", "市": "市", "区": "区", "區": "区", "县": "县", "縣": "县"}
"""The last character of a home word and the suffix (in one script) a place of that level is printed with."""
_BODY = 30
"""The most characters a body's words opening a founding clause have (天门经济开发区知识产权联合保护工作站)."""


@lru_cache(maxsize=4)
def _words(data_dir: Path) -> tuple[tuple[str, ...], re.Pattern[str], re.Pattern[str]]:
    words = word_lists(data_dir / "commitments" / "pledge_words.tsv")
    founded = f"(?:正式)?(?:{alternation(tuple(sorted(words.get('founded', ()), key=len, reverse=True))) or '(?!)'})" \
              "(?:之|以)?[后後]"
    return (tuple(words.get("home", ())), re.compile(f"{founded}\\s*[，,]\\s*$"),
            re.compile(f"(?P<body>.{{2,{_BODY}}}?){founded}\\s*"))


@lru_cache(maxsize=16)
def _places(data_dir: Path, level: str) -> re.Pattern[str]:
    """The places of one level as printed in a text brought to one script: a province or prefecture (or a city) with
    its suffix (山东省, 济南市, 北京市), or a county as the gazetteer prints it (蔡甸区)."""
    gazetteer = load_gazetteer(data_dir)
    if level == "省":
        names = {f"{p}省" for p in gazetteer.provinces}
    elif level == "市":
        names = {f"{p}市" for p in (*gazetteer.provinces, *gazetteer.prefectures,
                                    *(c.name_zh for c in gazetteer.cities.values() if c.country == "CN"))}
    else:
        names = {c for c in gazetteer.counties if c.endswith(level)}
    names = {n for n in names if not n.endswith(level * 2)}  # 沙市市: no name printed so
    return re.compile(alternation(tuple(sorted(names, key=len, reverse=True))) or "(?!)")


def home_place(words: str, texts: Iterable[str], gazetteer: Gazetteer, data_dir: Path) -> str | None:
    """The place ``words`` (我省, 本市 …) stand for: the one place of that level ``texts`` (the report's passages up
    to the pledge) name, as printed; None when the words are no home word, or the texts name none or several."""
    home = _words(data_dir)[0]
    words = words.strip()
    if words not in home:
        return None
    pattern, found = _places(data_dir, _LEVELS[words[-1]]), dict[str, str]()
    for text in texts:
        flat = gazetteer.in_one_script(text)
        for match in pattern.finditer(flat):
            if not flat.startswith(words[-1], match.end()):  # 青岛市市南区 is a city; 沙市市 no name
                found.setdefault(match.group(0), text[match.start():match.end()])
    return next(iter(found.values())) if len(found) == 1 else None


def founding_subject(text: str, start: int, clause_start: int, data_dir: Path) -> tuple[int, int] | None:
    """Where the body's words stand in the clause right before ``clause_start`` when that clause opens the sentence
    (from ``start``) and tells the body's founding (该中心成立后，): the clause of no subject after it is the body's."""
    founded = _words(data_dir)[1]
    if clause_start <= start:
        return None
    begin = clause_bounds(text, clause_start - 1)[0]
    if begin > start and text[start:begin].strip("，, "):
        return None  # the founding clause must open its sentence: …，该中心成立后，将… reads the opening subject
    verb = founded.search(text, begin, clause_start)
    if verb is None or not 1 < verb.start() - begin <= _BODY:
        return None
    return begin, verb.start()


def founded_head(words: str, data_dir: Path) -> int | None:
    """联盟成立后将…: where the body's words end when the subject in front of a cue is a body and its founding with
    no comma before the cue; the founding clause and the pledge are then one clause."""
    found = _words(data_dir)[2].fullmatch(words)
    return found.end("body") if found else None
