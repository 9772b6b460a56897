"""What a report names as a treaty, beyond the gazetteer's mentions: a 《…》 title that ends in a treaty head noun
(rule ``treaty-shape``), a phrase of that ending coordinated right after a known treaty (伯尔尼公约和世界版权公约),
an instrument between two parties joined by a dash (中国-秘鲁（升级）自贸协定), a short name
the text defines (（下称“议定书”）, （RCEP）), a treaty referred back to (该条约, 上述协定), and a body a treaty
establishes named right after an accession verb (加入国际植物新品种保护联盟). The treaty-action reader
(``ipgraph.extract.treaty_actions``) reads each passage's treaties through one ``TreatyNames`` of its report, which
remembers what earlier passages named and defined.
"""

from __future__ import annotations

import re

from ipgraph.extract.facts import name_key
from ipgraph.extract.report_facts import Located, ReportFacts
from ipgraph.extract.treaty_rules import TreatyActionRules
from ipgraph.ingest.passages import Passage
from ipgraph.knowledge.gazetteer import COUNTRY, ORG, TREATY

BOOK_TITLE = re.compile(r"《((?:[^《》〈〉\n]|〈[^《》〈〉\n]*〉){2,80})》")
"""A title in 《》, which may hold another title in 〈〉 (《修改〈TRIPS协定〉议定书》)."""
_LATIN_SHORT = re.compile(r"[（(]\s*([A-Z][A-Za-z]{1,11})\s*[)）]")
"""《区域全面经济伙伴关系协定》（RCEP）: letters in brackets after a title are its short name, as 下称 defines one."""
_DASHES = "-－—–"


