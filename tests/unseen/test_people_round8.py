"""Issue 16, pattern 1 (round 8): people and affiliations that the new annotated dev texts showed ipgraph reading
wrong: a common surname missing from the list (洪, 傅, 赖), a name before 发表; on sentences written for these
tests (none is copied from a report, a fresh text or an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_people_round7 import people


def test_pattern1_common_surnames_of_the_national_ranking_are_read(res):
    text = "温州大学校长洪志远、副校长傅晓燕和赖文华教授出席。"
    found = people(text, res)
    assert set(found) == {"洪志远", "傅晓燕", "赖文华"}
    assert found["洪志远"] == ("校长", "温州大学") and found["傅晓燕"] == ("副校长", "温州大学")


def test_pattern1_a_name_ends_before_the_verb_of_delivering_a_speech(res):
    assert people("温州大学校长周明远发表主旨演讲。", res) == {"周明远": ("校长", "温州大学")}
