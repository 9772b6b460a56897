"""Session 14, pledges and their actor, on sentences written for these tests (not taken from any evaluation text),
read by the real pipeline: a pledge whose subject is an event the report told is its organisers' (本次…活动将…)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import pledges


def test_an_event_named_again_without_its_place_and_year_pledges_for_its_organisers():
    found = pledges("4月20日上午，常州市2022年知识产权宣传周活动启动仪式在常州举行。本次活动由常州市市场监督管理局、"
                    "常州市科学技术局共同主办。本次知识产权宣传周活动将同时开展青少年创意展示和线上有奖竞答。")
    assert sorted(actor for actor, _ in found) == ["org/chang-zhou-shi-ke-xue-ji-shu-ju",
                                                   "org/chang-zhou-shi-shi-chang-jian-du-guan-li-ju"]


def test_this_edition_of_a_forum_with_an_adverb_before_the_cue_is_its_organisers_pledge():
    found = pledges("5月8日，第三届绍兴知识产权保护论坛在绍兴举行，论坛由绍兴市市场监督管理局与绍兴市律师协会共同主办。"
                    "本届知识产权保护论坛还将发布绍兴知识产权保护白皮书。")
    assert [actor for actor, _ in found] == ["org/shao-xing-shi-shi-chang-jian-du-guan-li-ju"]


def test_a_joined_campaign_name_sharing_a_quoted_name_with_an_event_is_its_organisers_pledge():
    found = pledges("12月1日，嘉兴市市场监督管理局召开“护航2024”专项行动部署会，启动嘉兴市“护航2024”专项行动。"
                    "此次“护航2024”暨商标执法行动将在全市开展集中整治。")
    assert [actor for actor, _ in found] == ["org/jia-xing-shi-shi-chang-jian-du-guan-li-ju"]


def test_a_bare_head_noun_or_an_instrument_names_no_event():
    found = pledges("6月2日，南通市知识产权局在南通举办《专利法》宣讲会。《专利法》将于明年施行。")
    assert found == []
