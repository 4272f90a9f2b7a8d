"""Every page cjm renders passes axe-core in the system Chromium, light and dark.

The pages are the example site (``cjm render examples/``: the index and every report)
and the renderer fixtures (every part of the format, hostile text). axe-core runs with
all its default rules (every WCAG 2.x A/AA rule and the best practices) through
``tests/browser/run-axe.mjs``; a page passes when nothing of any impact is found.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from tests.browser import run_node

REPOSITORY = Path(__file__).resolve().parents[2]
SOURCES = {"examples": REPOSITORY / "examples", "fixtures": REPOSITORY / "tests/render/fixtures"}
TODAY = "2026-11-01"


def _axe(pages: list[Path]) -> dict[str, Any]:
    return run_node("run-axe.mjs", *map(str, pages))


def _render(source: Path, site: Path) -> list[Path]:
    command = [sys.executable, "-m", "cjm", "render", str(source), "-o", str(site)]
    command += ["--format", "html", "--today", TODAY]
    subprocess.run(command, check=True, capture_output=True)
    return sorted(site.rglob("*.html"))  # every page, in sub-folders too


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
