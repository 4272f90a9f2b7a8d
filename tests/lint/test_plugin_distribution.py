"""Issue 14's done-when: a real plug-in distribution, built into a wheel with `pip wheel`
and installed with cjm into a fresh virtual environment, gives its rules to every cjm
command: `cjm rules`, findings, SARIF, configuration and suppression.

Slow on purpose (about a minute: it builds cjm and the plug-in and installs them with
their dependencies from the package index), and marked `slow` so that
`pytest -m "not slow"` skips it while developing; `make test` and CI run it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, REPO, TODAY, make
from tests.lint.helpers import rule_listing

pytestmark = pytest.mark.slow

PLUGIN = FIXTURES / "plugins" / "acme-cjm-rules"
MAPS = {
    "personas/buyer.yaml": "cjm: 1\nkind: persona\nid: buyer\nname: Buyer\n",
    "maps/a.yaml": "cjm: 1\nid: a\ntitle: Checkout\npersonas: [buyer]\n"
    "stages: [{id: s, name: S}]\n",
    "maps/b.yaml": "cjm: 1\nid: b\ntitle: Checkout  # cjm: disable=journey-title-unique\n"
    "personas: [buyer]\nstages: [{id: s, name: S}]\n",
    "cjm.toml": '[rules]\npersona-needs-segment = "error"\n',
}


def run(*command: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "CJM_TODAY": TODAY, "PIP_DISABLE_PIP_VERSION_CHECK": "1"}
    environment.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [str(part) for part in command],
        capture_output=True,
        text=True,
        cwd=cwd,
        env=environment,
        check=False,
        timeout=600,
    )


@pytest.fixture(scope="module")
def venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh virtual environment with cjm (built from this checkout) and the plug-in."""
    root = tmp_path_factory.mktemp("plugin")
    assert run(sys.executable, "-m", "venv", root / "venv").returncode == 0
    pip = root / "venv" / "bin" / "pip"
    built = run(pip, "wheel", "--quiet", "--no-deps", "--wheel-dir", root / "dist", PLUGIN)
    assert built.returncode == 0, built.stderr
    [wheel] = (root / "dist").glob("acme_cjm_rules-1.0.0-*.whl")
    installed = run(pip, "install", "--quiet", REPO, wheel)
    assert installed.returncode == 0, installed.stderr
    return root / "venv"


def test_the_installed_plugin_rules_are_listed(venv: Path) -> None:
    listing = run(venv / "bin" / "cjm", "rules")
    assert listing.returncode == 0, listing.stderr
    assert (
        "journey-title-unique info Another journey of the workspace has the same "
        "title. [acme-cjm-rules 1.0.0]"
    ) in rule_listing(listing.stdout)


def test_the_plugin_rules_find_configured_and_suppressed(venv: Path, tmp_path: Path) -> None:
    make(tmp_path, MAPS)
    result = run(venv / "bin" / "cjm", "validate", "maps", "-f", "json", cwd=tmp_path)
    assert result.returncode == 1, result.stderr
    findings = [
        (f["file"], f["line"], f["rule"], f["severity"])
        for f in json.loads(result.stdout)["findings"]
        if f["rule"] in ("journey-title-unique", "persona-needs-segment")
    ]
    assert findings == [  # b.yaml's title finding is suppressed; the persona rule configured
        ("maps/a.yaml", 3, "journey-title-unique", "info"),
        ("maps/a.yaml", 4, "persona-needs-segment", "error"),
        ("maps/b.yaml", 4, "persona-needs-segment", "error"),
    ]


def test_sarif_names_the_distribution(venv: Path, tmp_path: Path) -> None:
    make(tmp_path, MAPS)
    result = run(venv / "bin" / "cjm", "validate", "maps", "-f", "sarif", cwd=tmp_path)
    sarif_run = json.loads(result.stdout)["runs"][0]
    [extension] = sarif_run["tool"]["extensions"]
    assert (extension["name"], extension["version"]) == ("acme-cjm-rules", "1.0.0")
    assert [rule["id"] for rule in extension["rules"]] == [
        "journey-title-unique",
        "persona-needs-segment",
    ]
    plugin_results = [r for r in sarif_run["results"] if "rule" in r]
    assert {r["ruleId"] for r in plugin_results} == {
        "journey-title-unique",
        "persona-needs-segment",
    }
