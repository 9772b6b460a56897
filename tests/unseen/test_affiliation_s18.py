"""Session 20, people's affiliation: shapes of Chinese that tie a person to a body, counted as failures on probes (real
paragraphs outside the evaluation set, annotated before the extractor ran: /tmp/af21-probes). Every sentence here was
written for these tests, none copied from a report, a probe or an evaluation text; each runs the real pipeline. The
``SHAPES`` main read wrong; the ``GUARDS`` it read right, and still does."""

from __future__ import annotations

import pytest

from tests.unseen.test_people_s13 import affiliations

SHAPES = {
    # 經濟部長 = 經濟部 + 部長: a body's head and its officer's title printed once for both, before the holder's name
    # (mentions/shared_titles.py); the body is named so though its head (部, 局) alone names none.
    "shared": [
        ("經濟部長周美玲出席開幕典禮並致詞。\n", "周美玲", "經濟部"),
        ("智慧局長黃立文表示，將持續提升審查效率。\n", "黃立文", "智慧局"),
        ("交通部长陈建国出席了通车仪式。\n", "陈建国", "交通部"),
    ],
    # 次长, 政务次长, 常务次长: the deputies of a ministry (Taiwan's and Japan's usage) name the 部 before them a body,
    # as 部长 does (org_heads.tsv, titled).
    "deputies": [
        ("經濟部政務次長林明華表示，將協助廠商拓展海外市場。\n", "林明華", "經濟部"),
        ("文化部常務次長李美玲出席頒獎典禮。\n", "李美玲", "文化部"),
        ("内政部次长赵志成会见了来访的代表团。\n", "赵志成", "内政部"),
    ],
    # 署理 (acting, Hong Kong's and Macao's word): a title's modifier (title_prefixes.tsv), never the end of a head
    # (署 + 理) nor the start of a name (name_stops.tsv).
    "acting": [
        ("商務及經濟發展局署理局長陳百里出席酒會。\n", "陳百里", "商務及經濟發展局"),
        ("香港海关署理关长何美珊主持开幕典礼。\n", "何美珊", "香港海关"),
        ("海關關長袁明輝及署理知識產權署署長梁家美今日主持典禮。\n", "梁家美", "知識產權署"),
    ],
    # 記者甲乙/新竹報導: Taiwan's papers credit the reporter with the place filed from after a slash, in a bracket or
    # opening a line (media_cues.tsv, reported); the text names no outlet, so the reporter works for none it names.
    "reported": [
        ("【記者林美玲/新竹報導】工研院舉辦研討會，邀請專家座談。\n", "林美玲", ""),
        ("（記者王小明／台北報導）經濟部舉辦記者會說明新制。\n", "王小明", ""),
        ("記者陳大文／台中報導 台中市政府舉辦智慧財產權講座。\n", "陳大文", ""),
    ],
    # 全程, 随即, 随后: the adverbs between a subject and its verb (after_name.tsv) end the name before them, as 也 and
    # 分别 do: 赵强全程陪同 names 赵强.
    "adverbs": [
        ("江城市知识产权局局长王明，副局长赵强全程陪同调研。\n", "赵强", "江城市知识产权局"),
        ("南港大学校长李华随即表示，将深化校企合作。\n", "李华", "南港大学"),
        ("江城市版权局局长周涛随后介绍了版权工作情况。\n", "周涛", "江城市版权局"),
    ],
}

GUARDS = [
    # a name before its title (honorific order) shares nothing with a body: 申某局长 is no 申某局
    ("会议由王立新局长主持，李明部长致辞。\n", "王立新", ""),
    ("会议由王立新局长主持，李明部长致辞。\n", "李明", ""),
    # a title's own character after its modifier: 副局长 after the body's name
    ("南港市知识产权局副局长陈明出席会议。\n", "陈明", "南港市知识产权局"),
    # the title printed whole after the body
    ("经济部部长陈正雄出席论坛并致辞。\n", "陈正雄", "经济部"),
]


@pytest.mark.parametrize(("text", "person", "body"), [case for cases in SHAPES.values() for case in cases])
def test_the_person_is_tied_to_the_body_the_shape_names(res, text: str, person: str, body: str) -> None:
    assert affiliations(text, res).get(person) == body


@pytest.mark.parametrize(("text", "person", "body"), GUARDS)
def test_what_main_read_right_stays_right(res, text: str, person: str, body: str) -> None:
    assert affiliations(text, res).get(person) == body
