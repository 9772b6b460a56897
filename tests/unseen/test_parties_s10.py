"""Session 10, who commits: the parties of agreements and the actors of pledges, read by the real pipeline on
sentences written for these tests (none copied from an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read

NAMED = "6月3日，南岸区举办《江城市知识产权局、江城市南岸区人民政府知识产权合作框架协议》签约仪式。\n\n"


def test_a_signing_told_again_by_the_bare_end_of_a_named_instruments_name_is_that_instrument():
    # its parties short (市知识产权局) or a place inside one's name (南岸区 of 江城市南岸区人民政府)
    found = read(NAMED + "区长表示，市知识产权局与南岸区签订合作框架协议，将推动专利转化。", "agreements")
    assert [f.label for f in found] == ["江城市知识产权局、江城市南岸区人民政府知识产权合作框架协议"]
    found = read("论坛活动包括专家演讲、签订协议、项目路演等。\n\n活动中，相关单位签订《长江流域知识产权合作协议》。",
                 "agreements")
    assert [f.label for f in found] == ["长江流域知识产权合作协议"]
    # a party the named one has not is another signing of its own
    found = read(NAMED + "此外，江城市知识产权局还与北岸区人民政府签订合作框架协议。", "agreements")
    assert sorted(f.label for f in found) == [
        "合作框架协议", "江城市知识产权局、江城市南岸区人民政府知识产权合作框架协议"]
