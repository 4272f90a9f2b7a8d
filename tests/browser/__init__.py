"""Node.js tools of the test suite, run in the system Chromium.

``package.json`` and ``package-lock.json`` here pin them (axe-core, Mermaid, and
playwright-core to drive Chromium; ``chromium.mjs`` is what the tools share);
``.ci/run`` installs them with ``npm ci``, and :func:`run_node` does too when they are
missing or not the pinned versions. Where Node.js (of the version ``engines`` asks) or
Chromium is not installed, or ``npm ci`` cannot install the packages, the tests that
need them skip and say why.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest

from tests.render.helpers import CHROMIUM

HERE = Path(__file__).resolve().parent
MODULES = HERE / "node_modules"
PACKAGE = json.loads((HERE / "package.json").read_text(encoding="utf-8"))


def run_node(script: str, *arguments: str) -> dict[str, Any]:
    """Run ``script`` of this folder with Chromium's path first; its JSON output."""
    node, npm = shutil.which("node"), shutil.which("npm")
    if node is None or npm is None:
        pytest.skip("Node.js and npm are not installed (Debian: apt-get install nodejs npm)")
    too_old = old_node(node)
    if too_old:
        pytest.skip(too_old)
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium; .ci/run does)")
    if not pinned_versions_installed():
        install(npm)
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


def old_node(node: str) -> str | None:
    """Why ``node`` cannot run the tools, when it is older than ``engines`` asks (playwright-core
    1.65 needs Node.js 20; Debian 12's own package is 18)."""
    wanted = int(re.sub(r"\D", "", PACKAGE["engines"]["node"]))  # ">=20"
    said = subprocess.run([node, "--version"], capture_output=True, text=True, check=False)
    found = re.match(r"v(\d+)", said.stdout)
    if found and int(found.group(1)) >= wanted:
        return None
    return f"Node.js {said.stdout.strip() or '?'} is older than the {wanted} tests/browser needs"


def pinned_versions_installed() -> bool:
    """Whether ``node_modules`` holds each package at the version ``package.json`` pins,
    from an install that finished (npm writes its hidden lockfile last; a partial tree was
    seen here with mermaid's package.json but not its dist/)."""
    if not (MODULES / ".package-lock.json").is_file():
        return False
    for name, version in PACKAGE["dependencies"].items():
        manifest = MODULES / name / "package.json"
        if not manifest.is_file():
            return False
        if json.loads(manifest.read_text(encoding="utf-8")).get("version") != version:
            return False
    return True


def install(npm: str) -> None:
    """``npm ci``: the exact tree of ``package-lock.json``; a skip with npm's words if it fails."""
    command = [npm, "ci", "--no-audit", "--no-fund"]
    done = subprocess.run(command, cwd=HERE, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        said = " ".join(done.stderr.split()[-40:]) or f"exit code {done.returncode}"
        pytest.skip(f"`npm ci` in tests/browser could not install the pinned packages: {said}")
