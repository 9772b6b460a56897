"""The role an event's name plays in its clause: an event the clause tells of, or one it only refers to.

Report prose names sessions it does not tell of. A name is told of as held when it is the subject or object of a
verb of holding, opening or attending (…第十五次会议在广州召开, 举办第三届…论坛, 在2023年4月举行的第三十届会议期间);
it is only referred to when it is the object of a word that makes it something else, read here once:

- a time point, a source or the agent of a relative clause on something else, by the word right after it
  (``referred``: 第十四次会议以来, 贯彻落实第五次…会议精神, 第十四次会议所确定的合作项目, 大会通过的《…》), whatever
  verb governs it inside the phrase (自协会首次举办…研讨会以来 is the time since; …研讨会在京举办以来, with the verb
  after the name, tells it held);
- the owner of a record it left behind (``record`` after 的: …第二十九届会议的报告, 根据…大会的决定);
- a session as what something was sent to (``addressee`` before it: 提交给…第十五届会议, or after it when 向 opens
  it: 向大会第六十九届会议提交报告);
- a numbered session no verb holds that charged others (``directive`` after it: …第四十三届会议要求秘书处…), or
  one recalled (``recalling`` before it in its clause: 章法委忆及理事会第一一四届会议), or an unnumbered one told by a
  modifier ending in 的 that charged others (1998年5月的…联席会议建议由…): named as a request's source or a memory,
  not told held (全省…工作会议要求, the meeting the news is about, is still held);
- a session as the place or time a decision was taken (``decision`` after 上 or 期间: 在第十八届会议上通过), or as
  the bare place where something else was done, no verb of holding governing it (在第十八届会议上作了介绍);
- the subject of a copula by its kind alone (知识产权研讨会是代理人协会年会的一项重要内容): the clause says what
  an event is, which the text tells held elsewhere if at all; a name of its own before 是 may still be told
  held in its sentence (第九届…论坛是…之一，5月20日在杭州举行), and ``是由…主办`` still tells who held it;
- a session as the bare time of what else was done (``during`` after it, 在/于 right before it, no verb of holding
  between: 在…第六十四届成员国大会期间举行了…对话).

A name the reporter learnt the news at (记者从日前召开的…会议上了解到) is the opposite: told of as held, numbered or
not (``learnt_at``).

A name in one of these roles names no event held (README.a rule 12; SCHEMA: "a reference to a past session only as
the place a decision was taken is not an event held by the document"). A session the report tells held elsewhere
is still an event, from that telling. The words of each role are lists of ``knowledge/events/words.tsv``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ipgraph.extract.events.model import COPULA, SESSION_TYPES, EventRules
from ipgraph.zh.grammar import LOCATIVES

if TYPE_CHECKING:
    from ipgraph.extract.events.names import EventName

_CLAUSE_BREAK = re.compile(r"[，,。；;！？]")
"""What ends the clause before a name: a verb of holding after it tells the name held (在杭州召开的…会议要求…)."""
_COPULA_SUBJECT = re.compile(rf"\s*{COPULA[0]}(?!由)")
"""A name right before the copula 是 (not 是由, a passive of holding) is the subject the clause describes."""


def referred(sentence: str, name: EventName, rules: EventRules) -> bool:
    """The clause only refers to the name: it tells of no event held (the roles in the module's docstring).
    ``name`` has its span, kind, session, verb, setting and whether it is named read (``NameFinder._describe``)."""
    after, before = sentence[name.end:], sentence[:name.left]
    if rules.words.get("referred") and rules.referred_after.match(after) \
            or _COPULA_SUBJECT.match(after) and not name.named:
        return True
    if name.kind in SESSION_TYPES and (rules.record_after.match(after) or not name.verb and name.session and
                                       rules.recalled.search(before)):
        return True
    modified = sentence[:name.start].rstrip().endswith("的")  # 1998年5月的…: name.left may stand before the 的
    if name.kind in SESSION_TYPES and rules.directive_after.match(after) and (name.session or modified) \
            and not rules.pattern("holding").search(re.split(_CLAUSE_BREAK, sentence[:name.start])[-1]):
        return True  # …第四十三届会议要求秘书处…, 1998年5月的…联席会议建议由…: a request's source, not held here
    if not name.session:
        return False
    framed = rules.during_after.match(after) is not None and sentence[:name.start].rstrip().endswith(LOCATIVES)
    sent = before.rstrip().endswith("向") and rules.sent_after.match(after) is not None  # 向…第六十九届会议提交
    return rules.addressee.search(before) is not None or rules.decided_at.match(after) is not None or framed or sent \
        or name.setting and not name.verb


def learnt_at(sentence: str, name: EventName, rules: EventRules) -> bool:
    """The name is where the reporter learnt the news (记者从日前召开的全国…局长会议上了解到, 从…开幕的…论坛上获悉):
    the report's source, an event held, though its name has no number of its own. A name told only as the setting
    of what someone said (在去年召开的…会议上，…指出) still needs one: a past session the text quotes is no event it
    reports."""
    return rules.pattern("learnt", anchored=True).match(sentence[name.end + 1:name.end + 6]) is not None
