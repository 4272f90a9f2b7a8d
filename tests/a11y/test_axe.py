"""Every page cjm renders passes axe-core in the system Chromium, light and dark.

The pages are the example site (``cjm render examples/``: the index and every report)
and the renderer fixtures (every part of the format, hostile text). axe-core and the
browser driver are pinned in ``package.json`` / ``package-lock.json`` beside this file;
``.ci/run`` installs them with ``npm ci``, and this test does too when they are missing.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.render.helpers import CHROMIUM

HERE = Path(__file__).resolve().parent
REPOSITORY = HERE.parents[1]
SOURCES = {"examples": REPOSITORY / "examples", "fixtures": REPOSITORY / "tests/render/fixtures"}
TODAY = "2026-11-01"


def _node() -> str:
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("Node.js and npm are not installed (Debian: apt-get install nodejs npm)")
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium; .ci/run does)")
    if not (HERE / "node_modules" / "axe-core").is_dir():
        subprocess.run(
            [npm, "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True, capture_output=True
        )
    return node


def _axe(pages: list[Path]) -> dict[str, Any]:
    run = subprocess.run(
        [_node(), str(HERE / "run-axe.mjs"), str(CHROMIUM), *map(str, pages)],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, Any] = json.loads(run.stdout)
    return result


def _render(source: Path, site: Path) -> list[Path]:
    command = [sys.executable, "-m", "cjm", "render", str(source), "-o", str(site)]
    command += ["--format", "html", "--today", TODAY]
    subprocess.run(command, check=True, capture_output=True)
    return sorted(site.glob("*.html"))


def _violations(outcome: dict[str, Any]) -> list[str]:
    return [
        f"{Path(result['page']).name} ({result['scheme']}): {violation['id']}"
        f" [{violation['impact']}] {violation['help']} at {node['target']}: {node['summary']}"
        for result in outcome["results"]
        for violation in result["violations"]
        for node in violation["nodes"]
    ]


def test_every_rendered_page_passes_axe_in_light_and_dark(tmp_path: Path):
    pages = [page for name, src in SOURCES.items() for page in _render(src, tmp_path / name)]
    assert {page.name for page in pages} >= {"index.html", "online-store-purchase.html"}
    outcome = _axe(pages)
    assert {(r["page"], r["scheme"]) for r in outcome["results"]} == {
        (str(page), scheme) for page in pages for scheme in ("light", "dark")
    }
    assert _violations(outcome) == []


def test_the_harness_sees_a_contrast_failure_in_one_scheme_only(tmp_path: Path):
    page = tmp_path / "grey.html"
    page.write_text(
        '<!doctype html><html lang="en"><head><title>Grey</title><style>'
        "@media (prefers-color-scheme: dark) { body { background: #000; color: #ddd; } }"
        "@media (prefers-color-scheme: light) { p { background: #fff; color: #bbb; } }"
        "</style></head><body><main><h1>Grey</h1><p>Too light on white</p></main></body></html>",
        encoding="utf-8",
    )
    found = _violations(_axe([page]))
    assert len(found) == 1
    assert found[0].startswith("grey.html (light): color-contrast [serious]")
