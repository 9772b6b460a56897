"""Event names in a sentence: an event noun read leftwards to where its name starts, quoted titles, and what
surrounds each name (a verb of holding, an ordinal, a length). Whether the words read name one event is tested in
``name_words.py``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ipgraph.extract.events.clauses import (
    after_adjuncts,
    after_pivot,
    class_subject,
    event_subject,
    inside_held,
    stop_before,
    subject_ends,
    theme_adjunct_end,
    verb_stop,
)
from ipgraph.extract.events.context import inside
from ipgraph.extract.events.editions import EDITIONED, apposed, coded_head, dated_campaign, edition_start
from ipgraph.extract.events.kinds import named_operation
from ipgraph.extract.events.labels import ACRONYM_BRACKET, alias_inside, squash, without_relative_year
from ipgraph.extract.events.listed import theme_titled
from ipgraph.extract.events.model import (
    ABOUT,
    ADVERBIAL,
    BREAKS,
    CALLED,
    CLAUSE_CHAR,
    CLAUSE_START,
    COBRAND,
    COPULA,
    LENGTH_AT,
    NAMED_YEAR,
    NOT_IN_NUMBER,
    SESSION_TYPES,
    THEME_ENDS,
    EventRules,
)
from ipgraph.extract.events.name_words import NameWords
from ipgraph.extract.events.referring import learnt_at, referred
from ipgraph.extract.report_facts import Located, shifted, within
from ipgraph.knowledge.gazetteer import COUNTRY
from ipgraph.zh.dates import DateSpan
from ipgraph.zh.grammar import (
    COMMAS,
    ITEM_OPENING,
    JOIN,
    ORDINAL,
    QUOTE_OPENS,
    QUOTED,
)
from ipgraph.zh.time_words import YEAR


@dataclass
class EventName:
    """An event name found in a sentence, and what the words around it say about it."""

    start: int
    end: int
    label: str
    kind: str
    verb: str | None = None
    one: bool = False
    named: bool = False
    targeted: bool = False  # named only by what the operation acts on (开展打假专项行动): held only when dated
    session: bool = False
    called: bool = False
    titled: bool = False
    duration: bool = False
    decision: bool = False
    setting: bool = False
    """Told as where something else happened: 在…会议上作了介绍 (在2023年7月举行的…会议上 is told as held)."""
    referred: bool = False
    """Only referred to, no event held: …会议以来, …会议精神, …会议的报告, 在…会议上通过 (events/referring.py)."""
    organ: bool = False
    other: bool = False
    held: bool = False
    """The subject of a verb of holding (…观摩活动在…中心举办) or what a letter greeted (向…活动致贺信): one event
    held, whatever its head noun."""
    chaired: bool = False
    """Known only from its chair's title (第64届成员国大会主席…): a numbered session held, its date not told."""
    within: bool = False
    """A campaign of a year named inside a longer name (2017年…宣传周新闻发布会): its date is that year."""
    opened: bool = False
    """Told by its opening ceremony (…培训班开班仪式在…举行): the date told is its first day; its last is not told."""
    learnt: bool = False
    """Told as where the reporter learnt the news (记者从…会议上了解到：…): what follows is the news, its dates not the
    event's (events/dating.own_dates)."""
    defined: bool = False
    """Given a short name inside a longer name (…大会（简称“地标大会”）组委会会议): an event of its own, undated
    there."""
    left: int = 0


