"""Session 30, the parties of agreements: bodies a verb of acting beside joins to the subject told by their head
alone (会同该区司法局, 联合法院、检察院…等部门) are of the subject's place; a ceremony's verb (举行…签署仪式) is the
clause's own verb, so a subject carried from the sentence's opening signs; a city's district named alone signs for
itself. Sentences written for these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def test_a_body_told_by_its_head_alone_after_a_joint_verb_is_of_the_subjects_place():
    found = read("近日，江西省南昌市青山湖区人民检察院会同该区公安分局等三部门共同签署《知识产权协同保护协作协议》。",
                 "agreements")
    assert [sorted(f.parties) for f in found] == [sorted([
        "org/jiang-xi-sheng-nan-chang-shi-qing-shan-hu-qu-gong-an-fen-ju",
        "org/jiang-xi-sheng-nan-chang-shi-qing-shan-hu-qu-ren-min-jian-cha-yuan"])]
    listed = read("近日，安吉县市场监管局联合法院、检察院、公安局等部门联合签订《地理标志保护协作协议书》。",
                  "agreements")
    assert [sorted(f.parties) for f in listed] == [sorted([
        "org/an-ji-xian-shi-chang-jian-du-guan-li-ju", "org/an-ji-xian-fa-yuan", "org/an-ji-xian-jian-cha-yuan",
        "org/an-ji-xian-gong-an-ju"])]


def test_a_named_body_after_a_joint_verb_is_not_given_a_second_place():
    found = read("近日，安吉县市场监管局联合湖州市中级人民法院签订《地理标志保护协作协议书》。", "agreements")
    assert [len(f.parties) for f in found] == [2]
    assert not any("an-ji-xian-hu-zhou" in p for f in found for p in f.parties)


def test_the_subject_of_the_sentence_signs_what_its_later_clause_holds_a_ceremony_for():
    found = read("6月3日，临安区市场监督管理局会同临安区人民法院召开知识产权保护座谈会，"
                 "并举行知识产权诉调对接工作机制签署仪式。", "agreements")
    assert [sorted(f.parties) for f in found] == [sorted([
        "org/lin-an-qu-shi-chang-jian-du-guan-li-ju", "org/lin-an-qu-ren-min-fa-yuan"])]


def test_a_district_of_a_city_named_alone_signs_for_itself():
    found = read("3月9日，杭州市余杭区与浙江工业大学签署知识产权战略合作协议。", "agreements")
    assert [sorted(f.parties) for f in found] == [["org/hang-zhou-shi-yu-hang-qu", "org/zhe-jiang-gong-ye-da-xue"]]


def test_a_view_the_sides_reach_is_no_instrument():
    found = read("5月8日，衢州市中级人民法院与衢州市农业农村局就地理标志保护达成一致意见，并签署合作备忘录。",
                 "agreements")
    assert [f.label for f in found] == ["合作备忘录"]
