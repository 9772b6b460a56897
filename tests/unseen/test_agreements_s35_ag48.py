"""Agreements, session 35 (ag48): a short word of whose a title is may stand between a coordinator and the title
(《A》和某市《B》: two instruments, neither named with the other); a preposition of topic after the counterpart
(与B就共建C签署, 与B围绕…签订) ends the counterpart, so C is no side; prefectures printed without 市 and listed
before a count of places (甲、乙两地法院) are places whose bodies sign; an instrument told with no side named
(此次签署的《X》) in a report that holds one signing ceremony of two sides is theirs; a subject pointing back
(该局还, 该校也) is the body named before it, the words around it (还, 也) no part of it; 两单位 and 三机构 count
bodies as 两家单位 does; 合作书 and 计划书 are instrument nouns; 携 alone joins two bodies as 携手 does; bodies of one
state listed before one counterpart sign one instrument unless 分别 says each signs its own; A向B授牌并签订: both
sign; a bare name of three characters or more alone after the with-word (与天禾智造签署) is a new organisation, and
与会 holds no with-word; a side word after it (与欧方) is its country. Every sentence here was written for these
tests, none copied from an evaluation text or a probe; each runs the real pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _read(text: str) -> list[tuple[str, list[str]]]:
    return [(a.label, a.parties) for a in agreements(text, date="2024-05-10")]


def test_a_place_before_the_second_title_is_no_part_of_either_name():
    text = "会议期间，与会单位分别签署了《青禾产业专利联盟章程》和远山市《海外维权互助备忘录》。\n"
    assert [label for label, _ in _read(text)] == ["青禾产业专利联盟章程", "海外维权互助备忘录"]


def test_a_place_before_a_second_title_after_a_named_instrument():
    text = "5月8日，青禾大学与远山科技集团签署了《专利转化合作协议》和远山市《人才培养备忘录》。\n"
    assert [label for label, _ in _read(text)] == ["专利转化合作协议", "人才培养备忘录"]


def test_what_they_sign_about_is_no_side():
    text = "5月8日，青禾大学与远山科技集团就共建知识产权运营中心签署合作协议。\n"
    assert _read(text) == [("合作协议", ["org/qing-he-da-xue", "org/yuan-shan-ke-ji-ji-tuan"])]
    around = "5月8日，青禾大学与远山科技集团围绕共建专利导航服务中心签订框架协议。\n"
    assert _read(around)[0][1] == ["org/qing-he-da-xue", "org/yuan-shan-ke-ji-ji-tuan"]


def test_prefectures_without_their_suffix_share_the_head_after_a_count():
    text = "5月8日，宁波、舟山两地中级人民法院签署知识产权司法协作协议。\n"
    assert _read(text)[0][1] == ["org/ning-bo-zhong-ji-ren-min-fa-yuan", "org/zhou-shan-zhong-ji-ren-min-fa-yuan"]


def test_an_instrument_told_without_sides_is_the_ceremonys():
    text = ("5月8日，青禾市市场监管局与远山职业技术学院举行战略合作签约仪式。"
            "此次签署的《知识产权人才共育协议》明确了四项任务。\n")
    assert _read(text) == [("知识产权人才共育协议",
                            ["org/qing-he-shi-shi-chang-jian-du-guan-li-ju", "org/yuan-shan-zhi-ye-ji-shu-xue-yuan"])]


def test_a_subject_pointing_back_signs_again():
    text = ("5月8日，青禾市市场监管局与远山职业技术学院签署人才共育协议。"
            "此外，该局还与青禾农商银行签订了质押融资合作协议。\n")
    assert _read(text)[1] == ("质押融资合作协议",
                              ["org/qing-he-shi-shi-chang-jian-du-guan-li-ju", "org/qing-he-nong-shang-yin-hang"])
    school = ("5月8日，远山职业技术学院与青禾市市场监管局签署人才共育协议。"
              "该校也与青禾农商银行签订了质押融资合作协议。\n")
    assert _read(school)[1][1] == ["org/yuan-shan-zhi-ye-ji-shu-xue-yuan", "org/qing-he-nong-shang-yin-hang"]


def test_two_units_are_the_two_bodies_named_before():
    text = ("5月8日，青禾市市场监管局与远山职业技术学院召开知识产权工作座谈会。\n\n"
            "会上，两单位签订了人才共育协议。\n")
    assert _read(text) == [("人才共育协议",
                            ["org/qing-he-shi-shi-chang-jian-du-guan-li-ju", "org/yuan-shan-zhi-ye-ji-shu-xue-yuan"])]


def test_a_cooperation_letter_and_a_plan_letter_are_instruments():
    text = "5月8日，青禾大学与远山科技集团签署了《专利运营共建合作书》和《人才交流计划书》。\n"
    assert [(a.label, a.type) for a in agreements(text, date="2024-05-10")] == [
        ("专利运营共建合作书", "CooperationAgreement"), ("人才交流计划书", "WorkPlan")]


def test_xie_alone_joins_two_bodies_that_sign():
    text = "5月8日，青禾市市场监管局携远山职业技术学院签署知识产权人才共育协议。\n"
    assert _read(text)[0][1] == ["org/qing-he-shi-shi-chang-jian-du-guan-li-ju", "org/yuan-shan-zhi-ye-ji-shu-xue-yuan"]


def test_bodies_of_one_state_listed_before_one_counterpart_sign_one_instrument():
    text = "5月8日，青禾市中级人民法院、青禾市人民检察院与青禾市市场监管局签署知识产权协同保护备忘录。\n"
    assert _read(text) == [("知识产权协同保护备忘录", ["org/qing-he-shi-zhong-ji-ren-min-fa-yuan",
                                                 "org/qing-he-shi-ren-min-jian-cha-yuan",
                                                 "org/qing-he-shi-shi-chang-jian-du-guan-li-ju"])]
    each = "5月8日，青禾市中级人民法院、青禾市人民检察院分别与青禾市市场监管局签署知识产权协同保护备忘录。\n"
    assert len(_read(each)) == 2


def test_the_two_sides_of_an_act_joined_to_the_signing_sign():
    text = "5月8日，青禾市市场监管局向远山职业技术学院授牌并签订知识产权人才共育协议。\n"
    assert _read(text)[0][1] == ["org/qing-he-shi-shi-chang-jian-du-guan-li-ju", "org/yuan-shan-zhi-ye-ji-shu-xue-yuan"]
    other = "5月8日，青禾市市场监管局为远山职业技术学院颁发证书并与青禾农商银行签订质押融资合作协议。\n"
    assert _read(other)[0][1] == ["org/qing-he-shi-shi-chang-jian-du-guan-li-ju", "org/qing-he-nong-shang-yin-hang"]


def test_a_bare_name_alone_after_the_with_word_is_a_side():
    text = "5月8日，远山职业技术学院与天禾智造签署专利许可协议。\n"
    assert _read(text)[0][1] == ["org/yuan-shan-zhi-ye-ji-shu-xue-yuan", "org/tian-he-zhi-zao"]
    kind = "5月8日，远山职业技术学院与多家企业签署专利许可协议。\n"
    assert all("qi-ye" not in p for _, parties in _read(kind) for p in parties)


def test_attending_is_no_with_word():
    text = "5月8日，青禾知识产权论坛举行。与会代表共同签署了《青禾知识产权保护倡议书》。\n"
    assert all("hui-dai-biao" not in p for _, parties in _read(text) for p in parties)


def test_a_side_after_the_with_word_is_its_country():
    text = "5月8日，中方与欧方签署了地理标志保护合作备忘录。\n"
    assert _read(text)[0][1] == ["country/CN", "org/EU"]
