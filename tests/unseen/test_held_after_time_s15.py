"""Session 15, an event's name as the subject of a verb of holding with its time between them, as a Chinese
clause puts adjuncts between subject and verb (…培训班4月20日开班): sentences written for these tests, none copied
from a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def test_a_date_between_an_events_name_and_its_verb_with_no_locative_still_makes_the_name_the_subject():
    """With 于 (…于4月20日开班) the name was read; without it (…4月20日开班, …今日启动) it was not."""
    for text, label, start in (("第三期商标代理人培训班4月20日开班。", "第三期商标代理人培训班", "2024-04-20"),
                               ("“清风2024”专项行动5月6日在合肥启动。", "“清风2024”专项行动", "2024-05-06"),
                               ("2024年全市宣传周活动今日启动。", "2024年全市宣传周活动", "2024-05-10")):
        assert one(events(text, "2024-05-10"), label).start == start, text


def test_a_date_alone_before_a_verb_that_is_no_holding_makes_no_event():
    """The time adjunct widens where the verb may stand, not which verbs hold: …培训班4月20日报名截止 tells of no
    holding (报名截止: registration closes), so the name stays no event of that sentence."""
    assert not events("第三期商标代理人培训班4月20日报名截止。", "2024-05-10")
