"""Fixtures of the renderer tests; the helpers behind them are in ``helpers.py``."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest

from cjm.render.context import JourneyView
from tests.render.helpers import CHROMIUM, load_view


@pytest.fixture
def small() -> JourneyView:
    return load_view("small")


@pytest.fixture
def hostile() -> JourneyView:
    return load_view("hostile")


@pytest.fixture
def chromium(tmp_path: Path) -> Callable[..., subprocess.CompletedProcess[str]]:
    """Run headless Chromium with a throw-away profile; skips when it is not installed."""
    if CHROMIUM is None:
        pytest.skip("chromium is not installed (Debian: apt-get install chromium; .ci/run does)")
    profile = tmp_path / "chromium-profile"

    def run(*arguments: str) -> subprocess.CompletedProcess[str]:
        command = [
            str(CHROMIUM),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            f"--user-data-dir={profile}",
            *arguments,
        ]
        return subprocess.run(command, capture_output=True, text=True, timeout=120, check=False)

    return run
