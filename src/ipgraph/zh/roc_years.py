"""Years of the Republic of China calendar (民國紀年), as Taiwan's official texts and press date themselves: 民國93年,
中華民國九十三年, or a year of three digits before a month (113年5月10日). The date reader (dates.py) reads them as
the years they are, year 1 being 1912, where it would otherwise take the report's year for a month and day printed
after a year it could not read."""

from ipgraph.zh.grammar import chinese_number

ROC_OFFSET = 1911
"""民國1年 is 1912."""
ROC_YEAR = (r"(?:中[華华])?民[國国]\s*(?P<roc>\d{1,3}|[〇零○一二三四五六七八九十百]{1,5})"
            r"|(?<![\d〇零○一二三四五六七八九十])(?P<rocb>1[01]\d|一[〇零○一][〇零○一二三四五六七八九])"
            r"(?=\s*年\s*(?:1[0-2]|0?[1-9]|十[一二]?|[一二三四五六七八九])\s*月)")
"""A year of the calendar: after 民國 (with 中華 or not) in digits or Chinese ones, or bare as three digits from 100 to
119 (一〇〇 to 一一九) followed by a month (no year of the common era is printed so, and no count of years takes a month
after it)."""
ROC_START = r"中[華华]民|民[國国]"
"""What a year of the calendar that names it opens with: a date may start there."""
_DIGIT_BY_DIGIT = {"〇": 0, "零": 0, "○": 0} | {c: i for i, c in enumerate("一二三四五六七八九", start=1)}


def roc_year(value: str) -> int:
    """The common-era year of a calendar year printed in digits, digit by digit (一一五, 一〇一) or counted (九十三)."""
    if value.isascii():
        return int(value) + ROC_OFFSET
    if all(c in _DIGIT_BY_DIGIT for c in value):
        return int("".join(str(_DIGIT_BY_DIGIT[c]) for c in value)) + ROC_OFFSET
    return chinese_number(value.replace("〇", "零").replace("○", "零")) + ROC_OFFSET  # 一百〇五: 〇 counts as 零
