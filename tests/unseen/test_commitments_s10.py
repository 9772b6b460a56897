"""Session 10 of the commitments: shapes of unseen text that carry over, each read by the real pipeline on sentences
written for these tests (none copied from an evaluation text)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read

OFFICE = "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"


def _pledgers(text: str) -> list[tuple[str, str]]:
    return sorted((fact.actor, fact.quote) for fact in read(text, "pledges"))


def test_a_subjectless_clause_in_a_speakers_words_goes_on_with_the_country_its_sentence_opens_with():
    assert _pledgers("浙江省知识产权局局长王明表示，我国知识产权事业取得显著成绩，这与各方的支持密不可分，"
                     "愿与各国继续深化合作。") == [("country/CN", "愿与各国继续深化合作")]
    assert _pledgers("浙江省知识产权局局长王明表示，中方高度重视双方合作，将与新方在人工智能领域加强交流。") == [
        ("country/CN", "将与新方在人工智能领域加强交流")]
    # an organisation opening the sentence is no country: the speaker's office pledges, as before
    assert _pledgers("浙江省知识产权局局长王明表示，浙江大学在专利转化方面成绩突出，将与浙江大学深化合作。") == [
        (OFFICE, "将与浙江大学深化合作")]
    assert _pledgers("浙江省知识产权局局长王明表示，将与浙江大学深化合作。") == [(OFFICE, "将与浙江大学深化合作")]
    assert _pledgers("浙江省知识产权局局长王明表示，中国和新加坡都高度重视知识产权，愿继续深化交流。") == [
        ("country/CN", "愿继续深化交流"), ("country/SG", "愿继续深化交流")]  # every country of the run
    assert _pledgers("浙江省知识产权局局长王明表示，中国与浙江大学合作基础良好，将继续深化交流。") == [
        (OFFICE, "将继续深化交流")]  # a run with an organisation in it is no country's topic
    # a collective opening the nearer clause is its topic, no country's
    assert _pledgers("浙江省知识产权局局长王明表示，中国高度重视知识产权保护，双方合作成果丰硕，将继续深化交流。") == [
        (OFFICE, "将继续深化交流")]


def test_a_signing_that_names_no_two_parties_is_an_agreement_of_unnamed_parties():
    found = read("推进会上，相关单位签署了推动专利转化的合作协议。", "agreements")
    assert [(f.label, f.parties, f.unnamed) for f in found] == [("推动专利转化的合作协议", [], True)]
    found = read("2025年5月，《加强数字领域知识产权合作的共同倡议》正式发布。", "agreements")
    assert [(f.type, f.label, f.parties, f.date) for f in found] == [
        ("JointStatement", "加强数字领域知识产权合作的共同倡议", [], "2025-05")]
    assert read("中国知识产权研究会发布《尊重知识产权倡议书》。", "agreements") == []  # one body's call, issued
    assert read("近年来，浙江省知识产权局共签署了30多项合作协议。", "agreements") == []  # a count of instruments
    assert read("会议期间，相关单位签署了一系列知识产权合作协议。", "agreements") == []
    # where the report tells an agreement with its parties, a telling without them is that one told again
    found = read("浙江省知识产权局与浙江大学签署《专利转化合作协议》。\n\n会上，相关单位签署了推动专利转化的合作协议。",
                 "agreements")
    assert [(f.label, f.unnamed) for f in found] == [("专利转化合作协议", False)]


def test_the_organisations_an_instruments_name_opens_with_are_its_parties_as_a_list_and_its_topic_alone():
    office, city = "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju", "org/hang-zhou-shi-ren-min-zheng-fu"
    found = read("6月3日，浙江大学举办《浙江省知识产权局、杭州市人民政府知识产权合作框架协议》签约仪式。", "agreements")
    assert [f.parties for f in found] == [[office, city]]  # the host of the ceremony signs nothing
    found = read("6月3日，浙江省知识产权局和杭州市人民政府举行浙江知识产权保护中心共建协议签署仪式。", "agreements")
    assert [f.parties for f in found] == [[office, city]]  # the centre is what they build


def test_a_verb_of_foreseeing_opening_a_clause_makes_the_clauses_after_it_a_forecast_no_pledge():
    assert _pledgers("浙江省知识产权局局长王明表示，相信随着合作的深入，两地企业将获得更多发展机会。") == []
    assert _pledgers("浙江省知识产权局局长王明表示，相信两地企业将获得更多发展机会。") == []
    # a pledge before the forecast is still the speaker's body's
    kept = _pledgers("浙江省知识产权局局长王明表示，将继续深化交流，相信两地企业将获得更多机会。")
    assert [actor for actor, _ in kept] == [OFFICE]
