"""Running a reporter on hand-made findings, as the CLI does, into a string."""

from __future__ import annotations

import io

from cjm.findings import Finding, Severity
from cjm.report import get_reporter
from cjm.report.options import ReportOptions
from cjm.report.summary import Summary
from cjm.validate import FileResult


def finding(
    file: str = "maps/a.yaml",
    line: int = 12,
    column: int = 5,
    severity: Severity = Severity.WARNING,
    rule: str = "stage-no-kpis",
    message: str = "stage 'pay' lists no KPIs",
) -> Finding:
    return Finding(file, line, column, severity, rule, message, "stages[1]")


def render(
    name: str,
    results: list[FileResult],
    options: ReportOptions | None = None,
    stream: io.StringIO | None = None,
) -> str:
    stream = stream or io.StringIO()
    get_reporter(name)(results, stream, Summary(), options or ReportOptions())
    return stream.getvalue()
