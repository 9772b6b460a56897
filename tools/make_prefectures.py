"""Write knowledge/gazetteer/prefectures.tsv: China's prefecture-level cities, as the name of a local body prints
them without 市 (烟台大学, 淄博中院), so that such a name is read as starting at its place wherever the city is, not
only in the 97 cities the bundled reports name (cities.tsv); and knowledge/gazetteer/counties.tsv: the county-level
divisions (县, 区, 旗, 县级市) as a text prints them with their suffix (来安县), so that a body a county's news names
by its level alone (县委, 县政府) is known as the county's.

Source: the PyPI package cpca 0.5.5 (MIT), file ``cpca/resources/adcodes.csv`` (the administrative division codes of
the Ministry of Civil Affairs), read as a file from the wheel:

    .venv/bin/pip download --no-deps -d /tmp/cpca cpca==0.5.5
    .venv/bin/python tools/make_prefectures.py /tmp/cpca/cpca-0.5.5-py3-none-any.whl

A prefecture-level division has a code whose digits 3–4 are not 00 and 5–6 are; the cities among them end in 市
(the 自治州, 地区 and 盟 do not, and a name that opens with one of those is read from place_suffixes.tsv).
Names cities.tsv or provinces.tsv already holds are left out: one word in one file. A county-level division has a
code whose digits 5–6 are not 00; names of fewer than three characters (城区, 忠县) are left out, as words a text
uses otherwise.
"""

from __future__ import annotations

import csv
import io
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "knowledge" / "gazetteer" / "prefectures.tsv"
COUNTIES = ROOT / "knowledge" / "gazetteer" / "counties.tsv"
MEMBER = "cpca/resources/adcodes.csv"
HEADER = """\
# China's prefecture-level cities (地级市) without 市, as the name of a local body prints them (烟台大学, 淄博中院): a
# name starting with one is a local body, as one starting with a province (provinces.tsv) or a city of cities.tsv
# is. They are places, not nodes. Source: PyPI cpca 0.5.5 (MIT), cpca/resources/adcodes.csv, the division codes of
# the Ministry of Civil Affairs; written by tools/make_prefectures.py, do not edit by hand. Cities that cities.tsv
# or provinces.tsv already holds are left out.
# Columns:
#   name   the city's name without 市
"""
COUNTY_HEADER = """\
# China's county-level divisions (县, 区, 旗 and 县级市) as a text prints them, with their suffix (来安县, 荔湾区):
# a report that names one county of a level is about it, and a body it names by the level alone (县委, 县政府) is the
# county's. They are places, not nodes. Source: PyPI cpca 0.5.5 (MIT), cpca/resources/adcodes.csv, the division
# codes of the Ministry of Civil Affairs; written by tools/make_prefectures.py, do not edit by hand. Names of fewer
# than three characters (城区, 忠县) are left out: they are words a text uses otherwise.
# Columns:
#   name   the division's name with its suffix
"""


def _known(name: str, column: str) -> set[str]:
    """The names a gazetteer file already holds in ``column`` (and its aliases)."""
    lines = (ROOT / "knowledge" / "gazetteer" / name).read_text("utf-8").splitlines()
    rows = csv.DictReader((line for line in lines if not line.startswith("# ")), delimiter="\t")
    return {n.removesuffix("市") for row in rows for cell in (row[column], row.get("aliases_zh") or "")
            for n in cell.split("|") if n}


def main(wheel: str) -> None:
    with zipfile.ZipFile(wheel) as archive:
        rows = csv.DictReader(io.TextIOWrapper(archive.open(MEMBER), encoding="utf-8"))
        rows = list(rows)
    names = {r["name"][:-1] for r in rows if r["adcode"][2:4] != "00" and r["adcode"][4:6] == "00"
             and r["name"].endswith("市") and len(r["name"]) > 2}
    names -= _known("cities.tsv", "name_zh") | _known("provinces.tsv", "province")
    OUT.write_text(HEADER + "name\n" + "".join(f"{n}\n" for n in sorted(names)), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(names)} cities")
    counties = {r["name"] for r in rows if r["adcode"][4:6] != "00" and len(r["name"]) > 2}
    COUNTIES.write_text(COUNTY_HEADER + "name\n" + "".join(f"{n}\n" for n in sorted(counties)), encoding="utf-8")
    print(f"wrote {COUNTIES.relative_to(ROOT)}: {len(counties)} counties")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
