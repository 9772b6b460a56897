"""Names a report has read once, read wherever it prints them again: one name, one body, in the whole report.

The pipeline reads a passage at a time, and a name of a body the reference data does not know is found by its
shape: a head noun read back to a place (荔湾区知识产权局), a short form the report defines (…研究院（以下简称
“南知院”）). The same name printed again in a sentence whose shape the readers miss (南知院院长致辞; 工研院发布报告,
with no place or defining bracket around it) is still that body: a reader of the report knows it from then on.
So, once every passage is read, each name of a new body the report has read (of at least ``_FEWEST`` characters,
or a Latin acronym it defines) is a mention wherever else the report prints it, unless a mention already covers
that place (a longer name holding it) or letters run on around a Latin form (WIPO/ACE/12). A person is read the
same way: named once by a title (副局长何志敏), the name printed bare again (会见了何志敏一行, 何志敏拜访了…) is that
person; only the name is carried over, not the title's body, which the first mention ties the person to. A person's
name of two characters (王毅, 林铎) is a whole name, but two characters read anywhere are too often part of another
word (商标保护): it is read again only where it opens a clause and a word that follows a name follows it (王毅表示，
…; 。通伦表示; 林铎还会见…: knowledge/gazetteer/after_name.tsv and the verbs of speech), as a paragraph's speaker
stands, and only once the report has read it (not in a title line above). A transliterated name is read again by
its last part too, the family name a report goes on with (卡洛斯·门多萨 … 门多萨高度评价…, 门多萨一行: one person),
but only where it opens a clause, as a speaker stands, and under the rule of a short name when it has two
characters (迈尔感谢…); a family name two people share is left alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.mentions.spans import Mention, inside_latin_word
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY, load as load_gazetteer
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import CLAUSE_BREAKS, SENTENCE_ENDS, searched

_FEWEST = 3
"""The fewest characters of a Chinese name read again: two are a kind or a collective (法院, 三局), not a body."""

_DOTS = re.compile("[·•‧・]")
"""The dots that part a transliterated name: its last part is the family name."""

_CLAUSE_OPENS = frozenset(CLAUSE_BREAKS + SENTENCE_ENDS + "“「\"（(")
"""What stands right before a clause's first word: a short person's name is read again only there."""

Groups = list[list[Mention]]
"""A passage's mentions, definitions and candidates, in the reading's offsets."""


@lru_cache(maxsize=4)
def name_follows(data_dir: Path) -> tuple[str, ...]:
    """The words that follow a person's name (出席, 介绍, 还, 表示, 说): a short name is read again only before one."""
    speech = word_lists(data_dir / "commitments" / "pledge_words.tsv").get("speech", ())
    return (*load_gazetteer(data_dir).after_name, *speech)


def read_again(texts: list[str], found: list[Groups], follows: tuple[str, ...] = ()) -> None:
    """Add to each passage's mentions the names of new bodies read elsewhere in the report that it prints
    where no mention stands (``texts``: the readings the offsets of ``found`` are in); a person's name of two
    characters only where it opens a clause, before one of ``follows``."""
    names, families = _learnt(found), _family_names(found)
    names.update({short: m for short, m in _trade_names(found).items() if short not in names})
    names.update(families)  # 施雷斯塔 read alone too (…一行) is still the person named in full
    if not names:
        return
    pattern = re.compile(searched(tuple(sorted(names, key=lambda n: (-len(n), n)))))
    known_from = _short_names_read(found)
    for index, (text, (mentions, definitions, candidates)) in enumerate(zip(texts, found)):
        mentions[:] = [_as_family(m, families[m.text]) if m.kind == PERSON and m.text in families else m
                       for m in mentions]  # 施雷斯塔 read alone as a name of its own: the person named in full
        taken = [(m.start, m.end) for m in (*mentions, *definitions, *candidates)]
        again = [replace(names[hit.group(0)], start=hit.start(), end=hit.end())
                 for hit in pattern.finditer(text)
                 if not any(a < hit.end() and hit.start() < b for a, b in taken)
                 and (len(hit.group(0)) >= _FEWEST and (hit.group(0) not in families or _opens_clause(text, hit.start())
                                                         and known_from.get(hit.group(0), index + 1) <= index)
                      or known_from.get(hit.group(0), index + 1) <= index and _opens_clause(text, hit.start())
                      and text.startswith(follows, hit.end()))
                 and not (hit.group(0).isascii() and inside_latin_word(text, hit.start(), hit.end()))]
        if again:
            mentions[:] = sorted([*mentions, *again], key=lambda m: (m.start, m.end))


