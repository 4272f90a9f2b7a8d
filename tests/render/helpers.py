"""Helpers for renderer tests: fixture maps, golden files, real Graphviz and Chromium.

Golden files live in ``tests/render/golden/``. After an intended change to a renderer,
regenerate them with

    CJM_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/render

then look at every changed golden by eye (open the HTML and SVG in a browser) before
committing them.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

from cjm.lint.engine import Linter
from cjm.model import Journey
from cjm.references import improved_journey
from cjm.render.context import JourneyView, build_view
from cjm.render.pipeline import persona_lookup, report_links, source_name
from cjm.validate import Validator

HERE = Path(__file__).resolve().parent
FIXTURES = HERE / "fixtures"
GOLDEN = HERE / "golden"
TODAY = dt.date(2026, 11, 1)
"""The fixed "today" of every renderer test: the small map's action is overdue on it."""
UPDATE_GOLDENS = os.environ.get("CJM_UPDATE_GOLDENS") == "1"
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


def load_view(name: str) -> JourneyView:
    """The view of ``fixtures/<name>.yaml``, built as ``cjm render`` builds it."""
    path = FIXTURES / f"{name}.yaml"
    validator = Validator(linter=Linter(TODAY))
    (result,) = list(validator.validate_paths([path]))
    assert result.document is not None, result.findings
    journey = result.document.model
    assert isinstance(journey, Journey)
    workspace = validator.workspace_documents(path)
    baseline = improved_journey(journey, workspace.journey)
    return build_view(
        journey,
        today=TODAY,
        findings=result.findings,
        source=source_name(path),
        personas=persona_lookup(validator, path),
        baseline=baseline,
        links=report_links(journey, baseline, workspace, [FIXTURES]),
    )


def assert_golden(name: str, content: str) -> None:
    """``content`` must equal ``golden/<name>``; with CJM_UPDATE_GOLDENS=1 it replaces it."""
    path = GOLDEN / name
    if UPDATE_GOLDENS:
        path.write_text(content, encoding="utf-8", newline="\n")
        return
    expected = path.read_text(encoding="utf-8")
    assert content == expected, (
        f"{name} differs from its golden file; if the change is intended, run "
        "CJM_UPDATE_GOLDENS=1 pytest tests/render and review the diff by eye"
    )


def graphviz_accepts(source: str) -> subprocess.CompletedProcess[bytes]:
    """Lay out DOT with the system ``dot`` when installed, else the bundled Graphviz."""
    from cjm.render.svg import bundled_executable

    executable = shutil.which("dot") or str(bundled_executable())
    return subprocess.run(
        [executable, "-Tsvg"], input=source.encode(), capture_output=True, timeout=60, check=False
    )


class Elements(HTMLParser):
    """Every start tag with its attributes, as a browser's tokenizer sees them."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.feed(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))

    def names(self) -> set[str]:
        return {tag for tag, _ in self.tags}
