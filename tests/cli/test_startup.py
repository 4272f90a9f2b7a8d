"""Registering the commands stays cheap: `cjm --version` must not load the heavy modules."""

from __future__ import annotations

import subprocess
import sys

HEAVY = ("pydantic", "yaml", "jinja2", "rich", "cjm.model", "cjm.loader")


def test_importing_the_cli_loads_no_heavy_module():
    code = f"import sys, cjm.cli.app; print(','.join(m for m in {HEAVY!r} if m in sys.modules))"
    loaded = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.strip()
    assert loaded == ""
