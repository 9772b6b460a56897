"""Session 10, places that stand for bodies: sentences written for these tests (none copied from an evaluation text),
read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_orgs_round6 import orgs_and_people
from tests.unseen.test_people import new_orgs

# --- a county's court or procuratorate named by the county's bare name ----------------------------------------------


def test_a_county_named_without_its_suffix_names_its_court_and_procuratorate(res):
    """法院 and 检察院 are too short to name a body alone; a county's bare name before them (番禺 of 番禺区, 桐乡 of
    桐乡市) is the place whose court it is, though the passage never prints the county with its suffix."""
    found = new_orgs("6月3日,番禺法院联合桐乡检察院举办知识产权保护宣传周活动。", res)
    assert {"番禺法院", "桐乡检察院"} <= set(found)
    assert set(new_orgs("全市法院共受理案件三千件,安溪法院审结两千件。", res)) == {"安溪法院"}


def test_a_bare_county_court_after_with_is_a_name_of_its_own(res):
    """与 before a bare county's court joins two names: the person before it is not part of the court's name."""
    found = new_orgs("专家李明与番禺法院法官座谈,交流审判经验。", res)
    assert "番禺法院" in found
    assert not any(name.startswith("李明") for name in found)


def test_a_bare_county_name_before_another_head_names_no_body(res):
    """Guard: a bare county name is a word too (朝阳, 和平); only a court's or a procuratorate's head makes it a
    place, so 和平中心 stays unread."""
    found = new_orgs("各方将为和平中心的建设出力。", res)
    assert not any(name.startswith("和平") for name in found)


# --- a county's court printed in full and by the county's bare name is one body -------------------------------------


def test_a_county_court_printed_in_full_and_bare_is_one_body(res):
    """天门市人民法院 (the county with its suffix, 人民 before the head) and 天门法院 (bare) name one court: the report
    makes one node, under the full name; so do 嘉兴市秀洲区人民检察院 and 秀洲检察院."""
    orgs, _ = orgs_and_people("5月8日,天门市人民法院与嘉兴市秀洲区人民检察院签署合作协议。\n\n"
                              "会后,天门法院和秀洲检察院干警座谈。", res)
    assert sorted(orgs.values()) == ["嘉兴市秀洲区人民检察院", "天门市人民法院"]
