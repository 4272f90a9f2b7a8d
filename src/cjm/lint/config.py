"""Lint configuration: ``[tool.cjm]`` in ``pyproject.toml``, or the same keys in ``cjm.toml``.

A file's configuration is its workspace's: the nearest folder above it that holds a
``cjm.toml`` or a ``pyproject.toml`` with a ``[tool.cjm]`` table (``cjm.toml`` wins when
a folder has both). Nothing is merged across folders implicitly: the nearest file is the
whole configuration, as with ruff; a file shares settings only by naming them in
``extends`` (a ruleset such as ``cjm:strict``, or another TOML file), and its own keys
win over what it extends. ``[[overrides]]`` change rule severities for the maps their
globs match; ``[[require]]`` adds no-code rules. Every mistake is a
:class:`~cjm.errors.ConfigError` naming the file, because a misspelt rule name must
never leave a rule silently on. Each setting remembers where it came from, for
``cjm validate --show-config``.
"""

from __future__ import annotations

import os
import posixpath
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import cached_property, lru_cache
from pathlib import Path
from typing import Any

from cjm.errors import ConfigError
from cjm.findings import CORE_RULES, Finding, Severity
from cjm.lint.require import Requirement, parse_requirement
from cjm.lint.rule import Rule
from cjm.lint.rules import RULES
from cjm.loader.limits import LIMIT_KEYS, Limits
from cjm.measurements.index import data_files
from cjm.model.journey import DEFAULT_MEASUREMENT_MAX_AGE_DAYS, DEFAULT_STALE_AFTER_DAYS
from cjm.text import did_you_mean
from cjm.workspace import has_cjm_table, real_path, workspace_of

FAIL_LEVELS = ("error", "warning", "info", "never")
RULE_LEVELS: dict[str, Severity | None] = {
    "error": Severity.ERROR,
    "warning": Severity.WARNING,
    "info": Severity.INFO,
    "off": None,
}
KEYS = (
    "extends",
    "fail-on",
    "stale-after-days",
    "measurement-max-age-days",
    "measurements",
    "baseline",
    "rules",
    "overrides",
    "require",
    "limits",
)
DEFAULT = "default"
"""Where a setting nobody configured comes from, for ``--show-config``."""

MINIMAL_RULES = frozenset(
    {"pain-point-no-action", "action-no-owner", "action-overdue", "unknown-suppression"}
)
"""The built-in rules ``cjm:minimal`` keeps: the ones that catch a broken plan (a serious
pain nobody acts on, an action nobody owns or that is late) and a suppression comment
that silences nothing."""

RULESETS = ("cjm:recommended", "cjm:strict", "cjm:minimal")
_ESCALATED = {
    Severity.INFO: Severity.WARNING,
    Severity.WARNING: Severity.ERROR,
    Severity.ERROR: Severity.ERROR,
}


def is_failure(finding: Finding, fail_on: str) -> bool:
    """Whether ``finding`` makes the run fail at level ``fail_on``.

    A map that is not valid YAML, breaks the schema or has a dangling reference always
    fails the run: ``fail-on`` decides only what lint advice does.
    """
    if finding.rule in CORE_RULES:
        return True
    return fail_on != "never" and finding.severity >= Severity(fail_on)


@dataclass(frozen=True)
class Override:
    """An ``[[overrides]]`` entry: rule severities for the maps its ``files`` globs match.

    The globs are relative to ``base``, the folder of the file that declares them, so a
    shared ruleset's overrides mean the same wherever it is extended from.
    """

    base: Path
    files: tuple[str, ...]
    severities: Mapping[str, Severity | None]
    origin: str

    def matches(self, file: Path) -> bool:
        """Whether a glob matches ``file``; only a glob that itself starts with ``../``
        reaches outside ``base`` (a ``**`` never does)."""
        try:
            relative = Path(os.path.relpath(real_path(file), real_path(self.base))).as_posix()
        except ValueError:  # another drive
            return False
        outside = relative.startswith("../")
        return any(
            _glob(pattern).fullmatch(relative)
            for pattern in map(posixpath.normpath, self.files)
            if pattern.startswith("../") == outside
        )


