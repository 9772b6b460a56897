"""The words the pledge extractor reads (knowledge/commitments/pledge_words.tsv), loaded once per knowledge folder:
kept apart from ``pledges.py`` so the reading stays short."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ipgraph.extract.agreement_rules import load_rules as agreement_rules
from ipgraph.extract.mentions.headless import HeadlessNames
from ipgraph.extract.pledge_patterns import (
    CLAUSE_MARKS,
    deal_subject,
    itinerary_after_cue,
    modal_after_body,
    question_label,
    said_with_marks,
)
from ipgraph.extract.treaty_rules import load_rules as treaty_rules
from ipgraph.knowledge.gazetteer import Gazetteer, load as load_gazetteer
from ipgraph.knowledge.wordlists import word_lists
from ipgraph.zh.dates import find_dates
from ipgraph.zh.grammar import (
    APPROXIMATE,
    BRACKETED,
    CLAUSE_BREAKS,
    COLONS,
    JOIN,
    NAME_BREAKS,
    NUMBER,
    ORDINAL,
    SENTENCE_ENDS,
    WILL,
    Disposal,
    alternation,
    clause_bounds,
    match_starts,
    outside,
    searched,
)

_ANY_YEAR = 2000
"""A year to read 今年3月 by when only whether a clause is dated matters, not which date it names."""
_NAME = 20
"""The most characters in front of a head noun that a name opening a clause has (香港特别行政区政府知识产权署)."""
_HEAD = 2
"""The most characters a head noun after a collective has (三地海关, 两国政府): more is a subject of its own."""
_SESSION = re.compile(rf"(?:{ORDINAL.pattern}|下一?[次届屆])\s*\S{{0,3}}")
"""第11次会议, 下一届年会: a session told by its number alone, a head noun (会议, 例会) and nothing of a name."""
_NUMBERING = re.compile(r"^\s*(?:\d+\s*[.．、]|[（(]?[一二三四五六七八九十]+[）)、])\s*")
"""A paragraph's printed number (1., 三、) in front of its opening words."""


