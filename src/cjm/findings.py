"""Findings: everything cjm says about a map, from YAML syntax errors to lint advice."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from typing import Any

YamlPath = tuple[str | int, ...]
"""A path into a document, as Pydantic reports it: ``("stages", 2, "kpis", 0, "target")``."""


class Severity(enum.Enum):
    """How serious a finding is; ordered so that ``ERROR > WARNING > INFO``."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        return _RANKS[self]

    def __ge__(self, other: Any) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank >= other.rank

    def __gt__(self, other: Any) -> bool:
        if not isinstance(other, Severity):
            return NotImplemented
        return self.rank > other.rank


_RANKS = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}

CORE_RULES: dict[str, str] = {
    "yaml": "The file is not readable YAML: syntax, encoding, or a safety limit.",
    "schema": "The document does not follow the cjm format: unknown keys, wrong types, "
    "missing fields.",
    "reference": "An id is used twice, or a channel, touchpoint or persona reference "
    "does not resolve.",
    "measurement": "A KPI measurement cannot be read (a data file's column, date or "
    "number), names an unknown journey or KPI, or repeats a date.",
}
"""The checks that come before linting, by rule name; their findings are always errors
and cannot be turned off or silenced."""


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem at one place in one file; lines and columns are 1-based."""

    file: str
    line: int
    column: int
    severity: Severity
    rule: str
    message: str
    path: str = ""

    def sort_key(self) -> tuple[str, int, int, str]:
        return (self.file, self.line, self.column, self.rule)

    @property
    def is_broken_input(self) -> bool:
        """A YAML, schema, reference or measurement error: the input is wrong, whatever
        the lint settings say (lint findings configured as errors are advice)."""
        return self.rule in CORE_RULES

    def as_dict(self) -> dict[str, str | int]:
        """The stable JSON shape of a finding."""
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "severity": self.severity.value,
            "rule": self.rule,
            "message": self.message,
            "path": self.path,
        }


@dataclass(frozen=True, slots=True)
class Report:
    """What a check says, before the engine gives it a file, a position and a severity.

    Checks stay pure functions of the model: they name a path, the source map finds the line.
    """

    path: YamlPath
    message: str


def identity(finding: Finding, file: str, *, by_position: bool = True) -> tuple[str, ...]:
    """What makes a finding the same finding across edits: its rule, its file and the
    path of its node, never its line, so editing a map above a finding keeps it.

    A finding with no path (a YAML error, a suppression comment, the whole document)
    is told apart by its message and, with ``by_position``, by its line and column too.
    ``file`` is the file as the caller anchors it (repository root, baseline folder).
    """
    if finding.path:
        return (finding.rule, file, finding.path, "")
    where = f"{finding.line}:{finding.column}" if by_position else ""
    return (finding.rule, file, where, finding.message)


def format_path(path: YamlPath) -> str:
    """Render a path the way users read it: ``stages[2].kpis[0].target``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else part
    return text


def shorten(value: object, limit: int = 60) -> str:
    """A short, single-line representation of a user value for messages.

    Inputs can be huge (a 2 MiB string, an expanded alias); messages must stay one line.
    """
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    text = repr(value) if isinstance(value, str) else str(value)
    text = text.replace("\n", "\\n")
    return text if len(text) <= limit else text[: limit - 1] + "…"