class TreatyNames:
    """The treaties of one report's passages, read in order: each passage's treaty mentions, widened."""

    def __init__(self, facts: ReportFacts, rules: TreatyActionRules) -> None:
        self.facts = facts
        self.rules = rules
        self.named: list[tuple[str, str]] = []
        """The treaties the passage before named, as printed, with their keys: what 该条约 may refer back to."""
        self.new_names: dict[str, str] = {}
        """Treaties found by their shape: key → name as the report prints it, inner 〈〉 written 《》."""
        self.short_names: dict[str, str] = {}
        """Short names the report defines for a treaty (（下称“议定书”）): short name → key."""

    def read(self, passage: Passage) -> list[Located]:
        """The passage's mentions with the treaties its text names in each of these ways."""
        return self._unions(passage, self._anaphora(passage, self._short_names(passage, self._new_treaties(passage))))

    def _new_treaties(self, passage: Passage) -> list[Located]:
        """The passage's mentions, with every 《…》 title the gazetteer lacks that ends in a treaty head noun read as a
        treaty of its own, and so a phrase of that ending after 就 in front of a verb behind treaties (就…文书进行谈判);
        a known treaty printed inside it (《修改〈TRIPS协定〉议定书》) is part of its name."""
        mentions = self.facts.located.get(passage.slug, [])
        found = []
        treaties = [(m.start, m.end) for m in mentions if m.kind == TREATY]
        titles = [(t.group(1), t.span(1)) for t in BOOK_TITLE.finditer(passage.text)]
        topics = [(t.group(1), t.span(1)) for t in self.rules.topic.finditer(passage.text)
                  if not any(s < t.end(1) and t.start(1) < e for s, e in treaties)]
        widened = {}
        conjoined = [(c.group(1), c.span(1)) for m in mentions if m.kind == TREATY
                     for c in [self.rules.conjoined.match(passage.text, m.end)] if c]  # A公约和B公约
        for printed, (start, end) in titles + topics + self._paired(passage.text, mentions, treaties) + conjoined:
            name = printed.replace("〈", "《").replace("〉", "》")
            known = [m for m in mentions if m.kind == TREATY and start <= m.start and m.end == end]
            if known and (printed, (start, end)) in titles:  # printed longer (《關於為…馬拉喀什條約》): the whole title
                widened.update({m: Located(TREATY, m.key, start, end) for m in known})
            # 《条约》 alone names no treaty; 《…合作协定》 is a cooperation instrument
            head = self.rules.head
            if known or not name.endswith(head) or name in head or name.endswith(self.rules.instrument_ends):
                continue
            key = name_key(name)
            self.new_names[key] = name
            found.append(Located(TREATY, key, start, end))
        mentions = [widened.get(m, m) for m in mentions]
        if not found:
            return mentions
        inside = [m for m in mentions if any(t.start <= m.start and m.end <= t.end for t in found)]
        return sorted([m for m in mentions if m not in inside] + found, key=lambda m: (m.start, m.end))

    def _paired(self, text: str, mentions: list[Located], treaties: list[tuple[int, int]]) -> list[
            tuple[str, tuple[int, int]]]:
        """中国-秘鲁（升级）自贸协定, 中国—东盟…协定: two parties joined by a dash, then a phrase ending in a treaty
        head noun, name an instrument between them; 等 after the pair (中国-秘鲁等自贸协定) is not part of the name, and
        a numeral and classifier before the pair (一份中国-欧盟双边贸易协定) make it a description, no name."""
        found = []
        parties = {m.start: m for m in mentions if m.kind in (COUNTRY, ORG)}
        for first in parties.values():
            second = parties.get(first.end + 1)
            if second is None or text[first.end] not in _DASHES \
                    or self.rules.indefinite.search(text, max(0, first.start - 4), first.start):
                continue  # 一份中国-欧盟双边贸易协定: a kind of instrument described, no name
            rest = self.rules.paired_rest.match(text, second.end)
            if rest and not any(s < rest.end() and first.start < e for s, e in treaties):
                bracket = rest.group(1) or ""
                if bracket:  # （升级) printed with a half-width close: one pair of the opening's width
                    bracket = bracket[0] + bracket[1:-1] + ("）" if bracket[0] == "（" else ")")
                found.append((text[first.start:second.end] + bracket + rest.group(2), (first.start, rest.end())))
        return found

    def _short_names(self, passage: Passage, mentions: list[Located]) -> list[Located]:
        """Short names the report defines for a treaty (《A》（下称“议定书”）, 《A》（以下简称为“《日内瓦文本》”）,
        《A》（RCEP）) learnt, and read wherever they stand alone later (交存了接受议定书的通知书, RCEP协定将于…生效),
        a title of their own too (加入了《日内瓦文本》): a short name printed as a treaty's title (《海牙公约》) is the
        treaty it was defined for, not one of its own shape."""
        for mention in mentions:
            if mention.kind == TREATY:
                after = mention.end + (passage.text[mention.end:][:1] == "》")
                defined = self.rules.defines.match(passage.text, after) or _LATIN_SHORT.match(passage.text, after)
                if defined:
                    self.short_names.setdefault(defined.group(1), mention.key)
        if not self.short_names:
            return mentions
        text = passage.text
        mentions = [Located(TREATY, self.short_names[text[m.start:m.end]], m.start, m.end)
                    if m.key in self.new_names and text[m.start:m.end] in self.short_names else m for m in mentions]
        taken = [(m.start, m.end) for m in mentions if m.kind == TREATY]
        added = [Located(TREATY, key, hit.start(), hit.end())
                 for short, key in self.short_names.items() for hit in re.finditer(re.escape(short), text)
                 if not (hit.start() and text[hit.start() - 1] in "“\"「〈"
                         or text[hit.start() - 1:hit.start()] == "《" and text[hit.end():hit.end() + 1] != "》")
                 and not any(s < hit.end() and hit.start() < e for s, e in taken)]
        if not added:
            return mentions
        kept = [m for m in mentions if not any(a.start <= m.start and m.end <= a.end for a in added)]  # 日内瓦 in it
        return sorted(kept + added, key=lambda m: (m.start, m.end))

    def _anaphora(self, passage: Passage, mentions: list[Located]) -> list[Located]:
        """The passage's mentions, with 该条约 / 上述协定 (or the noun alone after a lead word: 推动协定签署, or as a
        title of its own: 已签署《条约》) read as the treaty named last, in this passage or the one before, whose name
        ends in that noun."""
        added: list[Located] = []
        named: list[tuple[str, str]] = []
        nouns = self.rules.words.get("noun", ())  # each anaphor ends in one: a passage without any has none
        anaphora = self.rules.anaphor.finditer(passage.text) if any(n in passage.text for n in nouns) else ()
        events: list[tuple[int, Located | re.Match[str]]] = sorted(
            [(m.start, m) for m in mentions if m.kind == TREATY] + [(a.start(), a) for a in anaphora],
            key=lambda e: e[0])
        taken = [(m.start, m.end) for m in mentions if m.kind == TREATY]
        for _, item in events:
            if isinstance(item, Located):
                named.append((passage.text[item.start:item.end].rstrip("》"), item.key))
                continue
            key = next((k for name, k in reversed(self.named + named) if name.endswith(item.group(3))), None)
            if key and not any(s < item.end() and item.start(3) < e for s, e in taken):  # a short name defined
                added.append(Located(TREATY, key, item.start(1 if item.group(1) else 3), item.end()))
                named.append((item.group(3), key))  # 《条约》 again a passage later: the same treaty
        added += self._tails(passage.text, named, taken + [(a.start, a.end) for a in added])
        self.named = named
        return sorted(mentions + added, key=lambda m: (m.start, m.end))

    def _tails(self, text: str, named: list[tuple[str, str]], taken: list[tuple[int, int]]) -> list[Located]:
        """中欧正式签署地理标志协定。: the whole object of a state's act that is the end of a treaty's name printed
        before (中欧地理标志协定, in this passage or the one before) is that treaty, told by a shorter name."""
        names = self.named + named
        if not names:
            return []
        found = []
        for hit in self.rules.tail.finditer(text):
            tail = hit.group(1)
            key = next((k for name, k in reversed(names) if len(name) > len(tail) and name.endswith(tail)), None)
            if key and not any(s < hit.end(1) and hit.start(1) < e for s, e in taken):
                found.append(Located(TREATY, key, hit.start(1), hit.end(1)))
        return found

    def _unions(self, passage: Passage, mentions: list[Located]) -> list[Located]:
        """中国加入国际植物新品种保护联盟: a body that a treaty establishes, named right after an accession verb, is
        that treaty: its members are the treaty's parties, so joining one is acceding to the other."""
        return [Located(TREATY, self.rules.founded[m.key], m.start, m.end)
                if m.kind == ORG and m.key in self.rules.founded
                and self.rules.joins.search(passage.text, max(0, m.start - 4), m.start) else m for m in mentions]
