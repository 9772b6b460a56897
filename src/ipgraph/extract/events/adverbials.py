"""What stands between a subject and its verb of holding: adverbs, times, frames and clauses of theme or basis.

Chinese puts its adverbials between the subject and the verb (宁波海关11月2日举办…, A在B的指导下举办…, A紧紧围绕
“…”主题，结合本地实际，在4月20日至26日，组织开展…), with or without commas setting them off, so the bodies before
them are still the verb's subject. Each reader below says where such words ending at a position start; the role
reader (``context.py``) then reads the subject's names ending there.
"""

from __future__ import annotations

import re

from ipgraph.extract.events.clauses import theme_adjunct_end
from ipgraph.extract.events.model import BREAKS, EventRules
from ipgraph.zh.dates import lasting_before
from ipgraph.zh.grammar import COMMAS as COMMA_MARKS, NUMERALS
from ipgraph.zh.time_words import MONTH_DAY, YEAR

COMMAS = tuple(COMMA_MARKS)
"""A clause that is nothing but organisations (A联合B、C等单位，在…举行了) is the subject of the verb after its
comma."""
THEMED = 80
"""How far before a verb the adverbial of an event's theme is looked for: its lead, a quoted theme of up to 60
characters and 的主题 fit."""

_REPEAT = re.compile(rf"(?:连续|連續)?第?\s*[\d{NUMERALS}]+\s*[年次]\s*$")
"""An adverbial that counts the times a body has held the event (连续第19年举办, 第三次举办)."""
_DAY_NUMBER = r"(?:3[01]|[12]\d|0?[1-9])\s*[日号]"
_DAYS_BEFORE = re.compile(rf"(?:[在于於从自]\s*)?(?:{YEAR}\s*年\s*)?{MONTH_DAY.pattern}"
                          rf"(?:\s*[-–—~～至到]\s*(?:(?:1[0-2]|0?[1-9])\s*月\s*)?{_DAY_NUMBER})?\s*起?\s*[，,]?\s*$")
"""A day or a span of days told as the time adverbial between a subject and its verb, its preposition and a comma
after it or not (宁波海关11月2日举办…, A于4月20日至26日举办…, A，在4月20日-26日，组织开展…, A从4月20日起开展…)."""
_DAY_BRACKET = re.compile(r"（[^（）]{1,8}[日号]）$")
"""The day a relative time word means, in brackets after it (今日（19日）, 今日（三月十九日）): a time adverbial."""
_DAY_ENDS = ("日", "号")
"""What a day ends in: only a verb right after one (or after 起 or a comma after it) is worth the days' pattern."""
_FRAME_ENDS = ("之际", "期间", "前夕")
"""What a frame of time ends in (于…之际, 在…期间, 值此…前夕), a comma after it or not."""
_FRAME = re.compile(rf"(?:值此|[于於在])[^，,。；;：:“”（）]{{1,30}}?(?:{'|'.join(_FRAME_ENDS)})[，,]?\s*$")
"""A frame of time between a subject and its verb (A、B于商标法实施40周年之际，在某馆共同举办…): the bodies before
it are still the verb's subject."""
_FRAME_REACH = 36
"""How far before a verb a frame of time is looked for: its preposition, up to 30 characters and its last word."""
_UNDER = re.compile(rf"在[^{BREAKS}在]{{1,30}}下\s*[，,]?\s*$")
"""A frame of who guided, supported or led, between a subject and its verb (A在B的指导下，围绕…开展了…; A在B支持下
举办…): B's role is the role pattern's (roles.tsv: 在X的…指导下); the bodies before the frame are still the verb's
subject."""


def adverbials_before(text: str, at: int, adverbs: tuple[str, ...]) -> int:
    """Where the adverbials between a subject and its verb start: adverbs and time words (当天, 首次), a count of
    the times held (连续第19年), a day or a span of days (11月2日, 于4月20日至26日, 从4月20日起, or in brackets after
    今日), a frame of time (于…之际，) or of guidance (在B的指导下，) and a length (一连三天), in any number
    (当天连续第19年举办), so the organisations before them are still the verb's subject."""
    while True:
        word = next((w for w in adverbs if text.endswith(w, 0, at)), None) if text.endswith(adverbs, 0, at) else None
        repeat = None if word else _REPEAT.search(text, max(0, at - 10), at) \
            or _DAY_BRACKET.search(text, max(0, at - 12), at) or _set_off(text, at)
        start = at - len(word) if word else repeat.start() if repeat else lasting_before(text, at)
        if start == at:
            return at
        at = start


def _set_off(text: str, at: int) -> re.Match[str] | None:
    """A day, a span of days, a frame of time or one of guidance ending at ``at``, a comma after it or not; each
    pattern runs only when its last word is there (日 or 号, 起; 之际, 期间, 前夕; 下)."""
    tail = text[max(0, at - 4):at].rstrip("，, ")
    if tail.endswith(_DAY_ENDS) or tail.endswith("起") and tail[-2:-1] in _DAY_ENDS:
        return _DAYS_BEFORE.search(text, max(0, at - 24), at)
    if tail.endswith(_FRAME_ENDS):
        return _FRAME.search(text, max(0, at - _FRAME_REACH), at)
    return _UNDER.search(text, max(0, at - _FRAME_REACH), at) if tail.endswith("下") else None


def adjunct_clauses_before(text: str, at: int, rules: EventRules) -> int:
    """Where the adverbial clauses that end at ``at`` start, each set off by commas: of theme or basis (A，按照B统一
    安排，在…开展了…; A按照B的部署，联合C举办…), of time or of guidance (A紧紧围绕“…”主题，结合本地实际，在4月20日至
    26日，组织开展…): the subject's name ends there; else ``at``."""
    while True:
        end = at - 1 if text.endswith(COMMAS, 0, at) else at
        themed = theme_adjunct_end(rules).search(text, max(0, end - THEMED), end) or _set_off(text, end)
        if themed is None or themed.start() == end:
            return at
        at = themed.start() - (text.endswith(COMMAS, 0, themed.start()))


def adverbs_before(text: str, at: int, adverbs: tuple[str, ...]) -> int:
    """Where the adverbs of the clause that end at ``at`` start (A还联合B, A积极联合B, A也与B: 联合 or 与 after the
    subject's adverbs): the subject's name ends there."""
    while True:
        word = next((w for w in adverbs if text.endswith(w, 0, at)), None)
        if word is None:
            return at
        at -= len(word)
