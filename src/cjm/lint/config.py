"""Lint configuration: ``[tool.cjm]`` in ``pyproject.toml``, or the same keys in ``cjm.toml``.

A file's configuration is its workspace's: the nearest folder above it that holds a
``cjm.toml`` or a ``pyproject.toml`` with a ``[tool.cjm]`` table (``cjm.toml`` wins when
a folder has both). Nothing is merged across folders: the nearest file is the whole
configuration, as with ruff. Every mistake in it is a :class:`~cjm.errors.ConfigError`
naming the file, because a misspelt rule name must never leave a rule silently on.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cjm.errors import ConfigError
from cjm.findings import CORE_RULES, Finding, Severity
from cjm.lint.rule import Rule
from cjm.lint.rules import RULES
from cjm.loader.limits import LIMIT_KEYS, Limits
from cjm.model.journey import DEFAULT_STALE_AFTER_DAYS
from cjm.text import did_you_mean
from cjm.workspace import has_cjm_table, workspace_of

FAIL_LEVELS = ("error", "warning", "info", "never")
RULE_LEVELS: dict[str, Severity | None] = {
    "error": Severity.ERROR,
    "warning": Severity.WARNING,
    "info": Severity.INFO,
    "off": None,
}
KEYS = ("fail-on", "stale-after-days", "rules", "limits")


def is_failure(finding: Finding, fail_on: str) -> bool:
    """Whether ``finding`` makes the run fail at level ``fail_on``.

    A map that is not valid YAML, breaks the schema or has a dangling reference always
    fails the run: ``fail-on`` decides only what lint advice does.
    """
    if finding.rule in CORE_RULES:
        return True
    return fail_on != "never" and finding.severity >= Severity(fail_on)


@dataclass(frozen=True)
class LintConfig:
    """Settings for the files of one workspace; ``source`` is the file they came from."""

    fail_on: str = "warning"
    stale_after_days: int = DEFAULT_STALE_AFTER_DAYS
    severities: Mapping[str, Severity | None] = field(default_factory=dict)
    source: Path | None = None
    limits: Limits = field(default_factory=Limits)
    """Resource limits for reading this workspace's files (``[limits]``)."""

    def severity_of(self, rule: Rule) -> Severity | None:
        """The configured severity of ``rule``; None when it is off."""
        return self.severities.get(rule.name, rule.default_severity)


def discover_config(path: Path) -> LintConfig:
    """The configuration of the workspace ``path`` belongs to; defaults when it has none."""
    root = workspace_of(path)
    if (root / "cjm.toml").is_file():
        return load_config(root / "cjm.toml")
    pyproject = root / "pyproject.toml"
    if has_cjm_table(pyproject):  # a project's pyproject.toml is cjm's business only then
        return load_config(pyproject)
    return LintConfig()


def load_config(file: Path) -> LintConfig:
    """Read ``file``: ``[tool.cjm]`` of a ``pyproject.toml``, the top level of any other."""
    try:
        data = tomllib.loads(_read(file))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{file}: not valid TOML: {error}") from None
    if file.name != "pyproject.toml":
        return _parse(data, file, "")
    table = data.get("tool", {}).get("cjm")
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: no [tool.cjm] table")
    return _parse(table, file, " in [tool.cjm]")


def _read(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{file}: cannot read the configuration: {error}") from None


def _parse(table: dict[str, Any], file: Path, where: str) -> LintConfig:
    for key in table:
        if key not in KEYS:
            hint = did_you_mean(key, set(KEYS)) or f"; known keys: {', '.join(KEYS)}"
            raise ConfigError(f"{file}: unknown key {key!r}{where}{hint}")
    fail_on = _choice(table.get("fail-on", "warning"), FAIL_LEVELS, f"{file}: fail-on")
    days = table.get("stale-after-days", DEFAULT_STALE_AFTER_DAYS)
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise ConfigError(f"{file}: stale-after-days must be a whole number of days, got {days!r}")
    rules = table.get("rules", {})
    if not isinstance(rules, dict):
        raise ConfigError(f"{file}: rules must be a table of rule = severity")
    return LintConfig(fail_on, days, _severities(rules, file), file, _limits(table, file))


def _limits(table: dict[str, Any], file: Path) -> Limits:
    limits = table.get("limits", {})
    if not isinstance(limits, dict):
        raise ConfigError(f"{file}: limits must be a table of limit = number")
    values: dict[str, int] = {}
    for key, value in limits.items():
        if key not in LIMIT_KEYS:
            hint = did_you_mean(key, set(LIMIT_KEYS)) or f"; known limits: {', '.join(LIMIT_KEYS)}"
            raise ConfigError(f"{file}: unknown limit {key!r}{hint}")
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigError(f"{file}: limit {key} must be a positive whole number, got {value!r}")
        values[LIMIT_KEYS[key]] = value
    return Limits(**values)


def _severities(rules: dict[str, Any], file: Path) -> dict[str, Severity | None]:
    severities: dict[str, Severity | None] = {}
    for name, value in rules.items():
        if name in CORE_RULES:
            raise ConfigError(f"{file}: {name!r} problems are always errors and cannot be set")
        if name not in RULES:
            hint = did_you_mean(name, set(RULES)) or "; `cjm rules` lists them"
            raise ConfigError(f"{file}: unknown rule {name!r}{hint}")
        level = _choice(value, tuple(RULE_LEVELS), f"{file}: rule {name}")
        severities[name] = RULE_LEVELS[level]
    return severities


def _choice(value: object, allowed: tuple[str, ...], what: str) -> str:
    if isinstance(value, str) and value in allowed:
        return value
    hint = did_you_mean(value, set(allowed)) if isinstance(value, str) else ""
    raise ConfigError(f"{what} must be one of {', '.join(allowed)}, got {value!r}{hint}")
