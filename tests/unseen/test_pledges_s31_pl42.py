"""Session 31 (pl42) of the pledges: 将 that goes on, past the time and the place of the act, to an occasion's taking
place with nothing after it in its clause (展会将于…在成都举行。, 论坛将如期开幕，) prints a schedule ahead, as an
itinerary does, and pledges nothing; a host who will hold something (将于明年举办…培训班) still pledges — read by the
real pipeline on sentences written for these tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _quotes(text: str) -> list[str]:
    return sorted({f.quote for f in read(text, "pledges")})


def test_an_occasion_taking_place_at_a_time_and_place_is_no_pledge():
    text = ("记者8日从国家知识产权局获悉，第五届中亚知识产权合作论坛将于10月12日至13日在乌鲁木齐举行。\n\n"
            "论坛由国家知识产权局和新疆维吾尔自治区人民政府共同主办。")
    assert _quotes(text) == []


def test_an_opening_told_ahead_with_a_word_of_manner_is_no_pledge():
    text = ("5月9日，湖南省商务厅在长沙召开新闻发布会。\n\n"
            "据悉，第三届中非经贸博览会将于6月27日在长沙隆重开幕，本届博览会以“共享机遇”为主题。")
    assert _quotes(text) == []


def test_a_host_who_will_hold_something_still_pledges():
    text = ("3月5日，国家知识产权局局长会见蒙古知识产权局局长一行。\n\n"
            "局长表示，国家知识产权局将于明年在北京举办面向蒙方审查员的专利审查培训班。")
    quotes = _quotes(text)
    assert len(quotes) == 1 and "举办" in quotes[0]

