"""What the event extractor knows and finds: its rules and the knowledge files that drive them, read in ``loading.py``
(the event fact itself is ``fact.py``, named here too for the rules that read it)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from ipgraph.extract.events.fact import EventFact as EventFact
from ipgraph.knowledge.wordlists import word_pattern
from ipgraph.zh.dates import ADJUNCTS_END
from ipgraph.zh.folding import Folding
from ipgraph.zh.grammar import (
    APPROXIMATE,
    CLAUSE_BREAKS,
    COMMAS,
    JOIN,
    JOIN_OR_WITH,
    LOCATIVES,
    NUMERALS,
    ORDINAL,
    SENTENCE_ENDS,
    alternation,
    between_names,
)
from ipgraph.zh.time_words import TIME_WORD, YEAR

if TYPE_CHECKING:
    from ipgraph.extract.events.names import EventName

EVENT_RULES = {
    "event-heading": ("event from a bullet heading", "条目标题中的活动",
                      "A bullet that opens with the event's name and date: 'name，date 在 place 举办：…'."),
    "event-list": ("event from an inline list", "列举中的活动",
                   "An item of an inline list of activities with its date in brackets: '…暑期班（2024年6月25日）'."),
    "event-sentence": ("event from a dated sentence", "带日期句子中的活动",
                       "An event noun (knowledge/events/types.tsv) in a sentence with a verb of holding and a date, "
                       "or with a name of its own (第三届…会议, “…”论坛, 产权组织-世贸组织…课程)."),
    "event-session": ("numbered session of a body", "机构的届次会议",
                      "A numbered session (执法咨询委员会第十五届会议, 第二十八届缔约方会议) wherever the text "
                      "tells of it, or a body acting at a session: '2023年7月，产权组织大会商定…'."),
    "event-named": ("event named in quotes", "以引号命名的活动",
                    "An event the text names: 名为“阻止盗版”的…活动, 举办了“…暑期班：…特别版”; inside a "
                    "bullet about one event, another it names or gives a length to (为期半天的…展览)."),
    "event-meeting": ("bilateral meeting", "会见与会谈",
                      "One side meets the other (A会见B, A与B举行会谈, 与A、B举行会谈): a Meeting with both sides "
                      "taking part, labelled from the printed names and verb."),
    "event-day": ("named day", "纪念日",
                  "A named day with a fixed date (knowledge/events/days.tsv) named on its own: 第23个世界知识产权日"
                  "来临之际; dated in the year printed before it, else the report's own year."),
    "event-object": ("undated event a verb of holding governs", "举办动词所带的活动",
                     "An event noun governed by a verb of holding in the past, without a date: "
                     "还举行了…对话, 举办了一次研讨会, 为…学生举办的产权组织研讨会."),
    "event-unveiling": ("unveiling told by its act", "以揭牌之举叙述的仪式",
                        "A name the text unveils, by the act alone: “…中心”于…正式揭牌成立 (events/unveilings.py)."),
}
EVENT = "Event"
"""The type of an event no narrower type names (活动): its bare noun names an event of any type."""
ROLES = ("organiser", "partner", "sponsor", "participant")

# What may stand between two organisations of one list (A、B和C（ACRONYM）): the commitment readers share it.
ORG_CONNECTOR = between_names(brackets=True)
PLACE_CONNECTOR = between_names(with_=True)
OWNER_LINK = re.compile(r"\s*(?:[（(][^（）()]{1,30}[)）])?\s*(?:所属|下属|直属|旗下)的\s*")
"""What stands between a body, its acronym in brackets read over, and a unit of its own named after it (韩国知识产权局
（KIPO）所属的国际知识产权培训所): the unit is the one its clause speaks of (由A所属的B主办: B holds the event); the
body before it says whose the unit is."""
_NAME_BRACKET = r"(?:[（(][^（）()]{1,30}[)）])?"
"""A bracket right after a name (its acronym, its other name), read over."""
BEFORE_BY = "(?:[将还已也均]|分别)?"
_SHORT_NAME = 8
"""At most this many characters of a short name before the type noun of a setting (地标博览会期间)."""
"""An adverb between an event's name and the 由 of its holders (论坛将由…, 两场研讨会分别由A和B承办, 均由): the name
is still the subject of 由."""
ABOUT = re.compile(r"关于[^，,。；;“”]{1,50}?的")
CALLED = re.compile(r"(?:名为|题为)\s*[“《]([^”》]{1,60})[”》]")
NUMBER = re.compile(rf"(约有?|超过|逾)?\s*(\d{{1,3}}(?:,\d{{3}})+|\d+|[{NUMERALS}]+)\s*(多|余)?\s*(?:名|人|位)")
COUNT = re.compile(rf"(?<![第\d{NUMERALS}{APPROXIMATE}])(?:[{NUMERALS}{APPROXIMATE}]+|\d+)\s*多?\s*"
                    r"(?:次|场|个|项|门|期|届|轮|种)")
NUMBERED_SESSION = re.compile(rf"[\d{NUMERALS}]+\s*届\s*[\d{NUMERALS}]+\s*次")
"""一届二次, 十四届二次: the second session of the first term, an ordinal with no 第 (一届二次理事会), no count."""
COBRAND = re.compile(r"[\u4e00-\u9fffA-Za-z）]\s?(?:[-–]|(?<!—)—(?!—))\s?[\u4e00-\u9fffA-Za-z（]")
"""Two names joined by a hyphen or one dash (产权组织-世贸组织…, 中国—东盟…); a double dash (——) is a break."""
BREAKS = CLAUSE_BREAKS + SENTENCE_ENDS
"""Full-width and half-width: real news text is typed with either (8月25日,第十三届…会议)."""
NOT_IN_NUMBER = r"(?!(?<=\d)[,.:](?=\d))"
"""A half-width comma, point or colon between digits is part of a number (10,000名), not a break."""
CLAUSE_CHAR = rf"(?:[^{BREAKS}]|(?<=\d)[,.:](?=\d))"
"""One character of a clause: no break but a comma or colon between digits (a point is none; a test before each
character of a run, as NOT_IN_NUMBER, made clause scans half as slow again)."""
THEME = r"主题[为是]\s*[“「][^”」]{1,80}[”」]\s*的?"
"""A theme clause before an event noun (开展主题为“…”的宣传周活动, 主题为“…”知识产权宣传周活动): it says what the
event is about, no part of its name, which starts after it, as after 以“…”为主题的 (a left_stop word); before a
bare noun (开展主题为“…”的宣传活动) the quoted theme is what names the event (CALLED reads 主题为 as 题为)."""
THEME_BY = r"以\s*[“「][^”」]{1,80}[”」]\s*[为為]主[题題]的?"
"""The other theme clause before an event noun (…共同举办的以“…”为主题的知识产权培训): it opens the verb's object
as THEME does, so the object of a verb of holding is the event after it, not the next clause's."""
THEME_TOLD = rf"(?:的?\s*{THEME}|\s*{THEME_BY})\s*[{COMMAS}]\s*"
"""A theme told of a name before the 由 of its roles (今年宣传周活动的主题是“…”，由A牵头…举办; 论坛以“…”为主题，
由B主办): the name is still the subject of 由."""
THEME_ENDS = ("为主题的", "為主題的")
"""The words that end the other theme clause (以“…”为主题的, left_stop words): before a bare noun (开展以“…”为主题的
宣传活动) the quoted theme names the event, as after THEME; before a name of its own the name starts after them."""
LENGTH = rf"(?:[为為]期|[历歷]时)[^{BREAKS}的]{{1,10}}的"
"""How long an event went on, opening its name (为期两天的培训班, 历时4个月的…大赛): no part of the name."""
LENGTH_AT = re.compile(LENGTH)
LAYOUT_STOP = (rf"(?P<theme>{THEME})|(?P<duration>{LENGTH})"
               rf"|(?P<date>\d+\s*[月日](?:[电讯電訊](?=\s))?|\d+\s*年(?=\s*\d)|\d+\s*年(?!度)(?=[^\u4e00-\u9fff“《])"
               rf"|{YEAR}(?:\.\d{{1,2}}\.|/\d{{1,2}}/|-\d{{1,2}}-)\d{{1,2}}(?!\d))"
               rf"|(?P<mark>{NOT_IN_NUMBER}[{BREAKS}（）()《》、]|\s[-–—]\s)")