@lru_cache(maxsize=256)
def _glob(pattern: str) -> re.Pattern[str]:
    """A path glob as a regular expression: ``**`` spans folders, ``*`` and ``?`` do not."""
    parts: list[str] = []
    for token in re.split(r"(\*\*/|\*\*|\*|\?)", pattern.strip("/")):
        if token == "**/":
            parts.append("(?:.*/)?")
        elif token == "**":
            parts.append(".*")
        elif token == "*":
            parts.append("[^/]*")
        elif token == "?":
            parts.append("[^/]")
        else:
            parts.append(re.escape(token))
    return re.compile("".join(parts))


@dataclass(frozen=True)
class LintConfig:
    """Settings for the files of one workspace; ``source`` is the file they came from."""

    fail_on: str = "warning"
    stale_after_days: int = DEFAULT_STALE_AFTER_DAYS
    severities: Mapping[str, Severity | None] = field(default_factory=dict)
    source: Path | None = None
    limits: Limits = field(default_factory=Limits)
    """Resource limits for reading this workspace's files (``[limits]``)."""
    origins: Mapping[str, str] = field(default_factory=dict)
    """Where each configured setting came from (``fail-on``, ``rules.NAME``, …): a file,
    a ruleset, an ``[[overrides]]`` entry or an option."""
    overrides: tuple[Override, ...] = ()
    requirements: tuple[Requirement, ...] = ()
    """The no-code ``[[require]]`` rules, in the order they were declared."""
    baseline: Path | None = None
    """The baseline file that hides known findings (``baseline = "..."``)."""
    extends: tuple[str, ...] = ()
    """Every ruleset and file this configuration extends, in the order they apply."""
    measurement_max_age_days: int = DEFAULT_MEASUREMENT_MAX_AGE_DAYS
    """When ``kpi-measurement-stale`` fires."""
    measurements: tuple[str, ...] = ()
    """Globs of the CSV data files with KPI measurements, relative to ``measurements_folder``."""
    measurements_folder: Path | None = None
    """The folder of the file that set ``measurements`` (it may be an extended file)."""

    def severity_of(self, rule: Rule) -> Severity | None:
        """The configured severity of ``rule``; None when it is off."""
        return self.severities.get(rule.name, rule.default_severity)

    def origin_of(self, key: str) -> str:
        """Where the setting ``key`` came from; ``default`` when nothing set it."""
        return self.origins.get(key, DEFAULT)

    @cached_property
    def rules(self) -> tuple[Rule, ...]:
        """Every rule that may run: the registered ones, then the ``[[require]]`` rules."""
        return (*RULES.values(), *(requirement.rule for requirement in self.requirements))

    def for_file(self, file: Path) -> LintConfig:
        """The settings for one map: the ``[[overrides]]`` that match it applied in order."""
        matching = [override for override in self.overrides if override.matches(file)]
        if not matching:
            return self
        severities, origins = dict(self.severities), dict(self.origins)
        for override in matching:
            severities.update(override.severities)
            origins.update(
                dict.fromkeys((f"rules.{n}" for n in override.severities), override.origin)
            )
        return replace(self, severities=severities, origins=origins)

    def with_fail_on(self, fail_on: str, origin: str) -> LintConfig:
        """The same settings failing at ``fail_on`` (``--fail-on`` on the command line)."""
        return replace(self, fail_on=fail_on, origins={**self.origins, "fail-on": origin})


def discover_config(path: Path) -> LintConfig:
    """The configuration of the workspace ``path`` belongs to; defaults when it has none."""
    root = workspace_of(path)
    if (root / "cjm.toml").is_file():
        return load_config(root / "cjm.toml")
    pyproject = root / "pyproject.toml"
    if has_cjm_table(pyproject):  # a project's pyproject.toml is cjm's business only then
        return load_config(pyproject)
    return LintConfig()


def workspace_data_files(root: Path, config: LintConfig | None = None) -> list[Path]:
    """The measurement data files of the workspace at ``root``: inputs of every map in
    it, like the maps themselves (for ``render --check`` fingerprints, for example).

    ``config`` replaces the discovered configuration (``--config``).
    """
    config = config or discover_config(root)
    return data_files(config.measurements_folder, config.measurements)


