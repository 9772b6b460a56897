"""Issue 16: a report printed in traditional characters is read as the same report in simplified ones.

Every extractor reads the passages folded one character for one (``ipgraph.extract.script``) and every fact is
printed back as the report prints it. Before, each extractor folded where someone had remembered to: the dev texts
converted to traditional script lost 0.05 of events F1 and 0.12 of agreements F1 (签署 and 会谈 were not read in
簽署 and 會談). The sentences are written for these tests, one telling in each script.
"""

from __future__ import annotations

from dataclasses import fields

import pytest

from ipgraph.extract.script import Reprint, read_in_one_script
from ipgraph.ingest.passages import segment
from ipgraph.knowledge.gazetteer import load as load_gazetteer
from ipgraph.resources import resources
from tests.unseen.test_commitments_round5 import read

TELLINGS = [  # (simplified, traditional, kind)
    ("3月5日，浙江省知识产权局与浙江大学签署《知识产权人才培养合作协议》。",
     "3月5日，浙江省知識產權局與浙江大學簽署《知識產權人才培養合作協議》。", "agreements"),
    ("5月12日，由浙江省知识产权局主办、杭州市律师协会承办的2025年商标保护研讨会在杭州举行。",
     "5月12日，由浙江省知識產權局主辦、杭州市律師協會承辦的2025年商標保護研討會在杭州舉行。", "events"),
    ("6月3日，浙江省知识产权局局长王建国与日本特许厅长官山田太郎举行会谈。",
     "6月3日，浙江省知識產權局局長王建國與日本特許廳長官山田太郎舉行會談。", "events"),
]

_TEXTS = {"label", "subject", "quote"}


def _what(fact: object) -> dict[str, object]:
    """Everything a fact says but its words: kind, date, roles, parties."""
    return {f.name: getattr(fact, f.name) for f in fields(fact) if f.name not in _TEXTS}  # type: ignore[arg-type]


@pytest.mark.parametrize(("simplified", "traditional", "kind"), TELLINGS)
def test_a_report_in_traditional_script_yields_the_facts_of_its_simplified_telling(simplified, traditional, kind):
    plain, printed = read(simplified, kind), read(traditional, kind)
    assert plain, "the simplified telling must yield the fact compared"
    assert [_what(f) for f in printed] == [_what(f) for f in plain]


@pytest.mark.parametrize(("simplified", "traditional", "kind"), TELLINGS[:2])
def test_every_text_of_a_fact_is_printed_as_the_report_prints_it(simplified, traditional, kind):
    table = load_gazetteer(resources().knowledge).one_script
    for plain, printed in zip(read(simplified, kind), read(traditional, kind), strict=True):
        for name in _TEXTS & {f.name for f in fields(printed)}:
            text = getattr(printed, name)
            assert text in traditional and text.translate(table) == getattr(plain, name), (name, text)


def test_a_label_composed_from_two_names_takes_the_reports_characters():
    [meeting] = read(TELLINGS[2][1], "events")
    assert meeting.label == "王建國與山田太郎會談"  # was 与日本特許廳會談: two names lost, 与 in the other script
    assert meeting.participants == ["org/zhe-jiang-sheng-zhi-shi-chan-quan-ju", "org/JPO"]


def test_a_label_composed_from_a_name_the_text_prints_keeps_one_script():
    [meeting] = read("10月8日，澳門經濟局與廣東省知識產權局舉行工作會談，並就加強商標保護交換意見。", "events")
    assert meeting.label == "與廣東省知識產權局會談"  # was 与廣東省知識產權局會談


def test_a_report_in_simplified_script_is_read_as_printed():
    passages = segment("标题\n\n浙江省知识产权局与浙江大学签署协议。\n")
    read_passages = read_in_one_script(passages, load_gazetteer(resources().knowledge).one_script)
    assert all(r is p for r, p in zip(read_passages, passages))
    assert not Reprint(passages, read_passages)


def test_a_stray_traditional_passage_does_not_print_a_simplified_report_in_traditional():
    passages = segment("标题\n\n浙江省知识产权局与浙江大学签署协议。\n\n香港知識產權署出席。\n")
    reprint = Reprint(passages, read_in_one_script(passages, load_gazetteer(resources().knowledge).one_script))
    assert reprint.text("香港知识产权署") == "香港知識產權署"  # read in the passage that prints it
    assert reprint.text("知识产权合作会谈") == "知识产权合作会谈"  # composed: the report is printed in simplified


def test_full_width_digits_and_letters_are_read_as_ascii_and_printed_as_typed():
    [agreement] = read("３月５日，ＷＩＰＯ与浙江大学签署《２０２５年知识产权人才培养合作协议》。", "agreements")
    assert (agreement.date, agreement.parties) == ("2025-03-05", ["org/WIPO", "org/zhe-jiang-da-xue"])
    assert agreement.label == "２０２５年知识产权人才培养合作协议"


def test_a_fact_cited_to_a_simplified_passage_is_printed_as_that_passage_prints_it():
    """Regression (385, session 14): a report in simplified characters under a caption in traditional ones printed
    a name its body states (陈明远) as the caption's 陳明遠, since only the folded passages were searched."""
    passages = segment("陳明遠與李國華簽署備忘錄\n\n东江大学校长陈明远与南岭研究院院长李国华今天签署合作备忘录。\n")
    reprint = Reprint(passages, read_in_one_script(passages, load_gazetteer(resources().knowledge).one_script))
    body = next(p.slug for p in passages if "东江大学" in p.text)
    assert reprint.text("陈明远", [body]) == "陈明远"
    assert reprint.text("陈明远") == "陳明遠"  # cited nowhere: the caption that prints it
