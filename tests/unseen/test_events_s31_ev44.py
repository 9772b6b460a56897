"""Session 31 (ev44): a campaign's quoted code name that ends in its year (“清风2021”, “蓝盾行动2021”) names that
year's edition, an event held though its sentence prints no date, whether the code name closes its own noun, stands
before the noun (开展“清风2021”专项行动) or after it (开展打击侵权专项行动“清风2021”: the noun is the same campaign).
Sentences written for these tests, none copied from a report, an evaluation text or a probe."""

from __future__ import annotations

from tests.unseen.test_events import events


def _labels(text: str, date: str = "2021-11-02") -> list[str]:
    return sorted(e.label.replace(" ", "") for e in events(text, date))


def test_a_code_name_ending_in_its_year_before_the_campaign_noun_is_held_undated():
    """开展“…2021”专项行动 with no date in the sentence: the year's edition, held; its kind is the noun's."""
    found = events("全省海关持续开展“清风2021”专项行动，严厉打击进出口侵权行为。", "2021-11-02")
    assert [(e.label.replace(" ", ""), e.type) for e in found] == [("“清风2021”专项行动", "Campaign")]


def test_code_names_listed_after_their_nouns_are_each_one_campaign():
    """A list of code names, each after the words saying what it protects: one campaign each, and the noun right
    before a code name (专项行动“清风2021”) is that campaign, not a second one."""
    assert _labels("今年以来，全省海关开展打击侵权专项行动“清风2021”、邮递渠道保护“蓝盾行动2021”，"
                   "查扣侵权货物3万件。") == ["清风2021", "蓝盾行动2021"]


def test_a_code_name_closing_its_own_campaign_noun_is_named_by_its_quotes():
    """“蓝盾行动2021” holds its noun before the year: the quotes name the campaign."""
    assert _labels("市邮政管理局开展“蓝盾行动2021”，守护寄递渠道。") == ["蓝盾行动2021"]


def test_a_campaign_noun_without_a_code_name_or_a_year_stays_a_kind_of_work():
    """开展专项行动 with no name and no date, a quoted theme with a year that follows no event noun (以“创新2021”
    为主题), and a name read back over a list mark: no event."""
    assert _labels("全省海关积极开展专项行动，严厉打击侵权行为。") == []
    assert not [label for label in _labels("市局以“创新2021”为主题，持续宣传知识产权保护。") if "2021" in label]
    assert not [label for label in _labels("全省开展院线电影保护专项工作、打击盗版“清风2021”专项行动。")
                if "专项工作" in label]
