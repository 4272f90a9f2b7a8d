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
