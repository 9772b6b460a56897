"""What extraction knows, read from the files under ``knowledge/`` that a researcher extends without Python."""

from __future__ import annotations

import sys


def forget_loaded_knowledge() -> None:
    """Empty every per-process cache of ipgraph's modules (the loaders keep what they read from ``knowledge/`` by
    path, the mention pipeline what its components loaded, the rule tables what they compiled), so the next build
    reads the files again: a notebook that edits a gazetteer or a word list and builds again must see the edit."""
    for name, module in list(sys.modules.items()):
        if name != "ipgraph" and not name.startswith("ipgraph."):
            continue
        for value in list(vars(module).values()):
            if getattr(value, "__module__", None) == name and callable(getattr(value, "cache_clear", None)):
                value.cache_clear()
