"""Years of the Republic of China, as Taiwan's offices and papers date (民國93年, 中華民國九十三年, 113年9月16日).

Year 1 of the Republic is 1912: the year printed plus 1911. A year after 民國 (or 中華民國) is one whatever its
digits; three digits alone, Arabic or Chinese ones read digit by digit (113年, 一一五年), only before a month
(113年9月, 一一五年一月), where no count of years is printed, and only from 100 to 129 (2011 to 2040), so that a
duration (30年) or a mainland year is never read as one. ``zh/dates.py`` reads
the year in its date pattern (``ROC_YEAR``) and converts it here.
"""

from __future__ import annotations

from ipgraph.zh.grammar import chinese_number

ROC = ("中華民國", "中华民国", "民國", "民国")
"""The names of the era a year of the Republic is printed after."""
_HAN_DIGIT = {"〇": 0, "零": 0, "○": 0} | {c: i for i, c in enumerate("一二三四五六七八九", start=1)}
ROC_YEAR = (rf"(?:{'|'.join(ROC)})\s*(?:\d{{1,3}}|[{''.join(_HAN_DIGIT)}十百]{{1,5}})"
            rf"|(?<![\d.{''.join(_HAN_DIGIT)}十])(?:1[0-2]\d|一[〇零○一二][{''.join(_HAN_DIGIT)}])"
            r"(?=\s*年\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月)")
"""A year of the Republic as a date prints it, before its 年."""


def roc_year(printed: str) -> int:
    """The Gregorian year of a year of the Republic as ROC_YEAR matches it: in digits, counted (九十三, 一百一十三)
    or digit by digit (一〇三)."""
    value = printed
    for era in ROC:
        value = value.removeprefix(era)
    value = value.strip()
    if value.isascii():
        return 1911 + int(value)
    if set(value) <= set(_HAN_DIGIT):
        return 1911 + int("".join(str(_HAN_DIGIT[c]) for c in value))
    return 1911 + chinese_number(value.replace("〇", "零").replace("○", "零"))  # 一百〇五: 〇 counts as 零
