"""Whose telling a stretch of a report is: the title lines a news item opens with (which retell, shortened, what its
body tells), a speaker's words, or the report's own voice. Agreements, pledges and treaty actions each need to know,
so that a headline or a speaker's sentence is not read as a second telling or as the report's own."""

from __future__ import annotations

import re

from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import Speaker
from ipgraph.ingest.passages import HEADING, Passage
from ipgraph.knowledge.gazetteer import ORG
from ipgraph.zh.grammar import SENTENCE_ENDS, clause_bounds


def title_lines(passages: list[Passage]) -> set[str]:
    """The text passages a news item opens with before its first sentence ends (。): its title lines."""
    lines: set[str] = set()
    for passage in passages:
        if passage.kind == HEADING or "。" in passage.text:
            break
        lines.add(passage.slug)
    return lines



def shortened(short: str, name: str) -> bool:
    """Whether ``short`` keeps words of ``name`` in their order, as a title shortens a name (合作备忘录 of 关于…合作的
    谅解备忘录)."""
    rest = iter(name)
    return all(char in rest for char in short)


def in_words(text: str, mentions: list[Located], speaker: Speaker, at: int) -> bool:
    """Whether ``at`` falls in the speaker's words. Words told without quotes may run on over sentences that leave
    the speaker's subject unsaid (A表示，…。近年来，上海市…。三是…，与B签署…), but a later sentence whose clause opens
    with an organisation, its own subject (为…，C法院与D学院签署…协议), is the report's telling again. Words in
    quotation marks, or after a colon (A表示：…。…。), run on until the quotation closes or the passage ends."""
    start = speaker.words_start
    if at < start:
        return False
    opened = text.count("“", start, at) > text.count("”", start, at) or text.count("「", start, at) > \
        text.count("」", start, at)
    colon = text[start:start + 2].lstrip()[:1] in ("：", ":")
    if opened or colon or _SENTENCE_END.search(text, start, at) is None:
        return True
    clause = clause_bounds(text, at)[0]
    clause += len(text[clause:at]) - len(text[clause:at].lstrip())
    return not any(m.kind == ORG and m.start == clause and m.end <= at for m in mentions)


_SENTENCE_END = re.compile(f"[{SENTENCE_ENDS}]")
"""The end of a sentence: where words told without quotes end."""
