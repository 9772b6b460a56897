"""The words of time a Chinese report dates its acts with besides full dates: days, weeks and recent times named
relative to the report (昨日, 上周五, 近日), words that refer to the date told before (当天, 次日), the part of a day
(上午), and a year or month-day as the other readers match them. The date reader (dates.py) turns them into dates.

A time word that stands between a subject and its verb also ends the subject (局长甲23日表示, 发言人乙昨日在…时说,
部长丙当天会见): Chinese puts the time of an act after its subject and before the verb. The people stage reads a
name's end by it (mentions/given_names.py), as it does by the adverbs that stand there (after_name.tsv)."""

from __future__ import annotations

import re

from ipgraph.zh.grammar import alternation

YEAR = r"(?:19|20)\d{2}"
"""A year as reports print one: 1900–2099."""
RELATIVE_DAYS = {"今天": 0, "今日": 0, "今晚": 0, "今晨": 0, "昨天": -1, "昨日": -1, "昨晚": -1, "前天": -2, "明天": 1,
                 "明日": 1, "今明两天": 0, "今明兩天": 0, "今明两日": 0, "今明兩日": 0}
"""Days named relative to the report's own date, when that date is a day (a news item's 昨日 is the day before it)."""
RELATIVE_LASTING = {"今明两天": 1, "今明兩天": 1, "今明两日": 1, "今明兩日": 1}
"""Relative days that name a span, as the days after the first it lasts (今明两天: today and tomorrow)."""
RELATIVE_WEEKS = {"上": -1, "本": 0, "这": 0, "這": 0, "下": 1}
"""Weeks named relative to the report's own date (上周五: the Friday of the week before the report's)."""
WEEKDAYS = "一二三四五六日天"
"""The days of a week as 周 and 星期 count them, Monday first (周日 and 星期天 are Sunday)."""
WEEK = ("周", "週", "星期", "礼拜", "禮拜")
RELATIVE_DAY = re.compile("|".join(RELATIVE_DAYS) + rf"|(?P<week>[{''.join(RELATIVE_WEEKS)}])(?:{'|'.join(WEEK)})"
                           rf"(?P<weekday>[{WEEKDAYS}])")
RELATIVE_DAY_MARK = re.compile(f"[{''.join(sorted({w[0] for w in RELATIVE_DAYS} | {w[-1] for w in WEEK}))}]")
"""A character every match of RELATIVE_DAY holds: most texts hold none."""
SAME_DAY = ("同日", "当天", "当日", "當天", "當日", "当晚", "當晚", "同一天", "正在这里", "正在這裡", "正在這裏")
"""Words that date a sentence with the date told just before it; 正在这里 (…活动正在这里举行) too: what is under way at
the place a scene just told was (4月20日上午，某中学内一场宣传活动正在开展), at that scene's time."""
VAGUE_TIME = re.compile(r"(?:近日|近期|连日来|連日來|前不久|不久前|日(?<![\d〇一二三四五六七八九十]日)前)")
"""Words that say an action was recent without saying when (近日, 日前, 前不久): they give no date, and a date the
sentence prints before them is another action's (9月16日，记者获悉，…日前在…举行); 16日前 is a date and 前. The
lookbehind stands after 日, so every branch opens with its character and re passes the rest in its C loop."""
RECENT_YEARS = re.compile(r"(?:近年来|近几年来?|近些年来?|近年|多年来)\s*[，,]")
"""Words that, before a comma, frame what follows as a retrospect over recent years (据悉，近年来，…签订合作协议):
the acts told after them took place over those years, at no occasion the report tells that day; 对近年来在…方面
做出贡献的… modifies a noun and frames nothing."""
RIGHT_AFTER = ("随后", "隨後", "紧接着", "緊接著", "紧接著", "随即", "隨即")
"""Words that, opening a sentence before a comma, tell what follows as done right after what was told last (…论坛在
成都开幕。随后，与会嘉宾出席了…发布会): at the same sitting, on the date told last, as a part of the day alone goes
on with it (上午，…). 此后 and 之后 leave the time open (此后，各地陆续开展…); 会后 is a setting (words.tsv held_at)."""
NEXT_DAY = ("次日", "翌日", "第二天", "隔天", "隔日")
"""Words that date a sentence with the day after the date told just before it."""
PREVIOUS_DAY = ("前一天", "前一日", "頭一天", "头一天")
"""Words that date a sentence with the day before the date told just before it (9月16日，论坛开幕。前一天，…举办了
…培训班: the 15th)."""
PARTS_OF_DAY = ("上午", "下午", "中午", "晚上", "晚间", "晚間", "早上", "凌晨", "傍晚")
"""The parts of a day a report names after a date or alone (23日上午, 昨天下午, 公司于1月16日上午与…, 上午，…): they
tell the hour, never another date, so what reads a date goes past them. After a day, 晚 and 早 alone do too (6日晚);
the readers that allow them add them, as a 晚 or 早 elsewhere opens other words (晚会, 早在)."""
PART_OF_DAY = alternation(PARTS_OF_DAY)
DEADLINE_AFTER = re.compile(rf"\s*(?:{PART_OF_DAY})?\s*(?:\d{{1,2}}\s*[:：]\s*\d{{2}})?\s*[之以]?前"
                            "(?![夕后後往来來去进進述沿列身端台])")
