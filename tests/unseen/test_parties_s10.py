"""Session 10, who commits: the parties of agreements and the actors of pledges, read by the real pipeline on
sentences written for these tests (none copied from an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def test_a_signing_told_again_by_the_bare_end_of_a_named_instruments_name_is_that_instrument():
    named = "6月3日，浙江大学举办《浙江省知识产权局、杭州市人民政府知识产权合作框架协议》签约仪式。\n\n"
    found = read(named + "市长表示，浙江省知识产权局与杭州市签订合作框架协议，将推动专利转化。", "agreements")
    assert [f.label for f in found] == ["浙江省知识产权局、杭州市人民政府知识产权合作框架协议"]
    found = read("论坛活动包括专家演讲、签订协议、项目路演等。\n\n活动中，相关单位签订《长江流域知识产权合作协议》。",
                 "agreements")
    assert [f.label for f in found] == ["长江流域知识产权合作协议"]
    # a party the named one has not is another signing of its own
    found = read(named + "此外，浙江省知识产权局还与宁波市人民政府签订合作框架协议。", "agreements")
    assert sorted(f.label for f in found) == ["合作框架协议", "浙江省知识产权局、杭州市人民政府知识产权合作框架协议"]