def load_config(file: Path) -> LintConfig:
    """Read ``file``: ``[tool.cjm]`` of a ``pyproject.toml``, the top level of any other.

    What it extends is read first, then its own keys, which win.
    """
    draft = _Draft()
    _apply_file(draft, file, ())
    return draft.finish(file)


@dataclass
class _Draft:
    """Settings gathered from a chain of files and rulesets before they are checked.

    Rule names are checked at the end, when every ``[[require]]`` of the chain is known.
    """

    settings: dict[str, Any] = field(default_factory=dict)
    origins: dict[str, str] = field(default_factory=dict)
    levels: list[tuple[str, object, Path, str]] = field(default_factory=list)
    limits: dict[str, int] = field(default_factory=dict)
    overrides: list[tuple[Path, tuple[str, ...], dict[str, Any], str]] = field(default_factory=list)
    requirements: list[Requirement] = field(default_factory=list)
    extends: list[str] = field(default_factory=list)

    def set(self, key: str, value: object, origin: str) -> None:
        self.settings[key] = value
        self.origins[key] = origin

    def finish(self, file: Path) -> LintConfig:
        known = set(RULES) | {requirement.name for requirement in self.requirements}
        severities: dict[str, Severity | None] = {}
        for name, level, source, origin in self.levels:
            severities[name] = _level(name, level, source, known)
            self.origins[f"rules.{name}"] = origin
        overrides = tuple(
            Override(source.parent, files, _levels(rules, source, known), origin)
            for source, files, rules, origin in self.overrides
        )
        return LintConfig(
            fail_on=self.settings.get("fail-on", "warning"),
            stale_after_days=self.settings.get("stale-after-days", DEFAULT_STALE_AFTER_DAYS),
            severities=severities,
            source=file,
            limits=Limits(**{LIMIT_KEYS[key]: value for key, value in self.limits.items()}),
            origins=self.origins,
            overrides=overrides,
            requirements=tuple(self.requirements),
            baseline=self.settings.get("baseline"),
            extends=tuple(self.extends),
            measurement_max_age_days=self.settings.get(
                "measurement-max-age-days", DEFAULT_MEASUREMENT_MAX_AGE_DAYS
            ),
            measurements=self.settings.get("measurements", ()),
            measurements_folder=self.settings.get("measurements-folder"),
        )


def _apply_file(draft: _Draft, file: Path, chain: tuple[Path, ...]) -> None:
    resolved = real_path(file)
    if resolved in chain:
        cycle = " → ".join(_label(path) for path in (*chain, resolved))
        raise ConfigError(f"{chain[-1]}: extends forms a cycle: {cycle}")
    table, where = _read_table(file)
    for key in table:
        if key not in KEYS:
            hint = did_you_mean(key, set(KEYS)) or f"; known keys: {', '.join(KEYS)}"
            raise ConfigError(f"{file}: unknown key {key!r}{where}{hint}")
    for target in _extends(table.get("extends", []), file):
        if target.startswith("cjm:"):
            _apply_ruleset(draft, target, file)
        else:
            parent = file.parent / target
            if not parent.is_file():
                raise ConfigError(f"{file}: extends {target!r}, which is not a file")
            draft.extends.append(_label(parent))
            _apply_file(draft, parent, (*chain, resolved))
    _apply_table(draft, table, file, _label(file))


def _read_table(file: Path) -> tuple[dict[str, Any], str]:
    try:
        data = tomllib.loads(_read(file))
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(_toml_error(file, error)) from None
    if file.name != "pyproject.toml":
        return data, ""
    table = data.get("tool", {}).get("cjm")
    if not isinstance(table, dict):
        raise ConfigError(f"{file}: no [tool.cjm] table")
    return table, " in [tool.cjm]"


_TOML_POSITION = re.compile(r"(.*) \(at line (\d+), column (\d+)\)$")


