"""Session 24 of the pledges: 双方 after a talk of two sides, read by the real pipeline on sentences written for these
tests (none copied from an evaluation text or a probe)."""

from __future__ import annotations

from tests.unseen.test_pledges_s18 import _said


def test_both_sides_after_a_talk_are_the_two_who_met():
    # the talk's words name other bodies last (世界知识产权组织相关会议): 双方 is still the host and the guest
    assert _said("5月8日，国家知识产权局局长申长雨在京会见了来访的欧洲专利局局长坎普诺斯一行。\n\n"
                 "会谈中，双方就专利审查合作、世界知识产权组织相关会议的筹备等议题交换了意见。"
                 "双方表示，将进一步深化合作。") == [
        ("org/CNIPA", None, "将进一步深化合作"), ("org/EPO", None, "将进一步深化合作")]
    # a visit to an office whose parent the talk names again: the visitor and the office, not the parent
    found = _said("5月8日，浙江省知识产权局局长王平拜访世界知识产权组织中国办事处，并与办事处主任刘华进行了会谈。\n\n"
                  "会谈中，刘华就世界知识产权组织的数据资源和中国办事处的年度重点工作作了介绍。双方表示，将进一步加强联系。")
    assert [actor for actor, _, _ in found] == [
        "org/shi-jie-zhi-shi-chan-quan-zu-zhi-zhong-guo-ban-shi-chu", "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"]
