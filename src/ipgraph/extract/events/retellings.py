"""One event told again in another paragraph under what the reader's comparison of names (``EventRecords._told_before``)
does not take for one name: an edition told on its opening day and again on a later one (6月3日…开幕, 6月5日…闭幕式),
a quoted title printed twice with a slip (「智能新創—…戰略」論壇, then 第一場「智能新創一：…策略」論壇) or told
alone (在题为“…”的网络研讨会上), a visit of one body named in short and in full (拜訪基本法委員會, then 拜會香港
基本法委員會), and an activity a report's summary and its detail name in full and by the end of its name alone
(关于…的区域讲习班, then 区域讲习班（2023年9月）: ``one_tail``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from difflib import SequenceMatcher
from functools import lru_cache
from typing import TYPE_CHECKING

from ipgraph.extract.events.editions import ORDINAL_EDITION
from ipgraph.extract.events.labels import spelled
from ipgraph.extract.events.model import EventFact
from ipgraph.extract.events.same_event import core, distinct
from ipgraph.extract.events.tellings import YEAR_OPENING, within_date
from ipgraph.extract.events.variants import DAY_RULE
from ipgraph.zh.grammar import QUOTE_CLOSES, QUOTE_OPENS

if TYPE_CHECKING:
    from ipgraph.extract.events.records import EventRecords

OPENING_TO_CLOSING = 14
"""Days an edition may run from the first day a report tells to the last (a conference's opening and closing, a
course's 开班 and 结业 two weeks on)."""
_EDITION = re.compile(ORDINAL_EDITION)
"""An edition or a batch printed in a name (第十届, 第一期, 首届): the name of one holding of a series."""
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_TITLE = re.compile(rf"^(.*?)[{QUOTE_OPENS}]([^{QUOTE_CLOSES}{QUOTE_OPENS}]{{6,80}})[{QUOTE_CLOSES}](.*)$")
"""A name printing a quoted title: what comes before it (第一場), the title, and the noun after it (論壇)."""
_MARKS = re.compile(r"[\W_]")
SLIPS = 2
"""Places where two printings of one title may differ by one character each (a dash set as 一, 策略 for 戰略)."""


def retelling(reader: EventRecords, event: EventFact, passage: str) -> EventFact | None:
    """The event already recorded that ``event``, told in ``passage``, tells again, if any: another day of one
    edition (``other_day``), or, on the same day or with one of them undated, one quoted title (``one_title``; a
    named day, 世界知识产权日, is no title of an event held for it) or one body visited (``one_visit``)."""
    told = list(reader.events.values())
    known = other_day(told, event, passage)
    if known is not None:
        return known
    verbs, table = reader.rules.words.get("visit_verb", ()), reader.rules.simplifying
    for known in told:  # the dates first: one string's prefix, the cheapest test of a pair
        if not (within_date(known.start, event.start) or within_date(event.start, known.start)) \
                or distinct(known, event):
            continue
        titled = one_title(known.label, event.label) and DAY_RULE not in (known.rule, event.rule)
        visited = not titled and event.type == "Meeting" and known.type == "Meeting" \
            and passage not in known.passages and one_visit(known, event, verbs, table)
        tailed = not (titled or visited) and passage not in known.passages and one_tail(told, known, event)
        if not (titled or visited or tailed):
            continue
        if (visited or tailed) and len(spelled(event.label)) > len(spelled(known.label)):
            known.label = event.label
        if event.start is not None and (known.start is None or len(event.start) > len(known.start)):
            known.start, known.end = event.start, event.end
        return known
    return None


def one_visit(known: EventFact, event: EventFact, verbs: tuple[str, ...], table: dict[int, str]) -> bool:
    """Two visits (Meetings named by a verb of visiting and the body visited: 拜訪基本法委員會) of one body: a headline
    names it in short, the body in full (明後日拜訪基本法委員會, then 明日拜會香港基本法委員會), with the same verb or
    another of visiting, the shorter name, four characters at least, ending the longer. The same name told in two
    paragraphs may be two calls on one body (measured: merging those cost a right event on the check fold). Two verbs of
    one paragraph are two acts (上午拜访X, 下午又考察了X“登记大厅”: a call, then a tour), so the reader asks
    this only of a telling in another paragraph."""
    if known.type != "Meeting" or event.type != "Meeting" or known.rule != event.rule:
        return False
    bodies = []
    for label in (known.label, event.label):
        name = spelled(label).translate(table)
        verb = next((v for v in verbs if name.startswith(v)), None)
        if verb is None:
            return False
        bodies.append(name[len(verb):].removeprefix("了"))
    short, long = sorted(bodies, key=len)
    return len(short) >= 4 and long.endswith(short) and short != long


TAIL = 4
"""The fewest characters of a short name that a full name ends with (区域讲习班, 国家研讨会): a head and its kind."""


def one_tail(told: list[EventFact], known: EventFact, event: EventFact) -> bool:
    """A report's summary and its detail tell one activity, once in full and once by the end of its name (关于地理标志
    与旅游推广的区域讲习班 in 2023年9月, then 在达累斯萨拉姆举办的区域讲习班（2023年9月）): in another paragraph,
    both dated to one day or month (one a day of the other's month), the shorter name of ``TAIL`` characters or more
    ending the longer, and no other event told before ending so on those dates (two workshops of the month: which one
    is unknown, so neither)."""
    if known.start is None or event.start is None or known.type != event.type:
        return False
    one, other = spelled(known.label), spelled(event.label)
    short, long = sorted((one, other), key=len)
    if len(short) < TAIL or short == long or not long.endswith(short) or _edition_of(long) or YEAR_OPENING.match(long):
        return False
    dated = [e for e in told if e.start is not None and (e.start.startswith(event.start) or event.start.startswith(
        e.start)) and spelled(e.label).endswith(short)]
    return dated == [known]


def one_edition(known: str, told: str) -> bool:
    """Two names of one edition: the same name printing an edition (第十届…研讨会 twice), or the same name after
    the year or edition that opens it where one prints an edition and no printed edition or year differs
    (第五届…博览会 and 2025…博览会; not 第一期 and 第二期, nor 2024… and 2025…)."""
    one, other = spelled(known), spelled(told)
    editions = [found for found in (_edition_of(one), _edition_of(other)) if found]
    if one == other or not editions:
        return one == other and bool(editions)
    years = [found.group(0) for found in (YEAR_OPENING.match(one), YEAR_OPENING.match(other)) if found]
    return len(core(one)) >= 6 and core(one) == core(other) and len(set(editions)) == 1 and len(set(years)) <= 1


def other_day(events: Iterable[EventFact], event: EventFact, passage: str) -> EventFact | None:
    """An edition (第十届…研讨会, 第一期…培训班) is held once: told again in another paragraph on a day close to the
    one told first (6月3日…开幕, then 6月5日…闭幕式在…举行; 开班, then 结业), it is the same event, whose span takes
    both days, unless the two tellings name two cities. Two days of one name in one paragraph are occasions the
    paragraph lists (6月3日在杭州…，6月10日在宁波…), and a name with no edition may be one of many of its kind."""
    if not _DAY.fullmatch(event.start or ""):
        return None
    day = date.fromisoformat(event.start or "")
    edition = _edition_of(spelled(event.label))
    for known in events:  # an edition printed in one of the two names first: a cached test per label
        if not (edition or _edition_of(spelled(known.label))) \
                or passage in known.passages or not _DAY.fullmatch(known.start or "") \
                or known.city and event.city and known.city != event.city or distinct(known, event) \
                or not one_edition(known.label, event.label):
            continue
        first, last = date.fromisoformat(known.start or ""), date.fromisoformat(known.end or known.start or "")
        if -OPENING_TO_CLOSING <= (day - first).days <= OPENING_TO_CLOSING and day != first:
            known.start, known.end = min(first, day).isoformat(), max(last, day).isoformat()
            return known
    return None


def one_title(known: str, told: str) -> bool:
    """Two names of one quoted title: one is the title alone that opens the other (“知识产权与女性创新”网络研讨会, then
    在题为“知识产权与女性创新”的网络研讨会上, read as the title; not a day the other's name quotes after a verb, 纪念
    “世界知识产权日”宣教活动), or both print it before one noun, nothing different
    before it, and the titles differ at most at ``SLIPS`` places by one character each, no number among them (a
    caption's 「…發展與戰略」論壇 and the body's 「…發展與策略」論壇). Titles that differ by a word (专利保护, 商标
    保护) or a number are two events; the same title twice is for the comparison of names."""
    one, other = _title_of(known), _title_of(told)
    if one is None and other is None:
        return False
    for titled, bare in ((one, told), (other, known)):
        if titled is not None and not titled[0] and spelled(bare) == titled[1]:
            return True
    if one is None or other is None or one[2] != other[2] or one[0] and other[0] and one[0] != other[0]:
        return False
    first, second = _MARKS.sub("", one[1]), _MARKS.sub("", other[1])
    if first == second or min(len(first), len(second)) < 8 or re.findall(r"\d", first) != re.findall(r"\d", second):
        return False
    slips = [max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in
             SequenceMatcher(None, first, second, autojunk=False).get_opcodes() if tag != "equal"]
    return len(slips) <= SLIPS and max(slips) == 1


@lru_cache(maxsize=8192)  # compared with every event told before: once per label, not once per pair
def _title_of(label: str) -> tuple[str, str, str] | None:
    """What a name prints before its quoted title, the title and what follows it, each as compared (``spelled``)."""
    found = _TITLE.match(label)
    return (spelled(found.group(1)), spelled(found.group(2)), spelled(found.group(3))) if found else None


@lru_cache(maxsize=8192)  # asked of every event told before: once per label, not once per pair
def _edition_of(name: str) -> str:
    """The edition or batch a compared name (``spelled``) prints (第十届, 第一期, 首届), or an empty string."""
    found = _EDITION.search(name)
    return found.group(0) if found else ""