class NameFinder(NameWords):
    """Event names in one sentence: the noun phrase that ends in each type noun, read leftwards.

    A name never reaches back past a verb, a preposition, a date or punctuation,
    except inside a quoted title, inside the name of an organisation, or an
    acronym in brackets (第二届拉丁美洲知识产权与创新（IPILA）会议); 、 stops it
    only between two events (讲习班、研讨会), not inside one name
    (面向海关官员、警方调查员和检察官的讲习班), and 和 or 及 only before a
    numbered one (第28次…会议和第22次…会议).
    """

    def __init__(self, rules: EventRules) -> None:
        self.rules = rules
        self.subject_ends: set[int] = set()
        """Where the names of the sentence's organisations and people end: a verb right after one has its subject
        (梁某出席签约仪式: a person attends as a body holds)."""

    def names(self, sentence: str, mentions: list[Located], at: int | None = None) -> list[EventName]:
        """The event names of ``sentence``, given its mentions, or its passage's when it starts ``at`` there."""
        first = self.rules.type_pattern.search(sentence)
        if first is None:  # most sentences name no event: skip reading their stops (and their mentions)
            self.subject_ends = set()
            return []
        if at is not None:
            mentions = shifted(within(mentions, at, at + len(sentence)), at)
        quoted = [(m.start(), m.end()) for m in QUOTED.finditer(sentence)]
        called = [(m.start(), m.end()) for m in CALLED.finditer(sentence)]
        named_spans = [(m.start, m.end) for m in mentions if m.kind != COUNTRY]
        protected = quoted + called + named_spans + [(m.start(), m.end()) for m in ACRONYM_BRACKET.finditer(sentence)] \
            + [(m.start(), m.end()) for m in ABOUT.finditer(sentence)] \
            + [(m.start(), m.end()) for m in _GLOSS.finditer(sentence)
               if not self._renamed(sentence, m) and not m.group(0).startswith(self.rules.credits, 1)] \
            + ([(m.start(), m.end()) for m in alias_inside(self.rules.pattern("alias").pattern).finditer(sentence)]
               if "称" in sentence else []) \
            + [(m.start(), m.end()) for m in self.rules.pattern("not_stop").finditer(sentence)
               if not LENGTH_AT.match(sentence, m.end() - 1)]  # 举行为期三天的: 为 opens a length, 行为 is no word
        self.subject_ends = subject_ends(sentence, mentions, self.rules)
        stops = self._stops(sentence, protected)
        ends = [s[1] for s in stops]
        found: list[EventName] = []
        taken = -1
        for hit in self.rules.type_pattern.finditer(sentence, first.start()):  # no type noun before the first
            start, end = hit.span()
            if start < taken or inside(quoted, start) or sentence[start - 1:start] == "等":
                continue
            organ = next(((a, b) for a, b in named_spans if a <= start < b), None)
            if organ is not None and organ[1] != end:
                continue
            if found and self._opening_of(sentence, found[-1], start):
                found[-1].opened, taken = True, end
                continue
            name = self._name(sentence, hit, stops, ends, organ, found)
            taken = end
            if name is None:
                continue
            defines = alias_inside(self.rules.pattern("alias").pattern).match if "称" in sentence[name.left:end] \
                else None
            while found and found[-1].left >= name.left and not dated_campaign(found[-1], sentence[:name.end],
                                                                                 self.rules) \
                    and not (defines and defines(sentence, found[-1].end)):
                found.pop()
            if found and found[-1].left >= name.left:
                found[-1].within, found[-1].defined = not defines, bool(defines)
            found.append(name)
        titles = self._titles(sentence, quoted, stops, ends)
        found = apposed(found, titles) + titles
        return _held_listed(sentence, sorted(found, key=lambda n: n.start))

    def _opening_of(self, sentence: str, before: EventName, start: int) -> bool:
        """A ceremony noun after an event's name and an act that opens it (…培训班开班仪式, …暑期学校开学典礼):
        the ceremony is that event's opening, no event of its own (eval README.a rule 12), and its day the event's
        first; so the name is the event's, and the sentence's date dates it."""
        head = self.rules.type_pattern.match(sentence, start)
        return head is not None and self.rules.type_of_word.get(head.group(0), ("",))[0] == "Ceremony" \
            and self.rules.has("opening_act", sentence[before.end:start].strip())

    def _alias(self, before: str) -> bool:
        """A quoted title after 以下简称 is the short form of the name before it (…外交会议（以下简称“外交会议”）): the
        same event, no other."""
        aliases = self.rules.words.get("alias", ())
        return bool(aliases) and before[-8:].rstrip().endswith(aliases)

    def _stops(self, sentence: str, protected: list[tuple[int, int]]) -> list[tuple[int, int, str, str]]:
        """Every place a name stops when read leftwards: (start, end, what, kind of stop)."""
        stops: list[tuple[int, int, str, str]] = []
        for match in self.rules.left_stop.finditer(sentence):
            if inside(protected, match.start()):
                continue
            what = match.group(0)
            if what == "、" and not self._event_before(sentence[:match.start()]) \
                    and (not ORDINAL.match(sentence, match.end()) or _ORDINAL_END.search(sentence[:match.start()])):
                continue
            if inside_held(sentence, stops, match.start(), what, self.rules):
                continue
            stops.append((match.start(), match.end(), what, match.lastgroup or "word"))
        if self.rules.words.get("subject_verb"):  # 两中心组织…大赛: a verb only right after its subject's name
            stops += [(m.start(), m.end(), m.group(0), "subject") for m in self.rules.pattern("subject_verb").finditer(
                sentence) if m.start() in self.subject_ends and not inside(protected, m.start())]
        for match in _JOINS.finditer(sentence):
            if match.group(0) != "、" and not inside(protected, match.start()) \
                    and ORDINAL.match(sentence, match.end()) and self._event_before(sentence[:match.start()]):
                stops.append((match.start(), match.end(), match.group(0), "mark"))
        subtitles = _SUBTITLE.finditer(sentence) if "——" in sentence or "--" in sentence else ()
        for match in subtitles:  # “…”——第三届…论坛: a theme, then the name
            if not inside(protected, match.start()) and not self._event_before(sentence[:match.start()]):
                stops.append((match.start(), match.end(), match.group(0), "mark"))
        return sorted(stops)

    def _event_before(self, text: str) -> bool:
        """The text ends with an event noun (or its bracket or quote): a 、 after it separates two events, as it
        does before a numbered name (…商标品牌节、第八届…大会)."""
        text = _CLOSING_END.sub("", text)
        return self.rules.type_at_end.search(text) is not None

    def _name(self, sentence: str, hit: re.Match, stops: list, ends: list[int], organ: tuple[int, int] | None,
              found: list[EventName]) -> EventName | None:
        words = self.rules
        start, end = hit.span()
        kind, licence = words.type_of_word[hit.group(0)]
        for inner in range(start + 1, end):
            longer = words.type_pattern.match(sentence, inner) if sentence[inner] in words.type_firsts else None
            if longer and longer.end() > end:
                end = longer.end()
                kind, licence = words.type_of_word[longer.group(0)]
        if licence == "counted" and start and sentence[start - 1] in "”」》" \
                and words.type_at_end.search(sentence, 0, start - 1):
            licence = "any"  # “…宣传月”活动: a common noun after a quoted event's own noun is that event's activities
        series = words.pattern("series").match(sentence, end)
        end = series.end() if series else end
        if series and (member := words.type_pattern.match(sentence, end)):  # 专利周系列活动: the series' events
            end = member.end()
        tail = sentence[end:end + 4]
        chaired = words.pattern("chair", anchored=True).match(tail) is not None \
            and ORDINAL.search(sentence[max(0, start - 15):start]) is not None
        if self._not_event(sentence, end) and not chaired or self._modifier(sentence, end) \
                or ORDINAL.match(sentence, end) or self._verbal(sentence[:start]):  # 大会第五十五届会议: the body
            return None
        stop = stop_before(stops, ends, start)
        if stop is not None and (stop[3] == "theme" or stop[2] in THEME_ENDS) \
                and self._bare_kind(sentence[stop[1]:end].strip()):
            stop = stop_before(stops, ends, stop[0])  # 开展主题为“…”的宣传活动: a bare noun is named by its theme
        left = organ[0] if organ else (stop[1] if stop else 0)
        left = _after_listed_descriptors(sentence, left, start)
        text, one = self._clean(sentence[left:end])
        if text is None or without_relative_year(text).startswith(words.words["generic"]) or self._pointing_head(text) \
                or words.repeated(text) \
                or text.endswith(words.words.get("offered", ())) or self._nouns_only(text):
            return None
        called = CALLED.search(text)
        name = EventName(left + len(sentence[left:end]) - len(text), end, called.group(1) if called else text, kind,
                     one=one, organ=organ is not None, left=left, called=called is not None)
        if "称" in name.label:  # …大会（简称“地标大会”）组委会会议: the short name defined inside is no part of it
            name.label = alias_inside(self.rules.pattern("alias").pattern).sub("", name.label)
        self._describe(name, sentence, text, stop, found, verb_stop(stops, ends, stop, sentence))
        name.named = name.named or stop is not None and stop[3] == "theme"  # a quoted theme singles one out
        name.chaired = chaired
        name.learnt = learnt_at(sentence, name, words)
        if words.pattern("position", anchored=True).match(tail) \
                and not (name.named or NAMED_YEAR.match(text) or self._made_by(stop, text) or self.acted(text)
                         or name.learnt):
            return None
        bare = (len(squash(text)) < 5 or self._plain(text) == hit.group(0)) and not self.acted(text)
        titled = licence == "counted" and name.verb is not None and theme_titled(text, self.rules)
        if (licence == "counted" or bare and not name.organ) and not (one and name.verb) and not titled \
                and not (name.held and not bare) or licence == "named" and not name.named or self._short_form(text):
            return None
        return name

    def _describe(self, name: EventName, sentence: str, text: str, stop: tuple | None, found: list[EventName],
                  verb_stop: tuple | None) -> None:
        """What the words around a name say: the verb that governs it (read at ``verb_stop``, the stop before a
        theme clause that opens the name), whether it has a name of its own, is a numbered session, has a length,
        is a body deciding, is the object of a verb that holds nothing, or is only referred to
        (events/referring.py)."""
        words = self.rules
        name.verb = self._verb(sentence, verb_stop, name.left, found)
        name.named = bool(name.called or EDITIONED.search(text)
                          or _QUOTED_OR_LATIN.search(ACRONYM_BRACKET.sub("", text))
                          or COBRAND.search(text) or _YEAR_NOT_COUNTED.match(text))  # 2025甬港…交流会
        name.targeted = not name.named and name.verb is not None and words.has("carry_out", name.verb) \
            and named_operation(text, words)  # 开展打假专项行动: what it acts on singles it out (not 行动主任)
        name.named |= name.targeted
        name.session = bool(ORDINAL.search(text)) and name.kind in SESSION_TYPES and not name.organ
        name.duration = bool(stop and stop[3] == "duration" and not sentence[:stop[0]].rstrip().endswith(COPULA))
        name.decision = name.kind in SESSION_TYPES and self.rules.decision_after.match(sentence[name.end:]) is not None
        listing = stop is not None and (words.has("includes", stop[2]) or words.has("example", stop[2])) \
            and self._event_before(sentence[:stop[0]].rstrip(f"{COMMAS} "))
        name.other = bool(stop and stop[3] == "word" and words.has("other_verb", stop[2])) and not listing
        before = sentence[:name.left].rstrip()
        name.setting = sentence[name.end:name.end + 1] == "上" and (
            before.endswith("在") or before.endswith(words.words.get("past_verb", ())) and "在" in before[-30:])
        name.held = words.held.match(sentence, name.end) is not None
        if name.other and name.held and stop is not None and stop[2].endswith("的"):
            name.other = False  # 乙支持的…论坛在杭州举行: the verb only modifies the name, which is held
        name.referred = referred(sentence, name, words)

    def _renamed(self, sentence: str, gloss: re.Match[str]) -> bool:
        """…第五十届会议（第二十次例会）: a bracket between two event nouns is the event's other name, which ends the
        name before it, no word the name goes on through."""
        at_end = self.rules.type_at_end
        return bool(at_end.search(sentence, 0, gloss.start()) and at_end.search(gloss.group(0)[1:-1]))

    def _made_by(self, stop: tuple | None, text: str) -> bool:
        """A clause before the name says which body held it (苏州市知识产权局主办的…交流会上): one event held, though
        told only as the setting of something else; a list of kinds (国际、国内展览会) is none."""
        return stop is not None and self.rules.has("made_by", stop[2].removesuffix("的")) and stop[2].endswith("的") \
            and stop[0] in self.subject_ends and re.search(JOIN, text) is None

    def _verb(self, sentence: str, stop: tuple | None, left: int, found: list[EventName]) -> str | None:
        """The verb of holding that governs the name: right before it, or before the name it is listed with."""
        if stop is not None and stop[3] == "subject":
            return stop[2]
        if stop is None or stop[3] != "word":
            previous = found[-1] if found else None
            if previous and previous.verb and re.fullmatch(rf"(?:[\s{COMMAS}]|{JOIN})*", sentence[previous.end:left]):
                return previous.verb
            return None
        what = stop[2]
        if self.rules.has("past_verb", what):
            return what
        before = self._without_adverbs(ITEM_OPENING.sub("，，", sentence[:stop[0]]))  # 一是 opens a clause
        if _COPULA_CLAUSE.search(before):
            return None  # (这)是香港海关首次举办的…会议: the clause says what an event told already was
        if self.rules.has("clause_verb", what) and (before.rstrip()[-1:] in CLAUSE_START
                                                     or {len(before), stop[0]} & self.subject_ends  # …组织召开
                                                     or ADVERBIAL.search(before)
                                                     or after_adjuncts(before, self.subject_ends)
                                                     or after_pivot(before, what, self.subject_ends, self.rules)
                                                     or event_subject(before, self.rules)
                                                     or class_subject(before, self.rules)):
            return what
        if what in ("以及", "及"):
            return self._verb(sentence, None, left, found)
        return None

    def _without_adverbs(self, text: str) -> str:
        """The text before a verb less its adverbs (每月举行), a verb of a series (组织召开; not 与…组织联合举办), the
        bodies holding it with the subject (与有关部门共同召开): what is left ends at the subject or a clause break."""
        text = self.rules.adverbs_end.sub("", text)
        themed = theme_adjunct_end(self.rules).search(text)  # A围绕“…”主题开展…: the subject's verb
        return self.rules.adverbs_end.sub("", text[:themed.start()]) if themed else text

    def _titles(self, sentence: str, quoted: list[tuple[int, int]], stops: list, ends: list[int]) -> list[EventName]:
        """Quoted titles that are event names themselves, with the event noun before a subtitle (举办了“…暑期班：葡语
    国家特别版”) or after a topic (“数据与创新：圆桌会议”); a title ending in a
    noun too common to name an event alone (活动) when its clause goes on to hold it (“…专题活动”于9月10日召开)."""
        found = []
        for a, b in quoted:
            inner = sentence[a + 1:b - 1]
            head = re.split(r"[：:]", inner, maxsplit=1)[0]
            hit = self.rules.type_at_end.search(head) or self.rules.type_at_end.search(inner) \
                or coded_head(inner, sentence[:a], self.rules)  # “龙腾行动2024”, 专项行动“龙腾2024”
            if hit is None or sentence[b:b + 1] == "的" or self.rules.type_pattern.match(sentence, b) \
                    or sentence[:a].endswith(("名为", "题为")) or self._alias(sentence[:a]):
                continue
            kind, licence = self.rules.type_of_word[hit.group(0)]
            clause = re.match(f"{CLAUSE_CHAR}*", sentence[b:])
            if licence == "counted" and not self.rules.pattern("holding").search(clause.group(0) if clause else ""):
                continue
            stop = stop_before(stops, ends, a)
            left = edition_start(sentence, a, stop[1] if stop else 0, self.rules)
            name = EventName(left, b, sentence[left:b] if left < a else inner, kind, named=True, titled=True,
                             left=left)
            name.verb = self._verb(sentence, verb_stop(stops, ends, stop, sentence), left, [])
            found.append(name)
        return found


