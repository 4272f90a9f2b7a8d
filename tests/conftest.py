"""Shared test helpers: run the CLI in-process and find the repository's folders."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
TODAY = "2026-11-23"
"""The date every test runs on: overdue actions and stale maps depend on it."""
CORE_RULES = frozenset({"yaml", "schema", "reference"})


@pytest.fixture(autouse=True)
def _same_day_and_no_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pin today, and keep a CI runner's step summary out of reach of the tests."""
    monkeypatch.setenv("CJM_TODAY", TODAY)
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)


def make(root: Path, files: dict[str, str]) -> None:
    """Write ``files`` (relative name → text) below ``root``, creating folders."""
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")


def core_findings(report: dict[str, Any]) -> list[dict[str, Any]]:
    """The JSON findings of the checks before linting: what workspace tests are about."""
    return [finding for finding in report["findings"] if finding["rule"] in CORE_RULES]


@dataclass
class Run:
    exit_code: int
    stdout: str
    stderr: str

    def json(self) -> Any:
        return json.loads(self.stdout)


@pytest.fixture
def cjm(monkeypatch: pytest.MonkeyPatch) -> Any:
    """Run ``cjm ARGS...`` in-process, as the console script does (tool errors → exit 2)."""
    from cjm.cli import app as app_module

    def run(*args: str | Path) -> Run:
        runner = CliRunner()
        result = runner.invoke(app_module.app, [str(arg) for arg in args], catch_exceptions=True)
        exit_code, stderr = result.exit_code, result.stderr
        if result.exception is not None and not isinstance(result.exception, SystemExit):
            from cjm.errors import CjmError

            if not isinstance(result.exception, CjmError):
                raise result.exception
            exit_code, stderr = 2, stderr + f"cjm: error: {result.exception}\n"
        return Run(exit_code, result.stdout, stderr)

    return run
