"""Where the name of a signed instrument starts and ends in a signing sentence: after the verb (签署A、B和C), as a
title signing follows (《A》的签署, 《A》由X与Y签署), or unquoted before the verb that signs it (举行…框架协议签约仪式);
split where coordinated modifiers make two (双边和三边局长会谈纪要); and what it is called and about once its quantity
and its parties are read off (了一项, 中法…). The reading of a signing sentence (``agreements.py``) stands on these.
"""

from __future__ import annotations

import re

from ipgraph.extract.agreement_parties import PARTIES_JOIN, AgreementParties, Item
from ipgraph.extract.agreement_summaries import summed_up
from ipgraph.extract.mentions.own_units import own_words
from ipgraph.extract.report_facts import Located
from ipgraph.extract.statements import actors, path_of, runs
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, TREATY
from ipgraph.zh.dates import LEADING_DATE
from ipgraph.zh.grammar import (
    CLAUSE_BREAKS,
    COORDINATORS,
    IDEOGRAPH,
    JOIN,
    JOIN_OR_WITH,
    NUMBER,
    QUOTE_CLOSES,
    QUOTE_OPENS,
    TITLE_CLOSES,
    TITLE_OPENS,
    WITH,
    alternation,
    chinese_number,
    clause_bounds,
)
from ipgraph.zh.time_words import MONTH_DAY, YEAR

_JOINED = re.compile(JOIN_OR_WITH)
"""A coordinator or 与 right after a word: what joins a body's word for itself to the name after it (我院与A)."""

_YEARS_AFTER = re.compile(r"[（(][\d\s\-—–－年]+[)）]$")
"""The years an instrument covers, printed after its noun: 行动计划（2018-2020）."""
_TITLE_OWNER = 6
"""The most characters of a place or body printed between a coordinator and the title it owns (和常州市《…》)."""
_OWNER = rf"(?:(?:(?!{JOIN}|的){IDEOGRAPH}){{1,{_TITLE_OWNER}}}(?=[{QUOTE_OPENS}\"]))?"
"""A short word of whose the next title is, between a coordinator and its opening mark (《A倡议书》和常州市《B备忘录》):
outside the marks, no part of the name."""
_ITEM_SEPARATOR = re.compile(rf"[》”\"]?(?:[（(][^（）()]{{0,30}}[）)])?\s*(?:{JOIN}\s*{_OWNER})?\s*")
"""What stands between two instrument names of a list: a closing mark, a bracketed note, a coordinator."""
_PHRASE_END = ("".join(w for w in COORDINATORS if len(w) == 1) + WITH + "（(" + QUOTE_CLOSES + "\"）)]】后并以时"
               + CLAUSE_BREAKS + "。")
"""What may follow an instrument noun that ends a name (a coordinator, 与, a bracket, a closing mark: 》, or ” as
real text quotes a name, 签署“合作备忘录”, or 」 as Hong Kong and Taiwan do, 簽署「合作協議」; a break; 后, 以来 and 时
of a clause of time; 并 before the verb phrase
that goes on: 签署合作协议并举行揭牌仪式; 以 of purpose)."""
_LONGEST_NAME = 30
"""The most characters a side's name the mention stage missed may have, read before an instrument's name."""
_CLOSING = re.compile(r"[\]】]")
_QUOTED = rf"[{QUOTE_OPENS}\"]([^{QUOTE_OPENS}{QUOTE_CLOSES}\"\n]{{1,60}})[{QUOTE_CLOSES}\"]"
"""A closed title: in 《》 or quotation marks (“”, 「」), its words in the group."""
_LISTED_TITLE = re.compile(rf"\s*(?:{_QUOTED}|([A-Z][A-Za-z0-9\-]{{1,15}}))\s*{JOIN}\s*{_OWNER}"
                           rf"(?=[{QUOTE_OPENS}\"])")
"""An instrument of a list named by a closed title or a Latin acronym alone, before a coordinator and the next title
(签署了《A章程》和《B协议》, ECFA及《…协议》): a name of its own, though no instrument noun ends it."""


def marked(sentence: str, at: int, marks: str) -> bool:
    """Whether one of ``marks`` stands at ``at`` of ``sentence`` (a title's opening or closing mark)."""
    return 0 <= at < len(sentence) and sentence[at] in marks


