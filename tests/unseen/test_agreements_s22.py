"""Agreements, session 22 (ag25): 分别 before a list closed by a count (分别与A、B、C等3家银行签署) makes one instrument
per counterpart, as it does without the count; a name in passing that ends in the whole name of an instrument the
report told signed and opens with its signatories' states (中新…合作备忘录的签署) is that instrument told again; an
instrument noun after 以下/如下 (达成如下协议) is the text itself, no agreement of its own; a field line that gives the
signing date (签署日期：…, 簽訂日期：民國…) dates the instrument its record names, and a publication field
(发布时间：) does not; a list of places whose last item alone carries the head of a name (与甲市、乙县和丙市知识产权局)
names one body of that head per place, though the report named those places before as their governments; an
instrument told before its day and place and the verb (《A》于…在北京签署, …备忘录6日在某地签署) has that day. Every
sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the real
pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _party_sets(text: str, date: str | None = None) -> list[tuple[str, ...]]:
    return sorted(tuple(sorted(a.parties)) for a in agreements(text, date=date))


def test_fenbie_before_a_counted_list_makes_one_agreement_per_counterpart():
    text = ("3月2日，浙江省市场监督管理局分别与招商银行杭州分行、兴业银行杭州分行、宁波银行等3家银行签署知识产权"
            "金融合作协议。\n")
    told = agreements(text, date="2024-03-03")
    assert len(told) == 3
    assert all(len(a.parties) == 2 for a in told)
    assert len({p for a in told for p in a.parties if "zhe-jiang" in p}) == 1


def test_fenbie_of_representing_before_gongtong_still_signs_one_instrument():
    text = "4月8日，甲某与乙某分别代表宁波大学和宁波市知识产权局共同签署知识产权战略合作协议。\n"
    told = agreements(text, date="2024-04-09")
    assert len(told) == 1
    assert len(told[0].parties) == 2


def test_a_counted_list_without_fenbie_still_signs_one_instrument():
    text = "5月6日，临沂市中级人民法院与日照、潍坊、东营等三市中院共同签署知识产权司法协作框架协议。\n"
    told = agreements(text, date="2024-05-07")
    assert len(told) == 1
    assert len(told[0].parties) == 4


def test_a_compound_name_in_passing_tells_the_signed_instrument_again():
    text = ("9月3日，国家知识产权局与新加坡知识产权局签署了《合作备忘录》。\n"
            "申长雨表示，中新知识产权合作备忘录的签署，标志着两局合作进入新阶段。\n")
    told = agreements(text, date="2019-09-04")
    assert [sorted(a.parties) for a in told] == [["org/CNIPA", "org/xin-jia-po-zhi-shi-chan-quan-ju"]]
    assert told[0].date == "2019-09-03"


def test_an_instrument_after_rux_is_the_text_itself():
    text = "宁波市知识产权局与宁波大学经友好协商，就共建知识产权学院达成如下协议：\n一、双方共建知识产权学院。\n"
    assert all("如下" not in a.label for a in agreements(text, date="2023-06-01"))


def test_a_signing_date_field_dates_the_instrument_its_record_names():
    text = ("名称：《国家知识产权局与新加坡知识产权局专利审查合作谅解备忘录》\n签署日期：2015年3月9日\n"
            "生效日期：2015年4月1日\n")
    told = agreements(text, date="2020-01-05")
    assert [(sorted(a.parties), a.date) for a in told] == [
        (["org/CNIPA", "org/xin-jia-po-zhi-shi-chan-quan-ju"], "2015-03-09")]


def test_a_publication_field_does_not_date_the_instrument():
    text = "发布时间：2020-01-05\n《国家知识产权局与新加坡知识产权局专利审查合作谅解备忘录》全文如下。\n"
    assert [a.date for a in agreements(text, date="2020-01-05")] == [None]


def test_places_listed_before_an_office_share_its_head():
    text = ("8月5日，宜昌市、襄阳市人民政府负责人作交流发言。湖北省知识产权保护中心与宜昌市、襄阳市和荆州市知识产权局"
            "共同签署《商标协同保护备忘录》。\n")
    told = agreements(text, date="2024-08-06")
    assert len(told) == 1
    assert sorted(told[0].parties) == sorted([
        "org/hu-bei-sheng-zhi-shi-chan-quan-bao-hu-zhong-xin", "org/yi-chang-shi-zhi-shi-chan-quan-ju",
        "org/xiang-yang-shi-zhi-shi-chan-quan-ju", "org/jing-zhou-shi-zhi-shi-chan-quan-ju"])


def test_a_title_signed_after_its_day_and_place_has_that_day():
    text = "《国家知识产权局与巴西工业产权局合作谅解备忘录》于2019年3月5日在北京正式签署。\n"
    assert [a.date for a in agreements(text, date="2019-03-08")] == ["2019-03-05"]


def test_an_unquoted_instrument_signed_on_a_day_in_a_place_is_dated():
    text = "中国与巴西首份知识产权合作谅解备忘录6日在巴西利亚签署，双方将在专利审查领域开展合作。\n"
    told = agreements(text, date="2019-03-08")
    assert [(sorted(a.parties), a.date) for a in told] == [(["country/BR", "country/CN"], "2019-03-06")]


def test_signing_on_an_instrument_is_no_place_of_signing():
    text = "3月5日，国家知识产权局与巴西工业产权局举行会谈，双方在合作谅解备忘录上签字。\n"
    assert [(a.label, a.date) for a in agreements(text, date="2019-03-08")] == [("合作谅解备忘录", "2019-03-05")]
