"""GitHub Actions output: one workflow command per finding, shown as an annotation.

``::warning file=maps/a.yaml,line=12,col=5,title=stage-no-kpis::stage 'x' lists no KPIs``

The runner parses commands out of the log, so values are escaped as ``@actions/core``
does: ``%``, CR and LF in the message; also ``:`` and ``,`` in properties. Otherwise a
map whose text holds a line break followed by ``::`` could inject commands into the log.

GitHub shows only about ten annotations of each type per step; when
``$GITHUB_STEP_SUMMARY`` is set, every finding is also appended there as a Markdown table.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from cjm.errors import OutputError
from cjm.findings import Finding, Severity
from cjm.report.options import ReportOptions
from cjm.report.paths import repository_path
from cjm.report.summary import Summary
from cjm.text import escape_markdown, safe_text

if TYPE_CHECKING:  # annotations only: reporters must not load the validator
    from cjm.validate import FileResult

LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}
MAX_SUMMARY_ROWS = 1000
"""Rows of the step summary table; GitHub caps a step summary at 1 MiB."""


def escape_data(text: str) -> str:
    """Escape a workflow command's message (``escapeData`` of ``@actions/core``)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a workflow command's property value (``escapeProperty`` of ``@actions/core``)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding) -> str:
    """The workflow command of one finding, without the line break."""
    file = repository_path(finding.file) or finding.file
    properties = (
        f"file={escape_property(file)},line={finding.line},col={finding.column},"
        f"title={escape_property(finding.rule)}"
    )
    return safe_text(f"::{LEVELS[finding.severity]} {properties}::{escape_data(finding.message)}")


def report(
    results: Iterable[FileResult], stream: TextIO, summary: Summary, options: ReportOptions
) -> None:
    findings: list[Finding] = []
    for result in results:
        summary.add(result.findings, result.hidden, result.stale)
        for finding in result.findings:
            stream.write(annotation(finding) + "\n")
        findings.extend(result.findings)
    if options.statistics:
        stream.write(summary.statistics())
    if not options.quiet:
        stream.write(summary.sentence() + "\n")
    if options.step_summary is not None:
        _append(options.step_summary, step_summary(findings, summary))


def step_summary(findings: list[Finding], summary: Summary) -> str:
    """A Markdown section for the job summary: the summary line and a table of findings."""
    lines = ["### cjm validate", "", summary.sentence(), ""]
    if findings:
        lines += ["| Severity | Rule | Location | Message |", "| --- | --- | --- | --- |"]
        for finding in findings[:MAX_SUMMARY_ROWS]:
            where = f"{finding.file}:{finding.line}:{finding.column}"
            cells = (finding.severity.value, finding.rule, where, finding.message)
            lines.append("| " + " | ".join(markdown_cell(cell) for cell in cells) + " |")
        if len(findings) > MAX_SUMMARY_ROWS:
            lines += ["", f"… and {len(findings) - MAX_SUMMARY_ROWS} more findings in the log."]
    return "\n".join(lines) + "\n\n"


def markdown_cell(text: str) -> str:
    """Text for a Markdown table cell: no HTML, no Markdown syntax, no line breaks."""
    return escape_markdown(safe_text(text).replace("\n", " "))


def _append(path: Path, text: str) -> None:
    try:
        with path.open("a", encoding="utf-8") as file:
            file.write(text)
    except OSError as error:
        raise OutputError(f"cannot write the step summary {path}: {error.strerror}") from None
