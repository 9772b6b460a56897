"""Session 15, event nouns the type list lacked (types.tsv): sentences written for these tests, none copied from a
report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_contests_camps_classes_receptions_and_hearings_are_events():
    """A contest (竞赛, 擂台赛), a winter camp, a topical class, a reception, a hearing, a touring exhibition: each
    names an event as 大赛, 夏令营, 研修班 and 恳谈会 did."""
    for text, label in (("5月8日，市知识产权局举办第三届中小学生知识产权知识竞赛。", "第三届中小学生知识产权知识竞赛"),
                        ("1月15日，省版权局在哈尔滨举办首届青少年版权冬令营。", "首届青少年版权冬令营"),
                        ("3月2日，市委组织部举办知识产权专题班。", "知识产权专题班"),
                        ("2月1日，市商务局举行外商投资企业新春招待会。", "外商投资企业新春招待会"),
                        ("6月3日，市司法局召开知识产权保护条例立法听证会。", "知识产权保护条例立法听证会"),
                        ("4月26日，省知识产权局在西安举办知识产权成果巡展。", "知识产权成果巡展")):
        assert one(events(text, "2024-06-10"), label), text


def test_a_match_of_no_name_is_no_event():
    """比赛 is too common a word to name an event by itself (参加比赛): only a name of its own makes one."""
    assert not events("6月1日，学生们参加了比赛。", "2024-06-10")
