"""How cjm writes and reads small values — counts, numbers, units, dates — the same way
in every message, report and option. No dependencies, so every layer may use it."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$@#!])")
"""Characters that start emphasis, code, links, images, HTML, entities, tables,
strikethrough, math, mentions or issue references in GitHub-flavoured Markdown."""


def counted(count: int, noun: str) -> str:
    """``1 warning``, ``2 warnings``: a count with its noun, plural when it is not one."""
    return f"{count} {noun}{'' if count == 1 else 's'}"


def format_number(value: float) -> str:
    """``59`` rather than ``59.0``, ``1234567`` rather than ``1.23457e+06``; other values
    as short as they round-trip."""
    value = float(value)
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return repr(value)


def with_unit(
    value: float, unit: str | None, number_format: Callable[[float], str] = format_number
) -> str:
    """``59%``, ``7 minutes``: a KPI value as people write it (reports pass their
    locale's number format)."""
    number = number_format(value)
    if not unit:
        return number
    return f"{number}{unit}" if unit == "%" else f"{number} {unit}"


def parse_iso_date(text: str) -> dt.date:
    """A date written exactly ``YYYY-MM-DD``; ValueError for anything else.

    ``date.fromisoformat`` alone would also take ``2024-W01-1`` and ``20240101``.
    """
    if not _ISO_DATE.fullmatch(text):
        raise ValueError("expected YYYY-MM-DD")
    return dt.date.fromisoformat(text)


def escape_markdown(text: str) -> str:
    """Text shown as written in Markdown: every syntax character backslash-escaped.

    Line structure (newlines, a ``#`` or ``1.`` starting a line) is the caller's, since
    a table cell, a list item and a comment line each need something different.
    """
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
