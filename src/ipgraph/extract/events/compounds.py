"""Names joined by 暨 ("and also"): two events of different kinds so joined are held together, each its own node
(…联盟成立仪式暨…工作研讨会, …局长会暨研讨会, …第十五次会议暨新闻发布会; not …研修班暨…一周年活动, whose 活动
names no event alone), as a body's founding assembly joined to
its first session is (…成立大会暨第一届一次会员大会), and a quoted title joined to an event (“…行动2020”暨…执法行动);
two events of one kind so joined (…论坛暨…论坛, 结业典礼暨成果展示仪式) are one under a double name."""

from __future__ import annotations

import re

from ipgraph.extract.events.model import EventRules
from ipgraph.zh.grammar import ORDINAL, QUOTED

JOINT = "暨"
"""The word that joins two names of events held together."""
_SHORTEST = 3
"""The fewest characters of a second name that is more than a bare noun (暨会议 names nothing of its own)."""


def joined_events(label: str, rules: EventRules) -> list[str]:
    """The names a label joins with 暨: the first and the second when the second ends in an event noun of its own
    and the first is a quoted title of that noun's kind (“…行动2020”暨…执法行动: two operations; “…行动”暨…部署会
    is one meeting about both), or is a ceremony joined to an event of another type, or ends in an event noun of
    another type than a second that names an event by itself (licence ``any``: …研修班暨…一周年活动 is one, 活动 being
    too common a noun to name a second event, nor a first: …主题活动暨…论坛 is one activity held as the forum),
    or is a body's own assembly (``own_meetings``: 成立大会); else the
    label whole. A second name that is its noun alone (…局长会暨研讨会) takes
    the modifier the first opens with (``_shared``)."""
    first, joint, second = label.partition(JOINT)
    head, tail = rules.type_at_end.search(first), rules.type_at_end.search(second)
    if not joint or tail is None or len(second) < _SHORTEST:
        return [label]
    if QUOTED.fullmatch(first.strip()):
        inner = rules.type_pattern.search(first)
        same = inner is not None and _kind(inner, rules) == _kind(tail, rules)
        return [first, second] if same else [label]
    if (opened := _opened(first, rules)) is not None:  # …峰会开幕式暨…签约仪式: the summit, and the signing
        return [opened] if rules.type_pattern.fullmatch(second.lstrip(_PARTS)) else [opened, second]
    if head is None:
        return [label]
    kinds = [_kind(h, rules) for h in (head, tail)]
    alone = rules.type_of_word.get(tail.group(0), ("", ""))[1] == "any"
    if _operation_joined(first, second, rules):  # …宣传周活动暨…行动: the week's activities are the week, as alone
        return [_week(first, rules), _week(second, rules)]
    if _umbrella(head.group(0), rules):
        return [label]  # …版权主题活动暨…论坛: the activity is the umbrella the forum it was held as names
    if kinds[0] == "Ceremony" != kinds[1] or kinds[0] != kinds[1] and alone \
            or first.endswith(rules.words.get("own_meetings", ())):
        return [first, _shared(first[:head.start()]) + second if rules.type_pattern.fullmatch(second) else second]
    return [label]


_PARTS = "主分"
"""What makes a bare event noun a part of the event opened (…论坛开幕式暨主论坛: the forum's main session)."""
_OPENING_NOUNS = ("仪式", "典礼", "式")
"""What an opening act (``opening_act``: 开幕, 开班) is a ceremony of (开幕式, 开班仪式, 开学典礼)."""


def _opened(first: str, rules: EventRules) -> str | None:
    """The event a first name opens (第三届…峰会开幕式 → 第三届…峰会): its opening ceremony, joined by 暨 to a second
    event (…开幕式暨…签约仪式, …开幕式暨…发布会), is that event held, not one occasion under a double name; None when
    the first is no opening of a named event."""
    for act in rules.words.get("opening_act", ()):
        for noun in _OPENING_NOUNS:
            if first.endswith(act + noun):
                event = first[:-len(act + noun)].rstrip()
                return event if rules.type_at_end.search(event) else None
    return None


def _operation_joined(first: str, second: str, rules: EventRules) -> bool:
    """An operation (``operation`` in words.tsv: …执法检查行动, …专项行动) joined by 暨 to a campaign that is no
    operation (…宣传周活动暨联合执法检查行动, …宣传活动暨专项执法行动), or the reverse: the public is told of one
    while the inspectors do the other, two events of one day, not one under a double name as …论坛暨…论坛 is. The
    campaign may be the activities of a named week (宣传周活动), whose noun is the week's, not the umbrella 活动."""
    ends = rules.words.get("operation", ())
    if not ends or first.endswith(ends) == second.endswith(ends):
        return False
    campaign = second if first.endswith(ends) else first
    noun = rules.type_at_end.search(campaign.removesuffix("活动")) or rules.type_at_end.search(campaign)
    return noun is not None and _kind(noun, rules) == "Campaign"


def _week(name: str, rules: EventRules) -> str:
    """A campaign's name without the 活动 after its own event noun (知识产权宣传周活动 → 知识产权宣传周), as the name
    read alone is given, so that a headline's …宣传周系列活动 finds it as the same event."""
    bare = name.removesuffix("活动")
    return bare if bare != name and rules.type_at_end.search(bare) else name


def _kind(noun: re.Match[str], rules: EventRules) -> str:
    return rules.type_of_word.get(noun.group(0), ("",))[0]


def _umbrella(noun: str, rules: EventRules) -> bool:
    """Whether the noun ends in an event of no kind too common to name one alone (活动, 宣传活动): the activity
    another event names the form of (a counted 座谈 is a meeting's kind, and still two with a ceremony)."""
    return any(noun.endswith(word) for word, (kind, licence) in rules.type_of_word.items()
               if licence == "counted" and kind == "Event")


def _shared(modifier: str) -> str:
    """What of the first name's modifier a bare second noun shares: all of it (第七届中蒙俄知识产权局长会暨研讨会 →
    第七届中蒙俄知识产权研讨会) but a number right before the first noun, which counts that noun's sessions only
    (…专责小组第十五次会议暨新闻发布会 → …专责小组新闻发布会)."""
    return re.sub(rf"{ORDINAL.pattern}\s*$", "", modifier)
