"""Session 34, pledges (pl45): who pledges when an official names his place, and when a second speaker takes the
words over; each read by the real pipeline on sentences written for these tests (none copied from an evaluation
text or a probe)."""

from __future__ import annotations

from tests.unseen.test_commitments_round5 import read


def _pledges(text: str) -> list[tuple[str, str]]:
    return sorted((fact.actor, fact.quote) for fact in read(text, "pledges"))


def test_a_place_an_official_names_is_the_body_he_speaks_for():
    pledges = _pledges("苏州市知识产权局局长王明表示，苏州将进一步加强知识产权保护。")
    assert [a for a, _ in pledges] == ["org/SUZHOU-IPO"]
    assert [a for a, _ in _pledges("广西壮族自治区知识产权局副局长陆平表示，广西将深化与东盟国家的专利合作。")] == [
        "org/guang-xi-zhuang-zu-zi-zhi-qu-zhi-shi-chan-quan-ju"]
    # in a quotation after the person's name and title, with no verb of speech before it
    assert [a for a, _ in _pledges("走出会场，湖南省市场监管局副局长刘洋说，“湖南将做好商标品牌培育工作。”")] == [
        "org/hu-nan-sheng-shi-chang-jian-du-guan-li-ju"]


def test_a_place_stays_the_actor_when_no_body_of_it_speaks():
    # a university whose name begins with the place's is no body of the place
    assert [a for a, _ in _pledges("北京大学校长王明表示，北京将建设国际科技创新中心。")] == ["org/bei-jing"]
    # the report tells it, nobody speaks
    assert [a for a, _ in _pledges("根据协议，珠海将与海关实现信息互换。")] == ["org/zhu-hai"]


def test_a_second_speaker_opening_a_sentence_takes_the_words_over():
    pledges = _pledges("国家知识产权局局长张华会见了泰国商务部知识产权厅厅长李察一行。张华表示，中方愿加强合作。"
                       "李察在会谈中表示，泰方将积极推动双方合作。")
    assert [a for a, _ in pledges] == ["country/CN", "country/TH"]
    # the same speaker going on is no hand-over
    pledges = _pledges("国家知识产权局局长张华表示，国家知识产权局愿加强合作。张华还表示，将继续支持WIPO。")
    assert [a for a, _ in pledges] == ["org/CNIPA", "org/CNIPA"]
