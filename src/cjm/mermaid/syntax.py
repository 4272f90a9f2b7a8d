"""Mermaid ``journey`` text that says exactly what the map says, and back.

Mermaid's journey lexer ends a task name at ``:``, ``;``, ``#`` or a newline, treats
``%%`` as a comment or directive, and reads a line that starts with ``journey``,
``title``, ``section`` or ``accDescr`` as a keyword. Text from the map is therefore
neutralised: those characters become look-alikes, and a leading keyword gets an
invisible zero-width space, so a name can never end a line early or start a statement.
The renderer writes with :func:`mermaid_text`; ``cjm import`` reads back with
:func:`from_mermaid_text`.
"""

from __future__ import annotations

import re

_LOOKALIKE = {":": "\ua789", ";": "\uff1b", "#": "\uff03"}
_LOOKALIKES = str.maketrans(_LOOKALIKE)
"""``:``, ``;`` and ``#`` become the modifier letter colon and the fullwidth semicolon and
number sign: they read the same, and Mermaid's lexer does not stop at them."""
_LINE_BREAKS = re.compile(r"\s*[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]\s*")
"""Line breaks end a statement; other whitespace (two spaces, a tab) is kept as written."""
_KEYWORD_START = re.compile(r"^(journey|title\s|section\s|acc(title|descr))", re.IGNORECASE)
_ZERO_WIDTH_SPACE = "\u200b"
NEUTRAL_SCORE = 3
"""The middle of Mermaid's 1..5 task scores: a neutral emotion."""
ACTOR_COMMA = "\u201a"
"""A single low quotation mark, which looks like a comma, stands for ``,`` in actor names
(a task's actors are separated by commas)."""


def mermaid_text(text: str) -> str:
    """One line of Mermaid-safe text that reads like the original."""
    line = _LINE_BREAKS.sub(" ", text).strip().translate(_LOOKALIKES).replace("%%", "% %")
    if _KEYWORD_START.match(line):
        line = _ZERO_WIDTH_SPACE + line
    return line or _ZERO_WIDTH_SPACE


_ORIGINALS = str.maketrans({lookalike: original for original, lookalike in _LOOKALIKE.items()})


def from_mermaid_text(text: str) -> str:
    """Undo :func:`mermaid_text`, so an exported diagram imports with its names intact."""
    return text.replace(_ZERO_WIDTH_SPACE, "").translate(_ORIGINALS).replace("% %", "%%")
