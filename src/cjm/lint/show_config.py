"""``cjm validate --show-config``: the settings one map gets, and where each came from.

With rulesets, shared files and per-folder overrides, "why is this rule an error here?"
needs an answer that does not require reading four files. The answer is printed as TOML
that could be pasted into a ``cjm.toml``, with the origin of each line as a comment.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

from cjm.lint.config import DEFAULT, LintConfig
from cjm.loader.limits import LIMIT_KEYS
from cjm.measurements.index import data_files
from cjm.text import counted


def show_config(config: LintConfig, path: Path) -> str:
    """The effective settings of ``config`` for ``path``, one commented TOML line each."""
    source = os.path.relpath(config.source) if config.source else "none (the defaults)"
    extends = f" (extends {', '.join(config.extends)})" if config.extends else ""
    lines = [
        f"# settings for {path}",
        f"# configuration: {source}{extends}",
        *_folder_note(config, path),
        _line("fail-on", config.fail_on, config.origin_of("fail-on")),
        _line("stale-after-days", config.stale_after_days, config.origin_of("stale-after-days")),
        _line(
            "measurement-max-age-days",
            config.measurement_max_age_days,
            config.origin_of("measurement-max-age-days"),
        ),
    ]
    if config.measurements:
        globs = list(config.measurements)
        lines.append(_line("measurements", globs, config.origin_of("measurements")))
        lines.append(_data_files_note(config))
    if config.baseline is not None:
        baseline = os.path.relpath(config.baseline)
        lines.append(_line("baseline", baseline, config.origin_of("baseline")))
    lines += ["", "[rules]"]
    requirements = {requirement.name: requirement for requirement in config.requirements}
    for rule in config.rules:
        severity = config.severity_of(rule)
        origin = config.origin_of(f"rules.{rule.name}")
        if origin == DEFAULT and rule.name in requirements:
            origin = f"[[require]] in {requirements[rule.name].origin}"
        lines.append(_line(rule.name, "off" if severity is None else severity.value, origin))
    lines += ["", "[limits]"]
    for key, attribute in LIMIT_KEYS.items():
        value = getattr(config.limits, attribute)
        lines.append(_line(key, value, config.origin_of(f"limits.{key}")))
    return "\n".join(lines) + "\n"


_WIDTH = 44


def _data_files_note(config: LintConfig) -> str:
    """How many files the globs match, and from which folder: a glob that matches nothing
    (often one moved into a file named by ``extends``, whose folder differs) reads no data
    and no error says so."""
    folder = os.path.relpath(config.measurements_folder or ".")
    count = len(data_files(config.measurements_folder, config.measurements))
    found = counted(count, "data file") if count else "no file"
    return f"# the measurements globs match {found} (relative to {folder})"


def _folder_note(config: LintConfig, path: Path) -> list[str]:
    """A folder has no settings of its own once ``[[overrides]]`` exist: each map in it
    may match different ones, so say so rather than let the folder's line mislead."""
    if not path.is_dir() or not config.overrides:
        return []
    return ["# a folder: [[overrides]] may change these for its maps; name a map to see its own"]


def _line(key: str, value: str | int | list[str], origin: str) -> str:
    setting = f"{key} = {json.dumps(value, ensure_ascii=False)}"
    return f"{setting:<{_WIDTH}} # {origin}"
