"""Where a verb stands in its clause, as the name finder (``names.py``) asks it of a verb before an event's name:
whether the words between the verb and its subject are the subject's adjuncts (so the verb is the subject's),
and whether a verb of carrying out is the clause's own verb or one inside the name another verb governs."""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from ipgraph.extract.events.model import BREAKS, THEME_ENDS, EventRules
from ipgraph.extract.report_facts import Located
from ipgraph.knowledge.gazetteer import ORG, PERSON
from ipgraph.zh.dates import ADJUNCTS_END, LASTING
from ipgraph.zh.grammar import EVERY, GOING, LOCATIVES, WHOLE, alternation

_GLOSSED = re.compile(r"\s*[（(][^（）()]{1,12}[)）]")
"""A short bracket right after a body's name that gives its other name (市场监管局（知识产权局）, 工研院（ITRI）)."""


def subject_ends(sentence: str, mentions: list[Located], rules: EventRules) -> set[int]:
    """Where a clause's subject may end, so that a verb right after it has its subject (梁某出席签约仪式: a person
    attends as a body holds): right after an organisation's or a person's name; after a bracket giving the body's
    other name and a length told after either (市场监管局（知识产权局）在…, 香港海关一连三天举办…); and after a
    count or 等 and a class noun closing a list of such names (A、B、C、D四部门联合启动…, A等九部门开展…:
    ``list_closing``), so the verb after it is the list's."""
    ends: set[int] = set()
    for mention in (m for m in mentions if m.kind in (ORG, PERSON)):
        glossed = _GLOSSED.match(sentence, mention.end)
        for end in {mention.end, glossed.end() if glossed else mention.end}:
            lasting = LASTING.match(sentence, end)
            ends.add(lasting.end() if lasting else end)
        closing = rules.list_closing.match(sentence, mention.end) if rules.words.get("list_class") else None
        if closing:
            ends.add(closing.end())
    return ends


def event_subject(before: str, rules: EventRules) -> bool:
    """年会还同期开设“…展”, 此届专交会还首次举办…论坛: the text before a verb (its adverbs taken off) is a clause
    opening with an event told before (a word pointing back to it and a few words of its name, or its noun alone),
    so that event is the verb's subject, as an organisation is: what the verb governs was held, a part of it."""
    opening = _event_opening(rules.source("refers_back"), rules.type_pattern.pattern)
    return opening.search(before, max(0, len(before) - _SUBJECT_REACH)) is not None


_SUBJECT_REACH = 24
"""How far back from the verb such a subject may open: a break, a pointing word, eight words, an event noun."""


@lru_cache(maxsize=4)
def _event_opening(pointers: str, nouns: str) -> re.Pattern[str]:
    """A clause's start, then a pointing word and at most eight words (此届专交会: the pointer says an event is
    meant, though its short name ends in no event noun) or at most eight words and an event noun, the text's end;
    made once per knowledge folder."""
    name = r"[\u4e00-\u9fff]{0,8}"
    return re.compile(rf"(?:^|[{BREAKS}])\s*(?:(?:{pointers}){name}|{name}?(?:{nouns}))$")


def class_subject(before: str, rules: EventRules) -> bool:
    """2021年，全国公安机关(开展…), 各级法院(开展…): the text before a verb (its adverbs taken off) is a clause opening
    with a phrase naming every body of a kind (``EventRules.every_body``), the verb's subject as an organisation's name
    is; the bodies are a class, so the event has no organiser named."""
    return bool(rules.every_body) and _class_opening(rules.every_body).search(before) is not None


@lru_cache(maxsize=4)
def _class_opening(every_body: str) -> re.Pattern[str]:
    """A clause's start and such a phrase, the text's end; made once per knowledge folder."""
    return re.compile(rf"(?:^|[{BREAKS}])\s*(?:{every_body})$")


