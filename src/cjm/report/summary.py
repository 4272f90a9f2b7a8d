"""Counts of files and findings, accumulated while results stream through a reporter."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from cjm.findings import Finding, Severity
from cjm.text import counted


@dataclass
class Summary:
    """How many files were checked and how many findings of each severity they gave."""

    files: int = 0
    counts: dict[Severity, int] = field(default_factory=lambda: dict.fromkeys(Severity, 0))
    by_rule: Counter[tuple[str, Severity]] = field(default_factory=Counter)
    """Findings per rule and severity, for ``--statistics``."""
    hidden: int = 0
    """Findings a baseline hid."""
    stale: int = 0
    """Baseline entries that no finding of the checked maps matched any more."""

    def add(self, findings: list[Finding], hidden: int = 0, stale: int = 0) -> None:
        self.files += 1
        self.hidden += hidden
        self.stale += stale
        for finding in findings:
            self.counts[finding.severity] += 1
            self.by_rule[finding.rule, finding.severity] += 1

    def as_dict(self) -> dict[str, int]:
        counts = {
            "files": self.files,
            "errors": self.counts[Severity.ERROR],
            "warnings": self.counts[Severity.WARNING],
            "infos": self.counts[Severity.INFO],
        }
        if self.hidden or self.stale:
            counts |= {"hidden-by-baseline": self.hidden, "stale-baseline-entries": self.stale}
        return counts

    def sentence(self) -> str:
        """``3 files checked: 1 error, 2 warnings, 0 infos``."""
        parts = [
            counted(self.counts[Severity.ERROR], "error"),
            counted(self.counts[Severity.WARNING], "warning"),
            counted(self.counts[Severity.INFO], "info"),
        ]
        return f"{counted(self.files, 'file')} checked: {', '.join(parts)}{self._baseline()}"

    def _baseline(self) -> str:
        """``; the baseline hid 12 findings, 2 of its entries no longer occur (...)``."""
        if not (self.hidden or self.stale):
            return ""
        text = f"; the baseline hid {counted(self.hidden, 'finding')}"
        if self.stale == 1:
            text += ", 1 of its entries no longer occurs (--write-baseline drops it)"
        elif self.stale:
            text += f", {self.stale} of its entries no longer occur (--write-baseline drops them)"
        return text

    def statistics(self) -> str:
        """One line per rule, most frequent first: count, severity, rule."""
        rows = sorted(self.by_rule.items(), key=lambda i: (-i[1], i[0][0], -i[0][1].rank))
        width = len(str(rows[0][1])) if rows else 1
        return "".join(
            f"{count:>{width}}  {severity.value:<7}  {rule}\n" for (rule, severity), count in rows
        )
