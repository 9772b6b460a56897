"""Issue 16, round 4 of the commitments (patterns 9 and 12) in the prose of committee reports and white papers, on
sentences written for these tests (not taken from any evaluation text), read by the real pipeline — passages, spaCy
mentions, resolution, the registry's extractors — as a WIPO report of 2025 would be: treaty actions a body decided on
(决定…，以缔结《A》) and verbs chained to another action verb (缔结和通过); pledges of standing commitments whose
subject is the author's own work or a treaty that stands for its body.
"""

from __future__ import annotations

from pathlib import Path

from ipgraph.extract.facts import extract
from ipgraph.extract.registry import ReportText, run_extractors
from ipgraph.ingest.corpus import ReportMeta
from ipgraph.ingest.passages import segment
from ipgraph.resources import resources


def read(text: str, kind: str) -> list:
    """The facts of one kind that the extractors find in ``text``, told by WIPO in its report on 2025."""
    knowledge, passages = resources().knowledge, segment(f"标题\n\n{text}\n")
    meta = ReportMeta(id="round4", path=Path("round4.txt"), date="2025-12-01", period="2025-01/2025-12",
                      author=("WIPO",))
    return run_extractors(ReportText(meta, passages, extract(passages, knowledge), knowledge))[kind]


def actions(text: str) -> set[tuple[str, str]]:
    return {(fact.treaty, fact.action) for fact in read(text, "treaty_actions")}


# --- 9. treaty actions in committee prose ----------------------------------------------------------------------------

def test_9_a_conclusion_the_members_decided_on_is_an_action_not_an_aim():
    assert actions("2021年5月，成员国决定于2025年召开一次外交会议，以缔结《马拉喀什条约》。") \
        == {("marrakesh-treaty", "Conclusion")}


def test_9_adoption_chained_to_conclusion_is_the_verb_nearest_the_treaty():
    assert actions("根据大会作出的于2026年召开外交会议以缔结和通过外观设计法条约的决定，常设委员会举行了特别会议。") \
        == {("riyadh-dlt", "Adoption")}


def test_9_an_aim_nobody_decided_and_tongguo_alone_are_no_actions():
    assert actions("秘书处举办讲习班，以缔结《马拉喀什条约》。申请人通过《专利合作条约》提交国际申请。") == set()


def test_9_countries_acceding_without_an_object_accede_to_the_one_treaty_their_passage_names():
    found = read("为推广马德里体系，秘书处向老挝和蒙古派出代表团，在这两个国家加入后培训审查员。"
                 "秘书处还编写了关于泰国加入的说明。", "treaty_actions")
    assert sorted((f.treaty, f.action, tuple(f.actors)) for f in found) == [
        ("madrid-protocol", "Accession", ("country/LA",)), ("madrid-protocol", "Accession", ("country/MN",)),
        ("madrid-protocol", "Accession", ("country/TH",))]


def test_9_an_accession_with_its_own_object_or_in_a_passage_of_two_treaties_is_not_read_so():
    assert actions("中国加入世贸组织后，履行了《TRIPS协定》和《巴黎公约》的义务，秘鲁加入后也是如此。") == set()


# --- 6. agreements named only as the ground of an act ---------------------------------------------------------------

def parties(text: str) -> list[tuple[str, list[str]]]:
    return sorted((fact.type, sorted(fact.parties + fact.inferred)) for fact in read(text, "agreements"))


def test_6_an_instrument_named_only_as_the_ground_of_sharing_binds_the_author_and_the_one_who_shares():
    assert parties("讲习班放映了国际足球联合会提供的比赛录像，这些录像是依据谅解备忘录提供的。") \
        == [("MemorandumOfUnderstanding", ["org/WIPO", "org/guo-ji-zu-qiu-lian-he-hui"])]  # a new organisation


def test_6_the_ground_named_after_a_signing_of_its_kind_is_that_instrument_again():
    assert parties("2025年3月，产权组织与欧洲专利局签署了谅解备忘录。根据谅解备忘录，欧洲专利局提供了培训。") \
        == [("MemorandumOfUnderstanding", ["org/EPO", "org/WIPO"])]


# --- 12. pledges in committee prose ----------------------------------------------------------------------------------

def pledgers(text: str) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for fact in read(text, "pledges"):
        found.setdefault(fact.quote, set()).add(fact.actor)
    return found


def test_12_a_treaty_that_works_towards_something_is_its_secretariat_committing():
    assert pledgers("《联合国气候变化框架公约》致力于推动各国分享减排技术。") \
        == {"《联合国气候变化框架公约》致力于推动各国分享减排技术": {"org/UNFCCC-SECRETARIAT"}}


def test_12_the_authors_programmes_that_work_towards_something_are_its_commitment():
    assert pledgers("青年发明家项目和创意产业对话致力于帮助发展中国家的青年创业者。") \
        == {"青年发明家项目和创意产业对话致力于帮助发展中国家的青年创业者": {"org/WIPO"}}


def test_12_a_programme_that_foretells_an_effect_and_a_subject_of_no_work_noun_pledge_nothing():
    assert pledgers("该项目将有效提升审查效率。这份报告致力于梳理各国的做法。") == {}


def test_12_the_date_and_place_of_a_thing_just_pledged_are_no_pledge_of_their_own():
    found = pledgers("秘书处将与当地大学合作举办一期培训班。该培训班将于2026年3月在内罗毕举行，届时将邀请各国专家授课。"
                     "该项目将于2026年扩展到更多国家。")
    assert found == {"秘书处将与当地大学合作举办一期培训班": {"org/WIPO-SECRETARIAT"},
                     "该项目将于2026年扩展到更多国家": {"org/WIPO"}}


def test_12_a_commitment_named_as_a_noun_a_verb_takes_is_held_by_the_subject_of_that_verb():
    found = pledgers("世界知识产权组织仲裁与调解中心开设了在线课程。该中心继续支持调解员性别均衡承诺。"
                     "双方在会谈中回顾了这一承诺。")
    assert found == {"该中心继续支持调解员性别均衡承诺": {"org/WIPO-AMC"}}


def test_12_jiang_before_an_object_applied_to_something_marks_the_object_not_the_future():
    assert pledgers("委员会将该例外暂缓适用于最不发达国家。秘书处将适时发布报告。") \
        == {"秘书处将适时发布报告": {"org/WIPO-SECRETARIAT"}}
