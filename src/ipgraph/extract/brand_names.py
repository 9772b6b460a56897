"""A company printed by its brand, where the sentence's structure already says a party stands (A与B签署, the subject
of 达成…协议): a name in Latin script (OPPO, Google, Sun Patent Trust) or a Chinese name the text glosses with one
(华为(Huawei), 小米（Xiaomi）). Neither ends in a head noun (公司, 集团) a name is otherwise read back from; the Latin
script, which no Chinese word of time, place or function is printed in, marks the name itself.

A report marks a bare Chinese brand too (ReportBrands): after a word that names a kind of company (手机厂商vivo,
设备制造商诺基亚, 科技公司InterDigital), or where it stands alone in a party's place (与诺基亚签署) and the report
shows it acting as a company or named as one elsewhere (诺基亚宣布, 诺基亚公司, OPPO与诺基亚), since a bare word in a
party's place may be a place (内地) or a kind of body; a short name is taken only when it ends in no head noun and is
none of the words that stand in a party's place without naming one (企业, 对方, 合作伙伴: party_names.tsv not_brand).
A brand is the company the report names in full, if it does (华为 of 华为技术有限公司)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache

from ipgraph.zh.grammar import LIST_MARKS, alternation

_LATIN = r"[A-Z][A-Za-z0-9&.\-]*(?: [A-Z][A-Za-z0-9&.\-]*){0,4}"
"""A Latin-script name: capitalised words, at most five (Sun Patent Trust); an acronym alone (OPPO, LG)."""
_TICKER = r"\d{4,6}\.[A-Z]{2}"
"""A listed company's stock code (002838.SZ, 600000.SH, 0700.HK): glossing a Chinese name, it marks a company."""
_BRAND = re.compile(f"({_LATIN})|([\u4e00-\u9fff]{{2,6}})\\s*[(（]\\s*(?:{_LATIN}|{_TICKER})\\s*[)）]")
_LOWER_LATIN = r"[A-Za-z][A-Za-z0-9&.\-]{1,20}"
"""A brand a kind of company introduces may be printed in lower case (vivo), as its maker prints it."""
_BARE = re.compile("[\u4e00-\u9fff]{2,4}")
"""A bare Chinese brand: two to four characters (华为, 诺基亚, 爱立信); longer runs are phrases, not trade names."""
_LISTED = "(?:[A-Za-z][A-Za-z0-9&.\\-]+|[\u4e00-\u9fff]{2,4})"
"""An item of a list of companies: a Latin-script brand or a bare Chinese one (荣耀、OPPO、vivo与诺基亚)."""
_JOINS = f"[{LIST_MARKS}]"
_ITEMS_BEFORE = re.compile(f"(?:{_LISTED}{_JOINS})+$")
_ITEMS_AFTER = re.compile(f"(?:{_JOINS}{_LISTED})+")
_ANY_LATIN = re.compile("[A-Za-z]")
_RUNS_ON = re.compile("[与、]")
"""A with-word or a list mark after the brand in a name the report prints: the name runs on into another company
(华为很高兴与小米公司), a clause the mention stage read as one, not the brand's name in full."""
_LIST_REACH = 120
"""How far before a name a list of companies it closes may begin: a dozen brands."""


def brand_name(words: str) -> str | None:
    """The company ``words`` consist of when it is a Latin-script name or a Chinese name glossed by one or by its
    stock code (the Chinese name then, as the text prints it first), else None."""
    found = _BRAND.fullmatch(words.strip())
    if not found or found.group(1) and len(found.group(1)) < 2:
        return None
    return found.group(1) or found.group(2)


@lru_cache(maxsize=8)
def _described(kind: str, after: str) -> re.Pattern[str]:
    """A subject or party that names a company after a word of its kind, the words after a name cut off (宣布, 已):
    made once per process, not per report."""
    return re.compile(f"[^，,。；;、]*?(?:{kind})({_LOWER_LATIN}|{_LATIN}|[\u4e00-\u9fff]{{2,4}}?)(?:{after})*")