_DATED = rf"于?\s*(?:{YEAR}\s*年\s*)?{MONTH_DAY.pattern}"
"""When a signing told after its instrument took place (…合作协议于2025年3月5日正式签署): no part of the name."""
_DAY = r"(?:\d{1,2}|[一二三四五六七八九十]{1,3})"
_ON_DAY = rf"[于於]?\s*(?:{YEAR}\s*年\s*)?(?:{_DAY}\s*月\s*)?{_DAY}\s*[日号](?:[上下]午|晚)?"
"""A day told between an instrument and the 由 of its signatories (于十七日, 於2025年3月5日上午)."""
_PART = r"(?:上旬|中旬|下旬|初|底)?"
_IN_MONTH = rf"[于於]\s*(?:{YEAR}\s*年\s*(?:{_DAY}\s*月{_PART})?|{_DAY}\s*月{_PART})(?![\d日号])"
"""A month or a year told between an instrument and its signing verb (合作协议已于2023年3月签署, 《A》于2022年在京签署;
committee reports date a signing so): after 于 only, so a name's own years (2025年工作计划) are no date."""
_WHERE = rf"在[^{CLAUSE_BREAKS}《》“”\"上的]{{1,12}}"
"""Where a signing told after its instrument took place (…备忘录6日在万象签署): no part of the name; never 在…上 (在合作
协议上签字), where the instrument is what is signed on."""
_LATIN_SHORT = r"\s*[（(][A-Za-z]{2,8}[)）]"
"""The short name of an instrument in Latin letters printed after it (合作備忘錄（MOU）簽署儀式): no part of its
name."""
_BYLINE = re.compile(r"[〔【\[][^〕】\]]{1,30}[〕】\]]\s*")
"""A bracketed byline opening a report's first sentence (〔記者甲／台北報導〕): no part of the instrument after it."""
_AGENT_END = re.compile(f"[{CLAUSE_BREAKS}在]")
"""Where the signatories after a distant 由 end (由A与B代表，在…签署): a break or the 在 of a place."""