_GLOSS = re.compile(r"[（(](?<=[\u4e00-\u9fff].)[\u4e00-\u9fff](?:、?[\u4e00-\u9fff]){0,5}[)）](?=[\u4e00-\u9fff])")
"""A short bracket inside a run of words (…试点城市(苏州)推进大会, 中国(上海)自由贸易试验区): it glosses the word
before it, and the name goes on through it, a list of short words too (16省(区、市)…统一销毁行动); not a byline's
credit (…电（记者王芳）第二届…论坛)."""


_ORDINAL_END = re.compile(rf"{ORDINAL.pattern}\s*$")
"""A name that stops at an ordinal (第58次、第59次会议) lists numbered sessions of one series: 、 does not end it."""
_COPULA_CLAUSE = re.compile(rf"(?:^|[{BREAKS}])[^{BREAKS}]{{0,2}}?{COPULA[0]}[^{BREAKS}]*$")
"""(这)是…: a clause that says what an event told already was."""
# Compiled once, not looked up in re's cache for each name or sentence the event step reads.
_JOINS, _CLOSING_END = re.compile(JOIN), re.compile(r"(?:（[^（）]*）|[”》])$")
_SUBTITLE = re.compile("—{2}|-{2}")
"""A double dash between a headline's theme and the event it tells (“创新引领”——第三届…论坛): the name starts after it,
unless what stands before names an event itself (…系列活动——…主场活动, …论坛——…研讨会: one name of two parts)."""
_QUOTED_OR_LATIN = re.compile(rf"[{QUOTE_OPENS}]|[A-Z]{{2,}}")
_YEAR_NOT_COUNTED = re.compile(rf"{YEAR}(?!\s*年)")
_COMMA = re.compile(f"{NOT_IN_NUMBER}[{COMMAS}]")


