"""Real text is messy: a mirror site prints a pinyin gloss after characters (知識產(chǎn)權(quán)). The passages
drop the glosses, so every stage reads the words whole, and their offsets still locate the lines as printed. The
sentences were written for these tests, none copied from an evaluation text."""

from __future__ import annotations

from ipgraph.ingest.passages import segment
from tests.unseen.test_events import events

GLOSSED = ("2021年7月5日，第三屆國際知識產(chǎn)權(quán)保護研討會在杭州開幕，"
           "浙江省知識產(chǎn)權(quán)局與世界知識產(chǎn)權(quán)組織共同主辦。\n")


def test_a_passage_reads_a_mirrors_text_without_its_glosses_and_locates_it_as_printed():
    passage = segment(GLOSSED)[0]
    assert passage.text == ("2021年7月5日，第三屆國際知識產權保護研討會在杭州開幕，"
                            "浙江省知識產權局與世界知識產權組織共同主辦。")
    assert GLOSSED[passage.start:passage.end] == GLOSSED.strip()


def test_a_bracketed_letter_or_a_word_in_brackets_is_no_gloss():
    text = "依第三條(a)項，知識產權局(CNIPA)與商標局(商標)會商。\n"
    assert segment(text)[0].text == text.strip()


def test_an_event_glossed_inside_its_name_is_one_event_with_its_organisers():
    found = events(GLOSSED)
    assert [(e.label, e.start) for e in found] == [("第三屆國際知識產權保護研討會", "2021-07-05")]
    assert {"org/zhe-jiang-sheng-zhi-shi-chan-quan-ju", "org/WIPO"} <= {*found[0].organisers, *found[0].partners}
