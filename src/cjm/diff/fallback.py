"""A plain line diff, for when a side is not a valid journey (git driver mode).

``git diff`` stops at the first external diff that fails, so a half-edited map must
still produce a readable diff rather than an error.
"""

from __future__ import annotations

import difflib
from pathlib import Path


def line_diff(old: Path | None, new: Path | None, old_name: str, new_name: str) -> str:
    """A unified diff of the two files' text; None stands for an absent file."""
    diff = difflib.unified_diff(
        _lines(old), _lines(new), fromfile=old_name, tofile=new_name, lineterm=""
    )
    return "".join(line if line.endswith("\n") else line + "\n" for line in diff)


def _lines(path: Path | None) -> list[str]:
    if path is None:
        return []
    try:
        return path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
    except OSError:
        return []
