"""Session 23: a speaker's words told without quotes end with their sentence (agreements._in_words): a signing the
next sentence tells in the report's own voice (为…，A与B签署…) takes the date of the event its passage tells, while
one inside the words, in quotation marks or after a colon, is what the speaker recounts; sentences written for
these tests, read by the real pipeline."""

from __future__ import annotations

from tests.unseen.test_signing_dates_s11 import signed


def test_a_signing_after_a_speaker_s_sentence_takes_the_event_s_date():
    text = ("3月12日，南通市中级人民法院联合南通大学法学院召开知识产权司法保护研讨会。\n\n"
            "王立新介绍了全市知识产权审判情况，李华表示将支持法学院的实践教学。为深化院校合作，"
            "南通市中级人民法院与南通大学法学院签署共建实践教学基地协议。\n")
    assert signed(text, "2025-03-14") == {"共建实践教学基地协议": "2025-03-12"}


def test_a_signing_inside_a_speaker_s_sentence_stays_undated():
    """Guards the one above: the signing is in the words the speaker said, so not dated by the event."""
    text = ("3月12日，南通市中级人民法院联合南通大学法学院召开知识产权司法保护研讨会。\n\n"
            "南通大学法学院院长李华表示，法院曾与南通大学法学院签署共建实践教学基地协议，合作成效明显。\n")
    assert signed(text, "2025-03-14") == {"共建实践教学基地协议": None}


def test_a_signing_in_quoted_words_over_two_sentences_stays_undated():
    text = ("3月12日，南通市中级人民法院联合南通大学法学院召开知识产权司法保护研讨会。\n\n"
            "南通大学法学院院长李华表示：“院校合作由来已久。法院曾与南通大学法学院签署共建实践教学基地协议。”\n")
    assert signed(text, "2025-03-14") == {"共建实践教学基地协议": None}


def test_a_signing_in_words_after_a_colon_stays_undated():
    """Words after a colon run on over sentences, even one that opens with an organisation."""
    text = ("3月12日，南通市中级人民法院联合南通大学法学院召开知识产权司法保护研讨会。\n\n"
            "南通大学法学院院长李华表示：院校合作由来已久。南通市中级人民法院曾与南通大学法学院签署共建实践教学基地协议。\n")
    assert signed(text, "2025-03-14") == {"共建实践教学基地协议": None}
