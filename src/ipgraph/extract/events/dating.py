"""Which of the dates a sentence or its report tells is an event's: the choices the event rules make once a name is
found. A date may be another noun's (a relative clause, a document's title, another event's), a stamp of the page,
a day to come; an event told without a date may take one from what was told before it."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.events.model import BREAKS, NAMED_YEAR, EventFact, EventRules
from ipgraph.extract.events.names import EventName, part_of
from ipgraph.ingest.dateline import source_field
from ipgraph.zh.dates import CLOSING, DateSpan, relative_clause
from ipgraph.zh.grammar import (
    CLAUSE_BREAKS,
    COLONS,
    COORDINATORS,
    ITEM_MARK,
    LOCATIVES,
    SENTENCE_ENDS,
    WITH,
    alternation,
    segments,
)
from ipgraph.zh.time_words import VAGUE_TIME, YEAR

HEAD_LINES = 3
"""How many lines may head a news item above its first sentence: a headline, a date or source line, a title."""
_CLOCK = re.compile(r"\s+\d{1,2}:\d{2}")
_CLOSING = re.compile(alternation(CLOSING))


def own_dates(sentence: str, dates: list[DateSpan], name: EventName, names: list[EventName],
              holding: re.Pattern[str]) -> list[DateSpan]:
    """The dates of the sentence that may be the named event's: not another event's, another noun's or a title's,
    and not the edition's year when a fuller date is told."""
    own = edition_dropped([d for d in dates if not claimed(sentence, d, name, names)
                           and not (name.learnt and d.begin >= name.end)  # the news learnt there, not the event
                           and not of_other_noun(sentence, d, name, holding) and not objects_year(sentence, d, name)
                           and not listed_year(sentence, d, dates)
                           and not titled_elsewhere(sentence, d, name) and not superseded(sentence, d, name)
                           and not day_stated(sentence, d, name)], name,
                          sentence)
    return [DateSpan(d.start[:7], d.end[:7], d.begin, d.finish) for d in own] if framing(sentence, name, names) \
        else own


def day_stated(sentence: str, date: DateSpan, name: EventName) -> bool:
    """A copula states which day or week a date is (5月20日是第10个“某某日”，…; 5月14日至20日为某某周，…): the
    date and the day are the statement's subject and predicate, no time of what the sentence goes on to tell was
    held (…，为配合某某月活动，甲举办了…; …，开展某某执法行动), unless a word that refers to that day dates it (当天,
    同日: a date of its own). The day named in the statement keeps it, and so does an event named for it, whose
    name ends its noun in the same word (…某某宣传周系列活动 after 为某某宣传周)."""
    if name.left <= date.begin < name.end:
        return False
    subject = _DAY_STATED.match(sentence, date.finish)
    predicate = _COPULA_BEFORE.search(sentence, 0, date.begin) and _DAY_NAME_END.search(sentence, 0, date.finish)
    return subject is not None and subject.group("day")[-3:] not in sentence[name.left:name.end] or bool(predicate)


_DAY_STATED = re.compile(r"\s*(?:[是为為])\s*(?:第[\d一二三四五六七八九十百]+[个個])?[“「\"]?"
                         r"(?P<day>[^，,。；;“”「」\"]{1,12}[日节節周週])[”」\"]?(?=\s*[，,。；;]|\s*$)")
"""After a date, a copula and a day's or a week's name (是第二十个“世界某某日”, 为国际某某节, 为某某宣传周): the date
is that day's."""
_DAY_NAME_END = re.compile(r"[^\d一二三四五六七八九十〇零][日节節]$")
"""The end of a day's name (…知识产权日, …节), not of a date in digits (一是4月21日在…开展…: a list's item)."""
_COPULA_BEFORE = re.compile(r"[是为為]\s*(?:第[\d一二三四五六七八九十百]+[个個])?[“「\"]?\s*$")
"""Before a named day taken as a date: the copula whose predicate it is."""


