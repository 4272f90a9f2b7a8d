"""What the user asked of a diff's output, shared by every format."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class FormatOptions:
    color: bool = False
    """Use ANSI colours (the CLI decides: a terminal, ``--color``, ``NO_COLOR``)."""
