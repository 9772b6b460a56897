"""Session 21 (ev23): an event told before, opening a clause (年会, 本届交易会, 此届专交会), is the subject of
the verb of holding after it (还同期开设, 还首次举办), so what that verb governs was held, a part of the event; 开设
holds as 举办 does; a place after an event noun (展示区, 展区) is no event. Sentences written for these tests, none
copied from a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events


def _labels(text: str, date: str) -> set[str]:
    return {e.label for e in events(text, date)}


def test_an_event_as_the_subject_of_a_verb_of_holding_holds_its_object():
    """The event told before (its noun alone, or a pointing word and a short name that ends in no event noun)
    with adverbs between it and a bare verb: the object is held."""
    for text, date, label in (
            ("9月3日，2021年东北专利技术交易会在沈阳开幕。本届交易会还举办东北知识产权青年论坛。", "2021-09-05",
             "东北知识产权青年论坛"),
            ("9月3日，2021年东北专利技术交易会在沈阳开幕。此外，此届技交会还首次举办东北知识产权金融峰会，"
             "首次布置线下展示区。", "2021-09-05", "东北知识产权金融峰会"),
            ("5月18日，第六届西部知识产权年会在重庆开幕。年会还同期开设“西部专利成果展”。", "2022-05-20",
             "西部专利成果展"),
            ("6月2日，第四届华南版权博览会在广州开幕。博览会还同时举办华南版权交易洽谈会。", "2022-06-04",
             "华南版权交易洽谈会")):
        assert label in _labels(text, date), text


def test_a_place_after_an_event_noun_is_no_event():
    """展示区 and 展区 are areas of a fair, no exhibition held, though the verb before them is the fair's."""
    text = "9月3日，2021年东北专利技术交易会在沈阳开幕。交易会还首次布置线下专利展示区和高校展区。"
    assert not {label for label in _labels(text, "2021-09-05") if label.endswith(("展示", "展示区", "展区"))}


def test_an_event_subject_with_no_verb_of_holding_holds_nothing():
    """年会还邀请…专家 and 博览会吸引…企业: the verb holds nothing, so no event is read from its object."""
    for text, date in (
            ("5月18日，第六届西部知识产权年会在重庆开幕。年会还邀请了三十位专家作主旨演讲。", "2022-05-20"),
            ("6月2日，第四届华南版权博览会在广州开幕。博览会吸引了两百家企业参展。", "2022-06-04")):
        assert len(events(text, date)) == 1, text