def _toml_error(file: Path, error: tomllib.TOMLDecodeError) -> str:
    """``file:line:col: not valid TOML: ...``, like every other problem cjm reports."""
    match = _TOML_POSITION.match(str(error))
    if match is None:
        return f"{file}: not valid TOML: {error}"
    message, line, column = match.groups()
    return f"{file}:{line}:{column}: not valid TOML: {message}"


def _extends(value: object, file: Path) -> list[str]:
    targets = [value] if isinstance(value, str) else value
    if not isinstance(targets, list) or not all(isinstance(t, str) for t in targets):
        raise ConfigError(f"{file}: extends must be a ruleset name or a path, or a list of them")
    for target in targets:
        if target.startswith("cjm:") and target not in RULESETS:
            hint = did_you_mean(target, set(RULESETS)) or f"; rulesets: {', '.join(RULESETS)}"
            raise ConfigError(f"{file}: unknown ruleset {target!r}{hint}")
    return targets


def _apply_ruleset(draft: _Draft, name: str, file: Path) -> None:
    """``cjm:recommended`` is every rule at its default severity; ``cjm:strict`` raises
    each one step (info → warning → error); ``cjm:minimal`` keeps only the rules that
    catch a broken plan."""
    draft.extends.append(name)
    for rule in RULES.values():
        level: Severity | None = rule.default_severity
        if name == "cjm:strict":
            level = _ESCALATED[rule.default_severity]
        elif name == "cjm:minimal" and rule.is_builtin and rule.name not in MINIMAL_RULES:
            level = None
        draft.levels.append((rule.name, "off" if level is None else level.value, file, name))


def _apply_table(draft: _Draft, table: dict[str, Any], file: Path, origin: str) -> None:
    if "fail-on" in table:
        draft.set("fail-on", _choice(table["fail-on"], FAIL_LEVELS, f"{file}: fail-on"), origin)
    if "stale-after-days" in table:
        draft.set("stale-after-days", _days(table, "stale-after-days", file), origin)
    if "measurement-max-age-days" in table:
        days = _days(table, "measurement-max-age-days", file)
        draft.set("measurement-max-age-days", days, origin)
    if "measurements" in table:
        draft.set("measurements", _globs(table["measurements"], file), origin)
        draft.settings["measurements-folder"] = file.parent
    if "baseline" in table:
        if not isinstance(table["baseline"], str):
            raise ConfigError(f"{file}: baseline must be the path of a baseline file")
        draft.set("baseline", file.parent / table["baseline"], origin)
    rules = _table(table.get("rules", {}), file, "rules must be a table of rule = severity")
    draft.levels.extend((name, level, file, origin) for name, level in rules.items())
    for key, value in _limits(table, file).items():
        draft.set(f"limits.{key}", value, origin)
        draft.limits[key] = value
    taken = set(RULES) | {requirement.name for requirement in draft.requirements}
    for entry in _list(table.get("require", []), file, "require"):
        requirement = parse_requirement(entry, file, origin, taken)
        taken.add(requirement.name)
        draft.requirements.append(requirement)
    entries = _list(table.get("overrides", []), file, "overrides")
    for number, entry in enumerate(entries, start=1):
        draft.overrides.append(_override(entry, file, f"{origin} [[overrides]] #{number}"))


def _override(
    entry: object, file: Path, origin: str
) -> tuple[Path, tuple[str, ...], dict[str, Any], str]:
    if not isinstance(entry, dict):
        raise ConfigError(f"{file}: each [[overrides]] must be a table with files and rules")
    for key in entry:
        if key not in ("files", "rules"):
            hint = did_you_mean(key, {"files", "rules"}) or "; an override has files and rules"
            raise ConfigError(f"{file}: unknown key {key!r} in [[overrides]]{hint}")
    files = entry.get("files")
    if not isinstance(files, list) or not files or not all(isinstance(f, str) for f in files):
        raise ConfigError(f'{file}: [[overrides]] needs files, a list of globs like "maps/b2b/**"')
    for pattern in files:
        _check_override_glob(pattern, file)
    rules = _table(entry.get("rules", {}), file, "rules of [[overrides]] must be a table")
    label = f"{origin} ({', '.join(files)})"
    return file, tuple(files), rules, label