"""What after a date makes it a deadline (请于9月26日前报送, 于9月4日17:00前发送, 10月1日之前): the bound an act is to
be done by, no time anything is told as held; 前夕 (its eve) and 前后 (about then) leave the date its own, and so do
the words 前 opens (9月16日前往日内瓦, 前来, 前述)."""
DEADLINE_BEFORE = re.compile(r"(?:截至|截止|截止至|截止到)\s*$")
"""What before a date makes it the bound of a count or of work up to it (截至3月4日，…进行了培训): no day of holding."""


def deadline(text: str, begin: int, finish: int) -> bool:
    """The date printed from ``begin`` to ``finish`` is a bound (请于10月1日前…, 截至3月4日), not a time of holding."""
    return DEADLINE_AFTER.match(text, finish) is not None \
        or DEADLINE_BEFORE.search(text, max(0, begin - 4), begin) is not None


MONTH_DAY = re.compile(r"(?<!\d)(?:1[0-2]|0?[1-9])\s*月\s*(?:3[01]|[12]\d|0?[1-9])\s*[日号]")
"""A month and day: in a text that gives no year, a day was told though no ISO date can be made of it."""
TIME_WORD = re.compile(f"(?:{RELATIVE_DAY.pattern}|{VAGUE_TIME.pattern}|{'|'.join(SAME_DAY)}"
                       rf"|[于於]?\s*(?:{YEAR}\s*年\s*)?{MONTH_DAY.pattern})")
"""A word or date that tells only when something happens (今天, 近日, 当天, 于3月5日), as it stands between a subject
and its verb phrase: no item of a list of names."""

_DAY = r"(?<!\d)(?:3[01]|[12]\d|0?[1-9]|[一二三四五六七八九十]{1,3})\s*[日号號]"
"""A day of the month alone (23日, 二十三日), as a news item tells the day of an act within its dateline's month;
TIME_WORD reads a month and day, a relative day and a word of a recent time."""
SUBJECT_TIME = re.compile(rf"(?:{_DAY}|{TIME_WORD.pattern})(?:{PART_OF_DAY}|晚)?")
"""A time word as it stands right after a subject."""
MONTH_TIME = rf"(?:{YEAR}\s*年\s*)?(?<!\d)(?:1[0-2]|0?[1-9])\s*月(?:[上中下]旬|初|底)?"
"""A month, with its year or part or neither (5月, 2025年10月中旬), as a plan names when it will hold an event."""
HOLDING_TIME = rf"(?:[将將还還也]\s*)?[于於]?\s*(?:{SUBJECT_TIME.pattern}|{MONTH_TIME})"
"""When a subject holds an event, told between the subject and its verb (双方将于5月联合举办, 该局于5月6日举办):
no word of the subject's nor of the verb's."""
_FIRSTS = frozenset("0123456789一二三四五六七八九十于於近日前不" + "".join(w[0] for w in (*RELATIVE_DAYS, *SAME_DAY))
                    + "上本这這下")
"""The characters a time word opens with (上周五 too): most places a name may end at hold none, and the pattern is
not tried there."""


def time_word_end(text: str, at: int) -> int:
    """Where the time word that starts at ``at`` ends; ``at`` when none does."""
    if text[at : at + 1] not in _FIRSTS:
        return at
    found = SUBJECT_TIME.match(text, at)
    return found.end() if found else at
