"""The events one name lists, each named in full: numbered sessions (第58次、第59次会议), pairs of countries (中日、中韩
…局长会), two event nouns joined after one modifier (…局长会和用户交流会), quoted titles listed before one head noun
(“…”和“…”活动) and two events joined by 暨."""

from __future__ import annotations

import re

from ipgraph.extract.events.compounds import joined_events
from ipgraph.extract.events.model import EventRules
from ipgraph.zh.grammar import JOIN, ORDINAL, QUOTED
from ipgraph.zh.time_words import YEAR

_ORDINALS_LISTED = re.compile(rf"((?:{ORDINAL.pattern}\s*{JOIN}\s*)+{ORDINAL.pattern})")
_TITLE = "[“「『][^”」』“「『]{0,80}[”」』]"
QUOTES_LISTED = re.compile(rf"(?:{_TITLE}(?:\s*{JOIN}\s*{_TITLE})+|{QUOTED.pattern})")
"""Quoted titles, one or several listed (“…”, “…”和“…”, “…”、“…”): before a head noun they share (…活动), each
titles one event of that noun; books listed (《专利法》和《商标法》宣讲会) are the topics of one event, no titles."""
_JOINTS = re.compile("以及|和|及")


_TOPIC = re.compile(rf"(?:(?!的|等|暨|{JOIN})[\u4e00-\u9fff]){{0,6}}")
"""The topic words between a quoted title and the noun it names (知识产权宣讲): six words' characters at most, no
的, list or joining word between."""


def theme_titled(text: str, rules: EventRules) -> bool:
    """A name that opens with a quoted title naming no event itself (“党建引领知识产权工作”知识产权宣讲活动), with
    at most a few topic words between it and the noun: the title singles out one event of a noun too common to
    name one alone. A quote ending in an event noun of its own names that event (“…宣传月”活动), and with words of
    what was done before the noun one activity of it (“…宣传周”口岸宣讲活动; its 系列活动 are the event itself); a
    title joined by 的 (“…走进企业”的活动) says what an activity was about; a list (…讲座暨“…”宣讲会等系列活动)
    names none. A named day (days.tsv) before the noun titles it as a quote does (4·26世界知识产权日系列活动,
    开展世界知识产权日宣传活动): of the day's many activities, the one the text's body holds."""
    quoted, head = QUOTES_LISTED.match(text), rules.type_at_end.search(text)
    if head is None:
        return False
    if quoted is None:
        day = rules.day_names.search(text, 0, head.start()) if rules.days else None
        return day is not None and _TOPIC.fullmatch(text, day.end(), head.start()) is not None
    return _TOPIC.fullmatch(text, quoted.end(), head.start()) is not None \
        and (rules.type_at_end.search(quoted.group(0)[1:-1]) is None
             or head.start() - quoted.end() > 1 and rules.series_tail.search(text) is None)


def enumerated(label: str, rules: EventRules, item: bool = False) -> list[str]:
    """The events a name lists, each named in full: 中日、中韩、中日韩知识产权局局长会和用户交流会 is six —
    the pairs and trio of countries (country abbreviations joined by 、 和 及) each with each head the shared
    modifier takes (局长会, 用户交流会); a ceremony joined by 暨 to another event is two. A name that is an item of
    a list (``item``: it follows a 、, as in 举办了A、B和C) ends the list with events named in full, each its own
    (…专题讲座和专利咨询会: no modifier shared), unless the second repeats a word of the modifier (…、金砖国家知识产权局
    局长非正式会晤和局长会议: 局长会议 is short for 金砖国家知识产权局局长会议). A name that lists nothing is itself."""
    return [f"{pair}{head}" for whole in joined_events(label, rules) for titled in _titles(whole)
            for full in _heads(titled, rules, item) for listed in _ordinals(full)
            for pair, head in _pairs(listed, rules)]


def _titles(label: str) -> list[str]:
    """“甲”和“乙”宣传活动 → “甲”宣传活动, “乙”宣传活动: quoted titles listed before one head noun share it, each the
    title of an event of its own (a name the finder reads whole only when the titles name no event themselves)."""
    listed = QUOTES_LISTED.match(label)
    head = label[listed.end():] if listed else ""
    titles = QUOTED.findall(listed.group(0)) if listed and head.strip() else []
    return [title + head for title in titles] if len(titles) > 1 else [label]


