"""cjm as a user installs it: the distribution name, one version, and a wheel that works.

The wheel test builds with ``make dist`` (as the README says) and installs the wheel into
a fresh virtual environment, so a missing file in the wheel or a version that disagrees
with the metadata shows up here and not on a user's machine. Building fetches the build
backend from the package index, like any ``pip install`` from a clone.
"""

from __future__ import annotations

import importlib.metadata
import os
import subprocess
import sys
from pathlib import Path

import pytest

import cjm
from tests.conftest import REPO

VENV = Path(sys.executable).parent.parent


def cjm_version(bin_dir: Path) -> str:
    return subprocess.run(
        [str(bin_dir / "cjm"), "--version"], capture_output=True, text=True, check=True
    ).stdout.strip()


def test_the_distribution_is_cjmaps_and_its_version_is_cjms():
    assert cjm.DISTRIBUTION == "cjmaps"
    assert importlib.metadata.version("cjmaps") == cjm.__version__


def test_cjm_version_agrees_with_the_package_metadata():
    assert cjm_version(Path(sys.executable).parent) == f"cjm {importlib.metadata.version('cjmaps')}"


def test_the_wheel_from_make_dist_installs_cjm_in_a_fresh_venv(tmp_path):
    env = {**os.environ, "MAKEFLAGS": ""}
    stamp = ["make", "-q", "-C", str(REPO), f"VENV={VENV}", str(VENV / ".installed")]
    if subprocess.run(stamp, capture_output=True, env=env).returncode != 0:
        pytest.skip("make dist would first (re)install this venv; run the tests with `make test`")
    dist = tmp_path / "dist"
    made = subprocess.run(
        ["make", "-C", str(REPO), "dist", f"DIST={dist}", f"VENV={VENV}"],
        capture_output=True,
        text=True,
        env=env,
    )
    assert made.returncode == 0, made.stderr
    [wheel] = dist.glob("*.whl")
    assert wheel.name == f"cjmaps-{cjm.__version__}-py3-none-any.whl"

    fresh = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(fresh)], check=True)
    # `cjm --version` needs no dependency, so the wheel alone proves the install.
    subprocess.run(
        [str(fresh / "bin" / "python"), "-m", "pip", "install", "--quiet", "--no-deps", str(wheel)],
        check=True,
        capture_output=True,
    )
    assert cjm_version(fresh / "bin") == f"cjm {cjm.__version__}"
    shipped = subprocess.run(
        [
            str(fresh / "bin" / "python"),
            "-c",
            "import importlib.resources as r; t = r.files('cjm');"
            "print(t.joinpath('templates/journeys/blank.yaml.j2').is_file(),"
            " t.joinpath('schemas/journey.schema.json').is_file())",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert shipped == ["True", "True"]
