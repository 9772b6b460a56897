"""Session 13, the parties of agreements: a subject of two bodies joined by a verb of acting together (A联合B与C签订;
census on fresh dev: rt-329). Sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read

_OFFICE, _UNIVERSITY = "org/ning-bo-shi-shi-chang-jian-du-guan-li-ju", "org/ning-bo-da-xue"
_CENTRE = "org/zhe-jiang-sheng-zhi-shi-chan-quan-yan-jiu-yu-fu-wu-zhong-xin"


def test_a_body_joined_to_the_subject_by_a_verb_of_acting_together_signs_too():
    """联合 and 携手 make the body after them the subject's partner: both sign, one instrument with the counterpart;
    组织 sets the body after it to work, and the subject is no party."""
    for verb in ("联合", "携手"):
        found = read(f"4月2日，宁波市市场监督管理局{verb}宁波大学与浙江省知识产权研究与服务中心"
                     "签署了《专利导航合作协议》。", "agreements")
        assert [f.parties for f in found] == [[_OFFICE, _UNIVERSITY, _CENTRE]], verb
    found = read("4月2日，宁波市市场监督管理局组织宁波大学与浙江省知识产权研究与服务中心签署了《专利导航合作协议》。",
                 "agreements")
    assert [f.parties for f in found] == [[_UNIVERSITY, _CENTRE]]


def test_the_bracket_after_the_first_body_stands_between_it_and_the_verb():
    found = read("5月6日，杭州市市场监督管理局（知识产权局）联合浙江大学与宁波市科技局签订《专利转化合作协议》。",
                 "agreements")
    assert [len(f.parties) for f in found] == [3]
    assert "org/zhe-jiang-da-xue" in found[0].parties
