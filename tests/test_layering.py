"""Data flows one way: text → loader → model → checks → reports; model → renderers.

The command line sits on top and nothing imports it; the linter and the renderers know
the model but never each other, nor the output side of the other.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO

PACKAGE = REPO / "src" / "cjm"

# every package of src/cjm (a test checks none is missing), and the shared modules every
# layer imports → imports it must never make
FORBIDDEN = {
    "cli": (),  # the top: it may use everything
    "baseline": ("cjm.cli", "cjm.lint", "cjm.render", "cjm.report", "typer", "rich"),
    "diff": ("cjm.cli", "cjm.lint", "cjm.render", "cjm.report", "cjm.validate", "typer"),
    "lint": ("cjm.cli", "cjm.report", "cjm.render", "cjm.validate", "typer", "rich"),
    "loader": ("cjm.lint", "cjm.render", "cjm.report", "cjm.cli", "typer", "rich"),
    "measurements": ("cjm.cli", "cjm.lint", "cjm.render", "cjm.report", "cjm.validate", "typer"),
    "mermaid": ("cjm.cli", "cjm.lint", "cjm.render", "cjm.report", "cjm.validate", "typer"),
    "model": ("cjm.loader", "cjm.lint", "cjm.render", "cjm.report", "cjm.cli", "yaml"),
    "render": ("cjm.cli", "cjm.lint", "cjm.report", "cjm.validate", "typer"),
    "report": ("cjm.cli", "cjm.render", "typer"),  # SARIF lists the lint rules
    "stats": ("cjm.cli", "cjm.lint", "cjm.render", "cjm.report", "cjm.validate", "typer"),
    "review": ("cjm.cli", "cjm.lint", "cjm.report", "typer"),
    "registry": ("cjm",),  # the shape of every registry: nothing of cjm
    "text": ("cjm",),  # shared helpers: nothing of cjm, so every layer may use them
}

ALLOWED = {"render/pipeline.py": ("cjm.validate",)}
"""Exceptions, each one module: the render pipeline joins the two branches (it runs the
``Validator``, then the renderers), so it alone of ``render`` may import ``cjm.validate``;
the renderers themselves never see validation or lint."""


def imported_modules(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_keeps_to_its_layer(package):
    module = PACKAGE / f"{package}.py"
    paths = [module] if module.exists() else sorted((PACKAGE / package).rglob("*.py"))
    for path in paths:
        allowed = ALLOWED.get(path.relative_to(PACKAGE).as_posix(), ())
        bad = {
            name
            for name in imported_modules(path)
            if name.startswith(FORBIDDEN[package]) and not name.startswith(allowed)
        }
        assert bad == set(), f"{path.relative_to(REPO)} imports {sorted(bad)}"


def test_every_package_has_its_rule():
    packages = {path.parent.name for path in PACKAGE.glob("*/__init__.py")}
    assert packages <= set(FORBIDDEN)


def test_nothing_outside_the_cli_imports_it():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "cli" in path.relative_to(PACKAGE).parts or path.name == "__main__.py":
            continue
        assert not any(name.startswith("cjm.cli") for name in imported_modules(path)), path


@pytest.mark.parametrize(
    ("package", "forbidden"),
    [
        ("cjm.render.html", "cjm.lint"),
        ("cjm.render.svg", "cjm.lint"),
        ("cjm.render.mermaid", "cjm.lint"),
        ("cjm.mermaid.import_", "cjm.render"),
        ("cjm.lint.engine", "cjm.render"),
    ],
)
def test_not_even_indirectly(package, forbidden):
    """Direct imports can look clean while a helper pulls the other side in."""
    code = f"import sys, {package}; print(any(m.startswith({forbidden!r}) for m in sys.modules))"
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "False"
