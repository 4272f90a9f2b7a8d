"""The lint engine: runs the rules on a journey and decides what becomes a finding.

Rules only say *where* and *what*. The engine owns policy: the severity of each rule
comes from the workspace's configuration (``off`` skips the rule), inline suppressions
drop findings, and the source map turns each reported path into a line and column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from cjm.findings import Finding
from cjm.lint.config import LintConfig, discover_config
from cjm.lint.rule import LintContext
from cjm.lint.rules import RULES, unknown_suppression
from cjm.lint.suppression import Suppressions, find_suppressions
from cjm.loader.document import LoadedDocument, to_finding
from cjm.model import Journey
from cjm.workspace import workspace_of


class Linter:
    """Lints documents with what stays fixed for a run.

    ``today`` is the date the date-based rules compare against (the local date unless
    given). ``config`` replaces every discovered configuration (``--config``), and
    ``fail_on`` overrides the fail level of each (``--fail-on``). Discovered
    configurations are read once per workspace.
    """

    def __init__(
        self,
        today: dt.date | None = None,
        *,
        config: LintConfig | None = None,
        fail_on: str | None = None,
    ) -> None:
        self.today = today or dt.date.today()
        self._config = config
        self._fail_on = fail_on
        self._by_root: dict[Path, LintConfig] = {}

    def config_for(self, path: Path) -> LintConfig:
        """The configuration that applies to the file or folder ``path``."""
        config = self._config
        if config is None:
            root = workspace_of(path)
            if root not in self._by_root:
                self._by_root[root] = discover_config(root)
            config = self._by_root[root]
        return config if self._fail_on is None else replace(config, fail_on=self._fail_on)

    def lint(
        self, document: LoadedDocument, config: LintConfig, baseline: Journey | None = None
    ) -> Iterator[Finding]:
        """The findings of every enabled rule on a journey that no comment silences.

        ``baseline`` is the current journey a future map improves, when it has one.
        """
        journey = document.model
        if not isinstance(journey, Journey):
            return
        context = LintContext(self.today, config.stale_after_days, baseline)
        suppressions = find_suppressions(document.text, document.source.root)
        for rule in RULES.values():
            severity = config.severity_of(rule)
            if rule.check is None or severity is None:
                continue
            for report in rule.check(journey, context):
                finding = to_finding(document, report, rule.name, severity)
                if not suppressions.silences(rule.name, finding.line):
                    yield finding
        yield from _suppression_problems(document, suppressions, config)


def _suppression_problems(
    document: LoadedDocument, suppressions: Suppressions, config: LintConfig
) -> Iterator[Finding]:
    rule = unknown_suppression.RULE
    severity = config.severity_of(rule)
    if severity is None:
        return
    for directive, message in unknown_suppression.problems(suppressions, RULES):
        if not suppressions.silences(rule.name, directive.line):
            yield Finding(
                document.file, directive.line, directive.column, severity, rule.name, message
            )
