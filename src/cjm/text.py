"""How cjm writes and reads small values — counts, numbers, units, dates — the same way
in every message, report and option. No dependencies, so every layer may use it.
Also: did-you-mean hints, escapers (terminal, Markdown, DOT; Mermaid's are in
``cjm.mermaid.syntax``) and display width."""

from __future__ import annotations

import datetime as dt
import difflib
import html
import re
import unicodedata
from collections.abc import Callable

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|~&$@#!])")
"""Characters that start emphasis, code, links, images, HTML, entities, tables,
strikethrough, math, mentions or issue references in GitHub-flavoured Markdown."""


def counted(count: int, noun: str) -> str:
    """``1 warning``, ``2 warnings``: a count with its noun, plural when it is not one."""
    return f"{count} {plural(noun, count)}"


def plural(noun: str, count: int) -> str:
    """``noun`` as it follows ``count``: ``1 journey``, ``2 journeys``, ``2 open actions``."""
    return noun if count == 1 else f"{noun}s"


def with_article(noun: str) -> str:
    """``a stage``, ``an action``, ``an opportunity``, ``a KPI``: by the first letter,
    which is right for every noun cjm names."""
    return f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"


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


def safe_text(text: str) -> str:
    """Text from a map, made harmless for a terminal: control characters become ``?``."""
    return _CONTROL.sub("?", text)


def escape_dot_label(text: str) -> str:
    """User text for a Graphviz HTML-like label: markup escaped, and backslashes
    doubled, since Graphviz expands ``\\N``, ``\\G``... even after decoding entities."""
    return html.escape(text).replace("\\", "\\\\")


def did_you_mean(word: str, candidates: list[str] | set[str]) -> str:
    """`` (did you mean "title"?)`` for a near miss, else an empty string."""
    matches = difflib.get_close_matches(word, sorted(candidates), n=1, cutoff=0.6)
    return f' (did you mean "{matches[0]}"?)' if matches else ""


def display_width(text: str) -> int:
    """Columns in a terminal: wide and fullwidth take two (``결제`` is 4), combining marks 0."""
    if text.isascii():  # every ASCII character takes one column; most text is ASCII
        return len(text)
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    if unicodedata.category(char) in ("Mn", "Me"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1


def ljust_display(text: str, width: int) -> str:
    """``str.ljust`` by display width: ``text`` padded to ``width`` columns."""
    return text + " " * max(0, width - display_width(text))