def printed_year(sentence: str, dates: list[DateSpan]) -> int | None:
    """The one year a sentence prints alone, away from a month (11月27日上午，辽宁省2014年全省县(区、市)…培训班开班):
    in a report that gives no date of its own, the year of the month-day the sentence prints without one, though no
    name found holds it. Two years printed leave the month-day without a year."""
    years = {d.start for d in dates if len(d.start) == 4 and NAMED_YEAR.match(sentence, d.begin)}
    return int(years.pop()) if len(years) == 1 else None


def edition_year(sentence: str, names: list[EventName]) -> int | None:
    """The year the first name of a sentence that was held, not only referred to (…会议精神), opens with
    (11月23日，…2019年金陵…研讨会在南京举办; 2023中国…论坛9月5日开幕): the year of the edition, so of a month-day
    the sentence prints without one, though a page dated in January 2021 would put 11月23日 in 2020. A year of a
    period is no edition's, and leaves the report's year to the day: one of a review (2023年度…总结会, held early
    in the year after), a span (2020年-2021年…发布会), or one after the head noun (春雷行动2020, the year a campaign
    launched the year before is for)."""
    name = next((n for n in names if not n.referred), None)
    label = name.label.lstrip(_OPENING_QUOTES) if name else ""
    found = NAMED_YEAR.match(label)
    if name is None or found is None or "度" in found.group(0) or _SPAN.match(label, found.end()) \
            or _SPAN_BEFORE.search(sentence, 0, name.start):
        return None
    return int(found.group(1))


_OPENING_QUOTES = "“「『\"《 "
_SPAN = re.compile(r"\s*[-–—~～至到]")
"""What joins a name's first year to a second, making the two a period (2020年-2021年)."""
_SPAN_BEFORE = re.compile(rf"{YEAR}\s*年?\s*[-–—~～至到]\s*[“「『\"《]?\s*$")
"""A year and a join right before a name that opens with a year: its first year is the period's second."""


def presented_year(label: str, own_date: str | None, rules: EventRules) -> bool:
    """The year a name opens with is the year the event presents, not its own (2019年…知识产权发展状况新闻发布会,
    2019年度…典型案例发布会, 2019…新进展新成就展, told in a report of 2020): a word of what the year came to
    (words.tsv ``state_of``) follows it, or 度 does, and the report's own year is later — a release or an
    exhibition of a year's results is held after that year, at a time the name does not tell."""
    found = NAMED_YEAR.search(label)
    if found is None or own_date is None or int(found.group(1)) >= int(own_date[:4]):
        return False
    return "度" in found.group(0) or bool(rules.words.get("state_of")) \
        and rules.pattern("state_of").search(label, found.end()) is not None


_TITLE_YEAR = re.compile(rf"(?<!\d)({YEAR})(?!\d)")


def reviewed_year(title: str, own_date: str | None, rules: EventRules) -> int | None:
    """The one year a review's title names (“2024年…十件大事”发布, 2017 知識產權回望) when it is earlier than the
    year of the report's own date: a review published after its year tells of that year, so a month-day it prints
    (4月28日，…会议在杭州召开) is of that year, not of the publication's. A title of two years (…回顾与2020年展望)
    or of no review word leaves the report's year, and so does a first line that ends a sentence, no title (5月8日，
    …举办论坛，回顾2019年以来的工作。)."""
    years = {int(y) for y in _TITLE_YEAR.findall(title)}
    if own_date is None or len(years) != 1 or not rules.pattern("review").search(title) \
            or re.search(f"[{SENTENCE_ENDS}]", title):
        return None
    year = years.pop()
    return year if year < int(own_date[:4]) else None


def framing(sentence: str, name: EventName, names: list[EventName]) -> bool:
    """The name frames a quoted event named right after it (第二十四届…洽谈会“…专题活动”在…举办): the day the
    sentence gives is the quoted event's, held within the framing one, which was under way then — its month."""
    return any(part_of(sentence, name, other) for other in names)


def superseded(sentence: str, date: DateSpan, name: EventName) -> bool:
    """A word of a recent time (近日, 日前) between the date and the name, or right after the name (…交流会日前在…
    举行), tells when the event was held — not said — so the date before it is another action's (9月16日，记者从…获悉，
    …日前在…举行: the day the news was learnt)."""
    return date.finish <= name.start and VAGUE_TIME.search(sentence, date.finish, name.end + 3) is not None


