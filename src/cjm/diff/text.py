"""Terse terminal output: one line per change, ``+`` added, ``-`` removed, ``~`` changed.

Colours only when asked (``FormatOptions.color``, decided by the CLI from the terminal);
text from the maps goes through :func:`cjm.report.text.safe_text`, so control characters
in a map cannot drive the terminal.
"""

from __future__ import annotations

from typing import TextIO

from cjm.diff.changes import ENTITY_NAMES, Change, JourneyDiff
from cjm.diff.describe import (
    RESOLVED,
    describe_fields,
    label_of,
    named,
    quote,
    summary,
    where,
)
from cjm.diff.options import FormatOptions
from cjm.text import counted, safe_text

_MARKS = {"added": "+", "removed": "-", "changed": "~"}
_COLOURS = {"added": "\x1b[32m", "removed": "\x1b[31m", "changed": "\x1b[33m"}
_BOLD, _RESET = "\x1b[1m", "\x1b[0m"


def write(diff: JourneyDiff, stream: TextIO, options: FormatOptions) -> None:
    header = f"{diff.journey}: {diff.old_name} → {diff.new_name}"
    stream.write(_paint(safe_text(header), _BOLD, options) + "\n")
    for change in diff.changes:
        line = format_change(change, diff)
        stream.write(_paint(safe_text(line), _COLOURS[change.change], options) + "\n")
    for pain_point in diff.resolved_pain_points:
        line = f"~ pain point {named(pain_point, diff)}: {RESOLVED}"
        stream.write(_paint(safe_text(line), _COLOURS["changed"], options) + "\n")
    count = len(diff.changes)
    total = f"{counted(count, 'change')}: " if count else ""
    stream.write(safe_text(total + summary(diff)) + "\n")


def format_change(change: Change, diff: JourneyDiff) -> str:
    """``~ KPI signup-completion "Sign-up completion" in signup "Sign up": current 59 → 66
    (target 75, improved)``: things by id and by name."""
    label = label_of(change)
    name = f"{change.id} {quote(label)}" if label else change.id
    line = f"{_MARKS[change.change]} {ENTITY_NAMES[change.entity][0]} {name}{where(change, diff)}"
    details = describe_fields(change)
    return f"{line}: {details}" if details else line


def _paint(text: str, colour: str, options: FormatOptions) -> str:
    return f"{colour}{text}{_RESET}" if options.color else text
