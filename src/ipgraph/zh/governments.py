"""The names of a Chinese area's government: the official one (某市人民政府: Constitution, art. 95) and the everyday
one (某市政府), which reports and readers use alike, so a body either names is one body that goes by both."""

from __future__ import annotations

from ipgraph.zh.grammar import GOVERNMENT, PEOPLES_GOVERNMENT

PEOPLES_LEVELS = ("省", "自治区", "市", "自治州", "县", "自治县", "旗", "区", "乡", "镇")
"""The words of the levels of a Chinese area whose government is a people's government (Constitution, art. 95): an
area printed with one before its head's title (某区副区长) is China's. 州 alone is left out: it is also a foreign
state's word (某州州长)."""


def government_names(name: str) -> tuple[str, ...]:
    """Both names a Chinese area's government goes by, the official and the everyday (某市人民政府, 某市政府: reports
    print either, and a title alone names neither), for ``name`` either of them; ``(name,)`` for any other name."""
    place = name.removesuffix(PEOPLES_GOVERNMENT) if name.endswith(PEOPLES_GOVERNMENT) else \
        name.removesuffix(GOVERNMENT) if name.endswith(GOVERNMENT) else ""
    if len(place) < 2 or not place.endswith(PEOPLES_LEVELS):
        return (name,)
    return place + PEOPLES_GOVERNMENT, place + GOVERNMENT
