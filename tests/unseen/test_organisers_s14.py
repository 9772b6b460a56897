"""Session 14, organisers and partners (og14): sentences written for these tests (none copied from an evaluation
text), read by the real pipeline, one test per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one

# --- an event as the subject of a verb of holding holds the event after the verb: its holders carry over ----------


def test_an_event_that_holds_a_ceremony_lends_it_its_partners():
    found = events("由宁波市知识产权局主办、宁波大学承办的“知识产权研修班”于5月9日在宁波饭店"
                   "举行结业典礼暨证书颁发仪式。",
                   date="2025-05-10")
    event = one(found, "结业典礼暨证书颁发仪式")
    assert (event.organisers, event.partners) == (["org/ning-bo-shi-zhi-shi-chan-quan-ju"], ["org/ning-bo-da-xue"])


def test_a_festival_named_by_its_short_form_holds_the_fair_its_sentence_tells_of():
    found = events("由宁波市知识产权局主办的第六届甬江品牌节于5月9日在宁波举办。品牌节内容丰富，还举办了"
                   "甬江品牌博览会、会员企业商标展示等活动。", date="2025-05-10")
    assert one(found, "甬江品牌博览会").organisers == ["org/ning-bo-shi-zhi-shi-chan-quan-ju"]


def test_a_forum_pointed_back_to_holds_the_exhibition_after_its_verb():
    found = events("台州市知识产权局与台州学院联合主办的第二届椒江专利论坛于6月3日在台州开幕。本届椒江专利论坛"
                   "同时举办了“专利成果展”。", date="2025-06-04")
    event = one(found, "专利成果展")
    assert (event.organisers, event.partners) == (["org/tai-zhou-shi-zhi-shi-chan-quan-ju"], ["org/tai-zhou-xue-yuan"])


def test_a_ceremony_at_an_event_is_held_by_the_subject_of_its_own_clause():
    """Guards the mechanism: an organisation before the verb is the subject (the event is where, not who), and an
    event named in an earlier clause is no subject of a later one."""
    found = events("由宁波市知识产权局主办的第三届甬江论坛于5月9日开幕，宁波大学举办了签约仪式。", date="2025-05-10")
    assert one(found, "签约仪式").organisers == ["org/ning-bo-da-xue"]
    found = events("由宁波市知识产权局主办的第三届甬江论坛于5月9日开幕，吸引众多企业参与；同场还举行了专利成果展。",
                   date="2025-05-10")
    assert one(found, "专利成果展").organisers == []