LAYOUT_FIRSTS = rf"\d\s主为為历歷{BREAKS}（）()《》、"
"""The characters a match of LAYOUT_STOP opens with (kept beside it: a branch added there adds its own here). A date
in Latin punctuation (2024.05.12 第三届…论坛, 2024/5/12, 2024-05-12) stops a name as a Chinese one does."""
LEADING = re.compile(rf"^(?:[a-z]{{1,4}}\)|[（(]?(?:[ivx]{{1,5}}|\d{{1,2}})[)）]|\d{{1,3}}[.．](?!\d)"
                     rf"|{JOIN_OR_WITH}|并且|并|的|[\s\-–—]|[{BREAKS}])+")
CLAUSE_START = ("", *BREAKS)
ADVERBIAL = re.compile(rf"(?:^|[{BREAKS}])\s*"
                       rf"(?:(?:与|同|和)[^{BREAKS}]{{1,30}}?(?:联合|共同|合作)|(?:在|于)[^{BREAKS}]{{1,10}}"
                       rf"|{ADJUNCTS_END.pattern.removesuffix('$')})$")
"""What may stand between a clause's start and its verb without being its subject: 与X联合(举办), 在浙江(举办), a
time and place (…职能，自1月26日起(开展), the subject told in the clause before)."""
MANNER = re.compile(rf"[以採采][^{BREAKS}]{{1,14}}?(?:方式|形式)")
"""A manner adverbial between an event's name and its verb (…仪式以线上视频方式进行, …会议采取线上形式召开)."""
COPULA = ("是", "是一个", "是一次", "是一项")
SEPARATOR = ("，", "：", ",", ":")
SESSION_TYPES = ("Meeting", "Conference")

