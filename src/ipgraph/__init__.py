"""ipgraph: policy reports on IP enforcement and cooperation → a validated RDF knowledge graph.

The stages, each a module: corpus (which reports) → passages → pipeline
(mentions) → facts → triples → build; check validates what build wrote.
"""

import importlib
import sys
import types

from ipgraph.check import CheckReport, Finding, check

__all__ = ["build", "check", "CheckReport", "Finding"]


class _CallableModule(types.ModuleType):
    """The module ``ipgraph.build``, callable as its ``build()`` function: ``ipgraph.build(...)`` builds, and
    ``ipgraph.build.extract`` is still the module's own name."""

    def __call__(self, *args, **kwargs):  # noqa: ANN002, ANN003, ANN204
        return self.build(*args, **kwargs)


class _Package(types.ModuleType):
    """``ipgraph.build`` is imported on first use: the extractors load spaCy (~1.5 s), which ``ipgraph check``
    does not need. However it gets imported, it is the callable module above."""

    def __getattr__(self, name: str):  # noqa: ANN204
        if name == "build":
            return importlib.import_module("ipgraph.build")  # the import system sets it through __setattr__
        raise AttributeError(f"module 'ipgraph' has no attribute {name!r}")

    def __setattr__(self, name: str, value: object) -> None:
        if name == "build" and type(value) is types.ModuleType:
            value.__class__ = _CallableModule
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package
