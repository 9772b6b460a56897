"""Pathological text is handled in bounded time and memory, with correct output.

Each case runs in a fresh interpreter with a time limit, so a regression to a
quadratic or backtracking algorithm fails the test instead of hanging it. The
inputs are sized (about 10 million characters, or hundreds of thousands of
lines) so that such an algorithm could not finish within the limit; the
linear ones take a second or two. Speed targets live in benchmarks/, not here.
"""

from __future__ import annotations

import json

import pytest

from robustness_support import REPORT, cli, run_python, write

LIMIT = 120  # seconds; generous, so only an algorithm of the wrong order fails

SEGMENT = """
import json, resource
from ipgraph.ingest.passages import segment, normalise
text = {text}
passages = segment(text)
assert all(0 <= p.start < p.end <= len(text) and p.text for p in passages)
print(json.dumps({{
    "count": len(passages),
    "kinds": sorted({{p.kind for p in passages}}),
    "first": [passages[0].kind, passages[0].start, passages[0].end, len(passages[0].text)] if passages else None,
    "last_locator": passages[-1].locator if passages else None,
    "longest_locator": max((len(p.locator) for p in passages), default=0),
    "normalised": len(normalise(text[:200_000])),
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
}}))
"""


def segmented(text_expression: str) -> dict:
    result = run_python(SEGMENT.format(text=text_expression), LIMIT)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_a_10mb_paragraph_without_punctuation_is_one_passage():
    found = segmented('"知识产权保护合作" * 1_250_000')
    assert found["count"] == 1
    assert found["first"] == ["paragraph", 0, 10_000_000, 10_000_000]


def test_a_10mb_paragraph_broken_into_lines_without_punctuation_is_one_passage():
    found = segmented('("知识产权保护合作" * 5 + "\\n") * 250_000')
    assert found["count"] == 1
    assert found["first"] == ["paragraph", 0, 41 * 250_000 - 1, 40 * 250_000]


def test_deeply_nested_brackets():
    found = segmented('"[" * 5_000_000 + "]" * 5_000_000')
    assert found["count"] == 1 and found["first"][3] == 10_000_000


def test_deeply_nested_inline_footnotes_are_read_within_their_reach():
    """``[1: [1: … x ] ]``: only the innermost footnotes close within 5,000 characters of their start."""
    found = segmented('"[1: " * 1_000_000 + "x" + "]" * 1_000_000')
    assert found["count"] == 1001
    assert found["kinds"] == ["footnote", "paragraph"]


def test_millions_of_inline_footnote_starts_that_never_close():
    found = segmented('"[1:" * 3_000_000')
    assert found["count"] == 1 and found["kinds"] == ["paragraph"]


def test_ten_million_book_title_marks_without_a_closing_one():
    found = segmented('"《" * 10_000_000')
    assert found["count"] == 1 and found["first"][3] == 10_000_000


def test_thousands_of_book_title_marks_in_running_text():
    found = segmented('"".join(f"{i}. 据《知识产权协定第{i}条，中国加入《公约。\\n" for i in range(1, 100_000))')
    assert found["count"] == 99_999
    assert found["kinds"] == ["paragraph"]


def test_control_characters():
    found = segmented('"".join(chr(c) for c in [*range(1, 32), 127, *range(128, 160)]) * 50_000')
    assert found["count"] > 0


def test_ten_million_empty_lines_cost_no_memory():
    found = segmented('"\\n" * 10_000_000')
    assert found["count"] == 0
    assert found["peak_mb"] < 1000


def test_dot_leaders_that_never_reach_a_page_number():
    found = segmented('"目录" + "." * 10_000_000 + "x"')
    assert found["count"] == 1


def test_a_heading_too_long_to_be_one_does_not_repeat_in_every_locator():
    found = segmented('"一" * 1_000_000 + "、标题\\n" + "".join(f"{i}. 句子。\\n" for i in range(1, 2_000))')
    assert found["longest_locator"] < 300


def test_two_hundred_thousand_bullets_under_one_lead_paragraph():
    found = segmented('"1. 活动如下：\\n" + "- 研讨会\\n" * 200_000')
    assert found["count"] == 200_001
    assert found["last_locator"] == "1-200000"


def test_a_hundred_thousand_inline_footnotes_on_their_own_lines():
    found = segmented('"".join(f"[{i % 9000}: 注释]\\n" for i in range(100_000))')
    assert found["count"] == 100_000 and found["kinds"] == ["footnote"]


CLEAN = """
from ipgraph.ingest.textnorm import clean_line, join_fragments, mask_urls
for line in {lines}:
    cleaned = clean_line(line)
    assert len(cleaned) <= len(line) and len(mask_urls(line)) == len(line)
assert len(join_fragments(["知识"] * 2_000_000)) == 4_000_000
assert len(join_fragments(["ab"] * 2_000_000)) == 6_000_000 - 1
print("ok")
"""


def test_the_line_cleaner_on_pathological_lines():
    lines = ('["[" * 5_000_000, "[a](http://" * 500_000, "<http://" * 1_000_000, "\\\\" * 5_000_000, '
             '"http://" * 1_000_000, " \\u3000" * 2_500_000, "[" + "a" * 1999 + "](http://" + "x" * 1999]')
    result = run_python(CLEAN.format(lines=lines), LIMIT)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_a_report_full_of_control_characters_and_book_titles_builds(tmp_path):
    src, out = tmp_path / "in", tmp_path / "out"
    body = "".join(f"{i}. 中国\x01与\x1b[31m埃及\x7f签署《合作协议\x0c，法国《参加。\n" for i in range(1, 500))
    write(src / "odd.txt", REPORT + body)
    result = cli("build", src, "--out", out)
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines()[0].startswith("odd: 503 passages, ")
    assert "[1996 control characters read as spaces; not in reports.toml" in result.stdout


@pytest.mark.parametrize("report", [
    "知识产权保护" * 1_700_000,  # 10 MB of text with no line break and no punctuation
    ("知识产权保护合作" * 5 + "\n") * 250_000,  # the same in lines
])
def test_a_10mb_paragraph_fails_its_report_quickly_with_a_clear_message(tmp_path, report):
    src, out = tmp_path / "in", tmp_path / "out"
    write(src / "scan.txt", report)
    write(src / "good.txt", REPORT)
    result = cli("build", src, "--out", out)
    assert result.exit_code == 1
    length = len(report.replace("\n", ""))
    assert result.stderr.splitlines()[1] == (
        f"error: {src / 'scan.txt'}:1: passage ¶1 is {length:,} characters long (the longest extracted is "
        "4,000,000): the conversion lost its line breaks or sentence punctuation; repair the text and build again")
    assert sorted(p.name for p in out.iterdir()) == ["good.ttl", "reference.ttl"]
