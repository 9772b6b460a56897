"""The JSON format: the whole report (summary, rules with their counts, every finding) as one document."""

from __future__ import annotations

import json

from ipgraph.check.formats.base import Format
from ipgraph.check.model import CheckReport
from ipgraph.errors import InputError


class Json(Format):
    name = "json"
    help = "the whole report"

    def render(self, report: CheckReport, fail_on: str = "violation", max_per_rule: int = 20) -> str:
        return json.dumps(report.to_dict(fail_on), ensure_ascii=False, indent=2)

    def render_error(self, error: InputError) -> str | None:
        document = {"conforms": False, "exit_code": 2,
                    "error": {"file": str(error.path), "line": error.line, "message": error.message}}
        return json.dumps(document, ensure_ascii=False, indent=2)
