"""Session 12, an event told again by an anaphoric or defined name (events/anaphora.py): sentences written for these
tests (none copied from an evaluation text), read by the real pipeline, one test per part of the mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one

_FAIR = "6月3日，为期两天的2024长三角知识产权运营博览会（下称“2024运博会”）在杭州开幕。"
_FAIR_LABEL = "2024长三角知识产权运营博览会"
_OFFICES = ["org/zhe-jiang-sheng-zhi-shi-chan-quan-ju", "org/shang-hai-shi-zhi-shi-chan-quan-ju"]


def test_holders_a_later_bare_noun_telling_names_replace_those_a_collective_stood_for():
    found = events("5月8日，中法知识产权研讨会在巴黎召开，这是中法双方首次举行有关地理标志的研讨会。\n\n"
                   "与会专家就地理标志保护进行了讨论。\n\n"
                   "研讨会由法国国家工业产权局、法国驻华大使馆和宁波市知识产权局共同举办，约150人参加了研讨会。",
                   date="2024-05-10")
    assert one(found, "中法知识产权研讨会").organisers == \
        ["org/INPI-FR", "org/FR-EMBASSY-CN", "org/ning-bo-shi-zhi-shi-chan-quan-ju"]


def test_holders_named_first_are_kept_when_a_later_telling_adds_a_partner():
    """Guards the priority: a later telling's 承办 adds a partner, it does not take the named organiser's place."""
    found = events("5月8日，宁波市知识产权局在巴黎举办中法知识产权研讨会。\n\n研讨会由法国国家工业产权局承办。",
                   date="2024-05-10")
    event = one(found, "中法知识产权研讨会")
    assert (event.organisers, event.partners) == (["org/ning-bo-shi-zhi-shi-chan-quan-ju"], ["org/INPI-FR"])


def test_a_short_name_the_text_defines_after_a_pointing_word_ties_its_telling_to_the_event():
    found = events(_FAIR + "\n\n本届运博会由浙江省知识产权局、上海市知识产权局联合主办。", date="2024-06-10")
    assert [e.label for e in found] == [_FAIR_LABEL]
    assert found[0].organisers == _OFFICES


def test_a_short_name_without_its_editions_year_as_the_subject_of_you_names_the_event():
    found = events(_FAIR + "\n\n运博会由浙江省知识产权局、上海市知识产权局联合主办。", date="2024-06-10")
    assert one(found, _FAIR_LABEL).organisers == _OFFICES


def test_a_short_name_neither_pointed_to_nor_the_subject_of_you_tells_no_roles():
    """Guards the short names: 运博会主办单位代表 speaks for the holders, it does not say who they are."""
    found = events(_FAIR + "\n\n运博会主办单位代表、浙江省知识产权局局长致辞。", date="2024-06-10")
    assert one(found, _FAIR_LABEL).organisers == []


def test_a_role_verb_whose_object_is_an_anaphoric_name_gives_its_subject_that_role():
    found = events("5月20日，第三届中非知识产权合作论坛在内罗毕举行。\n\n"
                   "会上，世界知识产权组织官员盛赞肯尼亚工业产权局为承办此次论坛所作的努力。", date="2024-05-22")
    assert one(found, "第三届中非知识产权合作论坛").partners == ["org/ken-ni-ya-gong-ye-chan-quan-ju"]