def claimed(sentence: str, date: DateSpan, name: EventName, names: list[EventName]) -> bool:
    """The date belongs to another event of the sentence, which it modifies in a relative clause standing between
    the date and this name (结合9月17-19日举行的第20届…博览会,…共同主办…论坛: the dates are the fair's)."""
    return any(other is not name and date.finish <= other.left and other.end <= name.start
               and re.fullmatch(rf"[^{CLAUSE_BREAKS}{SENTENCE_ENDS}]{{0,12}}的\s*", sentence[date.finish:other.left])
               for other in names)


def of_other_noun(sentence: str, date: DateSpan, name: EventName, holding: re.Pattern[str]) -> bool:
    """The date stands in a relative clause of another noun before the name (成立于2012年的中泰协会举办…,
    依据2019年签订的协定，…研讨会…): the time of that noun, not of the event; a clause that holds (2024年召开
    的…会议) dates the event it names, and a place's 的 (2023年9月在拉脱维亚的里加举办…) is no relative clause."""
    clause = relative_clause(sentence, date.finish)
    return clause is not None and clause <= name.left and len(sentence[clause:name.left].strip("“”\"《 ")) > 1 \
        and not holding.search(sentence, date.finish, clause)


def objects_year(sentence: str, date: DateSpan, name: EventName | None = None) -> bool:
    """A year alone right after a verb's 了, past the name, opens the verb's object (启动仪式上，…通报了2022年全市…
    工作情况，部署了2023年…工作; 会上总结了2023年工作; 当天还召开了…推进会，表彰了2019年…企业): the period the object
    is of — a year's work reviewed or planned at the event — not the time the event was held, nor another time's
    year that 当天 would not refer across."""
    return len(date.start) == len("2023") and (name is None or date.begin >= name.end) \
        and sentence[:date.begin].rstrip().endswith("了")


_LIST_JOINTS = (*COORDINATORS, WITH)


def listed_year(sentence: str, date: DateSpan, dates: list[DateSpan]) -> bool:
    """A year alone right after a list's joint opens an item of the list, a noun it qualifies (…负责人及2019年区级
    示范企业代表参加了…): the year those were named for, not a time — a time stands before its clause's subject, never
    inside a list — unless a date ends right before the joint (2019年和2020年: a list of years), or a place or
    an event's verb follows the year (2019年在杭州举办…论坛和2021年在成都举办…论坛): then the joint joins two
    clauses, and the year is the time of the second."""
    before = sentence[:date.begin].rstrip()
    return len(date.start) == len("2023") and before.endswith(_LIST_JOINTS) \
        and not any(d.finish == len(before) - 1 for d in dates) \
        and _CLAUSE_AFTER_YEAR.match(sentence, date.finish) is None


_CLAUSE_AFTER_YEAR = re.compile(r"\s*[在于於]")
"""What opens a clause's place or time after its year (2021年在成都举办…): a year a noun follows in a list
(及2019年区级示范企业) qualifies it; one 在 follows is a time."""


def titled_elsewhere(sentence: str, date: DateSpan, name: EventName) -> bool:
    """The date stands inside a title in 《》 that the name is not in (签署了《2021年…合作备忘录》，…举办…论坛): the
    document's year, not the event's."""
    opened = sentence.rfind("《", 0, date.begin)
    closed = sentence.find("》", date.finish)
    return opened >= 0 and closed >= 0 and sentence.find("》", opened, date.begin) < 0 \
        and not opened <= name.start < closed


def edition_dropped(dates: list[DateSpan], name: EventName, sentence: str = "") -> list[DateSpan]:
    """A year printed right before or at the start of the name (召开2020年-2021年…状况新闻发布会) says which
    edition or period the event is of: when the sentence gives a fuller date besides, that is the event's date,
    not the year. So does a year between a fuller date of that year and the name, where the name found starts
    past words that break it (11月27日上午，辽宁省2014年全省县(区、市)…培训班开班). A year a locative opens
    (2011年9月，…大会决定于2012年召开…外交会议) is a time, not an edition: the fuller date is the decision's."""
    fuller = [d for d in dates if len(d.start) > 4]
    edition = [d for d in dates if len(d.start) == 4 and not sentence[:d.begin].endswith(LOCATIVES) and (
        d.begin <= name.start <= d.finish + 2
        or d.finish <= name.start and any(f.start[:4] == d.start and f.finish <= d.begin for f in fuller))]
    return [d for d in dates if d not in edition] if edition and fuller else dates


