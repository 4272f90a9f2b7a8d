"""The lint engine: runs the rules on a journey and decides what becomes a finding.

Rules only say *where* and *what*. The engine owns policy: the severity of each rule
comes from the workspace's configuration (``off`` skips the rule; ``[[overrides]]``
change it for some maps), inline suppressions drop findings, and the source map turns
each reported path into a line and column. The rules are the registered ones and the
workspace's no-code ``[[require]]`` rules.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from cjm.errors import PluginError
from cjm.findings import Finding, Report
from cjm.lint.config import LintConfig, discover_config
from cjm.lint.rule import LintContext, Rule, Workspace
from cjm.lint.rules import unknown_suppression
from cjm.lint.suppression import Suppressions, find_suppressions
from cjm.loader.document import LoadedDocument, to_finding
from cjm.model import Journey, PersonaDocument
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
        config = config.for_file(path)
        return config if self._fail_on is None else config.with_fail_on(self._fail_on, "--fail-on")

    def lint(
        self,
        document: LoadedDocument,
        config: LintConfig,
        baseline: Journey | None = None,
        *,
        workspace: Workspace | None = None,
    ) -> Iterator[Finding]:
        """The findings of every enabled rule on a journey that no comment silences.

        ``baseline`` is the current journey a future map improves, when it has one;
        ``workspace`` holds the other documents of the map's workspace, for rules that
        check across maps (without it they see an empty workspace).
        """
        journey = document.model
        suppressions = find_suppressions(document.text, document.source.root)
        if not isinstance(journey, Journey):
            yield from _persona_requirements(document, suppressions, config)
            return
        context = LintContext(
            self.today,
            config.stale_after_days,
            config.measurement_max_age_days,
            baseline,
            workspace or Workspace(),
        )
        for rule in config.rules:
            severity = config.severity_of(rule)
            if rule.check is None or severity is None:
                continue
            for report in _reports(rule, journey, context, document.file):
                finding = to_finding(document, report, rule.name, severity)
                if not suppressions.silences(rule.name, finding.line):
                    yield finding
        yield from _suppression_problems(document, suppressions, config)


def _reports(rule: Rule, journey: Journey, context: LintContext, file: str) -> list[Report]:
    """What ``rule`` reports on ``journey``. A plug-in's rule that fails is an error
    naming its distribution and the map (exit 2): the failure is the plug-in's to fix,
    not a bug of cjm's to print a traceback for."""
    assert rule.check is not None
    if rule.is_builtin or rule.distribution is None:
        return list(rule.check(journey, context))
    try:
        return list(rule.check(journey, context))
    except Exception as error:
        raise PluginError(
            f"{file}: the rule {rule.name!r} of the plug-in distribution "
            f"{' '.join(rule.distribution)} failed: {type(error).__name__}: {error}"
        ) from None


def _persona_requirements(
    document: LoadedDocument, suppressions: Suppressions, config: LintConfig
) -> Iterator[Finding]:
    """Persona documents have no built-in rules, but ``on = "persona"`` requirements."""
    persona = document.model
    assert isinstance(persona, PersonaDocument)
    for requirement in config.requirements:
        severity = config.severity_of(requirement.rule)
        if severity is None:
            continue
        for report in requirement.check_persona_document(persona):
            finding = to_finding(document, report, requirement.name, severity)
            if not suppressions.silences(requirement.name, finding.line):
                yield finding


def _suppression_problems(
    document: LoadedDocument, suppressions: Suppressions, config: LintConfig
) -> Iterator[Finding]:
    rule = unknown_suppression.RULE
    severity = config.severity_of(rule)
    if severity is None:
        return
    known = {rule.name for rule in config.rules}
    for directive, message in unknown_suppression.problems(suppressions, known):
        if not suppressions.silences(rule.name, directive.line):
            yield Finding(
                document.file, directive.line, directive.column, severity, rule.name, message
            )
