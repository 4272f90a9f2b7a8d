"""JSON output: ``{"findings": [...], "summary": {...}}``, a stable shape for tools."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import TYPE_CHECKING, TextIO

from cjm.report.options import ReportOptions
from cjm.report.summary import Summary

if TYPE_CHECKING:  # annotations only: reporters must not load the validator
    from cjm.validate import FileResult


def report(
    results: Iterable[FileResult], stream: TextIO, summary: Summary, options: ReportOptions
) -> None:
    findings: list[dict[str, str | int]] = []
    for result in results:
        summary.add(result.findings, result.hidden, result.stale)
        findings.extend(finding.as_dict() for finding in result.findings)
    document = {"findings": findings, "summary": summary.as_dict()}
    stream.write(json.dumps(document, indent=2, ensure_ascii=False, allow_nan=False) + "\n")
