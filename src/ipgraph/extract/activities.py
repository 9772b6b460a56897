"""Passages → the activities they report, linked to the SDG targets and Development Agenda recommendations they serve.

A passage that says what its activity contributes to ("该项目促进实现具体目标
8.6以及具体目标4.4、9.3和10.2") or implements ("充分顾及发展议程建议 1、3、6、
10 至 14 和 17") gets one activity: the thing the passage reports doing, be it a
dated event, a project, a database or a programme. The activity carries every
link the passage states, the quotes that state them and the rules that read
them; the events the passage tells of carry the same links (``build`` adds
them). Four rules:

- ``sdg-cue``: a cue word and a list of SDG codes in the passage (``knowledge/sdg/cues.tsv``);
- ``sdg-lead``: a bullet introduced by a lead sentence ending in "：" takes the
  codes of that sentence ("以下活动促进实现具体目标16.3和16.6：");
- ``da-cue``: a cue word and a list of recommendation numbers, ranges expanded
  (``knowledge/devagenda/cues.tsv``); a lead sentence passes them on the same way;
- ``da-table``: a passage of the CDIP progress report's 亮点 / 活动/成果 cells
  is an activity under the recommendation(s) of its table (``devagenda.py``).

Headings and footnotes report no activity. A code that names no SDG target
(the report's "9.6") is left out and counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from ipgraph.extract.cues import CodeList, CodeLists
from ipgraph.extract.devagenda import RECOMMENDATIONS, StatedRecommendation
from ipgraph.ingest.passages import BULLET, FOOTNOTE, HEADING, Passage
from ipgraph.knowledge.sdg import load_sdgs
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import open_sentence

ACTIVITY_RULES = {
    "sdg-cue": ("SDG codes after a cue word", "提示词后的可持续发展目标编号",
                "A cue word (knowledge/sdg/cues.tsv) and a list of SDG codes: 促进实现具体目标9.5和9.b."),
    "sdg-lead": ("SDG codes of a lead sentence", "引导句中的可持续发展目标编号",
                 "A bullet takes the SDG codes of the lead sentence (ending in ：) that introduces it."),
    "da-cue": ("Development Agenda numbers after a cue word", "提示词后的发展议程建议编号",
               "A cue word (knowledge/devagenda/cues.tsv) and a list of recommendation numbers, ranges expanded: "
               "发展议程建议 1、3、6、10 至 14 和 17."),
    "da-table": ("activity under a recommendation in the CDIP progress report", "发展议程进展报告中建议项下的活动",
                 "A passage of the cells 亮点 or 活动/成果 of a recommendation's table in the CDIP progress report."),
}

SDG_CODE = r"\d{1,2}(?:\.(?:\d{1,2}|[a-z]))?(?![0-9A-Za-z.])"
DA_NUMBER = r"\d{1,2}(?![0-9.])"
RULE_CONFIDENCE = {"sdg-cue": 0.95, "sdg-lead": 0.9, "da-cue": 0.95, "da-table": 0.9}


@dataclass
class ActivityFact:
    """The activity one passage reports, and what it contributes to or implements."""

    passage: str
    sdgs: list[str] = field(default_factory=list)
    recommendations: list[int] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    rules: list[str] = field(default_factory=list)

    @property
    def confidence(self) -> float:
        return min(RULE_CONFIDENCE[r] for r in self.rules)

    def add(self, rule: str, sdgs: Iterable[str] = (), recommendations: Iterable[int] = (), quote: str = "") -> None:
        self.sdgs += [c for c in sdgs if c not in self.sdgs]
        self.recommendations += [n for n in recommendations if n not in self.recommendations]
        if quote and quote not in self.quotes:
            self.quotes.append(quote)
        if rule not in self.rules:
            self.rules.append(rule)


def summarise_activities(activities: list[ActivityFact]) -> str | None:
    """``175 activities (413 SDG links, 0 Development Agenda links)``; nothing when there are none."""
    if not activities:
        return None
    sdg_links = sum(len(a.sdgs) for a in activities)
    da_links = sum(len(a.recommendations) for a in activities)
    noun = "activity" if len(activities) == 1 else "activities"
    return f"{len(activities)} {noun} ({sdg_links} SDG links, {da_links} Development Agenda links)"


class _Reader:
    def __init__(self, data_dir: Path, unknown: Counter[str]) -> None:
        self.sdgs = load_sdgs(data_dir)
        self.sdg_cues = word_lists(data_dir / "sdg" / "cues.tsv", "kind")
        self.da_cues = word_lists(data_dir / "devagenda" / "cues.tsv", "kind")
        self.sdg_lists = CodeLists(self.sdg_cues, SDG_CODE)
        self.da_lists = CodeLists(self.da_cues, DA_NUMBER)
        self.unknown = unknown

    def sdg_codes(self, found: CodeList) -> list[str]:
        known = [c for c in found.codes if c in self.sdgs]
        self.unknown.update(c for c in found.codes if c not in self.sdgs)
        return known

    @staticmethod
    def da_numbers(found: CodeList) -> list[int]:
        return [int(n) for n in found.codes if 1 <= int(n) <= RECOMMENDATIONS]

    def lead(self, passage: Passage) -> tuple[list[str], list[int]]:
        """The codes and numbers of a lead sentence that introduces bullets ("…以下活动促进实现具体目标16.3：")."""
        text = passage.text.rstrip()
        if not text.endswith(self.sdg_cues.get("lead", ()) + self.da_cues.get("lead", ())):
            return [], []
        sentence = open_sentence(text[:-1])
        return ([c for f in self.sdg_lists.find(sentence) for c in self.sdg_codes(f)],
                [n for f in self.da_lists.find(sentence) for n in self.da_numbers(f)])


def extract_activities(passages: list[Passage], stated: list[StatedRecommendation], data_dir: Path,
                       unknown: Counter[str]) -> list[ActivityFact]:
    """The activity of every passage that states an SDG or Development Agenda link, in passage order; codes
    that name no SDG target are counted in ``unknown``."""
    reader = _Reader(data_dir, unknown)
    found: dict[str, ActivityFact] = {}
    leads: dict[str, tuple[list[str], list[int]]] = {}
    for passage in passages:
        if passage.kind in (HEADING, FOOTNOTE):
            continue
        _stated_links(found, reader, passage)
        leads[passage.slug] = reader.lead(passage)
        if passage.kind == BULLET and passage.parent and any(leads.get(passage.parent, ((), ()))):
            sdgs, numbers = leads[passage.parent]
            activity = found.setdefault(passage.slug, ActivityFact(passage.slug))
            if sdgs:
                activity.add("sdg-lead", sdgs=sdgs)
            if numbers:
                activity.add("da-cue", recommendations=numbers)
    for recommendation in stated:
        for slug in recommendation.activities:
            found.setdefault(slug, ActivityFact(slug)).add("da-table", recommendations=[recommendation.number])
    order = {p.slug: i for i, p in enumerate(passages)}
    return sorted(found.values(), key=lambda a: order[a.passage])


def _stated_links(found: dict[str, ActivityFact], reader: _Reader, passage: Passage) -> None:
    """The links a passage states itself, each with the words that state it."""
    for listed in reader.sdg_lists.find(passage.text):
        codes = reader.sdg_codes(listed)
        if codes:
            found.setdefault(passage.slug, ActivityFact(passage.slug)).add(
                "sdg-cue", sdgs=codes, quote=passage.text[listed.start:listed.end])
    for listed in reader.da_lists.find(passage.text):
        numbers = reader.da_numbers(listed)
        if numbers:
            found.setdefault(passage.slug, ActivityFact(passage.slug)).add(
                "da-cue", recommendations=numbers, quote=passage.text[listed.start:listed.end])
