"""A series told with the year it began.

自2021年起每年举办…论坛, 从2019年开始连续举办…, 2015年以来已举办七届, 由…协会于2005年创办, 智慧局自民國110年起開始舉辦
「…競賽」: a year alone (no month, no day) that a word of beginning follows (起, 开始, 以来, 创办 — the ``began``
words) marks when something still running began, so a sentence that says it tells of the series, not of an event
held that year. An edition the sentence names by its ordinal or its year (2019年开始举办首届…) is still one; a day
that opens a span (自5月8日起举办为期三天的…), or any month or day the sentence prints, is a time of one event, not
the start of a series. Nor is a year named
relative to the report's (今年以来，…举办了…论坛): that is the period a review covers, and what it held then was held.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ipgraph.zh.dates import RELATIVE_YEARS, DateSpan


def began_series(text: str, dates: Sequence[DateSpan], began: re.Pattern[str], not_began: re.Pattern[str]) -> bool:
    """Whether a printed year alone among ``dates`` (found in ``text``) is followed right away by a word ``began``
    matches (and not by a longer word ``not_began`` matches, which begins nothing: 2023年起诉的…): the year a series
    began, told in the sentence. Only when the sentence prints no finer date: a month or a day there is when what it
    tells was held (5月8日，…举办…论坛，回顾2019年以来的工作)."""
    if any(len(span.start) > 4 for span in dates):
        return False
    return any(span.start == span.end and began.match(text, span.finish) is not None
               and not_began.match(text, span.finish) is None
               and not text.startswith(tuple(RELATIVE_YEARS), span.begin) for span in dates)
