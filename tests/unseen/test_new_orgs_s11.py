"""Session 11, organisations the gazetteer lacks (po13): sentences written for these tests, none copied from a report
or an evaluation text, read by the real mention stage."""

from __future__ import annotations

from tests.unseen.test_people import new_orgs


def test_a_place_that_builds_a_centre_names_no_body(res):
    """建设 right after the place that opens the phrase makes the place its subject: the centre is to be built, so
    neither the run from the place nor the centre is a standing body (starts.planned)."""
    for text in ("规划提出支持杭州建设国际数字贸易中心。", "今年,我市建设省级知识产权运营示范基地。",
                 "文件要求澳门特区建设区域仲裁服务中心。"):
        assert not any("中心" in name or "基地" in name for name in new_orgs(text, res)), text


def test_a_body_named_for_building_keeps_the_verb(res):
    """A city's construction bureau or commission has too few words after 建设 to name another body: it is one."""
    found = new_orgs("温州市建设局与温州市建设交通委员会联合召开会议。", res)
    assert {"温州市建设局", "温州市建设交通委员会"} <= set(found)
