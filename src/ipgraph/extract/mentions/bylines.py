"""Bylines: the writers, editors and contributors a report credits (（记者 甲乙）, 文/丙丁, (某市司法局 戊己),
来源:某某晚报 | 庚辛, (某处 甲乙/文)), and the outlet or body each works for."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cached_property
from pathlib import Path

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions.neighbours import Named
from ipgraph.extract.mentions.outlets import bracketed_marks
from ipgraph.extract.mentions.spans import HAN, holds, overlaps
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.grammar import NAME_PUNCTUATION, alternation


class Bylines:
    """The names credited in brackets, after a dateline, on a credit line or after a body (media_cues.tsv gives
    the words of the roles and of the credits)."""

    def __init__(self, data_dir: Path, surname: re.Pattern[str], plain: Callable[..., bool],
                 head: re.Pattern[str]) -> None:
        self.surname, self.plain, self.head = surname, plain, head
        cues = word_lists(data_dir / "gazetteer" / "media_cues.tsv")
        self.credits = cues["credit"]  # (文 甲乙): what the person made, no title
        credits = alternation((*cues["reporter"], *self.credits))
        credited = rf"{HAN}(?: ?{HAN}){{1,2}}"
        role = rf"(?:{credits})[：:]?\s*"
        closing = (*cues["picture"], *cues.get("contribution", ()))
        made = rf" ?(?:{alternation(closing)})"  # (某社 甲乙摄), (某协会 丙丁供稿): what closes the credit
        self.byline_part = re.compile(rf"(?P<role>{credits})[：:]?\s*|(?P<name>{credited}?)(?=[、，,\s]|$|{made}$)"
                                      rf"|[、，,\s]+|{made}$")
        bracket = rf"[（(【\[]((?:{role})?{credited}(?:(?:[、，,\s]+|{role}){{1,3}}{credited})*(?:{made})?)[）)】\]]"
        self.byline_bracket = re.compile(rf"{bracket}(?=\s*$|\s*(?:{credits})[：:])", re.MULTILINE)
        dated = alternation(cues['dateline'])
        self.dateline_bracket = re.compile(rf"[日报報](?:{dated})[ \u3000]?{bracket}")
        self._dated, self._bracket = dated, bracket
        self.bracket_marks = bracketed_marks(tuple(cues["dateline"]))
        self.body_credit = re.compile(rf"[ \u3000]+({HAN}{{2,4}}?)(?:{made})?[）)][ \t]*$", re.MULTILINE)
        self.credit_line = re.compile(rf"(?:^|(?<=\s))(?:{alternation(self.credits)})\s*[：:/／]\s*"
                                      rf"(?P<name>{credited})(?=\s|$)", re.MULTILINE)
        self.reporter = re.compile(alternation(cues["reporter"]))
        made = alternation((*self.credits, *closing))  # nothing need follow: a line may run on glued
        self.credit_after = re.compile(rf"(?:^|(?<=[\s。]))(?P<role>{alternation(cues['reporter'])})?"
                                       rf"(?P<name>{credited})\s*[/／]\s*(?:{made})", re.MULTILINE)
        # A reporter and the place filed from after a slash (記者甲乙/新竹報導), in a bracket or opening a line.
        self.reported = re.compile(rf"(?:^|(?<=[\s。【〔（(]))(?P<role>{alternation(cues['reporter'])})?"
                                   rf"(?P<name>{credited})\s*[/／]\s*{HAN}{{1,4}}?(?:{alternation(cues['reported'])})",
                                   re.MULTILINE)
        # A bracket that closes its line and holds a credit's word or slash: what it names, it credits.
        self.credit_bracket = re.compile(rf"[（(]([^（）()\n]*(?:{credits}|{made}|[/／])[^（）()\n]*)[）)][ \t]*$",
                                         re.MULTILINE)
        self.credit_words = frozenset((*cues["reporter"], *self.credits, *closing))

    @cached_property
    def undated_bracket(self) -> re.Pattern[str]:
        """An undated dateline that opens its line (某某报广州讯(记者 甲乙)), tried where its marks stand: compiled
        when a passage first holds them (no bundled report does; five classes of characters, ~1.3 ms)."""
        return re.compile(rf"^[ \t\u3000]*{HAN}{{2,14}}?(?:{self._dated})[ \u3000]?{self._bracket}", re.MULTILINE)

    def __call__(self, doc: Doc, text: str,
                 mentions: list[Span]) -> tuple[list[Named], set[int], dict[tuple[int, int], Span]]:
        """The names a bracket at the end of a paragraph, or before the next credit (…（文 甲乙）编辑：丙), credits
        (（胡海燕、宋金华）, (记者 孙 航), （通讯员 李明 记者 赵强）, （张三 摄）, [责任编辑:甲 乙]; (某市司法局 丁戊):
        the body's contributor, who works for it), or the bracket right after a dateline (…6月30日电 (甲乙、丙丁)
        正文): each a surname and one or two characters, spaced or not, after the word of its role if any, or two
        characters spaced as printers space a two-character name to the width of three, whatever its surname
        (（欣 闻）); a credit (文, 摄影) is no role. A credit with a slash or a colon, outside brackets, credits the
        name after it (文/甲乙, 摄影：丙丁), a slash and a picture's credit the name before it (甲乙/摄,
        记者丙丁／摄影), a slash and the place filed from the reporter before it (【記者甲乙/新竹報導】), and a
        bar after an outlet its writer (来源:某某晚报 | 甲乙). The writers a dateline or a bar credits, or a bracket
        that names their outlet ((某某社 甲乙摄)), work for the outlet: their starts are the second value. A body a
        credit names where a writer's name would stand ((某处 甲乙/文), (撰稿:某处 编辑:丙丁)) is the unit that wrote
        the report, and the people the bracket credits work for it: those units, by the span of their bracket, are
        the third value."""
        found: list[Named] = []
        credited: set[int] = set()
        brackets = holds(text, "（(【[")  # what each bracket opens with: most passages hold none, and skip the scans
        datelines = list(self.dateline_bracket.finditer(text)) if brackets else []
        if brackets and self.bracket_marks.search(text):
            read = {d.start(1) for d in datelines}  # 某报讯(…) is dated 报讯 and undated alike: read once
            datelines += [m for m in self.undated_bracket.finditer(text) if m.start(1) not in read]
        for bracket in (*(self.byline_bracket.finditer(text) if brackets else ()), *datelines):
            items, role, at = [], "", bracket.start(1)
            for part in self.byline_part.finditer(bracket.group(1)):
                if part.group("role"):
                    role = "" if part.group("role") in self.credits else part.group("role")
                elif part.group("name") and (self.surname.match(part.group("name").replace(" ", ""))
                                             or re.fullmatch(rf"{HAN} {HAN}", part.group("name"))):
                    items.append((at + part.start("name"), at + part.end("name"), role))
            squeezed = [text[s:e].replace(" ", "") for s, e, _ in items]
            if items and all(self.plain(name, 0, len(name), self._given(name)) for name in squeezed):
                outlet = next((m for m in mentions if bracket.start(1) <= m.start_char < items[0][0] and _media(m)),
                              None) or (_dateline_outlet(text, bracket.start(), mentions) if bracket in datelines
                                        else None)
                found += [(s, e, r, outlet, s) for s, e, r in items]
                credited.update(s for s, _, _ in items if outlet is not None or bracket in datelines)
        found += (after := self._after_bodies(text, mentions)) + self._role_bodies(text, mentions)
        credited.update(start for start, _, _, body, _ in after
                        if body is not None and _media(body))  # an outlet's writer
        for line in self.credit_line.finditer(text) if holds(text, "：:/／") else ():  # 文/甲乙, 摄影：戊己 on a line
            name = line.group("name").replace(" ", "")
            outlet = _sourced_outlet(text, line.start(), mentions)
            if self.surname.match(name) and self.plain(name, 0, len(name)):
                found.append((line.start("name"), line.end("name"), "", outlet, line.start("name")))
                if outlet is not None:
                    credited.add(line.start("name"))
        for start, end, role, outlet in self._glued(text, mentions):  # 某某网记者 甲乙, (中央社記者甲乙丙台北15日電)
            found.append((start, end, role, outlet, start))
            credited.add(start)
        slashed = (*self.credit_after.finditer(text), *self.reported.finditer(text)) if holds(text, "/／") else ()
        for line in slashed:  # 甲乙/摄, 记者丙丁／摄影, 記者戊己/新竹報導
            name = line.group("name").replace(" ", "")
            if self.surname.match(name) and self.plain(name, 0, len(name)):
                found.append((line.start("name"), line.end("name"), line.group("role") or "", None, line.start()))
        return found, credited, self._credited_units(doc, text, mentions)

    def _glued(self, text: str, mentions: list[Span]) -> list[tuple[int, int, str, Span]]:
        """The reporters an outlet's name with the reporter's word glued to it credits (某某网记者 甲乙 文/图,
        (中央社記者甲乙丙台北15日電)): the name after the word, a space between or none, ends where a space, a mark,
        a slash, a bracket, a digit or the place of a dateline follows it. They write for the outlet."""
        places: set[int] | None = None  # read once a reporter's word follows an outlet (few passages)
        found = []
        # The word right after a body is tested first: a body's details read through spaCy's span._ (~3 µs).
        for outlet, word in ((m, w) for m in mentions if (w := self.reporter.match(text, m.end_char)) and _media(m)):
            if places is None:
                places = {m.start_char for m in mentions if m.label_ in (CITY, COUNTRY)}
            at = word.end() + (text[word.end() : word.end() + 1] == " ")
            surname = self.surname.match(text, at)
            ends = (surname.end() + 2, surname.end() + 1) if surname else ()
            end = next((e for e in ends if e == len(text) or e < len(text) and (
                text[e] in _GLUED_ENDS or text[e].isdigit() or e in places)), None)
            if surname and end is not None and self.plain(text, at, end, surname.end()):
                found.append((at, end, word.group(0), outlet))
        return found

    def _credited_units(self, doc: Doc, text: str, mentions: list[Span]) -> dict[tuple[int, int], Span]:
        """The units credit brackets name, by the bracket they stand in: a word of the bracket that ends in a body's
        head noun, no credit's word and no name the mentions found ((审查业务部 甲乙/文): the 审查业务部), or a new
        body's name the mentions read whole there (撰稿:科研处: a department named by its function, faculties.py)."""
        units: dict[tuple[int, int], Span] = {}
        for bracket in self.credit_bracket.finditer(text):
            for word in re.finditer(rf"{HAN}{{2,12}}", bracket.group(1)):
                start, end = bracket.start(1) + word.start(), bracket.start(1) + word.end()
                unit = doc.char_span(start, end, label=ORG, kb_id="")
                read = next((m for m in mentions if m.label_ == ORG and not m.kb_id_ and m == unit), None)
                if word.group(0) in self.credit_words or not self.head.search(word.group(0)) or unit is None or \
                        read is None and any(overlaps(unit, m) for m in mentions):
                    continue
                if read is None:
                    unit._.ipg = {"kind": "unit", "name": unit.text}
                units[bracket.span(1)] = read or unit
                break
        return units

    def _given(self, name: str) -> int:
        """Where the given name starts: a surname may be a function word (向, 于), which the name may hold there."""
        surname = self.surname.match(name)
        return surname.end() if surname else 0

    @cached_property
    def outlet_credit(self) -> re.Pattern[str]:
        """An outlet's writer after a bar (| 甲乙): compiled when a passage first needs it."""
        return re.compile(rf"[ \t]*[|｜][ \t]*({HAN}{{2,3}})(?=\s|$)")

    @cached_property
    def role_body(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """A bracket's role before a body ((通讯员:), (通讯员 ) and the name after the body that closes the bracket
        (某大学王虎), (某大学 王虎)): compiled when a passage first needs them."""
        return re.compile(rf"[（(](?:{self.reporter.pattern})[：:]?[ \t]*$"), \
            re.compile(rf"[ \t]?({HAN}{{2,3}})[）)]")

    def _role_bodies(self, text: str, mentions: list[Span]) -> list[Named]:
        """The contributor a bracket credits with a role and the body the contributor writes for, before the name
        ((通讯员:某大学甲乙), (通讯员 某局 丙丁)): the body's person, as after a body alone ((某市司法局 甲乙)); the
        role is not kept, for a reporter's role gives the outlet's staff no other body (``People``)."""
        found: list[Named] = []
        for body in (m for m in mentions if text[m.start_char - 1 : m.start_char] in "：: \t" and m.label_ == ORG):
            role, name = self.role_body
            credit = name.match(text, body.end_char) if role.search(text, max(0, body.start_char - 8),
                                                                   body.start_char) else None
            if credit and self.surname.match(credit.group(1)) and self.plain(text, *credit.span(1)):
                found.append((*credit.span(1), "", body, credit.start(1)))  # no reporter's role: the body's own
        return found

    def _after_bodies(self, text: str, mentions: list[Span]) -> list[Named]:
        """The names a body printed before them credits: its contributor in a bracket ((某市司法局 甲乙)), an outlet's
        writer after a bar (来源:某某晚报 | 甲乙)."""
        found: list[Named] = []
        # Either credit opens with a space or a bar right after the body: a body before neither is not asked whether
        # it is an outlet (its details read through spaCy's ``span._``, ~3 µs).
        for body in (m for m in mentions if text[m.end_char : m.end_char + 1] in " \t\u3000|｜" and m.label_ == ORG):
            media = _media(body)
            credit = self.outlet_credit.match(text, body.end_char) if media else None
            if credit is None and text[body.start_char - 1 : body.start_char] in "（(":  # (某某日报社 甲乙摄) too
                credit = self.body_credit.match(text, body.end_char)
            if credit and self.surname.match(credit.group(1)) and self.plain(text, *credit.span(1)):
                found.append((*credit.span(1), "", body, credit.start(1)))
        return found


_GLUED_ENDS = frozenset(" \t\n\u3000/／（）()" + NAME_PUNCTUATION)
"""What may follow the name of a reporter credited after an outlet's name (某某网记者 甲乙 文/图)."""


def _media(mention: Span) -> bool:
    """An outlet: its writers work for it (the mentions mark a body a source line or a dateline names so)."""
    return mention.label_ == ORG and (mention._.ipg or {}).get("kind") == "media"


def _sourced_outlet(text: str, at: int, mentions: list[Span]) -> Span | None:
    """The outlet a page's source line names on the line of a credit at ``at`` (来源:某某日报 作者:甲乙; 作者:甲乙
    来源:某某报): the line gives the item's source and its writer as fields of one record, so the writer credited there
    writes for that outlet. A source that is no outlet (来源:某局) gives the writer no employer."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    end = len(text) if end < 0 else end
    return next((m for m in mentions if _media(m) and start <= m.start_char and m.end_char <= end), None)


def _dateline_outlet(text: str, at: int, mentions: list[Span]) -> Span | None:
    """The outlet that filed a dateline: the last one its line names before the place and date (东南网-福建日报2月22日
    讯, 某某在线11月1日讯 中新网北京11月1日电: a page reprinting an item prints its own name first)."""
    line = text.rfind("\n", 0, at) + 1
    return max((m for m in mentions if line <= m.start_char and m.end_char <= at and _media(m)),
               key=lambda m: m.end_char, default=None)
