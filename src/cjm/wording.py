"""Small helpers for the sentences cjm prints, shared by reporters and renderers."""

from __future__ import annotations


def counted(count: int, noun: str) -> str:
    """``1 warning``, ``2 warnings``: a count with its noun, plural when it is not one."""
    return f"{count} {noun}{'' if count == 1 else 's'}"
