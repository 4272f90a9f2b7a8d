"""What the user asked of the output, shared by every reporter."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class ReportOptions:
    quiet: bool = False
    """Print findings only, no summary."""
    statistics: bool = False
    """Also print how many findings each rule gave."""
    step_summary: Path | None = None
    """GitHub's ``$GITHUB_STEP_SUMMARY`` file, where the github format appends a table."""