def _learnt(found: list[Groups]) -> dict[str, Mention]:
    """Each name read as a new body (no key: the reference data does not know it) or as a person, or defined as
    a short form of a body or a known treaty, with the first mention that read it (a definition's details say what
    it defines, which its uses do not); a name read as two different things is left alone."""
    names: dict[str, Mention] = {}
    clashing: set[str] = set()
    for mentions, definitions, _ in found:
        read = [m for m in mentions if m.kind == ORG and not m.key] + \
            [replace(m, details={"name": m.details.get("name", m.text)}) for m in mentions if m.kind == PERSON] + \
            [replace(d, details={}) for d in definitions if d.kind == ORG or d.kind == TREATY and d.key]
        for mention in read:
            if not (mention.text.isascii() or len(mention.text) >= _FEWEST
                    or mention.kind == PERSON and len(mention.text) == 2):
                continue
            first = names.setdefault(mention.text, mention)
            if (first.kind, first.key) != (mention.kind, mention.key):
                clashing.add(mention.text)
    return {name: mention for name, mention in names.items() if name not in clashing}


_COMPANY = ("有限公司", "有限責任公司", "有限责任公司")
"""The heads of a company's registered name, after its trade name (字号) and its trade (华为 技术 有限公司)."""


def _trade_names(found: list[Groups]) -> dict[str, Mention]:
    """A company named in full (华为技术有限公司) printed again by its trade name and 公司 (华为公司): the trade name
    opens the registered name, before its trade and the company's form, and is two or three characters (企业名称
    登记管理规定: 行政区划 + 字号 + 行业 + 组织形式); a name that opens with a place (北京某某有限公司: 北京公司 is any
    company of Beijing) gives none, nor does a short name two companies of the report share."""
    shorts: dict[str, Mention] = {}
    clashing: set[str] = set()
    for mentions, _, _ in found:
        places = {m.start for m in mentions if m.kind in (CITY, COUNTRY)}
        for mention in mentions:
            if mention.kind != ORG or mention.key or not mention.text.endswith(_COMPANY) \
                    or mention.start in places or len(mention.text) < 8:
                continue
            whole = replace(mention, details={"name": mention.details.get("name", mention.text)})
            for size in (2, 3):
                short = mention.text[:size] + "公司"
                if shorts.setdefault(short, whole).details["name"] != whole.details["name"]:
                    clashing.add(short)
    return {short: mention for short, mention in shorts.items() if short not in clashing}


def _family_names(found: list[Groups]) -> dict[str, Mention]:
    """The last part of each transliterated person's name (施雷斯塔 of 比湿瓦尔布哈尔·普拉萨德·施雷斯塔), with the
    mention that read the whole name; a part two people share, or one of a name read as a body, is left alone."""
    parts: dict[str, Mention] = {}
    clashing: set[str] = set()
    for mentions, _, _ in found:
        for mention in mentions:
            family = _family(mention)
            if family and parts.setdefault(family, mention).key != mention.key:
                clashing.add(family)
    return {family: replace(mention, details={"name": mention.details.get("name", mention.text)})
            for family, mention in parts.items() if family not in clashing}


def _as_family(mention: Mention, whole: Mention) -> Mention:
    """A person's mention by a family name, as the person named in full: the whole name and key, the mention's own
    details (a title printed with it) kept."""
    return replace(mention, key=whole.key, details={**mention.details, "name": whole.details["name"]})


def _family(mention: Mention) -> str | None:
    """A transliterated person's family name: the last part of the name after its dot, of two characters or more."""
    if mention.kind != PERSON or not _DOTS.search(mention.text):
        return None
    last = _DOTS.split(mention.text)[-1]
    return last if len(last) >= 2 and not last.isascii() else None


def _short_names_read(found: list[Groups]) -> dict[str, int]:
    """The first passage that reads each person's name of two characters, or the whole name of a family name:
    before it (a title line that names him bare) the reader does not know the characters as his name yet."""
    first: dict[str, int] = {}
    for index, (mentions, _, _) in enumerate(found):
        for mention in mentions:
            if mention.kind == PERSON and len(mention.text) == 2:
                first.setdefault(mention.text, index)
            family = _family(mention)
            if family:
                first.setdefault(family, index)
    return first


def _opens_clause(text: str, at: int) -> bool:
    """Whether a name at ``at`` opens its passage or a clause (after punctuation or an opening quotation mark)."""
    return at == 0 or text[at - 1] in _CLAUSE_OPENS
