"""What a lint rule is: a name, a default severity, its documentation, and a pure check.

A rule module's docstring is the rule's user documentation: its first line is the
one-line summary shown by ``cjm rules``, and its ``## `` sections (see
:data:`DOC_SECTIONS`) are the full explanation shown by ``cjm rules NAME`` and carried
as help text in SARIF output. Keeping the docs in the module that implements the
rule keeps them true.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import NamedTuple

from cjm import DISTRIBUTION
from cjm.findings import Report, Severity
from cjm.model import Journey, PersonaDocument
from cjm.model.journey import DEFAULT_MEASUREMENT_MAX_AGE_DAYS, DEFAULT_STALE_AFTER_DAYS
from cjm.workspace import WorkspaceDocuments

_RULE_NAME = re.compile(r"[a-z][a-z0-9]*(-[a-z0-9]+)*")


def is_rule_name(name: str) -> bool:
    """Whether ``name`` is kebab-case, as every rule name is (``kpi-needs-source``)."""
    return _RULE_NAME.fullmatch(name) is not None


DOC_SECTIONS = ("What it does", "Why it matters", "Example", "How to fix or silence it")
"""The sections every rule's documentation has, in this order (ruff's shape)."""


@dataclass(frozen=True)
class Workspace:
    """The documents around the map being linted, for rules that check across maps.

    ``personas`` are the persona documents of the workspace by id; ``journeys()`` loads
    every journey of the workspace (this one included) on first use, by id. Maps that do
    not load are left out: their errors are reported where they are checked.
    """

    documents: WorkspaceDocuments = field(default_factory=WorkspaceDocuments)

    @property
    def personas(self) -> dict[str, PersonaDocument]:
        return {key: sites[0].persona for key, sites in self.documents.personas.items()}

    def journeys(self) -> dict[str, Journey]:
        return self.documents.journey_models()


@dataclass(frozen=True, slots=True)
class LintContext:
    """What a check may know besides its map: the date that counts as today, settings,
    the journey a future map improves, and the rest of the workspace."""

    today: dt.date
    stale_after_days: int = DEFAULT_STALE_AFTER_DAYS
    measurement_max_age_days: int = DEFAULT_MEASUREMENT_MAX_AGE_DAYS
    baseline: Journey | None = None
    """The current journey a future map improves (``improves``), when it resolves."""
    workspace: Workspace = field(default_factory=Workspace)


Check = Callable[[Journey, LintContext], Iterable[Report]]
"""A check: reports the paths of the nodes that break the rule, with a message each."""


class Distribution(NamedTuple):
    """The installed distribution a rule comes from (``cjmaps`` for the built-in rules)."""

    name: str
    version: str


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
    distribution: Distribution | None = None
    """Set by the registry when it loads the rule from its entry point."""

    @property
    def is_builtin(self) -> bool:
        """Whether the rule is one of cjm's own (not a plug-in's, nor a ``[[require]]``)."""
        return self.distribution is not None and self.distribution.name == DISTRIBUTION

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