class InstrumentNames(AgreementParties):
    """The reading of instrument names, with the patterns the agreement reader sets."""

    nouns: re.Pattern[str]
    ending: re.Pattern[str]

    def _items(self, sentence: str, start: int, end: int, mentions: list[Located]) -> list[Item]:
        """The instrument names after the verb, split where one name ends and the next begins (A、B和C); after
        verb + 的 the first instrument noun ends the name whatever follows it."""
        treaties = [(m.start, m.end) for m in mentions if m.kind == TREATY]
        items: list[Item] = []
        position = start
        relative = sentence.startswith("的", start)  # 会后发布的联合声明提出: the verb qualifies the instrument
        end = closed.start() if (closed := _CLOSING.search(sentence, start, end)) else end  # [A签署X]B…: X ends at ]
        at = start
        while noun := self.nouns.search(sentence, at, end):
            at = noun.start() + 1  # overlapping: 合作框架协定 holds 框架协定, the noun that ends the phrase
            after, name = sentence[noun.end():noun.end() + 1], sentence[position:noun.start()]
            copy = sentence.startswith(self.rules.words.get("copy", ()), noun.end())  # 交换…备忘录文本
            if noun.start() < position or any(a <= noun.start() < b for a, b in treaties) \
                    or (after and after not in _PHRASE_END and not copy and not (relative and not items)) \
                    or self.rules.contracting.search(name) and "《" not in name:  # 签署A…与B签署C: C alone
                continue
            if any(w in name for w in self.rules.words.get("alias", ())):
                position = _matched_end(_ITEM_SEPARATOR, sentence, noun.end(), end)
                continue  # 《A备忘录》（以下简称《备忘录》）: a short name of A, no second instrument
            if not (items and sentence.startswith(self.rules.words.get("summary", ()), position)):  # 《A》等三份文件
                items += self._listed(sentence, position, noun, self.rules.nouns[noun.group(0)])
            position = _matched_end(_ITEM_SEPARATOR, sentence, noun.end(), end)
        return items

    def _signed_title(self, sentence: str, verb: int, mentions: list[Located]) -> list[Item]:
        """《A行动计划（2018-2020）》的签署, 《A合作备忘录》正式签署, 「A協議」由X與Y簽署: signing told after the
        instrument's title, as a noun or a verb with nothing but lead words (正式, 共同) between."""
        closing = max(sentence.rfind(mark, 0, verb) for mark in TITLE_CLOSES)
        between = sentence[closing + 1 + self._agent(sentence, closing + 1, verb):verb]  # 《A》于5日在京正式签署
        lead = alternation(self.rules.words.get('lead', ()))
        if closing < 0 or re.sub(f"^(?:{lead}|的|{_ON_DAY}|{_DATED}|{_IN_MONTH}|{_WHERE}|\\s)*", "", between):
            return []
        opening = sentence.rfind(TITLE_OPENS[TITLE_CLOSES.index(sentence[closing])], 0, closing)
        name = _YEARS_AFTER.sub("", sentence[opening + 1:closing])
        noun = self.nouns.search(name)
        while noun and noun.end() < len(name):
            noun = self.nouns.search(name, noun.end())
        if opening < 0 or noun is None or any(m.kind == TREATY and opening < m.start < closing for m in mentions):
            return []
        return [Item(opening + 1, closing, self.rules.nouns[noun.group(0)])]

    def _agent(self, sentence: str, start: int, verb: int) -> int:
        """《A》由X与Y共同签署: how long the agent phrase after the title is (由 and the signatories, up to the lead
        words before the verb), else 0."""
        if not sentence.startswith("由", start):
            return 0
        lead = alternation(self.rules.words.get("lead", ()))
        return _matched_start(re.compile(f"(?:{lead}|\\s)*$"), sentence, verb) - start

    def _named_before(self, sentence: str, verb: int, mentions: list[Located]) -> list[Item]:
        """举行战略合作框架协议签订仪式, 在合作协议上签字, A与B的合作协议于…签署: signing told after an instrument named
        without quotes (and any date of the signing); its name runs back to the word that stands in front of it (举行,
        在; signing.tsv) or to its clause's start, and is none when it holds a 的 (由…主办的…协议签约仪式: a phrase
        that names the ceremony, not the signatories). The parties it opens with (A与B战略合作协议签约仪式) are no part
        of the name."""
        lead = alternation((*self.rules.words.get("lead", ()), *self.rules.words.get("on", ())))
        end = _matched_start(re.compile(f"(?:{_LATIN_SHORT})?(?:的|(?:{lead}|{_DATED}|{_IN_MONTH}|\\s)*)$"), sentence,
                             verb)  # 见证了A与B合作协议的签署: the signing as a noun after the name
        placed = re.search(f"(?:{_ON_DAY}|{_DATED}|{_IN_MONTH})?\\s*(?:{_WHERE})?(?:{lead}|\\s)*$", sentence[:verb])
        if placed and self.ending.search(sentence, 0, placed.start()):  # …备忘录6日在万象签署: when and where
            end = placed.start()
        noun = self.ending.search(sentence, 0, end)
        if noun is None:
            return []
        start = clause_bounds(sentence, verb)[0]
        for word in self.rules.words.get("fronts", ()):
            at = sentence.rfind(word, start, noun.start())
            start = max(start, at + len(word)) if at >= 0 else start
        opening, start = start, self._past_parties(sentence, mentions, start, noun.start())
        name = sentence[start:end].strip()
        ceremony = re.match(f"(?:{alternation(self.rules.words.get('sign', ()))})"
                            f"(?:{alternation(self.rules.words.get('ceremony', ()))})", sentence[verb:]) is not None \
            and self.nouns.search(sentence, verb) is None  # …合作协议签署仪式，双方签署了X协议: X was its instrument
        if sentence.endswith("的", 0, verb) and start == opening:  # 双方备忘录的签署将…: an effect, no sides named
            return []
        if not name or name == noun.group(0) and not ceremony and start == opening or "》" in name or "的" in name:
            return []  # a bare noun is an instrument told before, not one whose ceremony is held (合作协议签字仪式)
        return [Item(end - len(name), end, self.rules.nouns[noun.group(0)])]

    def _clause_end(self, sentence: str, start: int, verb: int, first: int) -> int:
        """Where the words before the signing verb, or before the first instrument named ahead of it, end: a word in
        front of an instrument named before its verb (举行…签署仪式) is the clause's own verb, and who signs is told
        before it (A与B召开…，并举行…签署仪式: the sentence's subject goes on, as after 并 alone)."""
        before = min(verb, first - marked(sentence, first - 1, TITLE_OPENS))
        fronts = self.rules.words.get("fronts", ())
        while front := next((word for word in fronts if sentence.endswith(word, start, before)), ""):
            before -= len(front)
        return before

    def _passive_topic(self, sentence: str, verb: int) -> tuple[list[Item], tuple[int, int]]:
        """X及Y等二项备忘录，在A的见证下，于十七日由B与C代表签署; 商标合作备忘录于二十日由A与B签署: an instrument
        told as the topic opening the sentence, and 由 before the verb naming who signed it, however far the verb
        stands: only a witness phrase (signing.tsv, witness), a day and breaks stand between the topic and 由. A bare
        noun or one after 该 (备忘录由…签署) is an instrument named before, told again. The items, with the span of 由
        and its signatories (up to a break, the 在 of a place, or the verb)."""
        by = sentence.rfind("由", 0, verb)
        noun = self.nouns.search(sentence, 0, by) if by > 0 else None
        if noun is None or sentence.rfind("由", 0, by) >= 0:
            return [], (-1, -1)
        witness = alternation(self.rules.words.get("witness", ()))
        dated = f"{_ON_DAY}|{_IN_MONTH}"
        between = re.compile(rf"(?:[{CLAUSE_BREAKS}\s]|在[^{CLAUSE_BREAKS}由]{{0,80}}?(?:{witness})下|{dated})*")
        start = clause_bounds(sentence, noun.start())[0]
        opening = sentence[:start].strip()
        start = _matched_end(_BYLINE, sentence, _matched_end(LEADING_DATE, sentence, start, noun.start()), noun.start())
        name = sentence[start:noun.end()].strip()
        if opening or not between.fullmatch(sentence, noun.end(), by) or "的" in name or name == noun.group(0) \
                or name.startswith(self.rules.words.get("anaphor", ())) or self.rules.contracting.search(name):
            return [], (-1, -1)
        agent = _AGENT_END.search(sentence, by, verb)
        items = self._listed(sentence, start, noun, self.rules.nouns[noun.group(0)])
        return items, (by, agent.start() if agent else verb)

    def _past_parties(self, sentence: str, mentions: list[Located], start: int, end: int) -> int:
        """Where a name opening with two or more parties joined (A与B的…, A、B和C…) goes on after them, else start; one
        party after a with-word is a counterpart too (与坦桑尼亚政府的合作协议于…签署: the name is 合作协议)."""
        led = re.match(f"\\s*(?:{alternation(self.rules.words.get('with', ()))})", sentence[start:end])
        at, named = start + (led.end() if led else 0), 0
        for mention in actors(mentions, sentence, start, end):
            if mention.start != at:
                break
            at, named = mention.end, named + 1
            joined = re.match(f"\\s*{JOIN_OR_WITH}\\s*", sentence[at:end])
            at += joined.end() if joined else 0
        if named and re.search(f"{JOIN_OR_WITH}\\s*$", sentence[start:at]):  # A与[乙公司]战略合作协议: a name unread
            cut = next((cut for cut in range(min(end - at, _LONGEST_NAME), 1, -1)
                        if self.parties.name(sentence[at:at + cut]) == sentence[at:at + cut]), 0)
            at, named = at + cut, named + bool(cut)
        closing = re.match("(?:之间|之間|间|間)?的?", sentence[at:end])
        return at + (closing.end() if closing else 0) if named > 1 - bool(led) and at < end else start

    def _named_in(self, sentence: str, mentions: list[Located], item: Item) -> list[str]:
        """Parties the instrument's own name opens with: 中法关于…, 中美欧日韩知识产权五局合作联合声明; 我院与A…协议:
        the body's word for itself (``_referred``) and A."""
        at = item.start + self._leading(sentence[item.start:item.end], ("particle", "drop", "one"))
        own = next((word for word in own_words(self.data_dir) if sentence.startswith(word, at)), None)
        joined = _JOINED.match(sentence, at + len(own)) if own else None
        first = joined.end() if joined else at
        opening = [run for run in runs(actors(mentions, sentence, first, item.end, (ORG,)), sentence, PARTIES_JOIN)
                   if run[0].start - first <= 1] or self._joined_places(sentence, mentions, first, item.end)
        if opening:  # 《A与B合作备忘录》: every party the name opens with
            return (self._referred(own) if own and joined else []) + [path_of(m) for m in opening[0]]
        return self._abbreviated(sentence, at) or self._bodies_counted(sentence, at)

    def _bodies_counted(self, sentence: str, at: int) -> list[str]:
        """会见B局局长…，并共同签署两局合作谅解备忘录: a name that opens with a collective of bodies (两局, 三部门) is
        the instrument of the bodies it counts, resolved as a collective before the verb is (the last ones named)."""
        found = self.parties.collective.match(sentence, at)
        if found is None or self.parties.words.collectives.of(found.group(0)).kind != "org":
            return []
        resolved = self.parties.resolve(found.group(0), self.context, self.offset + at)
        return resolved if len(resolved) > 1 else []

    @staticmethod
    def _joined_places(sentence: str, mentions: list[Located], first: int, end: int) -> list[list[Located]]:
        """《内地与香港关于…的安排》, 《中国与东盟…协议》: a name that opens with countries or regions joined (two at
        least: one alone is the country of a national instrument, 《中华人民共和国专利法》) names its sides."""
        joined = [run for run in runs(actors(mentions, sentence, first, end, (ORG, COUNTRY)), sentence, PARTIES_JOIN)
                  if run[0].start - first <= 1 and len(run) > 1]
        return joined[:1]

    def _listed(self, sentence: str, start: int, noun: re.Match[str], kind: str) -> list[Item]:
        """The instruments a name ending in ``noun`` holds: the titles listed before its own (《A》和《B协议》: A is an
        instrument the noun does not name, so of no narrower class than Agreement), and when the list ends in a
        count of the noun (“A”及“B”两项合作协议, 《A》、《B》等三份备忘录) every title is one instrument of the noun."""
        titles: list[Item] = []
        at = start + self._leading(sentence[start:noun.start()], ("particle",))  # 签署了《A》和《B》
        at -= sentence[start:at].endswith((*QUOTE_OPENS, '"'))  # the title's opening mark is the title's
        while listed := _LISTED_TITLE.match(sentence, at, noun.start()):
            group = 1 if listed.group(1) else 2
            titles.append(Item(listed.start(group), listed.end(group), "Agreement"))
            at = listed.end()
        measure = alternation(self.rules.words.get("measure", ()))
        if not titles:
            plain = self._counted_plain(sentence, at, noun, kind, measure)
            return plain or self._split(sentence, start, noun.end(), kind)
        counted = re.fullmatch(rf"\s*{_QUOTED}\s*等?\s*{NUMBER}(?:{measure})", sentence[at:noun.start()])
        if counted:
            last = Item(at + counted.start(1), at + counted.end(1), kind)
            return [Item(t.start, t.end, kind) for t in titles] + [last]
        return titles + self._split(sentence, at, noun.end(), kind)

    def _counted_plain(self, sentence: str, at: int, noun: re.Match[str], kind: str, measure: str) -> list[Item]:
        """A及B等二项备忘录: names without quotes, listed before 等 and a count of the noun that counts them all, are
        one instrument of the noun each (none when the count is not the list's length: 中美及中欧两项…)."""
        counted = re.fullmatch(rf"(.+?)\s*等?\s*({NUMBER})(?:{measure})", sentence[at:noun.start()])
        if counted is None or counted.group(2).isdigit():
            return []
        parts = list(re.finditer(rf"(?:(?!{JOIN}).)+", counted.group(1)))
        count = chinese_number(counted.group(2))
        if count < 2 or len(parts) < count:
            return []
        first = Item(at, at + parts[-count].end(), kind)  # 甲、乙A及B等二项: the parties the first name opens with
        return [first] + [Item(at + p.start(), at + p.end(), kind) for p in parts[1 - count:]]

    def _split(self, sentence: str, start: int, end: int, kind: str) -> list[Item]:
        """双边和三边局长会谈纪要: one instrument per coordinated modifier."""
        start = _matched_end(LEADING_DATE, sentence, start, end)
        body = start + self._leading(sentence[start:end], ("particle", "drop", "one"))
        split = alternation(self.rules.words.get("split", ()))
        both = re.match(f"((?:{split})){JOIN}((?:{split}))", sentence[body:end])
        if not both:
            return [Item(start, end, kind)]
        rest = body + both.end()
        return [Item(rest, end, kind, both.group(1)), Item(rest, end, kind, both.group(2))]

    def _no_agreement(self, text: str, told: tuple[bool, bool], sentence: str, clause: tuple[int, int],
                      item: Item) -> bool:
        """``told`` says whether the verb issues and whether fewer than two parties are named. X发布《…倡议书》 with
        no other party: one body's call (《…共同倡议》发布 is joint); 签署了多项协议 with no two parties named,
        与多国签署合作协议, 协议84份: a summary's count of instruments without a title (agreement_summaries.py);
        A与B签订了两项合作协议 names its two sides and stays theirs."""
        issued, unstated = told
        return issued and unstated and not self.rules.regex("jointly").search(text) \
            or summed_up(self.rules, unstated and self._several(text) or self._vaguely(text), sentence, clause, item)

    def _several(self, text: str) -> bool:
        """签署了30多项合作协议, 一系列协议: the instrument noun counted as more than one (signing.tsv, several)."""
        body = text[self._leading(text, ("particle",)):]
        several, measure = (alternation(self.rules.words.get(name, ())) for name in ("several", "measure"))
        counted = re.match(f"({NUMBER})[多余]?(?:{measure})|(?:{several})", body)
        return counted is not None and counted.group(1) != "一"

    def _vaguely(self, text: str) -> bool:
        """签署的一系列备忘录, 签订了若干协议: instruments counted by no number, though two sides be named, are none
        one could name or date; A与B签订了两项合作协议 counts them, and stays theirs."""
        body = text[self._leading(text, ("particle", "drop")):]
        counted = f"{NUMBER}[多余]?(?:{alternation(self.rules.words.get('measure', ()))})"
        return re.match(f"(?:{alternation(self.rules.words.get('several', ()))})", body) is not None \
            and re.match(counted, body) is None

    def _label(self, text: str) -> str:
        """The instrument's name as printed, without the quantity in front of it (一项, 了, 两项) nor the sides a
        collective counts in front of its title (签署了两省《…备忘录》: 两省 is who signs, no word of the name)."""
        text = text[self._leading(text, ("particle", "one", "refers")):]
        counted = re.match(f"{NUMBER}(?:{alternation(self.rules.words.get('measure', ()))})", text)
        text = text[counted.end() if counted else 0:]
        sides = self.parties.collective.match(text)
        if sides and text[sides.end():sides.end() + 1] and text[sides.end()] in TITLE_OPENS:
            text = text[sides.end():]
        return text.strip(TITLE_OPENS + TITLE_CLOSES + " ")

    def _subject(self, item: Item, text: str) -> str:
        """What the instrument is about: its name without quantity, the parties' abbreviations and the noun."""
        body = text[self._leading(text, ("particle", "drop", "one", "refers")):]
        body = body[len(m.group(0)) if (m := self.parties.words.abbreviation_run.match(body)) else 0:]
        body = body[self._leading(body, ("particle", "drop")):]
        noun = self.nouns.search(body)
        subject = body[:noun.start()] if noun else body
        subject = re.sub("的$", "", subject.rstrip("》 "))
        return f"{item.modifier}{subject}" if subject else self._label(text)



def _matched_end(pattern: re.Pattern[str], text: str, start: int, end: int) -> int:
    """Where ``pattern`` (which may match nothing) stops matching at ``start``: after a date, a separator."""
    found = pattern.match(text, start, end)
    return found.end() if found else start


def _matched_start(pattern: re.Pattern[str], text: str, end: int) -> int:
    """Where ``pattern``, anchored at ``end`` and able to match nothing, starts matching in ``text[:end]``."""
    found = pattern.search(text, 0, end)
    return found.start() if found else end
