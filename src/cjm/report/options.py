"""What the user asked of the output, shared by every reporter."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class ReportOptions:
    quiet: bool = False
    """Print findings only, no summary."""
