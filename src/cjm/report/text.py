"""Human output: ``file:line:col: severity rule message``, grouped by file, then a summary.

On a terminal the severities are coloured through rich; piped or redirected, the
output is plain text written straight to the stream (rich would wrap long lines at 80
columns). Text from the maps is never read as rich markup, and control characters
in it are replaced, so a map cannot restyle or rewrite the terminal.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, TextIO

from cjm.findings import Finding, Severity
from cjm.report.options import ReportOptions
from cjm.report.summary import Summary
from cjm.text import safe_text

if TYPE_CHECKING:  # annotations only: reporters must not load the validator
    from cjm.validate import FileResult

STYLES = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}

Printer = Callable[[Finding | str], None]


def format_finding(finding: Finding) -> str:
    return safe_text(
        f"{finding.file}:{finding.line}:{finding.column}: "
        f"{finding.severity.value} {finding.rule} {finding.message}"
    )


def report(
    results: Iterable[FileResult], stream: TextIO, summary: Summary, options: ReportOptions
) -> None:
    emit = _coloured(stream) if wants_colour(stream) else _plain(stream)
    printed = False
    for result in results:
        summary.add(result.findings, result.hidden, result.stale)
        if result.findings and printed:
            emit("")
        for finding in result.findings:
            emit(finding)
            printed = True
    if options.statistics and summary.by_rule:
        emit("\n" + summary.statistics().rstrip("\n"))
    if not options.quiet:
        emit(("\n" if printed else "") + summary.sentence())


def wants_colour(stream: TextIO) -> bool:
    """Colour only on a terminal, and not when NO_COLOR is set (no-color.org: to anything
    but the empty string) or the terminal is ``dumb``."""
    isatty = getattr(stream, "isatty", None)
    if os.environ.get("NO_COLOR") or os.environ.get("TERM") == "dumb":
        return False
    return bool(isatty and isatty())


def _plain(stream: TextIO) -> Printer:
    def emit(item: Finding | str) -> None:
        stream.write((format_finding(item) if isinstance(item, Finding) else item) + "\n")

    return emit


def _coloured(stream: TextIO) -> Printer:
    from rich.console import Console
    from rich.text import Text

    console = Console(
        file=stream, force_terminal=True, soft_wrap=True, markup=False, emoji=False, highlight=False
    )

    def emit(item: Finding | str) -> None:
        if isinstance(item, str):
            console.print(Text(item))
            return
        console.print(
            Text.assemble(
                (safe_text(f"{item.file}:{item.line}:{item.column}:"), "bold"),
                " ",
                (item.severity.value, STYLES[item.severity]),
                " ",
                (item.rule, "dim"),
                " ",
                safe_text(item.message),
            )
        )

    return emit
