"""Agreements, session 29 (ag39): a count of places whose places are listed in full right before it (河北、山西和
内蒙古三省区…) names them, as a compound of abbreviations does (冀晋蒙三省区); with a head of a body after it and
none of the bodies named, each place's body of that head signs (河北省知识产权局); a signing told without its sides
at a signing ceremony named after them (A和B合作签约仪式在…举行。…此次签署的协议…) is theirs. Every sentence here
was written for these tests, none copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def test_places_listed_before_a_count_of_bodies_sign_through_their_bodies():
    text = "福建、江西和湖南三省知识产权局共同签署了《商标协同保护合作协议》。\n"
    found = agreements(text, date="2024-05-10")
    assert [sorted(a.parties) for a in found] == [["org/fu-jian-sheng-zhi-shi-chan-quan-ju",
                                                    "org/hu-nan-sheng-zhi-shi-chan-quan-ju",
                                                    "org/jiang-xi-sheng-zhi-shi-chan-quan-ju"]]


def test_places_listed_before_a_bare_count_sign_themselves():
    text = "会上，河北、山西和天津三省市签订《专利转化合作意向书》。\n"
    found = agreements(text, date="2024-05-10")
    assert [sorted(a.parties) for a in found] == [["org/he-bei-sheng", "org/shan-xi-sheng", "org/tian-jin-shi"]]


def test_places_listed_in_traditional_script_count_too():
    text = "福建、廣東和江西三省知識產權局共同簽署《地理標志保護合作協議》。\n"
    found = agreements(text, date="2024-05-10")
    assert len(found) == 1 and len(found[0].parties) == 3


def test_a_list_whose_count_differs_names_nobody():
    text = "福建、江西和湖南两省知识产权局共同签署了《商标协同保护合作协议》。\n"
    assert not any("hu-nan" in p for a in agreements(text, date="2024-05-10") for p in a.parties)


def test_a_signing_without_sides_at_a_ceremony_of_two_is_theirs():
    text = ("5月6日，青禾大学法学院和东岭市中级人民法院合作签约仪式在东岭举行。\n"
            "双方代表分别致辞，回顾了多年合作。\n"
            "此次签署的合作协议涵盖人才培养、课题研究等领域。\n")
    found = agreements(text, date="2024-05-10")
    assert len(found) == 1 and len(found[0].parties) == 2 and found[0].date == "2024-05-06"


def test_a_signing_without_sides_at_another_occasion_stays_unnamed():
    text = ("5月6日，青禾大学法学院和东岭市中级人民法院联合举办知识产权论坛。\n"
            "此次签署的合作协议涵盖人才培养、课题研究等领域。\n")
    assert all(len(a.parties) < 2 for a in agreements(text, date="2024-05-10"))
