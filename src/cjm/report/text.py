"""Human output: ``file:line:col: severity rule message``, then a summary line."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TextIO

from cjm.findings import Finding
from cjm.report.options import ReportOptions
from cjm.report.summary import Summary
from cjm.validate import FileResult

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def safe_text(text: str) -> str:
    """Text from a map, made harmless for a terminal: control characters become ``?``."""
    return _CONTROL.sub("?", text)


def format_finding(finding: Finding) -> str:
    return safe_text(
        f"{finding.file}:{finding.line}:{finding.column}: "
        f"{finding.severity.value} {finding.rule} {finding.message}"
    )


def report(
    results: Iterable[FileResult], stream: TextIO, summary: Summary, options: ReportOptions
) -> None:
    for result in results:
        summary.add(result.findings)
        for finding in result.findings:
            stream.write(format_finding(finding) + "\n")
    if not options.quiet:
        stream.write(summary.sentence() + "\n")
