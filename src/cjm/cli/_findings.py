"""Findings printed by commands other than ``cjm validate``, in validate's text format."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from cjm.findings import Finding
from cjm.report.text import format_finding


def print_findings(findings: Iterable[Finding], stream: TextIO) -> None:
    for finding in findings:
        stream.write(format_finding(finding) + "\n")
