"""Session 36, organisers and partners of found events (op48): sentences written for these tests (none copied from
an evaluation text or a probe), read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_events import events, one
from tests.unseen.test_organisers_s33_op44 import holders


def test_a_later_telling_that_names_every_known_holder_and_more_adds_the_others():
    """A headline whose name opens with one holder (某联盟2024年年会), then 本次会议由某联盟和某馆(ACRONYM)主办:
    the body's telling names the headline's holder and one more, and the event has both."""
    text = ("南湖高校知识产权联盟2024年年会胜利开幕\n\n发布时间:2024-10-12\n\n"
            "南湖高校知识产权联盟2024年年会10月11日在嘉兴开幕。本次会议由南湖高校知识产权联盟和浙江省高校数字图书馆"
            "(ZJLink)主办,嘉兴学院图书馆承办。")
    found = one(events(text, date="2024-10-12"), "南湖高校知识产权联盟2024年年会")
    assert found.organisers == ["org/nan-hu-gao-xiao-zhi-shi-chan-quan-lian-meng", "org/ZJLink"]
    assert found.partners == ["org/jia-xing-xue-yuan-tu-shu-guan"]


def test_a_local_body_named_for_its_work_keeps_the_verb_of_that_work_in_its_name():
    """宁波市海外知识产权纠纷应对指导中心, 某学院技术与创新支持中心: 指导 and 支持 (work_verbs.tsv) before the head
    name what the body does; the name opens at the place, as 国家 opens a national one."""
    text = ("5月6日，由宁波市知识产权局主办，宁波市海外知识产权纠纷应对指导中心、宁波学院技术与创新支持中心承办的"
            "第三届甬江商标论坛在宁波举行。")
    organisers, partners = holders(text, "第三届甬江商标论坛")
    assert organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]
    assert partners == ["org/ning-bo-shi-hai-wai-zhi-shi-chan-quan-jiu-fen-ying-dui-zhi-dao-zhong-xin",
                        "org/ning-bo-xue-yuan-ji-shu-yu-chuang-xin-zhi-chi-zhong-xin"]


def test_a_verb_of_work_that_opens_no_local_bodys_name_still_stops_the_name():
    """在某局的指导下，某协会举办X: 指导 there is the guidance, and the body before it the partner."""
    text = "5月6日，在宁波市知识产权局的指导下，宁波市专利协会举办了第三届甬江专利沙龙。"
    organisers, partners = holders(text, "第三届甬江专利沙龙")
    assert organisers == ["org/ning-bo-shi-zhuan-li-xie-hui"]
    assert partners == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]


def test_a_partys_committee_is_named_with_the_party_before_its_place():
    """共青团某省委 is the youth league's committee, not the province's CPC committee (parties.tsv)."""
    text = "6月3日，由浙江省知识产权局、共青团浙江省委联合主办的第二届之江大学生知识产权知识竞赛在杭州举行。"
    organisers, _ = holders(text, "第二届之江大学生知识产权知识竞赛")
    assert organisers == ["org/zhe-jiang-sheng-zhi-shi-chan-quan-ju", "org/gong-qing-tuan-zhe-jiang-sheng-wei"]


def test_a_place_committee_with_no_party_before_it_is_unchanged():
    text = "6月3日，由浙江省委宣传部主办的第二届之江版权论坛在杭州举行。"
    organisers, _ = holders(text, "第二届之江版权论坛")
    assert organisers == ["org/zhe-jiang-sheng-wei-xuan-chuan-bu"]


def test_a_citys_market_regulator_printed_with_one_shi_is_the_citys():
    """孝感市场监管局: 孝感市's regulator, the city's 市 and that of 市场 printed once; it keys as
    孝感市市场监督管理局."""
    for printed in ("孝感市场监管局", "孝感市市场监督管理局"):
        text = f"4月20日，{printed}开展了“专利检索实务”线上培训。"
        organisers, _ = holders(text, "“专利检索实务”线上培训")
        assert organisers == ["org/xiao-gan-shi-shi-chang-jian-du-guan-li-ju"], printed


def test_a_numbered_field_line_gives_its_roles():
    """(一)主办单位：A / (二)支持单位：B: the item's mark makes the line read as a heading; it is still a field of
    the event the notice announces, and a label alone on its line goes on over the names under it."""
    for fields in ("(一)主办单位:南湖商标协会、嘉兴市人民政府\n(二)支持单位:嘉兴市市场监督管理局",
                   "(一)主办单位:\n南湖商标协会\n嘉兴市人民政府\n(二)支持单位:\n嘉兴市市场监督管理局"):
        text = f"第五届南湖商标节将于2025年9月5日至8日在嘉兴举办。\n二、组织机构\n{fields}"
        found = one(events(text, date="2025-06-01"), "第五届南湖商标节")
        assert found.organisers == ["org/nan-hu-shang-biao-xie-hui", "org/jia-xing-shi-ren-min-zheng-fu"], fields
        assert found.partners == ["org/jia-xing-shi-shi-chang-jian-du-guan-li-ju"], fields


def test_a_collective_with_a_time_before_its_verb_of_holding_stands_for_the_sides_named_before():
    """A与B签署协议。双方将于5月在某地联合举办X: the time and the place between 双方 and the verb leave 双方 its
    subject."""
    for clause in ("双方于5月联合举办", "双方将于2025年10月中旬联合举办", "双方将于5月6日在嘉兴共同举办"):
        text = f"嘉兴市知识产权局与嘉兴学院近日签署合作协议。{clause}第三届南湖知识产权论坛。"
        organisers, _ = holders(text, "第三届南湖知识产权论坛")
        assert organisers == ["org/jia-xing-shi-zhi-shi-chan-quan-ju", "org/jia-xing-xue-yuan"], clause


def test_a_pointing_subject_with_a_time_before_its_verb_of_holding_is_the_body_told_before():
    """某局…。该局于5月6日举办了X: the time between 该局 and the verb leaves 该局 its subject."""
    for clause in ("该局于5月6日举办了", "该局将于5月在嘉兴举办"):
        text = f"嘉兴市知识产权局今年成立十周年。{clause}第三届南湖知识产权论坛。"
        organisers, _ = holders(text, "第三届南湖知识产权论坛")
        assert organisers == ["org/jia-xing-shi-zhi-shi-chan-quan-ju"], clause
