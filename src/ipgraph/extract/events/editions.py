"""The edition printed before a quoted title: 第十二届“…论坛”, 首届“…创新周”, 第二期全球“…行动”.

A quoted title (events/names.py ``_titles``) names an event by its quotes; the edition in front of the opening quote
(an ordinal, or 首届 for the first), and a word between the two that says its reach (全球, 全国), belong to
the event's name as printed: the third forum of a series is not the series. Read leftwards from the quote, the
edition is taken only when nothing that stops a name (a verb, a date, punctuation: the name finder's stops) and no
event noun (…大会上发布“…”: another event's name) stands between it and the quote.

The year printed before a campaign inside a longer name is that campaign's edition (``dated_campaign``); a year
printed first in a name, or last inside a campaign's quoted code name (“剑网2017”, “龙腾行动2024”), is the edition
of the year (``year_edition``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipgraph.extract.events.model import NAMED_YEAR, EventRules
from ipgraph.extract.events.same_event import EDITIONED as EDITIONED  # re-exported: names.py reads it here
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


CODED_YEAR = re.compile(rf"[“「\"](?:(?![”」\"]).){{1,10}}?(?<!\d){YEAR}\s*[”」\"]")
"""A quoted code name that ends in a year (“剑网2017”, “龙腾行动2024”, “蓝天2020”): a campaign that recurs yearly
under one code name prints the year of its edition last."""


def year_edition(label: str) -> bool:
    """Whether a name tells the edition of one year (开展2022年知识产权宣传周活动, 开展“龙腾2024”专项行动): that year's
    own event, held, though the sentence prints no date; a bare campaign noun (开展专项行动) is a kind of work.
    A name that holds a list mark (A专项工作、B“剑网2024”专项行动, B“蓝网2022”、C“净网2022”等专项行动) holds
    other items or counts several: no edition is read there."""
    coded = CODED_YEAR.search(label)
    return NAMED_YEAR.match(label) is not None or coded is not None and "、" not in label


def coded_head(inner: str, before: str, rules: EventRules) -> re.Match[str] | None:
    """The event noun of a quoted code name that ends in a year: inside it before the year (“龙腾行动2024”), or, for
    a code name alone (“龙腾2024”), the noun right before its quote that it names (专项行动“龙腾2024”)."""
    year = _YEAR_END.search(inner)
    if year is None:
        return None
    return rules.type_at_end.search(inner, 0, year.start()) or rules.type_at_end.search(before)


def apposed(names: list[EventName], titles: list[EventName]) -> list[EventName]:
    """The names less any a code name right after it renames (知识产权保护专项行动“龙腾2024”: one campaign, called by
    its code name), so that the noun before the quote is no second event."""
    coded = {t.start for t in titles if _YEAR_END.search(t.label)}
    return [n for n in names if n.end not in coded]


_YEAR_END = re.compile(rf"(?<![\d年])\s*{YEAR}\s*$")


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