def after_adjuncts(before: str, subject_ends: set[int]) -> bool:
    """国家版权局等四部门7月25日在京(启动…), 省局在全省(开展…): the text before a verb ends with its subject's time
    and place (``ADJUNCTS_END``), right after the subject's name, so the verb is that subject's."""
    adjuncts = ADJUNCTS_END.search(before, max(0, len(before) - 40))
    return adjuncts is not None and adjuncts.start() < len(before) \
        and len(before[:adjuncts.start()].rstrip()) in subject_ends


def after_pivot(before: str, verb: str, subject_ends: set[int], rules: EventRules) -> bool:
    """法学院组织学生在广场开展…, 市局组织企业举办…: the text before a verb ends with a verb of organising (``pivot``)
    and its object, with the object's place, right after the subject's name (and its time and place): the subject
    had the object do what the verb holds, so the verb is the subject's (the one who organised holds it); an object
    that attends (``_sends`` in context.py) is no holding, and a list or a clause break between ends it."""
    if rules.has("attend_verb", verb):
        return False
    found = _pivot_end(rules.source("pivot")).search(before, max(0, len(before) - _FELLOW_REACH))
    if found is None:
        return after_fellows(before, subject_ends, rules)
    subject = before[:found.start()].rstrip()
    return len(subject) in subject_ends or after_adjuncts(subject, subject_ends)


def after_fellows(before: str, subject_ends: set[int], rules: EventRules) -> bool:
    """市场监管局联合法院、检察院等部门在广场(开展…), 区局牵头宣传、公安、教育等十余个部门到步行街(开展…): the text
    before a verb ends with the bodies the subject holds the event with (``fellow``: 联合, 会同, 牵头 and a list of
    any length, its names or classes joined by 、) and their time and place, right after the subject's name (and its
    time), so the verb is the subject's; a verb of holding inside the list ends it (another clause's verb)."""
    found = _fellow_end(rules.source("fellow")).search(before, max(0, len(before) - _FELLOW_REACH))
    if found is None or re.search(rules.staging, found.group(0)) is not None:
        return False
    subject = before[:found.start()].rstrip()
    return len(subject) in subject_ends or after_adjuncts(subject, subject_ends)


_FELLOW_REACH = 120
"""How far back from the verb the bodies held with may open: a list of a dozen departments and a place."""


@lru_cache(maxsize=4)
def _fellow_end(fellows: str) -> re.Pattern[str]:
    """A word opening the bodies held with, the bodies (a list: no clause break), then at least a place (在…, 到…),
    ending a text; made once per knowledge folder. The list alone before the verb is read by ``adverbs_end``."""
    return re.compile(rf"(?:{fellows})[^{BREAKS}]{{1,90}}?[在于於到赴][^{BREAKS}、]{{1,12}}$")


@lru_cache(maxsize=4)
def _pivot_end(pivots: str) -> re.Pattern[str]:
    """A verb of organising, its object of one to eight words (no break) and the object's place (在…, or
    gone to: 组织执法人员到市场开展…), ending a text; made once per knowledge folder. The object may be a list
    closed by 等 and its class (组织日报、电台等媒体记者在沪开展…): the ones organised, not bodies held with."""
    listed = r"[\u4e00-\u9fff]{1,12}(?:、[\u4e00-\u9fff]{1,12}){1,12}等"
    return re.compile(rf"(?:{pivots})(?:了)?(?:{listed})?[\u4e00-\u9fff]{{1,8}}?"
                      rf"(?:[在于於到赴][^{BREAKS}、]{{1,12}})?$")


def inside_held(sentence: str, stops: list[tuple[int, int, str, str]], at: int, what: str, rules: EventRules) -> bool:
    """举行了中欧国家启动X的实践讲习班: a verb of carrying out (``what`` at ``at``) after a past verb of holding
    (the last of ``stops``) in one clause is inside the name that verb governs (the workshop of the states launching
    X), no verb of its own."""
    held = stops[-1] if stops and rules.has("carry_out", what) else None
    return held is not None and rules.has("past_verb", held[2]) \
        and re.search(f"[{BREAKS}]", sentence[held[1]:at]) is None or in_noun(sentence, at, rules)


