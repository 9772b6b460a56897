"""Triples → findings: SHACL validation plus the checks SHACL cannot express.

``check()`` is the library entry point (a notebook, a CI job or another tool
calls it); the CLI only renders its report in one of ``FORMATS``. A finding
names the node by its label, the rule it broke, what was found, the passage
the node came from, and the file and line of the offending triple.

The rooms of this package:

- ``model``: Severity, Finding, Rule, CheckReport (severity logic, once);
- ``registry``: the Python rules, each one object (``@rule``), and the README's table of them;
- ``data_rules``: the checks over the data SHACL cannot express cheaply;
- ``planner`` and ``shacl``: the shapes, run fast by pyshacl;
- ``meta`` and ``ontology``: the shapes' and the ontology's own integrity;
- ``rebuild``: ``--rebuild``; ``locate``: file and line; ``naming``: names for people;
- ``turtle``: reading Turtle, refusing what cannot be read; ``literals``: datatypes and dates;
- ``formats``: one class per output format, in one registry;
- ``run``: ``check()``, stage by stage.

Nothing here imports the extractors (spaCy): ``--rebuild`` imports ``ipgraph.builder.build`` when it runs.
"""

from ipgraph.check.formats import FORMATS, Format, format_text, workflow_command
from ipgraph.check.literals import date_interval, literal_problem
from ipgraph.check.locate import TurtleIndex, locate_findings
from ipgraph.check.model import (
                                 FAIL_ON,
                                 SEVERITIES,
                                 SEVERITY_ORDER,
                                 CheckReport,
                                 Finding,
                                 Rule,
                                 Severity,
                                 failing_severities,
)
from ipgraph.check.registry import RULES, PythonRule, rule, rules_table
from ipgraph.check.run import check
from ipgraph.check.shacl import results_as_findings, shacl_findings
from ipgraph.check.turtle import (
                                 MAX_FILE_BYTES,
                                 REFERENCE_FILE,
                                 load_graph,
                                 merge,
                                 parse_turtle,
                                 turtle_files,
)

_merge = merge  # the names tests/check used before the package existed
_results = results_as_findings

__all__ = ["FAIL_ON", "FORMATS", "MAX_FILE_BYTES", "REFERENCE_FILE", "RULES", "SEVERITIES", "SEVERITY_ORDER",
           "CheckReport", "Finding", "Format", "PythonRule", "Rule", "Severity", "TurtleIndex", "check",
           "date_interval", "failing_severities", "format_text", "literal_problem", "load_graph", "locate_findings",
           "merge", "parse_turtle", "results_as_findings", "rule", "rules_table", "shacl_findings", "turtle_files",
           "workflow_command"]
