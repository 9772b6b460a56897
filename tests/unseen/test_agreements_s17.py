"""Agreements, session 17 (ag19): instrument nouns the closed class lacked (框架协议书, where 框架协议 stopped one
character short of the name's end, and 合约); a collective that sums two counts (三省一市, 两市一省) stands for as
many places as its compound of abbreviations names; and a compound's places find their bodies named after it in its
passage when none was named before (粤川两省…签署…。广东省…、四川省…分别代表两省签约); and a signing three paragraphs
after the dated event it was signed at has that event's day.
Every sentence here was written for these tests, none copied from an evaluation text or a probe; each runs the real
pipeline."""

from __future__ import annotations

from tests.unseen.test_dates_s13 import agreements


def _told(text: str) -> list[tuple[str, list[str]]]:
    return [(a.label, sorted(a.parties)) for a in agreements(text, date="2024-06-01")]


def test_a_framework_agreement_document_is_an_instrument():
    text = "6月3日，宁波市知识产权局与舟山市知识产权局签订《甬舟知识产权保护合作框架协议书》。\n"
    assert [label for label, _ in _told(text)] == ["甬舟知识产权保护合作框架协议书"]


def test_a_framework_agreement_document_signed_by_a_court_and_an_office():
    text = "杭州市中级人民法院和杭州市市场监督管理局共同签署了《知识产权司法与行政协同保护框架协议书》。\n"
    told = _told(text)
    assert [label for label, _ in told] == ["知识产权司法与行政协同保护框架协议书"]
    assert len(told[0][1]) == 2


def test_a_contract_noun_ends_a_licence():
    text = "华星光电股份有限公司与东芝公司签订专利交互许可合约，双方撤回全部诉讼。\n"
    told = _told(text)
    assert [label for label, _ in told] == ["专利交互许可合约"]
    assert len(told[0][1]) == 2


def test_three_provinces_and_a_city_are_four_places():
    text = ("江苏省知识产权局、浙江省知识产权局、安徽省知识产权局和上海市知识产权局的代表出席会议。"
            "会上，苏浙皖沪三省一市签订了《长三角商标协同保护合作协议》。\n")
    assert len(_told(text)[0][1]) == 4


def test_two_cities_and_a_province_are_three_places():
    text = ("北京市知识产权局、天津市知识产权局和河北省知识产权局在雄安召开联席会议。"
            "会议期间，京津冀两市一省共同签署了《区域专利执法协作备忘录》。\n")
    assert len(_told(text)[0][1]) == 3


def test_the_bodies_of_a_compound_may_be_named_after_it():
    text = ("9月12日，鲁豫两省知识产权局签署了《黄河流域地理标志保护合作协议》。"
            "山东省知识产权局局长和河南省知识产权局局长分别代表两省签约。\n")
    assert len(_told(text)[0][1]) == 2


def test_courts_named_after_their_compound_sign_for_it():
    text = "闽赣两地法院签署《知识产权司法协作框架协议》，福建省高级人民法院和江西省高级人民法院将建立联席会议制度。\n"
    assert len(_told(text)[0][1]) == 2


def test_a_compound_with_a_place_no_body_is_named_for_signs_as_none():
    text = "鲁豫两省知识产权局签署了《黄河流域地理标志保护合作协议》。山东省知识产权局将牵头落实。\n"
    assert _told(text)[0][1] == []


def _dated(text: str) -> list[str | None]:
    return [a.date for a in agreements(text, date="2024-06-01")]


def test_a_signing_three_paragraphs_after_its_forum_has_the_forums_day():
    text = ("黄河知识产权论坛在郑州开幕\n\n5月18日，第三届黄河知识产权论坛在郑州开幕。\n\n"
            "论坛由河南省知识产权局主办，沿黄各省区代表参加。\n\n与会代表围绕地理标志保护交流了经验。\n\n"
            "此外，河南省知识产权局与山东省知识产权局签署了《地理标志互认合作协议》。\n")
    assert _dated(text) == ["2024-05-18"]


def test_minutes_signed_after_a_meeting_told_three_paragraphs_before():
    text = ("两局举行年度会谈\n\n3月7日，第五次中蒙知识产权局局长会谈在乌兰巴托举行。\n\n"
            "双方回顾了过去一年的合作成果。\n\n双方还就专利审查高速路试点交换了意见。\n\n"
            "会后，双方签署了《第五次局长会谈纪要》。\n")
    assert _dated(text) == ["2024-03-07"]


def test_an_agreement_signed_at_a_ceremony_told_three_paragraphs_before():
    text = ("苏州签约\n\n4月21日，苏州市知识产权局与苏州大学战略合作签约仪式在苏州举行。\n\n"
            "苏州市知识产权局局长介绍了全市知识产权工作情况。\n\n苏州是长三角重要的创新城市。\n\n"
            "仪式上，双方签订了《专利转化合作协议》。\n")
    assert _dated(text) == ["2024-04-21"]
