"""People by structure: a name beside a title (titles.tsv, title_prefixes.tsv), a surname (surnames.tsv), a
transliteration with its dots, a Latin-script name, a byline; the affiliation from the body before the title, or
what the title itself says of its body or state (offices.py)."""

from __future__ import annotations

import re
from pathlib import Path

from spacy.tokens import Doc, Span

from ipgraph.extract.mentions import glossed, neighbours
from ipgraph.extract.mentions.appointed import Appointed
from ipgraph.extract.mentions.bare_names import _COUNTED, BareNames
from ipgraph.extract.mentions.breaks import NameBreaks
from ipgraph.extract.mentions.bylines import Bylines
from ipgraph.extract.mentions.committees import seat
from ipgraph.extract.mentions.faculties import Faculties
from ipgraph.extract.mentions.given_names import LATIN_COURTESY, LATIN_NAME
from ipgraph.extract.mentions.listed_posts import share_governed
from ipgraph.extract.mentions.neighbours import Named, body_before, listed_after, opens_clause, unglossed
from ipgraph.extract.mentions.offices import Offices
from ipgraph.extract.mentions.portfolios import portfolio_ends, portfolio_pattern
from ipgraph.extract.mentions.spans import HAN, MENTIONS, doc_text, get_spans, is_cjk, overlaps, set_spans
from ipgraph.extract.mentions.titled_names import TitledNames
from ipgraph.extract.mentions.units import FACULTY_PARENTS
from ipgraph.knowledge.gazetteer import CITY, COUNTRY, ORG, PERSON, TREATY, load as load_gazetteer, read_tsv
from ipgraph.knowledge.wordlists import event_nouns, word_lists
from ipgraph.zh.grammar import (
    COORDINATORS,
    NAME_BREAKS,
    NAME_PUNCTUATION,
    ORDINAL,
    POSTED,
    SHORT_FORM_WORDS,
    SUBJECT_ADVERBS,
    WITH,
    alternation,
    match_starts,
    searched,
)

_CJK_NAME = re.compile(r"^[\u4e00-\u9fff·]{2,8}$|^[A-Z][a-z]+(?: [A-Z][a-z]+){1,4}$")
_SIGNED = re.compile(rf"{HAN}{{2,4}}[ \t]*$", re.MULTILINE)
"""A name alone at the end of a line after a title and a space: a signature (行政长官 甲乙丙)."""
_ASIDE = re.compile(rf"[（(](?:{HAN}{{2,12}}|[A-Z][A-Za-z&.,'’ -]{{1,80}}"
                    rf"|{SHORT_FORM_WORDS}[:：]?[“\"]?(?:{HAN}|[A-Za-z0-9]){{2,12}}[”\"]?)[）)]")
"""Another name of a body in brackets right after it, Chinese or its own Latin-script name, or the short form the
report defines for it: 某市科学技术局（知识产权局）甲副局长, 某某大学(University of Somewhere)副校长乙,
某研究所(以下简称“某所”)所长丙 are of that body."""
_SPACED = re.compile(rf"{HAN}{{2,3}}(?=[ \t{re.escape(NAME_PUNCTUATION)}])")
"""A Chinese name set off by spaces after its title, as copied pages print it (副局长 甲乙 出席)."""
_STAFF = "员"
"""What ends a noun of staff that a title runs into (执法官员, 负责人员): the title is no title there, and the
characters before it no name (高级执法官员)."""
_PORTFOLIO = re.compile(rf"[（(]{HAN}{{2,10}}[）)]")
"""The portfolio a bracket gives after a title, before the holder's name (副校长（行政事务）甲乙): part of the role."""


