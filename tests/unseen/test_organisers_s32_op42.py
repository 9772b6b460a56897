"""Session 32, organisers and partners of found events (op42): sentences written for these tests (none copied from
an evaluation text or a probe), read by the real pipeline, one group per mechanism."""

from __future__ import annotations

from tests.unseen.test_events import events, one


def holders(text: str, label: str, date: str = "2024-05-01") -> tuple[list[str], list[str]]:
    """The organisers and partners the pipeline gives the one event of that label."""
    event = one(events(text, date=date), label)
    return event.organisers, event.partners


NINGBO = "org/ning-bo-shi-zhi-shi-chan-quan-ju"
ZHEJIANG = "org/zhe-jiang-sheng-zhi-shi-chan-quan-ju"


# --- a day or a span of days between the subject and its verb, commas setting it off or not (events/adverbials.py) --


def test_a_span_of_days_set_off_by_commas_after_theme_clauses_leaves_the_subject_its_verb():
    assert holders("宁波市知识产权局紧扣“知识产权助力共同富裕”主题，结合本市实际，在4月20日-26日，组织开展2023年"
                   "知识产权宣传周活动。", "2023年知识产权宣传周")[0] == [NINGBO]


def test_a_day_from_which_the_work_runs_is_a_time_adverbial():
    assert holders("宁波市知识产权局从4月20日起举办专利代理人培训班。", "专利代理人培训班")[0] == [NINGBO]


def test_a_span_of_days_without_its_preposition_is_a_time_adverbial():
    assert holders("宁波市知识产权局5月8日至10日举办了商标品牌培训班。", "商标品牌培训班")[0] == [NINGBO]


def test_a_span_of_days_set_off_by_a_comma_in_traditional_script():
    assert holders("寧波市知識產權局於6月3日至5日，舉辦了專利代理人培訓班。", "專利代理人培訓班")[0] == [NINGBO]


# --- a frame of guidance or support set off by a comma, before a theme clause ------------------------------------


def test_a_frame_of_guidance_and_a_theme_clause_leave_the_subject_its_verb():
    assert holders("宁波市知识产权局在浙江省知识产权局的指导下，围绕“创新护航”主题开展了专利导航培训班。",
                   "专利导航培训班") == ([NINGBO], [ZHEJIANG])


def test_a_frame_of_support_set_off_by_a_comma_keeps_its_body_a_partner():
    assert holders("宁波市知识产权局在浙江省知识产权局支持下，于3月2日举办了地理标志培训班。", "地理标志培训班") == (
        [NINGBO], [ZHEJIANG])


# --- 联合 or 携手 a body, with no subject read before it: the body held the event with the unsaid one -----------------


def test_a_body_joined_by_lianhe_to_an_unread_subject_is_a_partner():
    assert holders("本月，学校科协联合宁波市知识产权局举办了知识产权讲座。", "知识产权讲座") == ([], [NINGBO])


def test_a_body_joined_by_xieshou_to_no_subject_is_a_partner():
    assert holders("5月9日，携手浙江省知识产权局在宁波举办了专利转化对接会。", "专利转化对接会") == ([], [ZHEJIANG])


def test_a_body_joined_by_lianhe_to_a_read_subject_stays_its_partner_once():
    assert holders("宁波市知识产权局联合浙江省知识产权局举办了专利质押融资培训班。", "专利质押融资培训班") == (
        [NINGBO], [ZHEJIANG])


# --- a list closed by 等 and its class noun (社团, 机关, 团体: words.tsv list_class) before the verb -----------------


def test_a_list_closed_by_a_class_of_student_societies_is_the_subject():
    assert holders("宁波大学联合浙江大学、大学生发明协会等学生社团共同举办了知识产权讲座。", "知识产权讲座") == (
        ["org/ning-bo-da-xue"], ["org/zhe-jiang-da-xue", "org/da-xue-sheng-fa-ming-xie-hui"])


def test_a_list_closed_by_a_class_of_organs_is_the_subject():
    assert holders("宁波市知识产权局、浙江省知识产权局等机关在宁波举办了商标保护研讨会。", "商标保护研讨会")[0] == [
        NINGBO, ZHEJIANG]
