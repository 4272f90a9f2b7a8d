"""Mermaid's own reading of a line, to check that cjm's text never breaks it."""

from __future__ import annotations

import re

# Mermaid's journey lexer (journey.jison), rule by rule in its order; case-insensitive.
_KEYWORD = re.compile(r"journey|acctitle|accdescr", re.IGNORECASE)
_TITLE = re.compile(r"title\s[^#\n;]+", re.IGNORECASE)
_SECTION = re.compile(r"section\s[^#:\n;]+", re.IGNORECASE)
_TASK = re.compile(r"([^#:\n;]+)(:[^#\n;]+)")


def statement(line: str) -> tuple[str, str]:
    """What Mermaid reads from one line, which must be consumed whole."""
    text = line.strip()
    assert not text.startswith("%%")
    assert not _KEYWORD.match(text), f"{line!r} starts with a keyword"
    for kind, rule in (("title", _TITLE), ("section", _SECTION), ("task", _TASK)):
        match = rule.match(text)
        if match:
            assert match.end() == len(text), f"{line!r} is cut at {match.end()}"
            return kind, match.group(0)
    raise AssertionError(f"{line!r} is not a statement")
