"""What a lint rule is: a name, a default severity, its documentation, and a pure check.

A rule module's docstring is the rule's user documentation: its first line is the
one-line summary shown by ``cjm rules``, and its ``## `` sections (see
:data:`DOC_SECTIONS`) are the full explanation shown by ``cjm rules NAME`` and carried
as help text in SARIF output. Keeping the docs in the module that implements the
rule keeps them true.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from cjm.findings import Report, Severity
from cjm.model import Journey
from cjm.model.journey import DEFAULT_STALE_AFTER_DAYS

DOC_SECTIONS = ("What it does", "Why it matters", "Example", "How to fix or silence it")
"""The sections every rule's documentation has, in this order (ruff's shape)."""


@dataclass(frozen=True, slots=True)
class LintContext:
    """What a check may know besides the model: the date that counts as today, settings,
    and the journey a future map improves."""

    today: dt.date
    stale_after_days: int = DEFAULT_STALE_AFTER_DAYS
    baseline: Journey | None = None
    """The current journey a future map improves (``improves``), when it resolves."""


Check = Callable[[Journey, LintContext], Iterable[Report]]
"""A check: reports the paths of the nodes that break the rule, with a message each."""


@dataclass(frozen=True)
class Rule:
    """A lint rule. Rules never decide policy: the engine stamps the configured severity.

    ``check`` is None for a rule the engine applies itself because it is about the
    file's comments rather than the model (``unknown-suppression``).
    """

    name: str
    default_severity: Severity
    doc: str | None
    check: Check | None = None

    @property
    def summary(self) -> str:
        """The first line of the documentation."""
        return self.documentation.split("\n", 1)[0].strip()

    @property
    def documentation(self) -> str:
        """The whole documentation, without surrounding blank lines."""
        return (self.doc or "").strip()

    def sections(self) -> dict[str, str]:
        """The ``## Heading`` sections of the documentation, by heading."""
        sections: dict[str, str] = {}
        heading: str | None = None
        lines: list[str] = []
        for line in [*self.documentation.splitlines(), "## "]:
            if line.startswith("## "):
                if heading is not None:
                    sections[heading] = "\n".join(lines).strip()
                heading, lines = line[3:].strip(), []
            else:
                lines.append(line)
        return sections