def _ordinals(label: str) -> list[str]:
    """亚太经合组织知识产权专家组第58次、第59次会议 → …第58次会议, …第59次会议: numbered sessions listed (two 第 at
    least: the pattern, which opens with a repeated group, is tried at every character only then)."""
    listed = _ORDINALS_LISTED.search(label) if label.count("第") > 1 else None
    if listed is None:
        return [label]
    return [label[:listed.start()] + number + label[listed.end():]
            for number in ORDINAL.findall(listed.group(1))]


def _heads(label: str, rules: EventRules, item: bool = False) -> list[str]:
    """知识产权局局长会和用户交流会 → 知识产权局局长会, 知识产权局用户交流会: two event nouns joined by 和/及
    after one modifier share it; the second repeats the words of the modifier it starts with (金砖国家知识产权局
    局长非正式会晤和局长会议 → …知识产权局局长会议); a second that lists parties of its own (和中、日、韩三局局长会)
    or opens with its year (和2024年…路演活动) shares nothing."""
    joints = list(_JOINTS.finditer(label))
    if not joints:
        return [label]
    parts = [label[:joints[-1].start()], label[joints[-1].end():]]
    first = rules.type_at_end.search(parts[0])
    if first is None or rules.type_at_end.search(parts[1]) is None or len(parts[1]) < 3:
        return [label]
    if _own_parties(parts[1], rules) or re.match(rf"{YEAR}\s*年", parts[1]):  # …对接活动和2024年…路演活动
        return parts
    if _own_head(first.group(0), parts[1], rules):  # …分论坛和…分论坛: one noun twice, each its own modifier
        return parts
    shared = parts[0][:first.start()]
    repeated = next((at for k in range(len(parts[1]), 1, -1) if (at := shared.rfind(parts[1][:k])) >= 0), None)
    if item and not repeated or repeated == 0:  # a list's last item shares only the words it repeats (…局长非正式
        return parts  # 会晤和局长会议); a second opening as the first does (中法…研讨会及中法…座谈会) is named in full
    shared = shared if repeated is None else shared[:repeated]
    return [parts[0], shared + parts[1]] if len(shared) >= 2 else [label]


_OWN_MODIFIER = 4
"""The fewest characters before a second name's head noun that make it a name of its own (中欧专利审查研讨会), not
a noun a shared modifier is written once for (知识产权局局长会和用户交流会)."""


def _own_head(head: str, second: str, rules: EventRules) -> bool:
    """The second name has words of its own before its noun: the first's own noun (专利导航培训班和商标品牌培训班,
    …发展分论坛和数据知识产权分论坛: a writer who meant one modifier for both would have written it once before the
    noun, 专利导航和商标品牌培训班), or a modifier of two words (…成就展和中欧专利审查研讨会): each name is whole."""
    tail = rules.type_at_end.search(second)
    return tail is not None and (tail.group(0) == head and tail.start() >= 2 or tail.start() >= _OWN_MODIFIER)


def _own_parties(label: str, rules: EventRules) -> bool:
    """The name opens with parties of its own, countries abbreviated and listed (中、日、美、欧、韩五局局长会,
    中日、中韩…): no modifier before it is shared with it."""
    if not rules.abbreviations:
        return False
    one = f"[{''.join(rules.abbreviations)}]+"
    return re.match(rf"{one}(?:{JOIN}{one})+", label) is not None


def _pairs(label: str, rules: EventRules) -> list[tuple[str, str]]:
    """中日、中韩、中日韩X → (中日, X), (中韩, X), (中日韩, X); anything else → ("", label)."""
    if not rules.abbreviations:
        return [("", label)]
    pair = f"[{''.join(rules.abbreviations)}]{{2,}}"
    listed = re.match(rf"({YEAR}\s*年)?((?:{pair}{JOIN})+{pair})", label)
    if listed is None or listed.end() == len(label):
        return [("", label)]
    return [((listed.group(1) or "") + p, label[listed.end():]) for p in re.split(JOIN, listed.group(2))]
