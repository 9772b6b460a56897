"""Issue 16, events, round 7 (events missed in text not tuned on): sentences written for these tests (none copied
from an evaluation text), read by the real pipeline, one test per mechanism, named by the issue's pattern it serves."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- 4. a name read as its words: a mirror site's pinyin glosses are no part of it -----------------------------------


def test_4_a_name_glossed_with_pinyin_is_read_as_its_words():
    found = events("10月8日,第三屆長(cháng)三角知識(shí)產(chǎn)權(quán)論(lùn)壇在杭州舉(jǔ)行。", date="2024-10-09")
    assert one(found, "第三屆長三角知識產權論壇").start == "2024-10-08"