NAMED_YEAR = re.compile(rf"(?<!\d)({YEAR})(?:\s*年度?(?![的\d{BREAKS}])|(?=[^\d{BREAKS}年]))")
"""A year in an event's name, with or without 年 (2023知识产权南湖论坛, “…”2021年…座谈会): the edition's year; not
one that 的 follows (2024年的首批培训: the time of a nameless mention)."""
SESSION_NUMBER = rf"(?:{ORDINAL.pattern}|{NUMBERED_SESSION.pattern})"
"""A session's number after its body's name: 第三次, or the term and the sitting without 第 (一届二次理事会, as 十四届
二次会议 is numbered)."""


@dataclass(frozen=True)
class EventRules:
    types: tuple[tuple[str, str, str], ...]
    roles: tuple[tuple[str, str, str], ...]
    modes: tuple[tuple[str, str], ...]
    attend: tuple[str, ...]
    exclude: tuple[str, ...]
    part: tuple[str, ...]
    words: dict[str, tuple[str, ...]]
    days: tuple[tuple[str, str, str, int], ...] = ()
    """Named days: word, MM-DD, event type, the year it was first held."""
    abbreviations: tuple[str, ...] = ()
    """One-character country abbreviations that join into a pair or trio (中日, 中日韩): commitments' list."""
    credits: tuple[str, ...] = ()
    """The words of a byline's credit (记者, 通讯员: media_cues.tsv's reporters): a bracket that opens with one credits
    a writer, no gloss of a name's word ((记者王芳)第二届…论坛)."""
    places: str = ""
    """A regex of a place's name as printed (the gazetteer's ``place_shape``: 济南市, 济宁高新区, 北京)."""
    every_body: str = ""  # a class of bodies as a subject (全国公安机关): events/classes.py
    simplifying: Folding = field(default_factory=Folding)
    """Traditional character → simplified, one for one (the gazetteer's traditional.tsv), and half-width brackets
    → full-width: role patterns are written once, in simplified script with full-width brackets, and read any
    passage through it with offsets unchanged (广东省市场监管局(知识产权局)和…协办 as with （…）)."""

    def pattern(self, name: str, anchored: bool = False) -> re.Pattern[str]:
        """One of the word lists of ``words.tsv`` as a regex, longest word first; kept by name, since the rules ask
        for the same few lists thousands of times and hashing a long list each time costs more than the match."""
        compiled = self._compiled.get((name, anchored))
        if compiled is None:
            compiled = self._compiled[(name, anchored)] = word_pattern(self.words.get(name, ()), anchored)
        return compiled

    @cached_property
    def _compiled(self) -> dict[tuple[str, bool], re.Pattern[str]]:
        return {}

    def source(self, name: str) -> str:
        """``pattern(name).pattern``, for a pattern that embeds the list: not compiled for that alone."""
        return alternation(self.words.get(name, ()))

    @cached_property
    def organising(self) -> re.Pattern[str]:
        """The verbs of holding less those of attending (两局参加…研讨会: the two attend, they hold nothing)."""
        attending = set(self.words.get("attend_verb", ()))
        return word_pattern(tuple(w for w in self.words.get("holding", ()) if w not in attending), False)

    @cached_property
    def staging(self) -> str:
        """The verbs that stage an event: of holding less those of attending (``organising``), and of carrying out
        (开展); as pattern text, which other patterns embed (never compiled alone)."""
        return f"{self.organising.pattern}|{self.source('carry_out')}"

    def has(self, name: str, word: str) -> bool:
        return word in self.words.get(name, ())

    def repeated(self, text: str) -> bool:
        """A word of reference back (该, 此次), of choice (或) or of recurrence (每年, 历届, 年度会议) in a name: no one
        event named — but a numbered edition of a yearly meeting (第47届成员国年度会议) is one meeting held."""
        if any(w in text for w in self.words.get("refers_back", ()) + self.words.get("alternative", ())):
            return True
        return any(w in text for w in self.words.get("recurring", ())) and not ORDINAL.search(text)

    @cached_property
    def placed(self) -> re.Pattern[str]:
        """在 and a place's name or several, ending where searched up to (在济宁高新区|某研究院召开, 在上海|同济大学
        举行): a body named right after them is where the event was held, as after 在 alone."""
        return re.compile(rf"(?:{alternation(LOCATIVES)})(?:{self.places})+$" if self.places else r"(?!)")

    @cached_property
    def alias_bracket(self) -> re.Pattern[str]:
        """A bracket giving a name's short form (（以下简称“…”）) right before where it is searched up to."""
        return re.compile(rf"[（(](?:{self.source('alias')})[^（）()]{{0,30}}[)）]\s*$")

    @cached_property
    def held(self) -> re.Pattern[str]:
        """After an event's name, a verb that makes it its subject (held_after: …论坛在杭州开幕), after its time (a
        date with or without 于: …培训班4月20日开班, 今天启动), an adverb of succession and 在/于 and its places
        (…巡讲活动先后在A、B举行: events/itineraries.py; 正在这里举行: going on as the text tells it), or a manner
        adverbial and adverbs of how it went (顺利, 全面: held_adverb) too, as a clause puts them between its subject
        and its verb, unless a noun after the verb makes the two a noun (开展情况: held_noun); or a verb that does so
        only after a manner adverbial (manner_held); or the bodies that held it, told by 由 in the passive
        (…展览会由A、B等单位联合举办: made_by). What it was held through may open the place (…培训也通过“钉钉”平台
        在线上展开: held_means)."""
        held, in_manner = self.source("held_after"), self.source("manner_held")
        return re.compile(rf"\s*(?:{TIME_WORD.pattern})?\s*(?:{self.source('succession')})?"
                          rf"\s*(?:[还也]?(?:{self.source('held_means')})[^{BREAKS}]{{1,16}}?(?=[在于於]))?"
                          rf"\s*(?:正?[在于於][^{BREAKS}]{{1,20}}?)?(?:{MANNER.pattern})?"
                          rf"(?:{self.source('held_adverb')})*(?:{held})(?!{self.source('held_noun')})"
                          rf"|\s*{MANNER.pattern}(?:{in_manner})"
                          rf"|\s*[还也已]?[由經经][^{BREAKS}]{{2,60}}?(?:{self.source('made_by')})(?!的)")

    @cached_property
    def list_closer(self) -> re.Pattern[str]:
        """等 or a count and a class noun closing a list of organisations before its verb (等多家单位, A和B两家单位,
        A、B、C、D四部门: a measure word need not stand between; 等相关单位: list_qualifier): list_class."""
        return re.compile(rf"{self._list_closing_source}\s*$")

    @cached_property
    def list_closing(self) -> re.Pattern[str]:
        """``list_closer`` read forwards, right after the list's last name (…国家互联网信息办公室四部门联合启动…)."""
        return re.compile(rf"\s*{self._list_closing_source}")

    @cached_property
    def _list_closing_source(self) -> str:
        count = rf"(?:[\d{NUMERALS}]+|多|余|几|数)+\s*[家个所]?"
        qualifier = rf"(?:{self.source('list_qualifier')})?" if self.words.get("list_qualifier") else ""
        return rf"(?:等\s*(?:{count})?\s*{qualifier}|{count})\s*(?:{self.source('list_class')})"

    @cached_property
    def type_pattern(self) -> re.Pattern[str]:
        return word_pattern(tuple(word for word, _, _ in self.types), False)

    @cached_property
    def type_firsts(self) -> frozenset[str]:
        """The characters a type noun opens with: ``type_pattern`` matches nowhere else, and a set test is cheaper
        than the call that finds so (the rules try it at each character of a name and before each stop word)."""
        return frozenset(word[0] for word, _, _ in self.types)  # none empty: load_rules refuses one

    @cached_property
    def types_ending(self) -> dict[str, list[tuple[str, str]]]:
        """The type nouns and their types by the character they end with, in the list's order."""
        ending: dict[str, list[tuple[str, str]]] = {}
        for word, kind, _ in self.types:
            ending.setdefault(word[-1], []).append((word, kind))
        return ending

    @cached_property
    def span_nouns(self) -> tuple[str, ...]:
        """The event nouns that name a span of days by their last word (宣传周, 活动月: ``spans_days``)."""
        ends = tuple(self.words.get("spans_days", ()))
        return tuple(word for word, _, _ in self.types if ends and word.endswith(ends))

    @cached_property
    def type_of_word(self) -> dict[str, tuple[str, str]]:
        return {word: (kind, licence) for word, kind, licence in self.types}

    @cached_property
    def refers_back(self) -> re.Pattern[str]:
        """An opening that points back to an event told before: a word of reference and a type noun (本次研讨会,
        该论坛: group ``kind``), or a name ending in a type noun, after such a word or none, the subject of 由 (论坛由…
        主办, 本届商标品牌节由…: the series' name without the edition's year: group ``name``); either after a short
        lead-in that says where the news comes from or what it adds (据悉，本次培训班是…举办的; 据了解，此届论坛由…);
        after such a word an ``any_event`` noun stands for a type noun (据悉，本次盛会由…); the name's theme may stand
        before 由 (今年宣传周活动的主题是“…”，由A、B牵头)."""
        kinds, lead_in = self.type_pattern.pattern, rf"(?:[^{BREAKS}]{{1,4}}[{COMMAS}]\s*)?"
        pointed = rf"{kinds}|{self.source('any_event')}"
        return re.compile(rf"\s*{lead_in}(?:(?:{self.source('refers_back')})\s*(?P<kind>{pointed})"
                          rf"|(?:(?:{self.source('refers_back')})\s*)?(?P<name>[^{BREAKS}]{{0,30}}?(?:{kinds}))"
                          rf"(?=\s*(?:{THEME_TOLD})?{BEFORE_BY}由))")

    @cached_property
    def name_goes_on(self) -> str:
        """Words after a closing quote that run to an event noun with no stop word between (“4·26世界知识产权日”
        宣传培训活动): the quote is part of that event's name, it names no day of its own."""
        return rf"(?:(?!{self.source('left_stop')})[^{BREAKS}]){{0,10}}?(?:{self.type_pattern.pattern})"

    @cached_property
    def during(self) -> re.Pattern[str]:
        """An opening that tells of what was held during the event told last (活动期间, 同期) or at its setting (会上，
        在论坛上，活动现场，活动中，; 活动现场还举办了…: an adverb of one more thing done there; 活动中心 goes on
        as a noun); the setting may follow its place (在某某中学活动现场，…开展了…讲座: the scene of the event told
        last), and a connective may come first (此外，博览会期间还将举办…: ``connective``); the event may be called
        by a short name ending in its type noun (地标博览会期间), not one a word pointing back opens (此次局长会期间:
        the anaphora rules read it)."""
        return re.compile(rf"\s*(?:(?:{self.source('connective')})[，,]\s*)?"
                          rf"(?:(?!{self.source('refers_back')})[^{BREAKS}\d]{{0,{_SHORT_NAME}}}?"
                          rf"(?:{self.type_pattern.pattern})(?:{self.source('during')})"
                          rf"|在[^{BREAKS}\d]{{0,{_SHORT_NAME}}}?(?:{self.type_pattern.pattern})上(?=[{BREAKS}])"
                          rf"|{self.source('same_time')}"
                          rf"|(?:在[^{BREAKS}\d]{{1,12}}?)?(?:{self.source('held_at')})[{BREAKS}还也又])")

    @cached_property
    def talks(self) -> re.Pattern[str]:
        """A verb of talks, with the verb of holding before it (举行了会谈, 会见)."""
        return re.compile(f"(?:{self.source('talks_lead')})?了?(?:{self.source('talks_verb')}"
                          f"|{self.source('talks_with')})")

    @cached_property
    def left_stop(self) -> re.Pattern[str]:
        """Where an event name stops when read leftwards: a length (为期…的), a date, punctuation, a left_stop word.
        Led by a lookahead on the characters any of them opens with, so each position that opens none is passed
        after one test, not six alternatives (a scan of every sentence naming an event: twice as fast)."""
        firsts = "".join(sorted({re.escape(w[0]) for w in self.words.get("left_stop", ())}))
        return re.compile(rf"(?=[\d\s主为為历歷{BREAKS}（）()《》、{firsts}])"
                          f"(?:{LAYOUT_STOP}|(?P<word>{self.source('left_stop')}))")

    @cached_property
    def type_at_end(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.type_pattern.pattern})$")

    @cached_property
    def day_names(self) -> re.Pattern[str]:
        """The named days of days.tsv (世界知识产权日), found anywhere in a name (events/listed.theme_titled)."""
        return word_pattern(tuple(day[0] for day in self.days), False)

    def own_campaign(self, label: str) -> bool:
        """A name holding a recurring campaign's own word (``proper_campaign``: 知识产权宣传周) or a named day
        (县市场监管局开展世界知识产权日宣传活动): after a verb of carrying out, that year's edition, one event."""
        return any(w in label for w in self.words.get("proper_campaign", ())) \
            or bool(self.days) and self.day_names.search(label) is not None

    @cached_property
    def series_tail(self) -> re.Pattern[str]:
        """A word of a series and a noun too common to name an event's kind ending a name (中国专利周系列活动): the
        series of events a festival or week is, of the festival's kind, told again by its own name (今年中国专利周);
        not 大会系列会议, a series of meetings."""
        return re.compile(f"(?:{self.source('series')})(?:{self._counted})?$")

    @cached_property
    def counted_tail(self) -> re.Pattern[str]:
        """A noun too common to name an event's kind (licence ``counted``: 活动) ending a name."""
        return re.compile(f"(?:{self._counted})$")

    @cached_property
    def _counted(self) -> str:
        """The type nouns of licence ``counted`` (活动, 座谈), as one alternation."""
        return alternation(tuple(word for word, _, licence in self.types if licence == "counted"))

    # The patterns below embed word lists of hundreds of characters: made once, not for each name read (building
    # and hashing a pattern's text to find it in re's cache cost more than matching it).
    @cached_property
    def during_words(self) -> re.Pattern[str]:
        """The words one of which every opening ``during`` or ``during_told`` reads holds, or the 上 closing a setting
        (在论坛上，): an opening with none of them (most sentences') is no such opening, and is not read against those
        two patterns."""
        words = word_pattern(tuple(self.words.get("during", ()) + self.words.get("same_time", ())
                                   + self.words.get("held_at", ())), False)
        return re.compile(rf"{words.pattern}|上(?=[{BREAKS}])")

    @cached_property
    def during_told(self) -> re.Pattern[str]:
        """A short opening ending in a word of time during an event (会议期间，): ``EventReader.during``."""
        return re.compile(rf"\s*[^{BREAKS}\d]{{1,4}}?(?:{self.source('during')})[{BREAKS}]")

    @cached_property
    def ordinal_noun(self) -> re.Pattern[str]:
        return re.compile(rf"{ORDINAL.pattern}\s*(?:{self.type_pattern.pattern})")

    @cached_property
    def nouns_joined(self) -> re.Pattern[str]:
        """Event nouns joined and nothing else (培训和会议)."""
        return re.compile(f"(?:{self.type_pattern.pattern})(?:{JOIN}(?:{self.type_pattern.pattern}))+")

    @cached_property
    def work_and_noun(self) -> re.Pattern[str]:
        return re.compile(f"([^\\d“”《》\"第届]+?){JOIN}(?:{self.type_pattern.pattern})")

    @cached_property
    def decision_after(self) -> re.Pattern[str]:
        """…第九次会议，审议通过了《…》: the session passed it."""
        decision = self.source("decision")
        return re.compile(f"(?:还|也|已)?(?:{decision})(?!的)|[，,](?:{decision})了?《")

    @cached_property
    def decided_at(self) -> re.Pattern[str]:
        return re.compile(f"(?:（[^（）]*）|）)?(?:上|期间)[^{BREAKS}]{{0,3}}?(?:{self.source('decision')})")

    @cached_property
    def directive_after(self) -> re.Pattern[str]:
        """…第四十三届会议要求秘书处…: the session charged others, named as their request's source."""
        return re.compile(f"{_NAME_BRACKET}(?:还|也|进一步)?(?:{self.source('directive')})(?!的)")

    @cached_property
    def sent_after(self) -> re.Pattern[str]:
        """向…第六十九届会议提交报告: after a session 向 opens, the verb that sends something to it."""
        return re.compile(f"{_NAME_BRACKET}(?:{self.source('addressee')})")

    @cached_property
    def recalled(self) -> re.Pattern[str]:
        """忆及理事会第一一四届会议: a session recalled in its clause."""
        return re.compile(f"(?:{self.source('recalling')})[^{BREAKS}]{{0,30}}$")

    @cached_property
    def addressee(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.source('addressee')})[^{BREAKS}]{{0,20}}$")

    @cached_property
    def addressed(self) -> re.Pattern[str]:
        """A clause that sends something to what ends it, however long its name (将提交给…(PBC)的第二十五届会议)."""
        return re.compile(f"(?:{self.source('addressee')})[^{BREAKS}]*$")

    @cached_property
    def referred_after(self) -> re.Pattern[str]:
        """A word right after a name (a bracket read over) that makes it a time point, a source or an agent
        (…会议以来, …会议精神): ``events/referring.py``."""
        return re.compile(f"{_NAME_BRACKET}(?:{self.source('referred')})")

    @cached_property
    def during_after(self) -> re.Pattern[str]:
        return re.compile(f"{_NAME_BRACKET}(?:{self.source('during')})")

    @cached_property
    def record_after(self) -> re.Pattern[str]:
        return re.compile(f"(?:（[^（）]*）)?的[^{BREAKS}的]{{0,6}}?(?:{self.source('record')})")

    @cached_property
    def pronoun_subject(self) -> re.Pattern[str]:
        """A pronoun as a clause's subject (pronoun: 我们), after its opening quote (``events/chains.py``)."""
        return re.compile(rf"[“「\"]?\s*(?:{self.source('pronoun')})") if self.words.get("pronoun") \
            else re.compile("(?!)")

    @cached_property
    def subjectless(self) -> re.Pattern[str]:
        """Chain words and adverbs, then the verb of an organiser's pattern (roles.tsv: X举办, X在…举行, X邀请…参加;
        a bare one with 了: 开展了), up to an event's name: a clause whose subject is unsaid (``events/chains.py``)."""
        verbs = [after.replace("…", f"[^{CLAUSE_BREAKS}]*?") if "…" in after else f"{after}了?" for role, before, after
                 in self.roles if role == "organiser" and before in ("", "^") and after and not after.startswith("的")]
        words = self.words
        lead = alternation(words.get("chain", ()) + words.get("adverb", ()) + words.get("role_adverb", ()))
        pronoun = self.pronoun_subject.pattern
        return re.compile(rf"\s*(?P<pronoun>{pronoun})?(?:{lead})*(?:{'|'.join(verbs)})\s*[“「《]?\s*")

    @cached_property
    def not_after_end(self) -> re.Pattern[str]:
        return re.compile(f"(?:{self.source('not_after')})$")

    @cached_property
    def lead_verb(self) -> re.Pattern[str]:
        return re.compile(f"^(?:{self.source('lead_verb')})(?:了|的)?")

    @cached_property
    def adverbs_end(self) -> re.Pattern[str]:
        """Adverbs, a verb of a series, and the bodies holding with the subject, ending a text (与有关部门共同召开)."""
        adverbs, serial, fellow = (self.source(kind) for kind in ("adverb", "serial_verb", "fellow"))
        return re.compile(f"(?:(?:{fellow})[^{BREAKS}]{{1,12}}?)?(?:(?:{adverbs})*(?:{serial})|(?:{adverbs})*)$")

    def acronym_noun(self, short: str) -> tuple[str, str] | None:
        """CDIP会议, undated: a body's acronym and an event noun alone name that body's numbered session the report
        tells (…委员会(CDIP)第二十一届会议), not another event; the acronym and the noun, or None."""
        match = _ACRONYM_NOUN.fullmatch(short)
        return (match[1], match[2]) if match and self.type_pattern.fullmatch(match[2]) else None


_ACRONYM_NOUN = re.compile(r"([A-Z][A-Z0-9&]{1,15})(\D{2,5})")


def named_year(names: list[EventName]) -> int | None:
    """The year the first name of a sentence prints: the year of the edition it tells of, so the year of a
    month-day the page prints without one (4月15-16日,…2023知识产权南湖论坛…举行), and of the event itself when
    the sentence gives no date (近日,2018中国知识产权保护高层论坛在京举行)."""
    found = next((m for m in (NAMED_YEAR.search(n.label) for n in names) if m), None)
    return int(found.group(1)) if found else None
