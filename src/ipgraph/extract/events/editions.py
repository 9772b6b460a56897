"""The edition printed before a quoted title: 第十二届“…论坛”, 首届“…创新周”, 第二期全球“…行动”.

A quoted title (events/names.py ``_titles``) names an event by its quotes; the edition in front of the opening quote
(an ordinal, or 首届 for the first), and a word between the two that says its reach (全球, 全国), belong to
the event's name as printed: the third forum of a series is not the series. Read leftwards from the quote, the
edition is taken only when nothing that stops a name (a verb, a date, punctuation: the name finder's stops) and no
event noun (…大会上发布“…”: another event's name) stands between it and the quote.

The year printed before a campaign inside a longer name is that campaign's edition (``dated_campaign``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipgraph.extract.events.model import EventRules
from ipgraph.zh.grammar import IDEOGRAPH, NUMBER
from ipgraph.zh.time_words import YEAR

if TYPE_CHECKING:
    from ipgraph.extract.events.names import EventName

ORDINAL_EDITION = rf"(?:第\s*{NUMBER}\s*[届屆次期]|首[届屆期])"
"""An edition by its ordinal, or 首届 for the first: a name holding one names one event of a series, not the series."""
EDITION = re.compile(rf"{ORDINAL_EDITION}(?P<reach>{IDEOGRAPH}{{0,2}})$")
"""An edition ending a text, and a word of two characters at most after it (its reach: 全球, 全国)."""


def edition_start(sentence: str, quote: int, last_stop: int, rules: EventRules) -> int:
    """Where the name of the title whose quote opens at ``quote`` starts: at the edition right before the quote, if
    one stands there after the last stop (``last_stop``, where the stop before the quote ends), else at the quote."""
    edition = EDITION.search(sentence, last_stop, quote)
    if edition is None or rules.type_pattern.search(edition.group("reach")):
        return quote
    return edition.start()


def dated_campaign(inner: EventName, outer: str, rules: EventRules) -> bool:
    """A campaign of a year named inside a longer name (2017年知识产权司法保护宣传周新闻发布会): the week is an event
    of its own, held that year, besides the one named after it; not when the longer name only adds a noun too common
    to name another event, bare or as a campaign's (2024年…宣传周活动, …宣传周系列活动, …宣传周集中宣传活动,
    …宣传周现场咨询活动: the week's own activities, one event), with no other event noun before it
    (…宣传周新闻发布会, …宣传周启动仪式 stay two)."""
    tail = outer[inner.end:].strip()
    return inner.kind == "Campaign" and re.match(rf"{YEAR}\s*年", inner.label) is not None \
        and not _activities(tail, rules) and rules.series_tail.fullmatch(tail) is None


def _activities(tail: str, rules: EventRules) -> bool:
    """Words after a campaign's name that are only its activities: they end in a noun too common to name an event
    (活动), as a campaign's noun or the bare one (宣传活动, 咨询活动), and hold no other event noun before it."""
    head = rules.type_at_end.search(tail)
    if head is None or rules.type_pattern.search(tail, 0, head.start()) is not None:
        return False
    kind, licence = rules.type_of_word.get(head.group(0), ("", ""))
    return licence == "counted" or kind == "Campaign" and any(
        tail.endswith(word) for word, _, common in rules.types if common == "counted")
