"""Whether two tellings of an event name one event: a headline and the body (2022年中日…局长会议 / 第29次中日…局长
会议), an ordinal printed in front or before the noun (第二届X圆桌会议 / X第二次圆桌会议), or two events of one name
that where, how many or which stop tell apart."""

from __future__ import annotations

import re
from functools import lru_cache

from ipgraph.extract.events.fact import EventFact
from ipgraph.extract.events.labels import squash
from ipgraph.zh.grammar import NUMERALS, ORDINAL, chinese_number
from ipgraph.zh.time_words import YEAR

_FIRST = "首[届屆]"
"""The first edition (首届), told without its number: as much an ordinal as 第二届."""
_YEAR_OR_ORDINAL = re.compile(rf"^(?:{YEAR}(?!\d)\s*(?:年度?)?|{ORDINAL.pattern}|{_FIRST})")
"""A year (2022年, 2022年度, or printed bare as names print it: 2018中国…论坛) or an edition opening a name."""
EDITIONED = re.compile(rf"{ORDINAL.pattern}|{_FIRST}")
"""An edition anywhere in a name, the first (首届) as well as a numbered one (第三届)."""
_NOT_NUMERAL = re.compile(rf"[^\d{NUMERALS}]")
_HOST_IN_BRACKETS = re.compile(r"^[\u4e00-\u9fff]{2,4}[（(]([\u4e00-\u9fff]{2,6})[）)]")
"""A country (or region) with the host city in brackets opening a name (中国（武汉）知识产权论坛): the report may
tell the event again by the city alone (武汉知识产权论坛), a name of the same edition."""


def distinct(known: EventFact, event: EventFact) -> bool:
    """Two events of one name told apart by where they were, how many came or which stop of an itinerary they
    are (not one event told twice)."""
    # written out, not as a generator over pairs: asked of every event told before each new one
    return (known.country is not None and event.country is not None and known.country != event.country
            or known.attendees is not None and event.attendees is not None and known.attendees != event.attendees
            or known.stop is not None and event.stop is not None and known.stop != event.stop)



@lru_cache(maxsize=8192)  # compared with every event told before: once per label, not once per pair
def core(label: str) -> str:
    """A name without the year or ordinal in front of it, and with a bracketed host city for the country before
    it: what a headline (2022年中日…局长会议) and the body (第29次中日…局长会议), or 中国（江城）…论坛 and
    江城…论坛, share when they tell one event."""
    return _HOST_IN_BRACKETS.sub(r"\1", _YEAR_OR_ORDINAL.sub("", squash(label)), count=1)


def fuller(told: str, short: str) -> bool:
    """Whether ``told`` names in full the event ``short`` named in short: it ends with it (第29次中日…局长会议 after
    中日…局长会议), or it shares its core and prints an edition or a year and host the short one left out (2025中国
    （江城）…博览会 after a headline's 江城…博览会; not a yearly name for an edition's: 2025X论坛 after 第五届X论坛)."""
    long, brief = squash(told), squash(short)
    return len(long) > len(brief) and (long.endswith(brief)
                                       or core(long) == core(brief) and edition(long) >= edition(brief))


def edition(label: str) -> bool:
    """Whether a name prints its edition (第二届, 首届): the body's telling of a headline's 2024年… names the
    edition, so the node takes it."""
    return EDITIONED.search(label) is not None


@lru_cache(maxsize=4096)
def numbered(label: str) -> tuple[int, str] | None:
    """A numbered name as its number and the rest of it: 第二届X圆桌会议 and X第二次圆桌会议, the ordinal in front or
    before the noun, are one event told twice. Kept by name: each new event's is compared with every known one's."""
    found = ORDINAL.search(label)
    if found is None:
        return None
    number = _NOT_NUMERAL.sub("", found.group(0))
    value = int(number) if number.isdigit() else chinese_number(number)
    return value, squash(label[:found.start()] + label[found.end():])

