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
MEDIUM_FIXED = "#955700"
"""The light scheme's medium-severity colour (``templates/report/style.css``)."""


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


def test_the_contrast_error_of_issue_16_fails_the_test_in_the_light_scheme_only(tmp_path: Path):
    """The report as it was before the fix: the medium-severity amber at 3.46:1 on white."""
    (report,) = [
        p for p in _render(SOURCES["examples"] / "online-store.yaml", tmp_path) if p.stem != "index"
    ]
    fixed = f"--sev-medium: {MEDIUM_FIXED};"
    html = report.read_text(encoding="utf-8")
    assert fixed in html
    report.write_text(html.replace(fixed, "--sev-medium: #c77700;", 1), encoding="utf-8")
    found = _violations(_axe([report]))
    assert found
    assert all(
        line.startswith(f"{report.name} (light): color-contrast [serious]") for line in found
    )