def learnt_on(text: str, date: DateSpan, learnt: re.Pattern[str]) -> bool:
    """记者31日从…发布会上获悉, 记者今天（4日）获悉: a date after a byline's label (记者) that a clause goes on from —
    从 or 在 opening the source, or a verb of learning — is the day the reporter learnt the news, so the day of the
    event learnt at, not a publication field's (记者 张三 2023年3月31日), which a line's end or another field
    follows."""
    after = text[date.finish:date.finish + 6].lstrip()
    return after.startswith(_SOURCE_OPENS) or learnt.match(after) is not None


_SOURCE_OPENS = ("从", "從", "在")
"""What opens the source a reporter learnt the news from (记者31日从…会议上获悉, 记者5日在…会上了解到)."""


def stamped(text: str, date: DateSpan, filed: int, knowledge: Path | None = None) -> bool:
    """A full date followed by a clock time (2023年09月20日 10:31), or by a source field (2011年03月31日 来源：…,
    ``ingest.dateline.source_field`` of ``knowledge``): a release's time stamp glued above its lead, as the
    report's dateline reads it; a time told as part of an event (9月18日下午3:00) has words between. A date
    inside a wire dateline opening the text, which ends at ``filed`` (``ingest.dateline.wire_end``: 新华社杭州
    6月28日电…论坛26日在杭州举行), is the item's filing day, as ``wire_day`` reads it, whatever the sentence after it
    tells."""
    return len(date.start) == 10 and (_CLOCK.match(text, date.finish) is not None
                                      or knowledge is not None
                                      and source_field(knowledge).match(text, date.finish) is not None) \
        or date.finish <= filed


def day_to_come(text: str, span: DateSpan, own_date: str | None, future: re.Pattern[str]) -> bool:
    """…将以世界知识产权日为契机开展…: a named day after 将 in a sentence of plans, told after that day of the
    report's year has passed, is one to come, whose year the text does not print."""
    sentence = next((s for s in segments(text) if s.start() <= span.begin < s.end()), None)
    before = text[sentence.start():span.begin] if sentence else ""
    return bool(own_date and span.start.startswith(own_date[:4]) and span.start < own_date
                and not re.search(YEAR, text[max(0, span.begin - 8):span.finish])
                and (re.search("[将將](?![近要])", before) or future.search(before)))


def during_told(told: DateSpan | None, opening: re.Match[str], rules: EventRules) -> list[DateSpan]:
    """访问期间, opening a sentence after a dated one that told of no event it names (9月15日至18日，代表团访问
    瑞士。): what was held during it took place on its day, or in its month when it lasted days. A stay or a visit
    the opening names by no event noun (在北京期间, 访问期间, 访马期间) lasts days though the text dates only its
    start (今日启程前往北京访问。在北京期间，将拜访…): which of them is not told, so its month; 会议期间 after a
    one-day meeting is that day."""
    if told is None or len(told.start) < 7:
        return []
    one_day = told.start == told.end and rules.type_pattern.search(opening.group(0)) is not None \
        and not spans_days(rules, opening.group(0).lstrip())
    start, end = (told.start, told.end) if one_day else (told.start[:7], told.start[:7])
    return [DateSpan(start, end, opening.start(), opening.end())]


def spans_days(rules: EventRules, name: str) -> bool:
    """A name that opens with (宣传周期间) or ends in (知识产权宣传周活动) an event noun of a span of days by its own
    word (周, 月: knowledge/events/words.tsv ``spans_days``) names days: a date told for it is its first, and what
    was held during it took place on one of them the text does not tell — in its month, not on its first day."""
    nouns = rules.span_nouns
    return bool(nouns) and (name.startswith(nouns) or name.removesuffix("活动").endswith(nouns))


HEADING_LONGEST = 30
"""The longest a paragraph's heading sentence is (召开一场知识产权审判新闻发布会。): a longer one is running text."""


