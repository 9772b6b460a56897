"""Session 29 (pl39) of the pledges: the guest's side of a meeting. A transliterated name is read again by its family
name (卡洛斯·门多萨 … 门多萨高度评价…，表示愿…), so the guest is the speaker of his own paragraph; a guest printed with
his state before the title (秘鲁首席大法官) is not the host court's because his title names a court; and a speaker
tied to a state alone pledges for that state — read by the real pipeline on sentences written for these tests (none
copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read

_MET = "3月9日，最高人民法院院长在京会见秘鲁首席大法官卡洛斯·门多萨一行。"


def _pledged(text: str) -> list[tuple[str, str | None, str]]:
    return sorted((f.actor, f.speaker, f.quote) for f in read(text, "pledges"))


def test_a_family_name_opening_a_paragraph_is_the_guest_named_in_full_who_speaks():
    found = _pledged(f"{_MET}\n\n门多萨高度评价两国司法合作，表示愿同中国法院加强法官培训交流。")
    assert [(a, s) for a, s, _ in found] == [("country/PE", "ka-luo-si-men-duo-sa")]
    assert found[0][2].startswith("愿同中国法院加强法官培训交流")


def test_a_family_name_printed_alone_is_no_second_person():
    text = f"{_MET}\n\n门多萨表示，将同中国法院深化交流。\n\n门多萨一行还参观了法院博物馆。"
    assert {f.speaker for f in read(text, "pledges")} == {"ka-luo-si-men-duo-sa"}


def test_a_title_of_a_guest_of_another_state_does_not_take_the_hosts_court():
    # 首席大法官 governs a court, but the court this text names is China's, and the guest is Peru's
    found = _pledged(f"{_MET}\n\n卡洛斯·门多萨表示，愿同中国法院加强交流。")
    assert [a for a, _, _ in found] == ["country/PE"]


def test_a_family_name_of_two_people_is_left_alone():
    text = ("两国法院举行会谈，胡安·门多萨和卡洛斯·门多萨出席。\n\n"
            "门多萨高度评价双方合作，表示愿同中国法院深化交流。")
    assert all(s != "ka-luo-si-men-duo-sa" and s != "hu-an-men-duo-sa" for _, s, _ in _pledged(text))