@dataclass(frozen=True)
class PledgeRules:
    cue: re.Pattern[str]
    cued: re.Pattern[str]
    """Whether a text holds a cue: ``cue``'s first characters looked for in C (``match_starts``), not its branches tried
    at every position (a test of every passage)."""
    disposal: Disposal
    continues: tuple[str, ...]
    not_cue: re.Pattern[str]
    lead: re.Pattern[str]
    lead_words: tuple[str, ...]
    said: re.Pattern[str]
    """A verb of speech ending the text (韩方表示, 甲称), none inside a word that is no speech (该名称)."""
    wishes: tuple[str, ...]
    future: tuple[str, ...]
    effects: tuple[str, ...]
    benefit: re.Pattern[str]
    """为香港带来…, 为…注入动力: a beneficiary and a verb of effect after 将, an effect foretold as 将使… is."""
    nouns: tuple[str, ...]
    own: tuple[str, ...]
    later: tuple[str, ...]
    modifies: tuple[str, ...]
    work: tuple[str, ...]
    takes: re.Pattern[str]
    treaty_bodies: dict[str, str]
    we: tuple[str, ...]
    with_words: tuple[str, ...]
    says: tuple[str, ...]
    restates: tuple[str, ...]
    since: tuple[str, ...]
    done: tuple[str, ...]
    not_done: re.Pattern[str]
    foresee: re.Pattern[str]
    volition: tuple[str, ...]
    announces: re.Pattern[str]
    """主要开展七方面工作: a count and a noun of a list's items ending a sentence (``announces_list``)."""
    """愿, 承诺: a cue of the speaker's will, which ends a forecast when it opens a clause after it (``willed``)."""
    he: tuple[str, ...]
    asked: re.Pattern[str]
    """问：, 记者：, 彭博社记者：: a journalist's question's label, opening a transcript's paragraph (``question``)."""
    answered: re.Pattern[str]
    """答：: an answer's label, opening a transcript's paragraph (``answer``; pledge_transcripts.py)."""
    hosts: tuple[str, ...]
    asks: tuple[str, ...]
    judgement: re.Pattern[str]
    """体现了, 标志着, 意味着: a predicate whose subject is a fact (treaty_action_words.tsv, list judgement)."""
    acts: re.Pattern[str]
    """…联盟的成立 ending a subject: the act as the subject, of which what follows is foretold."""
    agree: re.Pattern[str]
    """A verb of agreeing (同意), a cue of its own when the sides are its subject (sides_agree)."""
    agreed_to: tuple[str, ...]
    delegations: tuple[str, ...]
    """The group that speaks for a country or body at a meeting (巴西代表团表示，…): the events' ``delegation`` list,
    and the people of a side (双方代表表示，…)."""

    modals: tuple[str, ...]
    """会/會: the future's modal verb, a cue only where a body is its subject (body_will)."""
    modal_adverbs: tuple[str, ...]
    bodies: tuple[str, ...]
    """The head nouns that end a body's name (org_heads.tsv), and the names of bodies that end in none (港府, 立法会:
    headless_names.tsv), longest first."""

    governments: tuple[str, ...]
    """The full names of the governments printed short (港府: 香港特别行政区政府; headless_names.tsv)."""

    bare_modal: re.Pattern[str]
    """A clause that opens with nothing but lead words and adverbs before 会 (，亦会…): the modal's clause of no subject
    of its own, which goes on with the body of its sentence (body_will)."""
    modal_ending: re.Pattern[str]
    """A modal ending the text searched (the 会 that ends ``bare_modal``'s match), compiled once."""
    things: tuple[str, ...]
    """注册量, 行业, 经济: the nouns that end a subject naming a thing of an actor's (澳门商标注册量将…)."""
    relations: tuple[str, ...]
    """合作, 关系: the nouns of a relation between sides, which a collective in front only qualifies (三方合作)."""

    places: frozenset[str]
    """China's provinces and cities, with 省/市 and without (provinces.tsv, prefectures.tsv, cities.tsv)."""

    resolves: tuple[str, ...]
    """The cues that are verbs of deciding (决定): a deliberative body's is a resolution (``resolution``)."""
    deliberative: tuple[str, ...]
    """The head nouns ending a deliberative body's name or its sitting (大会, 委员会, 成员国, 会议上)."""
    deliberative_bodies: tuple[str, ...]
    """The names, short forms and Latin acronyms of the gazetteer's deliberative bodies (a name ending in one of
    ``deliberative``: 专利法常设委员会, SCP), longest first: the subjects that open a committee report's sentences."""
    every: tuple[str, ...]
    """各, 沿线: a word of every body of a kind (``unnamed_bodies``)."""
    body_kinds: tuple[str, ...]
    """部门, 机构, 地: the nouns of bodies of a kind that end a subject counting them, besides a body's head."""
    travel: re.Pattern[str]
    """A verb of a person's travel right after a cue, the time of the act between (``itinerary``)."""
    deal: re.Pattern[str]
    """该协议, 这一合作文件: a demonstrative and an instrument's noun (instruments.tsv) making a whole subject."""
    outcome: re.Pattern[str]
    """进一步促进, 推动: adverbs of the future list and a verb of what a deal brings about, right after 将."""
    it: tuple[str, ...]
    """它, 它们: the pronoun of a thing, which stands for a deal told before it (``deal_foretold``)."""
    laid_down: re.Pattern[str]
    """》，明确: a document's title, then a verb of what it lays down alone before a cue (list content)."""
    signifies: re.Pattern[str] = re.compile("(?!)")
    """标志着, 意味着: a verb whose object is what a fact signifies; a cue after it in its clause is part of that."""

    def deal_judged(self, subject: str, text: str, cue: int) -> bool:
        """该协议将进一步促进…, 这一备忘录将推动…: a deal as the subject and a verb of what it brings about after 将
        judge the deal — what will come of it — and commit nobody, whoever speaks (but 我们将进一步促进… is a
        pledge: its subject acts)."""
        return text.startswith(WILL, cue) and self.deal.fullmatch(subject) is not None \
            and self.outcome.match(text, cue + len(WILL)) is not None

    def deal_foretold(self, subject: str, text: str, cue: int, before: str) -> bool:
        """这个协议将包括…, 该备忘录将于签署之日起生效, …，它将标明…: a deal that is the whole subject of its own clause
        — or 它 standing for a deal that is a subject before it in the sentence (``before``) — cannot act, so what
        comes after 将 tells what the deal is or will do, no one's pledge."""
        if not text.startswith(WILL, cue):
            return False
        return self.deal.fullmatch(subject) is not None \
            or subject in self.it and self.deal.search(before) is not None

    def unnamed_bodies(self, subject: str) -> bool:
        """全市各级市场监管部门, 沿线国家知识产权机构, 全国各地: a subject that counts every body of a kind (a word of
        the every list in it) and ends in a body's head noun or a noun of bodies of a kind, naming none of them."""
        words = self.without_adverbs(self.lead.sub("", subject))
        return any(w in words for w in self.every) and words.endswith(self.bodies + self.body_kinds)

    def itinerary(self, clause: str, cue_start: int, cue_end: int) -> bool:
        """将于3月29日下午返港, 将拜访…, 将署任局长, 将会随行, 将率领代表团…到访: a cue that goes straight on, past the
        time of the act, to a verb of travel or stand-in tells an itinerary printed ahead — where someone goes, when
        he returns, who acts for him meanwhile — no commitment to act (pledge_words.tsv, list travel); so does one
        that goes on to an occasion's taking place, its clause ending there (论坛将于…在北京举行。: lists occurs),
        unless the occasion is a session told by its number alone (双方成立了工作组，第11次会议将于明年举行): the next
        sitting of a body told before, which its members plan to hold; nor when a body is the subject
        (香港海关将于明年举办。, 该局将于4月26日召开。): the body will hold the occasion, a planned event, which is its
        pledge (eval/SCHEMA.md: the actor's own future action)."""
        found = self.travel.match(clause, cue_end)
        return found is not None and not (found.group("occurs") and (
            _SESSION.fullmatch(clause[:cue_start].strip()) or self.hosts_it(clause[:cue_start])))

    def hosts_it(self, subject: str) -> bool:
        """A subject that ends in a body's head noun, the adverbs and the time of the act after it left out (该局,
        市知识产权局今年): a body, who holds an occasion, never the occasion itself (论坛, 研讨会)."""
        words = self.without_adverbs(self.lead.sub("", subject.strip()))
        return self.before_adverbs(words, self.bodies).rstrip().endswith(self.bodies)

    def after_occasion(self, before: str) -> bool:
        """该培训班将于3月在内罗毕举行，届时将…: the clause before, in its sentence, tells an occasion's taking place
        (``itinerary``), so a clause of no subject of its own after it tells what the occasion holds, no pledge."""
        before = before.rstrip(CLAUSE_MARKS + " ")
        clause = before[max(before.rfind(mark) for mark in CLAUSE_MARKS) + 1:]  # no split of the whole passage
        at = max(clause.find(WILL), clause.find("將"))
        return at >= 0 and self.itinerary(clause, at, at + 1)

    def acting_places(self, subject: str) -> list[str]:
        """福州将…, 珠海、中山将…: the places a subject consists of, each acting as a body of its own (a place that acts
        is an organisation named as printed: eval/realtext/README.d.md)."""
        items = [item.strip() for item in re.split(JOIN, self.lead.sub("", subject))]
        return items if all(item in self.places for item in items) else []

    def body_will(self, clause: str, start: int, end: int, told: Sequence[re.Match[str]] = ()) -> bool:
        """商标注册处会推出…, 特区政府亦会…, 政府明年会…: 会 tells what a body will do when the body is its subject, the
        subject's name ending in a body's head noun right before it (adverbs such as 亦, 也, 还 and the time of the
        act between); a person's 会 (他亦会到访…) tells a plan of his own movements, a thing's (博览会一定会越办越好) a
        forecast, and 会 that ends a head itself (协会, 基金会将…) names the body: no pledge there; nor is a head after
        an adverb (还组织会外活动) a name: it is a verb. A clause of nothing but adverbs before 会 (…，亦会…, …，又会…)
        goes on with the subject of the sentence: a body's when a clause told before it opens with one. The first
        person plural (我们会采取…, 我们也会…: the we list) is a body speaking of itself, as it is before 将. Right
        after a verb of speech (林郑月娥称，会收紧…, 甲表示会…), 会 with no subject of its own opens the speaker's
        words: the speaker's body's (``spoken_modal``, ``spoken_cue``)."""
        heads = self.bodies + self.we
        subject = self.before_adverbs(clause[:start], heads)
        if subject.strip() and self.spoken_modal(subject, "", clause[end:]):
            return True
        if self._goes_on(subject):
            return any(self._opens_with_body(earlier.group(0)) for earlier in told)
        head = next((h for h in heads if subject.endswith(h)), None)
        return head is not None and not clause[:end].endswith(self.bodies) \
            and not subject[:len(subject) - len(head)].rstrip().endswith(self.modal_adverbs + self.lead_words)

    def spoken_modal(self, subject: str, before: str, rest: str) -> bool:
        """会 right after a verb of speech, in its clause (甲称会…) or, with no subject, opening the clause after it
        (``before`` ending in the verb: 甲称，会…, 甲表示，亦会…), and not foretelling an effect (会有更多…, 会使…: the
        effect list, as after 将)."""
        bare = self.lead.sub("", subject).strip(" ，,")
        while bare.endswith(self.modal_adverbs):
            bare = _cut_end(bare, self.modal_adverbs)
        said = self.said.search(bare or before.rstrip(" ，,：:"))
        return bool(said) and not rest.startswith(self.effects)

    def spoken_cue(self, clause: str, before: str) -> list[re.Match[str]]:
        """The modal opening a clause right after a verb of speech (林郑月娥称，会收紧…, ``before`` the text before the
        clause): the cue pattern, read in the clause alone, cannot look behind it at the verb."""
        bare = self.bare_modal.match(clause)
        if bare is None or not self.spoken_modal("", before, clause[bare.end():]):
            return []
        return [m for m in [self.modal_ending.search(clause, 0, bare.end())] if m]

    def _goes_on(self, subject: str) -> bool:
        """亦, 同时亦, 又: ``subject`` is only adverbs, at least one of them: the clause has no subject of its own."""
        words = self.lead.sub("", subject.strip())
        while words.endswith(self.modal_adverbs):
            words = _cut_end(words, self.modal_adverbs)
        return bool(subject.strip(" ，,")) and not self.lead.sub("", words).strip()

    def _opens_with_body(self, clause: str) -> bool:
        """特区政府除…外, 知识产权署会与…合作: the clause opens with a body's name, the name (no word that breaks a name
        in it) ending in a head noun."""
        words = self.lead.sub("", clause.lstrip())
        ends = [at + len(head) for head in self.bodies if 0 < (at := words.find(head)) <= _NAME]
        return bool(ends) and not any(c in NAME_BREAKS for c in words[:min(ends)])

    def before_adverbs(self, words: str, heads: tuple[str, ...]) -> str:
        """The subject in ``words`` that end right before a cue, without the adverbs and the time of the act between
        them (海关亦会…, 海关日后会继续…, 海关今后亦会…): an adverb is cut only where a head of ``heads`` or a time is
        left in front of it, so a name that ends in an adverb's character (成都将…) keeps it."""
        while True:
            shorter = _cut_end(words, self.later)
            if shorter == words:
                adverb = _cut_end(words, self.modal_adverbs)
                shorter = adverb if adverb.endswith(heads + self.later) else words
            if shorter == words:
                return words
            words = shorter

    def judged(self, sentence: str, cue: int) -> bool:
        """A认可B的审查结果，体现了…，将进一步促进…: the clause right before the cue's opens with a judgement, whose
        subject is a fact (what the sentence opens with), not an actor; the cue's clause, if it has no subject of its
        own, goes on with that fact and tells what will come of it, no one's pledge."""
        start = clause_bounds(sentence, cue)[0]
        before = clause_bounds(sentence, start - 1)[0] if start else start
        return start > 0 and self.judgement.match(self.lead.sub("", sentence[before:start - 1])) is not None

    def announces_list(self, sentence: str) -> bool:
        """主要开展七方面工作。, 重点做好以下工作：: a sentence with no clause break and no act done (了) that ends in a
        count of a list's items announces the items after it, which go on with the pledge before it."""
        words = sentence.strip().rstrip(SENTENCE_ENDS + COLONS)
        return self.announces.search(words) is not None and not any(c in words for c in CLAUSE_BREAKS) \
            and not any(w in self.not_done.sub("", words) for w in self.done)

    def willed(self, clause: str) -> bool:
        """…相信…将为德国带来机遇，愿秉持…: a clause that opens, past lead words, with a cue of will has no subject of
        its own and goes on with the one who speaks, not with the forecast before it."""
        return self.lead.sub("", clause.lstrip()).startswith(self.volition)

    def unsaid(self, words: str) -> str:
        """The words before a cue without the verb of speech that ends them (韩方表示将…: 韩方)."""
        return self.said.sub("", words, count=1)

    def without_adverbs(self, subject: str) -> str:
        """A subject without the lead words that end it (高智公司未来也将…: 未来, 也), the adverbs before its cue."""
        subject = subject.rstrip()
        while subject.endswith(self.lead_words):
            subject = _cut_end(subject, self.lead_words).rstrip()
        return subject

    def sides_agree(self, clause: str, collective: re.Pattern[str]) -> list[re.Match[str]]:
        """双方同意互派…, 两局同意建立…, 三地海关同意…: a verb of agreeing whose subject is a collective (the sides, at
        most a head noun after it: 三地海关) is a cue with or without a word of the future after it — what the sides
        agree to do is their joint pledge (eval/realtext/README.md 19: an agreement's content); not when the clause
        ends in what was put to them (同意有关合作建议), 的 makes it qualify a noun (在双方同意的基础上) or nothing
        follows in the clause (双方同意，将…: the cue after it is the pledge)."""
        found = []
        for verb in self.agree.finditer(clause):
            subject = self.without_adverbs(self.lead.sub("", clause[:verb.start()]))
            sides = [c for c in collective.finditer(subject) if len(subject) - c.end() <= _HEAD and
                     "的" not in subject[c.end():]]
            rest = clause[verb.end():].rstrip("，,。；;：: ")
            if sides and rest and not rest.startswith("的") and not rest.endswith(self.agreed_to):
                found.append(verb)
        return found

    def under_way(self, clause: str, cue_start: int, cue_end: int) -> bool:
        """今年3月國務院決定建立…制度以來舉辦的…: a cue in a clause dated before it and followed by 以来 starts a period
        already under way, something decided before, no pledge; so does a cue whose clause tells the act completed
        (远程学习计划在2023年为学员提供了课程: the noun 计划 before 在, the programme that did it)."""
        rest = clause[cue_end:]
        return any(w in rest for w in self.since) and bool(find_dates(clause[:cue_start], _ANY_YEAR)) \
            or any(w in self.not_done.sub("", rest) for w in self.done)

    def resolution(self, clause: str, cue_start: int, cue_end: int, before: str) -> bool:
        """马德里联盟大会决定暂停…, 产权组织成员国决定…召开…, WIPO大会在…会议上，决定采纳…: a deliberative body
        deciding passes a resolution that sets work for others, no pledge of its own; an agency deciding to act
        (…服务机构决定为…提供资助) still pledges. A clause with no subject of its own (并决定…, the clause after
        …会议上，) has the subject that opens its sentence, ``before`` being the sentence's text before the clause; a
        cue right after the verb (决定将…) is part of the resolution."""
        decided = next((w for w in self.resolves if clause.endswith(w, 0, cue_start)), None)
        if decided:
            cue_start, cue_end = cue_start - len(decided), cue_start
        if clause[cue_start:cue_end] not in self.resolves:
            return False
        subject = self.without_adverbs(self.lead.sub("", clause[:cue_start]))
        while subject.endswith(self.modal_adverbs):
            subject = _cut_end(subject, self.modal_adverbs).rstrip()
        if not subject.strip(" ，,"):
            opening = re.match(r"[^，,。；;：:]*?(?=[在于於]|$)", _NUMBERING.sub("", before))
            subject = opening.group(0) if opening and opening.group(0) else before.rstrip(" ，,")
            if self._opened_by_body(before):
                return True
        return BRACKETED.sub("", subject).rstrip(" ，,").endswith(self.deliberative)

    def _opened_by_body(self, before: str) -> bool:
        """The sentence opens with a deliberative body the gazetteer knows, by name or acronym (专利法常设委员会审议
        了…，并决定…; CDIP通过了…，并决定…): a committee report's sentence goes on with what the body did, and a
        clause without a subject of its own is the body's. An acronym that is the clause's own subject
        (SCCR决定在下届会议上继续…) is left as it was read: session 28's probes annotate that as the body's pledge of
        its own next work."""
        opening = _NUMBERING.sub("", before).lstrip()
        body = next((b for b in self.deliberative_bodies if opening.startswith(b)), None)
        return body is not None and not _NAME_GOES_ON.match(opening, len(body))