class People(BareNames, TitledNames):
    """People by structure: a name next to a title (局长申长雨, 张海波院长, 党组书记、局长王伟群), a transliterated
    name with · (塔季扬娜·莫尔切安), a Latin name after a title or before an honorific; several per sentence
    (A、B、C出席). The affiliation is the organisation printed right before the title (or the name)."""

    def __init__(self, data_dir: str) -> None:
        gazetteer = load_gazetteer(Path(data_dir))
        speech = word_lists(Path(data_dir) / "commitments" / "pledge_words.tsv").get("speech", ())
        prefix = alternation(gazetteer.title_prefixes)
        # Prefixes naming the regions a post covers list with 、 (华北、东北首席代表): one title.
        title = f"(?:(?:{prefix})(?:、(?={prefix}))?)*{searched(gazetteer.titles)}"  # by first character: faster
        # 党组书记、局长; 副总经理暨法务长, 副院长兼秘书长. Led by the characters a prefix or a title opens with: a
        # pattern that opens with a repeat is tried in full at each position; the lookahead passes most in one test.
        opens = "".join(sorted({re.escape(w[0]) for w in (*gazetteer.title_prefixes, *gazetteer.titles) if w}))
        self.title = re.compile(f"(?=[{opens}]){title}(?:[、暨兼]{title})*")
        self.any_title = re.compile(searched(gazetteer.titles))  # as self.title finds one: faster to look for
        groups = read_tsv(Path(data_dir) / "gazetteer" / "titles.tsv", ("title", "group", "governs", "portfolio"))
        self.group_titles = tuple(row["title"] for row in groups if row["group"] == "yes")
        self.portfolio = portfolio_pattern(tuple(row["title"] for row in groups if row["portfolio"] == "yes"))
        self.honorifics = gazetteer.honorifics
        self.led = neighbours.leading(word_lists(Path(data_dir) / "gazetteer" / "leading_verbs.tsv"))
        self.honorific = re.compile(alternation(gazetteer.honorifics))
        self.noun_head = re.compile(alternation(tuple(h.head for h in gazetteer.org_heads if len(h.head) > 1)))
        # The head of a body's or an event's name is never part of a person's (局长研讨会: no person 研讨会).
        nouns = (row["word"] for row in event_nouns(Path(data_dir)) if row["licence"] == "any")
        self.not_name = re.compile(alternation((*(h.head for h in gazetteer.org_heads if len(h.head) > 1), *nouns)))
        self.head_not_after = {h.head: h.not_after for h in gazetteer.org_heads}
        # A bare name is a full one (张海燕, 欧阳明): two-character words starting with a surname abound (全体).
        single = alternation(tuple(n for n in gazetteer.surnames if len(n) == 1))
        compound = alternation(tuple(n for n in gazetteer.surnames if len(n) > 1))
        # A married woman's name may keep her husband's surname before her own (林郑月娥, 陈冯富珍); the first is
        # never a function word (向王某: 向 is "to"), and her given name neither starts a word that follows a name
        # (王明表示 is 王明 who speaks) nor ends in an adverb after a subject (甲乙丙则表示 is 甲乙丙 who speaks).
        husbands = tuple(n for n in gazetteer.surnames if len(n) == 1 and n not in NAME_BREAKS)
        follow = (*gazetteer.after_name, *speech, *gazetteer.titles, *gazetteer.honorifics)
        married = f"(?:{alternation(husbands)})(?:{single})(?!{alternation(follow)}){HAN}(?![{SUBJECT_ADVERBS}]){HAN}"
        self.married_parts = (frozenset(husbands), frozenset(n for n in gazetteer.surnames if len(n) == 1), follow)
        plain = f"(?:{compound}){HAN}{{1,2}}?|(?:{single}){HAN}{{2}}"
        name = f"{plain}|{married}"
        said = (*gazetteer.bare_name_verbs, *speech)
        verbs = f"(?:等?(?:{alternation(said)})|{_COUNTED})"
        self._name, self._verbs = name, verbs
        # Where a list of bare names may end: ``bare_list`` is compiled and searched only where one may (_may_list).
        self.list_verb = re.compile(match_starts(verbs, "等" + "".join(w[0] for w in said)))  # where each starts
        self.name_firsts = frozenset(n[0] for n in gazetteer.surnames)
        self.name_lengths = tuple({len(n) + k for n in gazetteer.surnames for k in ((1, 2) if len(n) > 1 else (2,))}
                                  | {4})  # a compound surname and one or two characters; a surname and two; married
        self._plain_name = plain
        self.surname = re.compile(alternation(gazetteer.surnames))
        words = (*gazetteer.after_name, *speech, *gazetteer.titles, *gazetteer.title_prefixes, *gazetteer.honorifics,
                 *COORDINATORS, WITH)
        self.follow_words = words
        self.prefixes = frozenset(gazetteer.title_prefixes)  # 前, 原: a word after a name only before a title
        self.acts = tuple(w for w in (*gazetteer.after_name, *speech) if len(w) > 1)  # 陪同, 出席, 表示
        self.words_before = tuple(w for w in words if len(w) > 1)
        self.longest_word = max(map(len, words))
        self.follow_set = frozenset(words)  # what _follows reads: a word of these, or punctuation (_AFTER_NAME)
        self.follow_lengths = tuple(sorted({len(w) for w in words}, reverse=True))
        appointing = tuple(r["word"] for r in read_tsv(Path(data_dir) / "gazetteer" / "appointing_verbs.tsv",
                                                       ("word",)))
        # What a run of sounds read for a dotted name holds before the name: a title, a function word, or a verb that
        # names a person after it (会议选举甲·乙为主席; 会见丙·丁).
        self.cut = re.compile(rf"^.*(?:{title}|[{NAME_BREAKS}]|{alternation((*self.words_before, *appointing))})")
        self.row = re.compile(r"^(\S{1,4}(?: \S)?|[A-Z][a-z]+(?: [A-Z][a-z]+){1,4}) +(\S.*)$")
        self_heads = word_lists(Path(data_dir) / "gazetteer" / "self_references.tsv", key="head")
        proxies = tuple(r["word"] for r in read_tsv(Path(data_dir) / "gazetteer" / "proxy_words.tsv", ("word",)))
        letters = word_lists(Path(data_dir) / "gazetteer" / "own_contractions.tsv", key="head")
        self.offices = Offices(gazetteer, words, self.acts, self_heads, {r["title"]: r["governs"] for r in groups},
                               proxies, letters)
        self.any_head = self.offices.any_head
        self.appointed = Appointed(Path(data_dir), self.surname)
        self.faculties = Faculties(Path(data_dir))
        self.bylines = Bylines(Path(data_dir), self.surname, self._plain, self.any_head)
        self.lone_places = frozenset(s for s in gazetteer.place_suffixes if len(s) == 1)
        self.unit_heads = tuple(h.head for h in gazetteer.org_heads if h.kind == "unit" or h.alone is None)
        organs = alternation(tuple(h.head for h in gazetteer.org_heads if h.organ))
        self.term = re.compile(rf"{ORDINAL.pattern}(?:{organs})?")
        """The term of a body's board printed between the body and a title (某研究会第七届理事会副理事长甲, 某协会第三届
        会长乙): the title is still a post at the body."""
        self.chinese_named = frozenset(r["code"] for r in read_tsv(Path(data_dir) / "gazetteer" / "chinese_named.tsv",
                                                                   ("code",)))
        """The state and regions whose officers' names read as a surname and a given name (chinese_named.tsv)."""
        self.breaks = NameBreaks(data_dir).breaks
        self.sounds = frozenset(r["character"] for r in read_tsv(Path(data_dir) / "gazetteer" / "sound_characters.tsv",
                                                                 ("character",)))

    def __call__(self, doc: Doc) -> Doc:
        mentions = get_spans(doc, MENTIONS)
        text = doc_text(doc)
        blocked = {i for s in mentions if s.label_ in (ORG, TREATY, PERSON) for i in range(s.start_char, s.end_char)}
        places = {(s.start_char, s.end_char) for s in mentions if s.label_ in (COUNTRY, CITY)}  # 苏丹驻华大使
        people: list[Span] = []
        units: list[Span] = []  # units the mentions did not find, named by their place in a list of people
        bylines, credited, writers = self.bylines(doc, text, mentions)
        blocked.update(i for unit in writers.values() for i in range(unit.start_char, unit.end_char))  # 撰稿:宣传处
        named = self._row(text, mentions) + bylines + self._titled(text, mentions, units) + \
            self._bare(text, mentions) + self._transliterated(text, mentions) + \
            glossed.bodied(text, mentions, self.surname, lambda at, to, given: self._plain(text, at, to, given),
                           lambda at: self._after_word(text, at))
        if any(org is not None and text.startswith("的", org.end_char) for _, _, _, org, _ in named):
            named = neighbours.paired_bodies(text, named, [s for s in mentions if s.label_ == ORG])
        name_ends = frozenset(item[1] for item in named)
        for start, end, role, org, title_at in named:
            if any(i in blocked for i in range(start, end)) or (start, end) in places or \
                    self._sounded(text, start, end) and any(s < end and start < e for s, e in places):
                continue  # 阿根廷总统: a country spelled in sounds is no name
            # 党委书记、董事长、总编辑甲: a chain of posts is a post, no byline's role
            byline = start in credited or bool(role and "、" not in role and self.bylines.reporter.search(role))
            written = next((unit for (begin, close), unit in writers.items() if begin <= start < close), None)
            org = org if org is not None else written  # (某处 甲乙/文): the writer is the unit's
            if org is not None and byline and (org._.ipg or {}).get("kind") != "media" and org is not written:
                org = None  # (某领事馆)\n责编:X — the editor works for the outlet, not for the body before
            employer = (org.kb_id_, (org._.ipg or {}).get("name") or org.text) if org is not None else \
                self.offices.employer(text, mentions, title_at, role, byline) or \
                self.offices.acted_for(text, mentions, (t.end() if (t := self.title.match(text, end)) else end))
            seated = seat(employer[1], self.offices.governs(role), self.lone_places) if employer else ""
            employer = None if seated else employer  # 济宁市委书记甲、市长乙: 乙 is of 济宁市人民政府 (committees.py)
            person = neighbours.person(doc, start, end, role, employer)
            if person is not None and org is not None and (also := self._earlier_post(text, mentions, org, name_ends)):
                person._.ipg["also_short"] = also
                if (governed := self._earlier_government(text, mentions, org)) is not None:
                    person._.ipg["also_government"] = governed  # 某区副区长、某管委会主任甲: a post at each
            if person is not None and role and (country := self.offices.state(text, mentions, title_at, role, org)):
                person._.ipg["country"] = country
            if person is not None and seated and "、" in role and org is not None:
                person._.ipg["also_short"] = org.text  # 市委副书记、市长甲: a post at the committee too
            if person is not None:
                government = {"name": seated, "country": "CN"} if seated else None if employer is not None or \
                    byline else self.offices.local_government(text, mentions, title_at, role)
                if government:
                    person._.ipg.update(government_of=government)
                elif employer is None:
                    short, heads = ("", self.offices.own_outlet(text, start)) if byline else \
                        self.offices.short_body(text, mentions, title_at, role)
                    person._.ipg.update(byline=byline, affiliation_short=short, affiliation_heads=heads,
                                        pointed=not byline and self.offices.points_back(text, title_at),
                                        state_names=self.offices.state_names(text, mentions, title_at, role),
                                        governs=self.offices.governs(role))
                people.append(person)
                blocked.update(range(start, end))
        units = [u for u in units + list(writers.values())
                 if any(p._.ipg.get("affiliation_text") == u._.ipg["name"] for p in people)]
        share_governed(text, people)  # 党委书记甲、校长乙: the secretary is of the body 校长 heads
        if people:
            set_spans(doc, MENTIONS, [s for s in mentions if not any(overlaps(s, p) for p in people)] + people +
                      [u for u in units if u not in mentions])
        return doc

    def _earlier_post(self, text: str, mentions: list[Span], body: Span, name_ends: frozenset[int]) -> str:
        """The body of another post the person holds, printed before the body of the title next to the name and
        joined to it by 、 or a comma with no name between (某局党组成员、副局长，某局副局长甲; 某分会会长、
        某公司原主任乙): its name as printed before its title, for the report to resolve as it resolves the body before
        a title. A title right after a name (``name_ends``) closes that person's item of a list, no post of the next
        one (某所所长甲老师、某室乙老师; 某处甲处长、某局某处处长乙)."""
        if text[body.start_char - 1 : body.start_char] not in ("、", "，", ","):
            return ""
        chain = self._title_ending(text, max(0, body.start_char - 21), body.start_char - 1)
        return self.offices.short_body(text, mentions, chain.start(), chain.group(0))[0] \
            if chain and chain.start() not in name_ends else ""

    def _earlier_government(self, text: str, mentions: list[Span], body: Span) -> dict | None:
        """The government of the area printed before the earlier title of a chain (某区副区长、某管委会主任甲), whose
        title makes the person one of its heads too: a place and no body, so ``_earlier_post``'s name resolves to
        none; None where the earlier post's title governs no area printed before it."""
        chain = self._title_ending(text, max(0, body.start_char - 21), body.start_char - 1)
        governed = self.offices.local_government(text, mentions, chain.start(), chain.group(0)) if chain else None
        return governed if governed and governed.get("country") == "CN" else None

    def _title_ending(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """The first titles (``self.title``) from ``start`` on that end at ``end``, or before a newline there: a
        search of ``(?:title)$``, whose 3,400 characters of pattern took ~5 ms of compiling for a few calls a build."""
        end -= text.endswith("\n", start, end)  # a title holds no newline
        return next((m for at in range(start, end) if (m := self.title.fullmatch(text, at, end))), None)

    def _row(self, text: str, mentions: list[Span]) -> list[Named]:
        """A speaker row of a programme: "name  organisation title"."""
        match = self.row.match(text)
        orgs = [s for s in mentions if s.label_ == ORG]
        if not match or not orgs or orgs[0].start_char != match.start(2):
            return []
        role = text[orgs[-1].end_char :].strip()
        name = match.group(1).replace(" ", "") if not match.group(1).isascii() else match.group(1)
        if not _CJK_NAME.match(name) or not self.title.search(role) or len(role) > 20:
            return []
        return [(match.start(1), match.end(1), role, orgs[-1], -1)]

    def _titled(self, text: str, mentions: list[Span], units: list[Span]) -> list[Named]:
        """Each title with the name after it (局长申长雨, 责编:李瑞辰、许雪) or, failing that, before it (张军院长)."""
        titled, honorifics = self.any_title.search(text) is not None, list(self.honorific.finditer(text))
        if not titled and not honorifics:  # three passages in four: the bodies' ends below are read for nothing
            return []
        ends = {s.end_char: s for s in mentions if s.label_ == ORG}
        ends.update({end + 1: org for end, org in list(ends.items()) if text[end : end + 1] in neighbours.CLOSERS})
        # A body and its 的 before a title (来自某法院的庭长甲, 某大学的教授乙): the title is a post at that body; not a
        # title also said of a group's members (某局的代表甲: whom the body sends, not a post it has).
        ends.update({end + 1: org for end, org in list(ends.items()) if text[end : end + 1] == "的" and not (
            (title := self.title.match(text, end + 1)) and title.group(0).endswith(self.group_titles))})
        ends.update({term.end(): org for end, org in list(ends.items())
                     if text.startswith("第", end) and (term := self.term.match(text, end))})
        ends.update({aside.end(): org for end, org in list(ends.items()) if (aside := _ASIDE.match(text, end))})
        portfolios = portfolio_ends(text, ends, self.portfolio)  # 某部文艺大臣甲: the ministry's minister
        ends.update(portfolios)
        abroad = frozenset(m.end_char + 1 for m in mentions if m.label_ == COUNTRY and m.kb_id_ != "CN"
                           and text[m.end_char : m.end_char + 1] == "的")
        # A passage holding no title (three in four) holds none masked either: it is not masked.
        masked = self._masked(text, ends) if titled else ""
        found: list[Named] = []
        queue = list(self.title.finditer(masked))
        while queue:
            match = queue.pop(0)
            if self._inside_noun(text, match.start(), match.end()) or text.startswith(_STAFF, match.end()):
                continue
            portfolio = _PORTFOLIO.match(text, match.end())
            role_end = portfolio.end() if portfolio else match.end()
            at = role_end + (1 if text[role_end : role_end + 1] in ("：", ":") else 0)
            at += 1 if text[at : at + 1] == " " and (LATIN_NAME.match(text, at + 1) or _SIGNED.match(text, at + 1)
                                                     or _SPACED.match(text, at + 1)) else 0
            at = courtesy.end() if (courtesy := LATIN_COURTESY.match(text, at)) else at  # 参赞Mr. Jan Kos
            names: list[tuple[int, int]] = []
            place = self.offices.place_before(text, mentions, match.start())
            after_org = match.start() in ends or place is not None or \
                self.offices.contracted_before(text, match.start(), match.group(0))  # 澳大校长甲乙丙热情接待
            country = self.offices.country(ends[match.start()]) if match.start() in ends else place
            foreign = None if after_org and not country else bool(after_org and country not in self.chinese_named)
            if not after_org and text[match.start() - 1 : match.start()] == "、" and \
                    (listed := listed_after(text, match.start(), found, self.led)) and listed[0] is not None:
                state = self.offices.country(listed[0])  # 某国某厅长官甲、副长官乙: the listed body's state
                foreign = True if state and state not in self.chinese_named else foreign
            while (name := self._name_at(text, at, after_org and not names, foreign and not names)) is not None:
                if names and (self.title.match(text, name[1]) or not self.list_end.match(text, name[1])
                              or neighbours.titled_item(text, name[1], self.title)
                              and not self._joined_last(text, mentions, name)):
                    break  # 局长甲、乙县知事丙, 署长甲、國際合作司…, 署长甲、商务及…局局长乙: no name of the list
                names.append(name)  # the names after the first need a word that follows a name: 副局长甲、乙出席
                if text[name[1] : name[1] + 1] != "、":
                    break
                at = name[1] + 1
            org, title_at = ends.get(match.start()), match.start()
            if org is None and names:
                org = neighbours.across_unit(text, match.start(), ends, self.title, self.any_head)
                if org is None and text.endswith(self.unit_heads, 0, match.start()) and \
                        (org := self._listed_unit(text, mentions, match.start(), found, ends)):
                    units.append(org)  # 某社副社长甲、翻译部主任乙: 乙 is of its 翻译部 (not 海关关长丙: a body)
            if names and org is not None:
                self._name_unit(text, org, found, ends)
            # A title also said of a group's members (代表, 负责人) takes no name of a foreign shape before it, nor one
            # of two characters inside a clause: 伙伴代表, 和师生代表, 相关负责人 (two-character words starting with a
            # surname abound); one that opens its clause or follows 由 is a name (会上，甲乙代表…发言; 由丙丁代表…).
            if not names and org is None and (name := self._posted_name(text, mentions, match, at)) is not None:
                names = [name]
            group = match.group(0).endswith(self.group_titles)
            if not names and match.start() not in portfolios and (  # 某团农业参赞: 农业 is the portfolio
                    name := self._name_before(text, unglossed(text, match.start()), ends,
                                                        frozenset() if group else abroad, match.group(0))) is not None \
                    and not (group and name[1] - name[0] < 3 and not opens_clause(text, name[0])):
                names, org, title_at = [name], body_before(text, name[0], ends), name[0]
                org = org or glossed.body_after(text, match.end(), ends)  # 甲教授（某大学）: the bracket's body
                if org is None and (unit := self._listed_unit(text, mentions, name[0], found, ends)) is not None:
                    org = unit  # 某局甲副局长、综合处乙处长: 乙 is of the bureau's 综合处
                    units.append(unit)
                joined = text[name[0] - 1 : name[0]]  # 和 after a name and its title only (某院甲教授和乙教授)
                if org is None and (joined == "、" or joined in COORDINATORS and self._title_ending(
                        text, max(0, name[0] - 12), name[0] - 1)) \
                        and (listed := listed_after(text, name[0], found, self.led)) \
                        and self.offices.fits(match.group(0), listed[0]):
                    org, title_at = listed  # 某委员会甲副主任、乙副主任: 乙 is of the same body
            elif not names and (name := self.appointed(text, match, self._plain)) is not None:
                names = [name]  # 选举甲为会长
            elif not names and org is not None and (name := self._apposed(text, org, ends)) is not None:
                names = [name]
            elif not names and (name := self._bracketed(text, match.start(), match.end(), ends)) is not None:
                names = [name]
            elif org is None and place is None and (listed := listed_after(text, match.start(), found, self.led)) \
                    and self.offices.fits(match.group(0), listed[0]):
                org, title_at = listed  # not 某市人民政府副市长甲，校长乙: a university's head
            elif org is None and place is None and names and not self.offices.points_back(text, match.start()):
                org = neighbours.principal_body(text, match.start(), match.group(0), found)  # not 该局副局长
            role = text[match.start() : role_end] if names and names[0][0] >= role_end else match.group(0)
            found += [(start, end, role, org, title_at) for start, end in names]
            if not names and (longer := self._overlapping(masked, match)) is not None:
                queue.insert(0, longer)
        for match in honorifics:
            name = self._name_before(text, match.start(), ends, abroad)
            if name is not None and not any(f[:2] == name for f in found):  # 律师甲女士: found by the title
                org = body_before(text, name[0], ends) or glossed.body_after(text, match.end(), ends)
                listed = listed_after(text, name[0], found, self.led, self.honorifics) if org is None else None
                found.append((*name, "", *(listed or (org, name[0]))))  # 某署律师甲女士和乙先生: 乙 is of it too
        return found

    def _masked(self, text: str, ends: dict[int, Span]) -> str:
        """The text with the bodies ending at ``ends`` masked: no title is read inside a body's name. A title may begin
        with the head of the body before it, printed once for both (商务部长 = 商务部 + 部长, 国家知识产权局长): the
        title starts on the body's last character, which stays unmasked, and the body ends there too (``ends``); not
        where a title starts after the body (特许厅长官 is the office's 长官)."""
        shared = {org.end_char - 1: org for org in set(ends.values())
                  if (title := self.title.match(text, org.end_char - 1)) is not None and title.end() > org.end_char
                  and self.title.match(text, org.end_char) is None}
        masked = list(text)
        for body in set(ends.values()):
            masked[body.start_char : body.end_char] = "\0" * (body.end_char - body.start_char)
        for at in shared:
            masked[at] = text[at]
        ends.update(shared)
        return "".join(masked)

    def _name_unit(self, text: str, unit: Span, found: list[Named], ends: dict[int, Span]) -> None:
        """A unit printed without its body, listed right after a person of a body (某市知识产权局局长甲、国际交流处
        处长乙) or after a title of the body in the same chain (某局一级调研员、综合处处长甲), is a unit of that body
        and is named so (某市知识产权局国际交流处), as is the next unit of the same list; a unit the mentions tied to a
        body already keeps its name."""
        details = unit._.ipg or {}
        listed = listed_after(text, unit.start_char, found, self.led)
        body = listed[0] if listed else neighbours.chain_body(text, unit.start_char, ends, self.title)
        kinds = ("unit",) if listed else neighbours.CHAIN_UNITS  # 某市委常委、宣传部部长甲: the committee's 宣传部
        faculty = bool(listed) and body is not None and self.faculties.stem_only(unit.text) and \
            self.offices.kind((body._.ipg or {}).get("name") or body.text) in FACULTY_PARENTS  # 某大学甲、法学院乙
        if unit.kb_id_ or details.get("kind") not in kinds and not faculty or details.get("parent") or body is None or \
                details.get("name", unit.text) != unit.text or neighbours.holds_body(unit.text, self.any_head) or \
                neighbours.own_place_body(text, unit.start_char, self.lone_places):
            return
        of = body._.ipg or {}
        printed = of.get("name") or body.text
        parent, name = (of.get("parent", ""), of.get("parent_name") or self.offices.parent_prefix(body.text, of))\
            if of.get("kind") == "unit" and not body.kb_id_ else \
            (body.kb_id_, printed if body.kb_id_ else neighbours.sibling_of(printed, unit.text, self.any_head))
        if name and self.faculties.stem_only(unit.text):  # 某大学法学院院长甲、科技处处长乙: the university's
            name = next((name[:end] for end in range(len(name) - 1, 1, -1)
                         if self.offices.kind(name[:end]) in FACULTY_PARENTS), name)
        if name:
            unit._.ipg = {**details, "name": name + unit.text, "parent": parent, "parent_name": name,
                          "country": of.get("country") or self.offices.org_country.get(body.kb_id_, "")}

    def _listed_unit(self, text: str, mentions: list[Span], at: int, found: list[Named],
                     ends: dict[int, Span]) -> Span | None:
        """A unit printed without its body right before a name, in a list after a person of a body (某局甲副局长、
        综合处乙处长; 某局局长甲和办公室乙主任): a run of a few characters ending in a body's head noun, which the
        mentions did not find; it is named as a unit of that body. A company is a body of its own, named as printed,
        never a unit of the body listed before it (某大学校长甲、某某公司总经理乙)."""
        start = at
        while start > max(0, at - 8) and is_cjk(text[start - 1]) and not self.breaks(text, start - 1):
            start -= 1  # a word holding a function word stays whole (对外合作处)
        lead = self.led.verb.search(text, max(0, start - 1), at)  # 带领某处甲处长: the unit opens after the verb
        start = lead.end() if lead else start
        head = self.any_head.search(text, start, at)
        listed = listed_after(text, start, found, self.led) if head and at - start >= 2 else None
        if not mentions or listed is None or listed[0] is None or self.offices.own_before(text, at) or \
                any(m.start_char < at and start < m.end_char for m in mentions):  # 本局局长: no unit 本局
            return None
        unit = mentions[0].doc.char_span(start, at, label=ORG, kb_id="")
        company = self.offices.kind(text[start:at]) == "company"
        if unit is not None:
            unit._.ipg = {"kind": "company" if company else "unit", "name": unit.text}
            if not company:
                self._name_unit(text, unit, found, ends)
        return unit if unit is not None and (company or unit._.ipg.get("parent_name")) else None

    def _posted_name(self, text: str, mentions: list[Span], title: re.Match[str], at: int) -> tuple[int, int] | None:
        """A name of no Chinese surname after the title of a diplomat a foreign state posts (某国驻沪总领事甲乙丙):
        the posting makes the holder a foreign state's, as a foreign body's title does (日本特许厅长官甲乙丙丁)."""
        if POSTED not in text[max(0, title.start() - 5) : title.end()]:
            return None
        state = self.offices.state(text, mentions, title.start(), title.group(0), None)
        return self._foreign_name(text, at) if state not in ("", "CN") else None

    def _overlapping(self, masked: str, title: re.Match[str]) -> re.Match[str] | None:
        """The title that the last characters of a title start and that reaches further (特许厅长官: 厅长 and 长官),
        tried when the first reading found no name."""
        return next((longer for at in range(title.start() + 1, title.end())
                     if (longer := self.title.match(masked, at)) is not None and longer.end() > title.end()), None)

    def _inside_noun(self, text: str, start: int, end: int) -> bool:
        """A title that a head noun goes on from is part of a body's name (委员会, 秘书处, 理事会), not a role."""
        return any((head := self.noun_head.match(text, at)) is not None and head.end() > end
                   for at in range(start, end))

    def _apposed(self, text: str, org: Span, ends: dict[int, Span]) -> tuple[int, int] | None:
        """The name a clause opens with, set off by a comma before "organisation title" (王敏，某局某司司长，…)."""
        if text[org.start_char - 1 : org.start_char] not in ("，", ","):
            return None
        name = self._name_before(text, org.start_char - 1, ends)
        opens = name is not None and (name[0] == 0 or text[name[0] - 1] in NAME_PUNCTUATION + "\n ")
        return name if opens else None

    def _bracketed(self, text: str, start: int, end: int, ends: dict[int, Span]) -> tuple[int, int] | None:
        """The name before a bracket that ends with the title (张立群（北京大学教授）表示; a foreign name: glossed)."""
        if (opening := glossed.opening(text, start, end)) < 0:
            return None
        return self._name_before(text, opening, ends) or glossed.foreign_before(
            text, opening, self.offices.country(ends[start]) if start in ends else "",
            lambda at, to: self._plain(text, at, to), lambda at: self._after_word(text, at))