def _held_listed(sentence: str, found: list[EventName]) -> list[EventName]:
    """A、B拉开了…序幕, A和B在…举行: names listed before the verb that makes the last its subject are its subjects
    too, each held."""
    for first, then in zip(reversed(found[:-1]), reversed(found[1:])):
        if then.held and not first.held and _JOINS.fullmatch(sentence[first.end:then.left].strip()):
            first.held = True
    return found


def scene(sentence: str, name: EventName) -> int:
    """Where the words that may place the event begin: its own clause, after the short clauses that set the
    scene for it (在阿曼，…; 2023年，…), not an earlier clause about something else
    (…在菲律宾各地开展了消费者调查，…)."""
    starts = [0] + [m.end() for m in _COMMA.finditer(sentence[:name.left])]
    at = starts[-1]
    for previous in reversed(starts[:-1]):
        clause = sentence[previous:at].rstrip(COMMAS)
        if len(clause) > 14 or not (clause.startswith(("在", "于")) or re.match(r"\d{4}", clause)):
            break
        at = previous
    return at


def adjacent(date: DateSpan, name: EventName) -> bool:
    """The date stands right before the name it dates (2023年“媒体专业人员知识产权课程”)."""
    return date.finish <= name.start and name.start - date.finish <= 2


_QUOTE_OPENING = re.compile(r"\s*[“「\"]")


def part_of(sentence: str, frame: EventName, name: EventName) -> bool:
    """``name`` is quoted right after ``frame`` (…经济合作研讨洽谈会“京港知识产权合作专题活动”): a part held within
    the frame event, which the sentence's roles, verbs and objects are about."""
    return frame is not name and frame.end <= name.start \
        and _QUOTE_OPENING.fullmatch(sentence[frame.end:name.start + 1]) is not None


def _after_listed_descriptors(sentence: str, left: int, start: int) -> int:
    """开展知识产权宣传进机关、进企业“双进”活动, 开展纪念…四十周年、…十周年“…”主题采访活动: words listed by 、 before a
    quoted title that the event noun follows describe the event (where it goes, what it marks); its name starts at
    the title. Not when the 、 joins two titles (“A”、“B”联合活动) or no title follows the list."""
    listed = sentence.rfind("、", left, start)
    if listed < 0:
        return left
    quote = sentence.find("“", listed, start)
    return quote if quote > listed + 1 and sentence.find("”", quote, start) > 0 else left
