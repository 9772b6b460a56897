"""Session 31, organisers told in another sentence (op41): sentences written for these tests (none copied from an
evaluation text or a probe), read by the real pipeline, one group per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def holders(text: str, date: str, label: str) -> tuple[list[str], list[str]]:
    """The organisers and partners the pipeline gives the one event of that label."""
    event = one(events(text, date=date), label)
    return event.organisers, event.partners


# --- a noun of praise after a word that points back (本次盛会, 此次盛事) names the event told last ------------------


def test_a_pointed_noun_of_praise_opening_a_later_sentence_takes_its_holders():
    assert holders("5月9日，第三届中国（南昌）专利技术交易会在南昌开幕。国家知识产权局副局长出席开幕式。\n"
                   "据悉，本次盛会由江西省人民政府、中国科学院主办，南昌大学协办。", "2024-05-10",
                   "第三届中国（南昌）专利技术交易会") == (
        ["org/jiang-xi-sheng-ren-min-zheng-fu", "org/zhong-guo-ke-xue-yuan"], ["org/nan-chang-da-xue"])


def test_a_pointed_noun_of_praise_in_traditional_script_takes_its_holders():
    organisers, partners = holders("10月12日，第五屆粵港澳知識產權交易博覽會在廣州開幕。\n"
                                   "據了解，此次盛會由廣東省知識產權局主辦，南方醫科大學協辦。", "2023-10-13",
                                   "第五屆粵港澳知識產權交易博覽會")
    assert organisers == ["org/guang-dong-sheng-zhi-shi-chan-quan-ju"] and len(partners) == 1


def test_a_pointed_noun_of_praise_as_the_object_of_a_role_verb_gives_its_subject_that_role():
    assert holders("10月9日，第十届中国知识产权交易博览会在合肥开幕。合肥市人民政府承办了本届盛会。", "2024-10-10",
                   "第十届中国知识产权交易博览会") == ([], ["org/he-fei-shi-ren-min-zheng-fu"])


def test_a_noun_of_praise_with_no_event_told_before_holds_nothing():
    found = events("据悉，本次盛会由江西省人民政府主办。", date="2024-05-10")
    assert all(e.organisers == [] for e in found)


# --- a relative clause of roles before a pointing name (由A主办的此次博览会) says who held the event told before ----


def test_a_relative_clause_before_a_pointing_name_gives_its_holders_to_the_event_told_before():
    assert holders("9月3日，2024杭州知识产权交易博览会在杭州开幕。由浙江省知识产权局和杭州市人民政府主办的此次博览会，"
                   "是浙江首次举办的交易博览会，吸引了200多家机构参展。", "2024-09-04",
                   "2024杭州知识产权交易博览会")[0] == [
        "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju", "org/hang-zhou-shi-ren-min-zheng-fu"]


def test_relative_clauses_of_organiser_and_partner_before_a_pointing_name_both_count():
    assert holders("11月2日，第六届长三角知识产权论坛在合肥举行。由安徽省知识产权局主办，中国科学技术大学承办的"
                   "本届论坛，吸引了300余名代表参会。", "2023-11-03", "第六届长三角知识产权论坛") == (
        ["org/an-hui-sheng-zhi-shi-chan-quan-ju"], ["org/zhong-guo-ke-xue-ji-shu-da-xue"])
