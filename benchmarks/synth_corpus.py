"""A synthetic corpus of any multiple of the bundled reports, for timing ``ipgraph build`` at scale.

Copy k of each bundled report is the real text with its countries, cities and
people swapped for others and its dates moved: every country name the
gazetteer knows becomes the country k·7 places further on in the list (中国 →
some other country in copy 1, another in copy 2 …), every city likewise among
the cities, every Chinese person's name becomes a made-up name, years move
back by k mod 15, months on by k, days on by k (within 1–28). So no two copies
have the same text, the same mentions or the same events: neither the build
cache nor any memo inside the pipeline can make the copies cheap, and the
extractors still find what they find in real reports. Each copy gets a
``[[report]]`` table in ``reports.toml`` under the id ``<report id>-x<k>``.

The output is deterministic (no randomness).

    python benchmarks/synth_corpus.py OUT_DIR [--copies 100]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path

from ipgraph.ingest.corpus import read_metadata
from ipgraph.knowledge.gazetteer import Gazetteer, load
from ipgraph.resources import resources

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余于杜叶程魏苏吕丁任沈姚卢"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰涛明超秀霞平刚桂英华玉兰萍红娟建国文辉力鹏宇浩晨欣怡佳琪思远志"
_YEAR = re.compile(r"((?:19|20)\d{2})(?= *年)")
_MONTH = re.compile(r"(?<!\d)(\d{1,2})(?= *月)")
_DAY = re.compile(r"(?<!\d)(\d{1,2})(?= *[日号])")


def _digest(*parts: object) -> int:
    return int.from_bytes(hashlib.blake2b("/".join(map(str, parts)).encode(), digest_size=8).digest(), "big")


def made_up_name(k: int, name: str) -> str:
    """A Chinese name for copy k standing in for ``name``: same length, a surname and given characters."""
    h = _digest(k, name)
    given = "".join(GIVEN[(h >> (8 * i)) % len(GIVEN)] for i in range(max(1, len(name) - 1)))
    return SURNAMES[h % len(SURNAMES)] + given


class Swapper:
    """The substitutions of copy k: countries, cities and people, then dates."""

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.countries = sorted({c.name_zh for c in gazetteer.countries.values() if len(c.name_zh) >= 2})
        self.cities = sorted({c.name_zh for c in gazetteer.cities.values() if len(c.name_zh) >= 2})
        self.people = sorted({p.name for p in gazetteer.people.values()
                              if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", p.name)})
        names = sorted(set(self.countries) | set(self.cities) | set(self.people), key=len, reverse=True)
        self.pattern = re.compile("|".join(map(re.escape, names)))
        self.country_at = {n: i for i, n in enumerate(self.countries)}
        self.city_at = {n: i for i, n in enumerate(self.cities)}

    def swap(self, text: str, k: int) -> str:
        def replace(match: re.Match[str]) -> str:
            name = match.group(0)
            if name in self.country_at:
                return self.countries[(self.country_at[name] + 7 * k) % len(self.countries)]
            if name in self.city_at:
                return self.cities[(self.city_at[name] + 3 * k) % len(self.cities)]
            return made_up_name(k, name)

        text = self.pattern.sub(replace, text)
        text = _YEAR.sub(lambda m: str(int(m.group(1)) - k % 15), text)
        text = _MONTH.sub(lambda m: str((int(m.group(1)) - 1 + k) % 12 + 1) if 1 <= int(m.group(1)) <= 12
                          else m.group(1), text)
        return _DAY.sub(lambda m: str((int(m.group(1)) - 1 + k) % 28 + 1) if 1 <= int(m.group(1)) <= 31
                        else m.group(1), text)


def _shift_years(value: str | None, k: int) -> str | None:
    return None if value is None else _YEAR_ISO.sub(lambda m: str(int(m.group(0)) - k % 15), value)


_YEAR_ISO = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")


def toml_table(values: dict[str, object]) -> str:
    lines = ["[[report]]"]
    for key, value in values.items():
        if value is None or value == ():
            continue
        rendered = json.dumps(list(value), ensure_ascii=False) if isinstance(value, tuple) else \
            json.dumps(value, ensure_ascii=False)
        lines.append(f"{key} = {rendered}")
    return "\n".join(lines) + "\n"


def generate(out: Path, copies: int) -> tuple[int, int]:
    """Write ``copies`` variants of every bundled report and their reports.toml; return (reports, characters)."""
    res = resources()
    swapper = Swapper(load(res.knowledge))
    metadata = read_metadata(res.reports)
    out.mkdir(parents=True, exist_ok=True)
    tables, chars = [], 0
    for name, meta in sorted(metadata.reports.items()):
        text = (res.reports / name).read_text(encoding="utf-8")
        for k in range(1, copies + 1):
            report_id = f"{meta.id}-x{k:03d}"
            copy = swapper.swap(text, k)
            (out / f"{report_id}.txt").write_text(copy, encoding="utf-8")
            chars += len(copy)
            tables.append(toml_table({
                "id": report_id, "file": f"{report_id}.txt", "title": f"{meta.title}（合成副本 {k}）",
                "publisher": meta.publisher, "date": _shift_years(meta.date, k), "language": meta.language,
                "identifier": meta.identifier, "meeting": meta.meeting, "period": _shift_years(meta.period, k),
                "author": meta.author}))
    (out / "reports.toml").write_text("# Synthetic copies of the bundled reports (benchmarks/synth_corpus.py).\n\n"
                                      + "\n".join(tables), encoding="utf-8")
    return len(tables), chars


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--copies", type=int, default=100, help="copies of each bundled report (default 100)")
    args = parser.parse_args(argv)
    reports, chars = generate(args.out, args.copies)
    print(f"wrote {reports} reports, {chars:,} characters, to {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
