"""Passages + resolved mentions → events: what was held, by whom, with whom, where, when, how, for how many.

Each event names the rule that found it (``ip:rule``) and how sure that rule
is (``ip:confidence``), so analysts can filter:

- ``event-heading``: a bullet that opens with the event's name and date
  (``版权执法国际研讨会，2024 年 6 月 17 日至 21 日在越南河内举办：…``);
- ``event-list``: an inline list of names with dates in brackets
  (``…暑期班（2024年6月25日）、…``);
- ``event-sentence``: an event noun in a dated sentence with a verb of holding
  (``2023年5月15日至17日，在卢旺达基加利举行了非洲…区域会议``), or a named one
  (第三届…会议, “…”论坛, 产权组织-世贸组织…课程) with such a verb;
- ``event-session``: a numbered session of a body (执法咨询委员会第十五届会议),
  told of with or without a verb, or a body acting at a session
  (``2023年7月，产权组织大会商定…``);
- ``event-named``: an event the text names in quotes (名为“阻止盗版”的…活动,
  举办了“…暑期班：葡语国家特别版”), and, inside a bullet that tells of one
  event, another one it names or gives a length (为期半天的…展览);
- ``event-object``: an undated event a verb of holding governs in the past
  (还举行了国际组织知识产权与卫生对话, 举办了一次研讨会).
- ``event-unveiling``: an unveiling told by its act alone, the name unveiled
  and the act as printed (“…中心”于…正式揭牌成立), when the report names no
  ceremony of it by its noun (揭牌仪式).

Type nouns, role patterns, mode words, attendance words and the word lists of
the sentence rules live in ``knowledge/events/``. An organiser that the text leaves
unsaid is the report's author, marked inferred; it is not inferred when the
author only attended (参加, or its unit spoke there) or when the event is a
meeting of a treaty's parties.
"""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.events.loading import load_rules
from ipgraph.extract.events.model import EVENT_RULES, ORG_CONNECTOR, EventFact, EventRules
from ipgraph.extract.events.own_body import with_own_body
from ipgraph.extract.events.rules import ReportEvents
from ipgraph.extract.report_facts import ReportFacts
from ipgraph.ingest.passages import Passage

__all__ = ["EVENT_RULES", "ORG_CONNECTOR", "EventFact", "EventRules", "extract_events", "load_rules",
           "summarise_events"]


def extract_events(passages: list[Passage], facts: ReportFacts, author: tuple[str, ...], year: int | None,
                   data_dir: Path, own_date: str | None = None) -> list[EventFact]:
    """Every dated or named activity the report tells of, one fact per event; ``own_date`` is the report's own
    date, which month-days and relative dates (今年, 同日) are read against."""
    facts = with_own_body(passages, facts, data_dir)  # 我校, 本院: the report's own body where it holds an event
    return ReportEvents(passages, facts, author, year, data_dir, own_date).run(passages)


def summarise_events(events: list[EventFact]) -> str:
    """``12 events (3 undated)``: an event the text gives no date for stays undated, and the summary says so."""
    undated = sum(1 for e in events if e.start is None)
    return f"{len(events)} events" + (f" ({undated} undated)" if undated else "")