def heading_date(sentence: str, following: str, dates: list[DateSpan], rules: EventRules) -> DateSpan | None:
    """A paragraph that opens with a heading (召开一场…新闻发布会。举办一场…座谈会。), a clause without a subject that
    opens with the verb of holding and prints no date, tells the item in the sentence after it: when that sentence
    opens with a date and holds a verb of holding (4月24日下午，…召开新闻发布会), the date is the heading's event's.
    A short sentence with a subject (…交流会日前在…举行。) is no heading. ``dates`` are the following sentence's."""
    holding = rules.pattern("holding")
    if len(sentence.strip()) > HEADING_LONGEST or re.search(f"[{CLAUSE_BREAKS}]", sentence) or not dates \
            or not re.match(f"{ITEM_MARK}(?:{holding.pattern})", sentence) or not holding.search(following):
        return None
    return dates[0] if not following[:dates[0].begin].strip() else None


def field_date(text: str, heading: str, dates: list[DateSpan], rules: EventRules) -> DateSpan | None:
    """A notice or a programme tells an item's time as a field apart from its name: a line labelled by a noun of
    time (（三）举办…座谈会。 / 时间：2021年4月23日 地点：…; 1、会议时间：…) or a section headed by one (二、活动时间 /
    2021年4月20日至26日). The date the field's value opens with is the event's that the notice told last. A label
    of another time (报名时间, 报到时间, 截止时间: words.tsv ``time_not_held``) tells no holding. ``dates`` are the
    passage's."""
    value = time_field(text, heading, rules)
    return dates[0] if value is not None and dates and not text[value:dates[0].begin].strip() else None


def time_field(text: str, heading: str, rules: EventRules) -> int | None:
    """Where the value of a field of time the passage is starts (see ``field_date``); None for any other passage.
    An anchored match and a look at the heading's last two characters: cheap for every passage."""
    label = _field_label(rules.source("time_of")).match(text)
    words, value = (label.group("words") or label.group("bracketed"), label.end()) if label else (heading, 0)
    if not rules.pattern("time_of").search(words[-2:]) or rules.pattern("time_not_held").search(words):
        return None
    return value


@lru_cache(maxsize=2)
def _field_label(time_of: str) -> re.Pattern[str]:
    """A field line's label that ends in a noun of time, after a list item's mark, then a colon; or the label in
    the lenticular brackets a programme sets its fields in (【时间】2023年9月16日 【地点】…), a colon after it or
    not."""
    words = rf"[^{BREAKS}{COLONS}\d【】]{{0,6}}?(?:{time_of})"
    return re.compile(rf"{ITEM_MARK}(?:(?P<words>{words})\s*[{COLONS}]"
                      rf"|【\s*(?P<bracketed>{words})\s*】\s*[{COLONS}]?)")


def retold_date(sentence: str, dates: list[DateSpan], rules: EventRules,
                referred: Callable[[str], EventFact | None]) -> None:
    """A sentence whose subject is an event noun alone, or after a word that points back (会议于10月21日开幕,
    10月21日，交流会在…举行, 本届论坛10月21日召开), tells again the last event of that type: when the text gave that
    event no day (a headline's event, one told 近日, an edition's year), the day or month the sentence gives for its
    holding is its date. A closing's date is its last day, not its first, and is left to the closing's reading; a
    date opening a relative clause (论坛在2023年9月举办的第二届基础上…) is another noun's."""
    if not dates or len(dates[0].start) < 7:
        return
    subject = _retold_subject(rules.type_pattern.pattern, rules.source("refers_back")).match(sentence)
    if subject is None or not rules.pattern("holding").search(sentence, subject.end()) or _CLOSING.search(sentence):
        return
    date = dates[0]
    if relative_clause(sentence, date.finish) is not None \
            or not (date.finish <= subject.start("kind") or date.begin - subject.end() <= 3):
        return
    event = referred(subject.group("kind"))
    if event is not None and (event.start is None or len(event.start) < len(date.start)
                              and date.start.startswith(event.start)):
        event.start, event.end = date.start, date.end


