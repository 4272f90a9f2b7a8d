"""Node.js tools of the test suite, run in the system Chromium.

``package.json`` and ``package-lock.json`` here pin them (axe-core, Mermaid, and
playwright-core to drive Chromium); ``.ci/run`` installs them with ``npm ci``, and
:func:`run_node` does too when they are missing. Where Node.js or Chromium is not
installed, the tests that need them skip and say why.
"""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.render.helpers import CHROMIUM

HERE = Path(__file__).resolve().parent


def run_node(script: str, *arguments: str) -> dict[str, Any]:
    """Run ``script`` of this folder with Chromium's path first; its JSON output."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("Node.js and npm are not installed (Debian: apt-get install nodejs npm)")
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium; .ci/run does)")
    wanted = json.loads((HERE / "package.json").read_text(encoding="utf-8"))["dependencies"]
    if not all((HERE / "node_modules" / name).is_dir() for name in wanted):
        subprocess.run([npm, "ci", "--no-audit", "--no-fund"], cwd=HERE, check=True)
    run = subprocess.run(
        [node, str(HERE / script), str(CHROMIUM), *arguments],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert run.returncode == 0, run.stderr
    result: dict[str, Any] = json.loads(run.stdout)
    return result
