"""Linting a file or a YAML text in-process, without the CLI, on the tests' fixed date."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from cjm.findings import Finding
from cjm.lint.config import LintConfig
from cjm.lint.engine import Linter
from cjm.loader import load_document
from cjm.model import Journey
from tests.conftest import FIXTURES, TODAY

RULE_FIXTURES = FIXTURES / "lint" / "rules"
BASELINES = FIXTURES / "lint" / "baselines"
"""Current journeys that the future maps among the fixtures improve, one file per id."""
_EXPECT = re.compile(r"^# expect: (.*)$", re.MULTILINE)


def lint_file(path: Path, config: LintConfig | None = None) -> list[Finding]:
    """The lint findings of one journey file, with the default configuration unless given."""
    loaded = load_document(path)
    assert loaded.document is not None, f"{path} does not load: {loaded.findings}"
    config = config or LintConfig()
    linter = Linter(dt.date.fromisoformat(TODAY), config=config)
    return list(linter.lint(loaded.document, config, _baseline(loaded.document.model)))


def _baseline(model: object) -> Journey | None:
    """The current journey a future fixture improves, from :data:`BASELINES`."""
    if not isinstance(model, Journey) or model.improves is None:
        return None
    document = load_document(BASELINES / f"{model.improves}.yaml").document
    assert document is not None and isinstance(document.model, Journey)
    return document.model


def lint_text(tmp_path: Path, text: str, config: LintConfig | None = None) -> list[Finding]:
    path = tmp_path / "map.yaml"
    path.write_text(text, encoding="utf-8")
    return lint_file(path, config)


def positions(findings: list[Finding], rule: str) -> list[tuple[int, int]]:
    """Where ``rule`` fired, as (line, column) pairs in file order."""
    return sorted((f.line, f.column) for f in findings if f.rule == rule)


def expected_positions(path: Path) -> list[tuple[int, int]]:
    """The ``# expect: line:col, line:col`` comment of a fixture; none when it has none."""
    match = _EXPECT.search(path.read_text(encoding="utf-8"))
    if match is None:
        return []
    pairs = (item.split(":") for item in match[1].split(","))
    return [(int(line), int(column)) for line, column in pairs]


def rule_listing(stdout: str) -> list[str]:
    """The lines of `cjm rules`, each run of spaces made one: the column widths follow the
    longest rule name installed."""
    return [" ".join(line.split()) for line in stdout.splitlines()]
