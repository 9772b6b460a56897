"""Whether a sentence tells of an event it names, by which rule, how surely, and its date (the licence the sentence
rule of ``rules.py`` asks of each name): a numbered session, a title, a named campaign carried out, an event held or
attended, one told as the setting or scene of what was done there; a body acting, several events or an event only
referred to are none. Kept apart from the sentence rule, which reads the names and fills each event licensed."""

from __future__ import annotations

import re

from ipgraph.extract.events.bodies import acting_body
from ipgraph.extract.events.clauses import on_site as on_site_verb
from ipgraph.extract.events.dating import title_date
from ipgraph.extract.events.editions import year_edition
from ipgraph.extract.events.model import BREAKS, EventFact, named_year
from ipgraph.extract.events.names import EventName, adjacent
from ipgraph.extract.events.plurals import told_plural
from ipgraph.extract.events.unveilings import UnveilingEvents
from ipgraph.zh.dates import DateSpan
from ipgraph.zh.grammar import COMMAS, ORDINAL, QUOTE_OPENS
from ipgraph.zh.time_words import VAGUE_TIME

_QUOTE_OPEN, _CLAUSE_OPENING = re.compile(f"[{QUOTE_OPENS}]"), re.compile(rf"(?:^|[{BREAKS}])\s*[在于於]?\s*$")


class EventLicences(UnveilingEvents):
    """The licence of a named event, read by the report's sentence rule (``rules.ReportEvents``)."""

    def _licence(self, name: EventName, dates: list[DateSpan], holding: bool, carried: DateSpan | None,
                 heading: EventFact | None, sentence: str, told_day: bool = False, headline: bool = False,
                 others: tuple[EventName, ...] = ()) -> tuple[str, float, DateSpan | None] | None:
        """Whether the sentence tells of the named event, by which rule, how surely, and its date: one that
        follows the name with 于 (“…专题活动”于9月10日召开), else the last one before it. ``told_day``: the
        sentence prints a day that a report without a year cannot date; it still tells of something held.
        ``headline``: the sentence is a news item's head line, whose bare verb (X走进社区举办…讲座) tells what was
        held, as a past verb does in the body. ``others``: the sentence's other names, whose clause a later date
        may open (``opens_other``)."""
        date = next((d for d in dates if re.fullmatch(r"\s*[将將]?[于於]\s*", sentence[name.end:d.begin])), None) \
            or next((d for d in reversed(dates) if d.begin < name.start), None) \
            or next((d for d in dates if not opens_other(sentence, d, name, others)), None)
        if heading is not None:
            return ("event-named", 0.7, None) if (name.called or name.duration) and not name.session else None
        if acting_body(sentence, name, self.rules) or told_plural(sentence, name, self.rules):
            return None  # 大会在第三十一届会议上批准… (the body acting); 多次召开…, 内容不同的培训班 (several events)
        titled = title_date(sentence, name, dates)
        if titled is not None:
            return "event-heading", 0.9, titled
        if name.chaired:
            return "event-session", 0.6, None
        if name.referred:  # the clause only refers to it (…会议以来, …会议的报告): events/referring.py
            return None
        if name.decision:
            before = [d for d in dates if d.finish <= name.start]
            told = before[-1] if before else carried
            return ("event-session", 0.6, told) if told or not name.session else None
        if name.organ:  # a body named for its meetings (东亚…论坛) that a verb holds or attends: one meeting of it
            return ("event-object", 0.6, carried) if name.verb and name.kind == "Forum" else None
        if name.session:
            return "event-session", 0.8, date if holding else None
        if name.called or (name.titled and (name.verb or dates or holding)):
            return "event-named", 0.75, date if holding or date and (adjacent(date, name) or self._setting(
                sentence, name)) else None  # 4月20日，《…》在“…仪式”上发布: the day the setting was held
        if name.other:
            return None
        if name.verb is None and self.own_act(name.label) \
                and self.rules.pattern("position", anchored=True).match(sentence[name.end:name.end + 4]):
            return "event-sentence", 0.6, date  # 在签约仪式上，…: the ceremony of an act was held
        if name.verb is not None and self.rules.has("carry_out", name.verb) and not name.duration:
            recent = VAGUE_TIME.search(sentence, 0, name.left) is not None  # 近日…联合启动“剑网2025”专项行动
            edition = year_edition(name.label)  # 开展2022年知识产权宣传周活动, “龙腾2024”专项行动: the year's own
            own = name.named or self.rules.own_campaign(name.label)
            # a head line's 某县开展“…”宣传活动 tells a named event the lead below dates (_headline_date)
            operation = name.label.endswith(self.rules.words.get("operation", ()))  # named_operation's, not here
            on_site = not operation and any(len(d.start) == 10 for d in dates) \
                and on_site_verb(sentence[:name.left], name.verb, self.rules)  # 4月21日，甲在社区开展…宣传活动
            return ("event-sentence", 0.65, date) if own and (dates or told_day or (recent or headline)
                                                          and not name.targeted) \
                or edition or on_site else None
        if name.held or name.learnt:  # …在…举办; 记者从…会议上获悉 (the news came from an event held)
            return "event-sentence", 0.65, date
        if (name.named and dates or named_year([name]) or ORDINAL.match(name.label)) and self._setting(sentence, name):
            return "event-sentence", 0.6, date  # a name with its edition's year dates itself (在2020年…会议上)
        if self._scene(sentence, name):
            return "event-sentence", 0.55, date
        if (dates or told_day) and (holding or name.duration):
            return "event-sentence", 0.7, date
        if name.named and holding:
            return "event-sentence", 0.6, None
        if name.verb or headline and re.search(f"(?:{self.rules.staging})$", sentence[:name.left]):
            return "event-object", 0.65, carried
        return None

    def _setting(self, sentence: str, name: EventName) -> bool:
        """在第二届…论坛期间，A与B签署…; 在“…”论坛上发布…: a named event (not a body's session, which
        ``_licence`` reads first) told in a dated sentence as the time or place of what was done there was held
        then, though no verb of holding says so; opening the sentence, the name needs no 在 when a comma closes the
        setting (2022年全国知识产权宣传周期间，各地开展…: what the clause after it tells was done during it)."""
        position = self.rules.pattern("position", anchored=True).match(sentence[name.end:])
        opening = not sentence[:name.left].strip() and position is not None \
            and sentence[name.end + position.end():name.end + position.end() + 1] in COMMAS
        return bool(name.setting or re.search(r"[在于於]\s*$", sentence[:name.left]) or opening) \
            and position is not None

    def _scene(self, sentence: str, name: EventName) -> bool:
        """「…」座谈会上，由甲主持…; 在“…”论坛上，乙发布…: a name in quotation marks opening its clause as the scene of
        what the clause goes on to tell was held, though the sentence prints no date of its own."""
        return _QUOTE_OPEN.search(name.label) is not None \
            and _CLAUSE_OPENING.search(sentence[:name.left]) is not None \
            and re.match(rf"(?:{self.rules.source('position')})\s*[{COMMAS}]", sentence[name.end:]) is not None


def opens_other(sentence: str, date: DateSpan, name: EventName, others: tuple[EventName, ...]) -> bool:
    """A date after the name that opens a clause of its own, after a comma, naming another event (甲在乙地举办…部署
    会，5月6日上午，开展了…专题培训): that event's time, told after the first was; the first event's is not told."""
    return date.begin >= name.end and sentence[date.begin - 1:date.begin] in COMMAS \
        and any(other is not name and other.start >= date.finish for other in others)