class ReportBrands:
    """The brand reader of one report: ``brand_name``, a name after a word of company kind, and a bare Chinese
    name the report shows acting as a company; each read as the company the report names in full, if it does
    (华为 of 华为技术有限公司). Built once per report, with its text and the organisations its mentions found."""

    def __init__(self, text: str, kinds: Iterable[str], stops: Iterable[str], heads: Iterable[str],
                 cues: Iterable[str], full_names: Iterable[str] = (), closing: Iterable[str] = (),
                 gaps: Iterable[str] = ()) -> None:
        self.text = text
        self.stops = frozenset(stops)
        self.heads = tuple(heads)
        company = tuple(cue for cue in cues if cue in self.heads)  # the cues that are heads too: 公司, 集团
        self.full_names = sorted((name for name in full_names if name.endswith(company)), key=len)
        """The companies the report names in full (华为技术有限公司; not 华为知识产权部, a part of one)."""
        kinds = tuple(kinds)
        self.kind, self.cue = alternation(kinds), alternation(tuple(cues))
        self.described = _described(self.kind, alternation((*closing, *cues)))
        self.closing = re.compile(f"(?:{alternation(tuple(closing))})+") if closing else None
        self.gap = alternation((*closing, *gaps))
        """What may stand between a name and its cue (诺基亚亦于同日发表声明); nothing else (会后发表…声明: no 会后)."""
        self.kind_before = re.compile(f"(?:{self.kind})$")
        self.kind_reach = max(map(len, kinds), default=0)
        self.cued_after = re.compile(f"(?:{_JOINS}{_LISTED})*?(?:{self.gap})*(?:{self.cue})")
        self.acting: dict[str, bool] = {}

    def __call__(self, words: str) -> str | None:
        words = words.strip()
        found = brand_name(words)
        if found:
            return self._in_full(found)
        return self.described_name(words) or (self._in_full(words) if _BARE.fullmatch(words) and self._bare(words)
                                              else None)

    def described_name(self, words: str) -> str | None:
        """The brand after a word of company kind (中国智能手机厂商vivo, 芬兰电信设备制造商诺基亚宣布), else None: the
        company, not the country its description opens with."""
        described = self.described.fullmatch(words.strip())
        name = described.group(1) if described else ""
        if not name or self.closing and self.closing.fullmatch(name):  # 两大制造商分别与…: 分别 is no company
            return None
        return self._in_full(name) if self._bare(name) else None

    def _in_full(self, name: str) -> str:
        """The organisation the report names in full that opens with the brand (华为 of 华为技术有限公司, OPPO of
        OPPO广东移动通信有限公司): one company, told by brand and by name; else the brand."""
        return next((full for full in self.full_names if full.startswith(name) and full != name
                     and not _RUNS_ON.search(full, len(name))), name)

    def _bare(self, name: str) -> bool:
        """``name`` may be a brand: Latin script marks one by itself; a Chinese name ends in no head noun, is no word
        of a party's place, and the report shows it acting as a company elsewhere."""
        if not _BARE.fullmatch(name):
            return True
        return name not in self.stops and not name.endswith(self.heads) and self._acts(name)

    def _acts(self, name: str) -> bool:
        """The report prints ``name`` elsewhere as a company acts or is named: opening a company's full name found
        (青禾 of 青禾科技有限公司), after a word of company kind, right before a verb of announcing or a company's head
        (诺基亚宣布, 诺基亚亦于同日发表声明, 小米公司) or in a list before one (华为与爱立信宣布), or in a list with a
        Latin-script brand (OPPO与诺基亚, 小米、华为、TCL和中兴): the items of one list are of one kind."""
        if name not in self.acting:  # asked once a name: party slots are few, the report's text is read once each
            self.acting[name] = self._in_full(name) != name or any(self._acts_at(at, at + len(name))
                                                                    for at in self._places(name))
        return self.acting[name]

    def _places(self, name: str) -> Iterator[int]:
        """Where the report prints ``name``: the places the checks of ``_acts`` are read from, rather than patterns
        tried at every character of the report (which had cost a cold build 0.7 G instructions)."""
        at = self.text.find(name)
        while at >= 0:
            yield at
            at = self.text.find(name, at + 1)

    def _acts_at(self, at: int, end: int) -> bool:
        """The name printed at ``at``…``end`` follows a word of company kind, is followed (through a list and an
        adverb or time) by a cue, or stands in a list that holds a Latin-script brand."""
        listed = (_ITEMS_BEFORE.search(self.text, max(0, at - _LIST_REACH), at), _ITEMS_AFTER.match(self.text, end))
        return self.kind_before.search(self.text, max(0, at - self.kind_reach), at) is not None \
            or self.cued_after.match(self.text, end) is not None \
            or any(items is not None and _ANY_LATIN.search(items.group(0)) is not None for items in listed)