_NOUN_REACH = 3
"""How many characters of an event noun may stand before a stop word inside it (成就展: 成 before 就)."""


def in_noun(sentence: str, at: int, rules: EventRules) -> bool:
    """The word at ``at`` is the inner part of an event noun (就 in 成就展, …保护成就展和…研讨会): the noun's own
    characters, no adverb (就) nor verb where a name read leftwards stops. Tried only where a stop word stands."""
    firsts = rules.type_firsts
    return any(sentence[at - k] in firsts and (noun := rules.type_pattern.match(sentence, at - k)) is not None
               and noun.end() > at for k in range(1, min(_NOUN_REACH, at) + 1))


def verb_stop(stops: list[tuple[int, int, str, str]], ends: list[int], stop: tuple[int, int, str, str] | None,
              sentence: str = "") -> tuple[int, int, str, str] | None:
    """Where the verb governing a name is read: the stop before the name, or the one before that when the stop is
    a theme or a length opening the name (开展主题为“…”的宣传周活动, 举办了为期两天的培训班), or the one before the
    other theme clause when the stop ends it (开展以“…”为主题的知识产权宣讲会: the verb stands before its 以)."""
    if stop is not None and stop[2] in THEME_ENDS and (opening := _THEME_OPENED.search(sentence, 0, stop[0])):
        return stop_before(stops, ends, opening.start())
    return stop_before(stops, ends, stop[0]) if stop is not None and stop[3] in ("theme", "duration") else stop


_THEME_OPENED = re.compile(r"以\s*[“「][^”」]{1,80}[”」]\s*$")
"""The opening of a theme clause that 为主题的 ends (以“…”): read back from that word, the clause started at its 以."""


def stop_before(stops: list[tuple[int, int, str, str]], ends: list[int], at: int) -> tuple[int, int, str, str] | None:
    """The last stop that ends before ``at``."""
    index = bisect.bisect_right(ends, at) - 1
    while index >= 0 and stops[index][1] > at:
        index -= 1
    return stops[index] if index >= 0 else None


def theme_adjunct_end(rules: EventRules) -> re.Pattern[str]:
    """What an event is about, told between the subject and its verb of holding and ending a text (A紧紧围绕
    “…”的主题(开展…), A以“…”为主题(举办…), county news often dropping 为 (A以“…”主题，到…开展…); ``theme_lead`` in
    words.tsv): an adverbial, so the subject before it still holds the event."""
    return _theme_adjunct_end(rules.pattern("theme_lead").pattern)


@lru_cache(maxsize=4)
def _theme_adjunct_end(leads: str) -> re.Pattern[str]:
    return re.compile(rf"(?:(?:{leads or '(?!)'})[^{BREAKS}]{{1,40}}|以\s*[“「][^”」]{{1,60}}[”」]\s*[为為]?主[题題])$")


def on_site(before: str, verb: str, rules: EventRules) -> bool:
    """甲在港利社区开展知识产权普法宣传活动, 乙前往步行街组织开展…: the text before a name ends with its verb of
    carrying out (``verb``; a verb of a series and adverbs before it) right after a place its subject stood at or went
    to, so a day the sentence prints is one occasion held there, though the name has none of its own (开展宣传活动
    alone, or undated, is a kind of work; so is an operation, 在口岸开展联合执法行动, unless ``named_operation``)."""
    before = before.rstrip()
    if not before.endswith(verb):
        return False
    return _SITE_END.search(rules.adverbs_end.sub("", before[:-len(verb)])) is not None


_SITE_END = re.compile(rf"(?:{alternation(LOCATIVES[:1] + GOING)})(?![{WHOLE}{EVERY}])[^{BREAKS}、“”]{{1,12}}$")
"""A place stood at or gone to, ending a text (在港利社区, 到步行街, 前往企业); not the whole of an area or every
place of a kind (在全县, 到各乡镇: work done throughout, no occasion)."""
