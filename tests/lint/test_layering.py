"""Data flows one way: the linter knows the model and the loader, never the output side."""

from __future__ import annotations

import ast

from tests.conftest import REPO

LINT = REPO / "src" / "cjm" / "lint"
FORBIDDEN = ("cjm.cli", "cjm.report", "cjm.render", "cjm.validate", "typer", "rich")


def imported_modules(source: str) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_lint_imports_nothing_from_the_cli_the_reporters_or_the_renderers():
    for path in sorted(LINT.rglob("*.py")):
        bad = {
            name
            for name in imported_modules(path.read_text(encoding="utf-8"))
            if name.startswith(FORBIDDEN)
        }
        assert bad == set(), f"{path.relative_to(REPO)} imports {sorted(bad)}"
