"""The Python rules: each one object holding its id, severity, description and the function that finds its faults.

A rule is a function decorated with ``@rule(...)``; the decorator registers it in
``RULES`` (in the order the modules define them) with the file that defines it.
The function is called with the rule itself (to make findings at its severity)
and the context of its stage:

- ``data``: a ``DataContext`` (the data graph, the ontology, one scan of every triple);
- ``meta``: a ``MetaContext`` (the shapes files, the merged shapes, the ontology);
- ``rebuild``: a ``RebuildContext`` (the checked files and a fresh build), only with ``--rebuild``;
- ``shacl``: none; the SHACL runner reports it (its function is ``None``).

The README's table of these rules is ``rules_table()``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ipgraph.check.model import SEVERITIES, Finding, Rule

STAGES = ("data", "shacl", "meta", "rebuild")


@dataclass(frozen=True)
class PythonRule(Rule):
    """A rule checked in Python; calling ``find(rule, context)`` yields its findings."""

    stage: str = "data"
    find: Callable[[PythonRule, Any], Iterable[Finding]] | None = field(default=None, compare=False, repr=False)

    def finding(self, node: str, message: str, **details: Any) -> Finding:
        """A finding of this rule, at this rule's severity."""
        return Finding(self.id, self.severity, node, message, **details)

    def run(self, context: object) -> list[Finding]:
        return list(self.find(self, context)) if self.find is not None else []


RULES: dict[str, PythonRule] = {}


def rule(rule_id: str, severity: str, description: str, stage: str = "data"
         ) -> Callable[[Callable[[PythonRule, Any], Iterable[Finding]]], PythonRule]:
    """Register the decorated function as the rule ``rule_id``; the name it is bound to becomes the rule object."""

    def register(find: Callable[[PythonRule, Any], Iterable[Finding]]) -> PythonRule:
        return add(PythonRule(rule_id, severity, description, _source(find.__module__), stage, find))

    return register


def declare(rule_id: str, severity: str, description: str, stage: str, module: str) -> PythonRule:
    """Register a rule that code outside the registry reports (the SHACL runner's ``shacl-error``)."""
    return add(PythonRule(rule_id, severity, description, _source(module), stage))


def add(made: PythonRule) -> PythonRule:
    if made.severity not in SEVERITIES:
        raise ValueError(f"rule {made.id}: severity must be one of {', '.join(SEVERITIES)}, not {made.severity!r}")
    if made.stage not in STAGES:
        raise ValueError(f"rule {made.id}: stage must be one of {', '.join(STAGES)}, not {made.stage!r}")
    if made.id in RULES:
        raise ValueError(f"rule {made.id} is defined twice ({RULES[made.id].source}, {made.source})")
    RULES[made.id] = made
    return made


def _source(module: str) -> str:
    return "src/" + module.replace(".", "/") + ".py"


def run_stage(stage: str, context: object) -> list[Finding]:
    """Every registered rule of ``stage``, in registry order."""
    return [finding for found in RULES.values() if found.stage == stage for finding in found.run(context)]


def rules_table() -> str:
    """The README's table of the Python rules (``tests/check`` fails when the README's copy differs)."""
    rows = ["| rule | severity | what it checks |", "|---|---|---|"]
    rows += [f"| `{r.id}` | {r.severity} | {r.description} |" for r in RULES.values()]
    return "\n".join(rows)