def _check_override_glob(pattern: str, file: Path) -> None:
    """A glob that can never match a map would make its override silently do nothing:
    an absolute path, or a last part that names no .yaml/.yml file (usually a folder)."""
    if posixpath.isabs(pattern) or Path(pattern).is_absolute():
        raise ConfigError(
            f"{file}: [[overrides]] files pattern {pattern!r} must be relative to the folder "
            "of this file"
        )
    last = pattern.rstrip("/").rpartition("/")[2]
    if not any(char in last for char in "*?") and not last.endswith((".yaml", ".yml")):
        raise ConfigError(
            f"{file}: [[overrides]] files pattern {pattern!r} matches no map (maps are "
            f'.yaml/.yml files); for the maps under a folder write "{pattern.rstrip("/")}/**"'
        )


def _label(file: Path) -> str:
    """How ``--show-config`` names a file: relative to the working folder when below it."""
    relative = os.path.relpath(file)
    return relative if not relative.startswith("..") else str(file)


def _read(file: Path) -> str:
    try:
        return file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{file}: cannot read the configuration: {error}") from None


def _table(value: object, file: Path, message: str) -> dict[str, Any]:
    if not isinstance(value, dict):
        raise ConfigError(f"{file}: {message}")
    return value


def _list(value: object, file: Path, key: str) -> list[object]:
    if not isinstance(value, list):
        raise ConfigError(f"{file}: {key} must be written as [[{key}]] tables")
    return value


def _days(table: dict[str, Any], key: str, file: Path) -> int:
    days = table[key]
    if not isinstance(days, int) or isinstance(days, bool) or days < 1:
        raise ConfigError(f"{file}: {key} must be a whole number of days, got {days!r}")
    return days


def _globs(globs: object, file: Path) -> tuple[str, ...]:
    """The data file globs: relative to the folder of ``file`` (an extended file's own
    folder), never ``..`` or absolute."""
    if not isinstance(globs, list) or not all(isinstance(g, str) and g for g in globs):
        raise ConfigError(
            f"{file}: measurements must be a list of file patterns, "
            f'e.g. measurements = ["data/kpis/*.csv"], got {globs!r}'
        )
    for glob in globs:
        if Path(glob).is_absolute() or ".." in Path(glob).parts:
            raise ConfigError(
                f"{file}: measurements pattern {glob!r} must be relative to the folder of "
                "this file and stay inside it (no `..`, not absolute)"
            )
    return tuple(globs)


def _limits(table: dict[str, Any], file: Path) -> dict[str, int]:
    limits = table.get("limits", {})
    if not isinstance(limits, dict):
        raise ConfigError(f"{file}: limits must be a table of limit = number")
    for key, value in limits.items():
        if key not in LIMIT_KEYS:
            hint = did_you_mean(key, set(LIMIT_KEYS)) or f"; known limits: {', '.join(LIMIT_KEYS)}"
            raise ConfigError(f"{file}: unknown limit {key!r}{hint}")
        if not isinstance(value, int) or isinstance(value, bool) or value < 1:
            raise ConfigError(f"{file}: limit {key} must be a positive whole number, got {value!r}")
    return limits


def _levels(rules: dict[str, Any], file: Path, known: set[str]) -> dict[str, Severity | None]:
    return {name: _level(name, value, file, known) for name, value in rules.items()}


def _level(name: str, value: object, file: Path, known: set[str]) -> Severity | None:
    if name in CORE_RULES:
        raise ConfigError(f"{file}: {name!r} problems are always errors and cannot be set")
    if name not in known:
        hint = did_you_mean(name, known) or "; `cjm rules` lists them"
        raise ConfigError(f"{file}: unknown rule {name!r}{hint}")
    level = _choice(value, tuple(RULE_LEVELS), f"{file}: rule {name}")
    return RULE_LEVELS[level]


def _choice(value: object, allowed: tuple[str, ...], what: str) -> str:
    if isinstance(value, str) and value in allowed:
        return value
    hint = did_you_mean(value, set(allowed)) if isinstance(value, str) else ""
    raise ConfigError(f"{what} must be one of {', '.join(allowed)}, got {value!r}{hint}")
