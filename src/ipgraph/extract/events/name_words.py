"""Whether the words read leftwards to an event noun name one event (the name finder's tests, ``names.py``): the
count in front (两次关于…的圆桌会议 is one set, 两次会议 none), a word pointing elsewhere or counting several
(相关会议, 一系列讲座), a kind and nothing more (宣传活动), an adverb of manner making the noun a verb (积极磋商), event
nouns only (培训和会议), a word after the noun naming no event (培训计划, 宣传周组委会), a kind quoted alone
(“宣传周”活动), a ceremony named by its act (启动仪式). Kept apart from the finder, which mixes them in."""

from __future__ import annotations

import re
from functools import cached_property

from ipgraph.extract.events.labels import squash, without_relative_year
from ipgraph.extract.events.model import ABOUT, CALLED, COUNT, LEADING, NAMED_YEAR, NUMBERED_SESSION, EventRules
from ipgraph.zh.grammar import JOIN_OR_WITH, ORDINAL, QUOTE_CLOSES, QUOTE_OPENS, alternation

_KIND_QUOTED = re.compile(rf"[{QUOTE_OPENS}]([^{QUOTE_CLOSES}]{{1,8}})[{QUOTE_CLOSES}](?:活动)?")
_LISTED_AFTER = re.compile(rf"(?:{JOIN_OR_WITH}[^，。；：、（）“”]{{1,10}})+")


class NameWords:
    """The tests of a name's words, mixed into ``names.NameFinder``, whose event rules they read."""

    rules: EventRules

    def _short_form(self, text: str) -> bool:
        """A noun of a kind quoted alone, with at most 活动 after it (宣布“宣传周”活动正式启动): the event of that
        kind the text named in full, told again by its kind; the quotes single out no event of their own."""
        quoted = _KIND_QUOTED.fullmatch(squash(text))
        return quoted is not None and quoted.group(1) in self.rules.type_of_word

    def _plain(self, text: str) -> str:
        """The noun a name is without the words that single out no event: a relative year (今年宣传周: this year's,
        told before), a year (2021年特别会议, a session an agenda item convenes, named by nothing of its own) and the
        words of a session's manner (特别会议, 非正式会议: ``plain_modifier``)."""
        noun = without_relative_year(text)
        year = NAMED_YEAR.match(noun)
        noun = noun[year.end():].lstrip() if year else noun
        plain = self.rules.words.get("plain_modifier", ())
        while noun.startswith(plain):
            noun = noun[len(next(w for w in plain if noun.startswith(w))):]
        return noun

    def _pointing_head(self, text: str) -> bool:
        """Right before the noun stands a word that points elsewhere (世界知识产权组织相关会议) or counts several
        (…等专题进行一系列讲座): a nameless mention, not one event. Only words of two characters or more (本 ends
        日本), and not one that may belong to a name (联盟系列会议)."""
        return self._pointing.search(text) is not None

    @cached_property
    def _pointing(self) -> re.Pattern[str]:
        words = tuple(w for w in self.rules.words["generic"] + self.rules.words["plural"]
                      if len(w) > 1 and not self.rules.has("series", w))
        return re.compile(f"(?:{alternation(words)})(?:{self.rules.type_pattern.pattern})$")

    def acted(self, text: str) -> bool:
        """A ceremony named by what it does and nothing more (启动仪式, 签约仪式): a name of its own, since the act
        tells which ceremony of the text it is (and, told after a longer name ending so, that one again)."""
        head = self.rules.type_at_end.search(text)
        return head is not None and self.rules.type_of_word.get(head.group(0), ("",))[0] == "Ceremony" \
            and self.rules.has("ceremony_act", text[:head.start()])

    def _bare_kind(self, text: str) -> bool:
        """An event noun and nothing but a count or series word before it (宣传活动, 系列宣传活动, 一场讲座)."""
        head = self.rules.type_at_end.search(text)
        words = f"{self.rules.source('plural')}|{self.rules.source('series')}|{self.rules.source('quantifier')}"
        return head is not None and re.fullmatch(f"(?:{words})?", text[:head.start()]) is not None

    def _verbal(self, before: str) -> bool:
        """An adverb of manner right before the noun (积极磋商, 深入对话, 廣泛交流) makes it a verb: something done,
        no event held."""
        manner = self.rules.words.get("manner", ())
        return bool(manner) and before[-4:].endswith(manner)

    def _nouns_only(self, text: str) -> bool:
        """Event nouns joined and nothing else (培训和会议), or a kind of work, no event, joined with a bare event noun
        (提高认识和培训; not 知识产权对话和交流会, two events of one topic): kinds of events, none named."""
        work = self.rules.work_and_noun.fullmatch(text)
        return self.rules.nouns_joined.fullmatch(text) is not None \
            or work is not None and self.rules.type_at_end.search(work.group(1)) is None

    def _not_event(self, sentence: str, end: int) -> bool:
        """A word after the event noun shows it names no event (培训计划, 宣传周组委会), also past a second event
        noun that only says the first is a kind of activity (宣传周活动方案, 论坛活动组委会: the plan, the organising
        committee of the activities)."""
        not_after = self.rules.pattern("not_after", anchored=True)
        filler = self.rules.type_pattern.match(sentence, end)
        return not_after.match(sentence[end:end + 4]) is not None \
            or filler is not None and not_after.match(sentence[filler.end():filler.end() + 4]) is not None

    def _modifier(self, sentence: str, end: int) -> bool:
        """The event noun is one of several words listed before a head that is no event (…培训、指导和牵线搭桥计划)."""
        listed = _LISTED_AFTER.match(sentence[end:end + 40])
        return listed is not None and self.rules.not_after_end.search(listed.group(0)) is not None

    def _clean(self, raw: str) -> tuple[str | None, bool]:
        """The name without the verb and the count in front of it; None when the count is more than one, unless
        what is counted is described by a complement of its own (两次关于…的圆桌会议, 一系列关于…的网络研讨会,
        三期题为“…”的讲习班): one set of events of one description, told as one event."""
        words = self.rules
        text = self.rules.lead_verb.sub("", raw.strip()).strip()
        text = LEADING.sub("", text).strip()
        one = words.pattern("quantifier", anchored=True).match(text)
        if one:
            text = text[one.end():].strip()
        counted = words.pattern("plural", anchored=True).match(text) or COUNT.match(NUMBERED_SESSION.sub("", text))
        if counted and re.match(rf"\s*(?:{ABOUT.pattern}|{CALLED.pattern})", text[counted.end():]):
            return text[counted.end():].strip(), False
        if counted or COUNT.search(ORDINAL.sub("", NUMBERED_SESSION.sub("", text))):
            return None, False
        return text, one is not None