_NAME_GOES_ON = re.compile(r"[A-Za-z]")
"""After an acronym, a letter: the acronym is the start of a longer one (SCPX), not the body's."""


def _cut_end(text: str, words: tuple[str, ...]) -> str:
    """``text`` without the first of ``words`` (in their order: longest first where that matters) it ends with."""
    return text[:len(text) - len(next((w for w in words if text.endswith(w)), ""))]


@lru_cache(maxsize=4)
def load_rules(data_dir: Path) -> PledgeRules:
    words = word_lists(data_dir / "commitments" / "pledge_words.tsv")
    later = tuple(sorted(words.get("later", ()), key=len, reverse=True))  # 今年内 before 年内
    lead = words.get("lead", ()) + later + words.get("continue", ())  # 二是致力于…: no subject
    gazetteer, headless = load_gazetteer(data_dir), HeadlessNames(str(data_dir)).names
    bodies = tuple(sorted((*(h.head for h in gazetteer.org_heads), *headless), key=len, reverse=True))
    before_modal = bodies + words.get("we", ()) + words.get("modal_adverb", ())  # 特区政府亦会, 我们会
    speech = said_with_marks(words.get("speech", ()))
    after_body = modal_after_body(words.get("modal", ()), before_modal, later + speech)
    cue = (f"{alternation(words.get('cue', ()) + words.get('wish', ()))}"
           f"|{after_body}"
           f"|(?:{alternation(words['agree'])})(?=(?:{alternation(words.get('future', ()) + later)}))")
    opening = (*words.get("cue", ()), *words.get("wish", ()), *words.get("modal", ()), *words["agree"])
    return PledgeRules(
        cue=re.compile(cue), cued=re.compile(match_starts(cue, "".join(w[0] for w in opening))),
        disposal=Disposal.of(words),
        continues=words.get("continue", ()), not_cue=re.compile(searched(words.get("not_cue", ()))),
        lead=re.compile(f"^(?:{alternation(lead)}|[\\s，,、])*"), lead_words=lead,
        said=re.compile(f"(?:{outside(words.get('speech', ()), words.get('not_speech', ()))})$"),
        wishes=words.get("wish", ()),
        future=words.get("future", ()), effects=words.get("effect", ()),
        benefit=re.compile(f"为[^，,。；;]{{1,16}}?(?:{alternation(words.get('benefit', ()))})" if words.get("benefit")
                           else "(?!)"), nouns=words.get("noun", ()),
        own=words.get("own", ()),
        later=later, modifies=words.get("modifies", ()), work=words.get("work", ()),
        takes=re.compile(alternation(words.get("takes", ())) or "(?!)"),
        treaty_bodies=agreement_rules(data_dir).treaty_bodies, we=words.get("we", ()),
        with_words=agreement_rules(data_dir).words.get("with", ()), says=words.get("says", ()),
        restates=words.get("restates", ()), since=words.get("since", ()), done=words.get("done", ()),
        not_done=re.compile(alternation(words.get("not_done", ())) or "(?!)"),
        he=words.get("he", ()), asked=question_label(words.get("question", ())),
        answered=question_label(words.get("answer", ())),
        hosts=words.get("hosts", ()), asks=words.get("asks", ()),
        foresee=re.compile(alternation(words.get("foresee", ())) or "(?!)"), volition=words.get("volition", ()),
        announces=re.compile(f"(?:{NUMBER}|[{APPROXIMATE}]|以下|如下)(?:{alternation(words['items'])})$"
                             if words.get("items") else "(?!)"),
        judgement=treaty_rules(data_dir).judgement, acts=re.compile(f"的(?:{alternation(words.get('act', ()))})\\s*$"),
        agree=re.compile(searched(words.get("agree", ())) or "(?!)"), agreed_to=words.get("agreed_to", ()),
        delegations=word_lists(data_dir / "events" / "words.tsv").get("delegation", ()) + words.get("speaks_for", ()),
        modals=words.get("modal", ()),
        modal_adverbs=tuple(sorted(words.get("modal_adverb", ()), key=len, reverse=True)),
        bodies=bodies,
        governments=tuple(dict.fromkeys(h.full for h in headless.values() if h.kind == "government")),
        things=words.get("thing", ()), relations=words.get("relation", ()), places=_places(gazetteer),
        bare_modal=re.compile(f"[\\s，,]*(?:{alternation(lead + words.get('modal_adverb', ()))})*"
                              f"(?:{alternation(words.get('modal', ()))})"),
        modal_ending=re.compile(f"(?:{alternation(words.get('modal', ()))})$"),
        resolves=words.get("resolves", ()),
        deliberative=tuple(sorted(words.get("deliberative", ()), key=len, reverse=True)),
        deliberative_bodies=tuple(sorted({n for o in gazetteer.organisations.values()
                                          if o.name_zh.endswith(words.get("deliberative", ()))
                                          for n in (o.name_zh, *o.aliases_zh, *o.acronyms)}, key=len, reverse=True)),
        every=words.get("every", ()), body_kinds=words.get("body_kind", ()),
        travel=itinerary_after_cue(words),
        deal=deal_subject(words, (*agreement_rules(data_dir).nouns, *treaty_rules(data_dir).head)),
        outcome=re.compile(f"(?:{alternation(words.get('future', ()))})*(?:{alternation(words.get('outcome', ()))})"
                           if words.get("outcome") else "(?!)"), it=words.get("it", ()),
        signifies=re.compile(searched(words.get("signifies", ())) or "(?!)"),
        laid_down=re.compile(f"》[\\s，,：:]*(?:{alternation(words['content'])})[\\s，,：:]*$" if words.get("content")
                             else "(?!)"))


def _places(gazetteer: Gazetteer) -> frozenset[str]:
    names = (*gazetteer.provinces, *gazetteer.prefectures,
             *(c.name_zh for c in gazetteer.cities.values() if c.country == "CN"))
    counties = (c for c in gazetteer.counties if len(c) > 2)  # 襄州区将…: a county acts as a city does; 城区 is none
    return frozenset((*(f"{name}{suffix}" for name in names for suffix in ("", "市", "省")), *counties))