@lru_cache(maxsize=4)
def _retold_subject(kinds: str, back: str) -> re.Pattern[str]:
    """The subject of a sentence that retells an event: an opening clause of a date (10月21日上午，), then an
    event noun, alone or after a word that points back, right before 于, 在 or a date. The word that points back
    may follow the body whose event it is and 的 (IGC的本届会议于…举行, 委员会的本次会议: a committee's report
    names its session so), which names no other event."""
    return re.compile(rf"\s*(?:[^{CLAUSE_BREAKS}{SENTENCE_ENDS}]{{1,14}}[{CLAUSE_BREAKS}]\s*)?"
                      rf"(?:(?:[^{CLAUSE_BREAKS}{SENTENCE_ENDS}的]{{1,12}}的\s*)?(?:{back}))?\s*"
                      rf"(?P<kind>{kinds})(?=\s*(?:[于於在]|\d))")


_WHOLE_NAME = 6
"""How long a headline's name must be for the lead printing it to retell the event: a bare noun (宣传活动) names
none."""


def retells(sentence: str, label: str, rules: EventRules) -> bool:
    """The lead's sentence tells the headline's event again by the noun its name ends with (headline …交流会在
    赫尔辛基举行; lead 9月16日，由…主办的交流会在赫尔辛基举行), a verb of holding after it: the lead's date is its.
    A noun right before a quoted name (…洽谈会“…专题活动”在…举办) is the frame of the quoted event, whose date it is.
    The lead that prints the headline's whole name again (headline 某区开展知识产权宣传日宣传活动, lead 4月23日，我区在
    广场开展知识产权宣传日宣传活动) tells it again, whatever verb it takes."""
    if len(label) >= _WHOLE_NAME and label in sentence:
        return True
    noun = rules.type_pattern.search(label[-6:])
    told = re.search(f"{re.escape(noun.group(0))}(?![“「\"『])", sentence) if noun else None
    return told is not None and rules.pattern("holding").search(sentence, told.end()) is not None


def title_date(sentence: str, name: EventName, dates: list[DateSpan]) -> DateSpan | None:
    """世界知识产权组织成员国大会 - 2017年10月2日至11日: a name, a dash and a date, the title line of a document
    made for the event (a speech, a report to it), dates that event, and tells it was held, whatever verb the
    text lacks."""
    dash = _DASH.match(sentence[name.end:])
    glued = GLOSS.match(sentence, name.end) if name.session else None
    return next((d for d in dates if dash and d.begin == name.end + dash.end()
                 or glued and d.begin == glued.end() and len(d.start) == 10), None)


GLOSS = re.compile(r"(?:[（(][^（）()]{1,12}[)）])?\s*")
"""What a document's cover may print between a session's name and its dates: its other name in brackets
((第22次例会)), and the space a cover's line breaks leave. A cover's lines run together in a copied page
(…第四十七届会议(第22次例会)2015年10月5日至14日,日内瓦; …第十二届会议(第5次特别会议) 2019年3月4日至8日): a full
date glued to a numbered session's name is its date as the title line's dash is."""
_DASH = re.compile(r"\s*[-–—]+\s*")


def opened_then(sentence: str, end: int, rules: EventRules) -> bool:
    """The event named up to ``end`` is told only as opening that day (…峰会在南京开幕, …培训班11日开班): it went on for
    days the text may not count, so the day is its first, not its last, and what was held during it (会议期间) took
    place in its month. A place or a date may stand between the name and the act (words.tsv ``opening_act``)."""
    acts = rules.words.get("opening_act", ())
    return bool(acts) and _opened_then(rules.source("opening_act")).match(
        sentence[end:end + _OPENED_REACH].translate(rules.simplifying)) is not None


_OPENED_REACH = 16
"""How far past a name the act that opens it may stand (在江苏南京隆重开幕)."""


@lru_cache(maxsize=2)
def _opened_then(acts: str) -> re.Pattern[str]:
    """A name's closing quote, then up to the reach of words of its clause, then the act, no ceremony's noun after it
    (开幕式 is a part's name, ``names`` reads it)."""
    words = rf"[^{CLAUSE_BREAKS}{SENTENCE_ENDS}]{{0,{_OPENED_REACH - 2}}}?"
    return re.compile(rf"[”」』\"]?\s*{words}(?:{acts})(?![式仪典])")
