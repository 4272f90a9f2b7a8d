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


def test_validating_one_file_loads_only_what_validation_uses(tmp_path):
    """The pre-commit and editor case: no process pool, renderer or terminal styling."""
    journey = tmp_path / "one.yaml"
    journey.write_text("cjm: 1\nid: one\ntitle: One\nstages:\n  - id: s\n    name: S\n")
    unused = ("multiprocessing", "concurrent.futures", "jinja2", "rich", "graphviz")
    code = (
        "import sys\n"
        f"sys.argv = ['cjm', 'validate', {str(journey)!r}, '--fail-on', 'never', '-q']\n"
        "from cjm.cli import main\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        f"print(','.join(m for m in {unused!r} if m in sys.modules), file=sys.stderr)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stderr.strip() == ""


def test_the_console_script_builds_only_the_command_it_runs():
    """Neither the other commands' modules nor their options cost `cjm validate` anything."""
    code = (
        "import sys\n"
        "from cjm.cli.app import app_for\n"
        "app = app_for(['--debug', 'validate', 'x.yaml'])\n"
        "print([c.name for c in app.registered_commands], 'cjm.cli.render' in sys.modules)\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert run.stdout == "['validate'] False\n"


def test_help_typos_and_no_command_get_every_command():
    from cjm.cli.app import COMMANDS, app_for

    for args in ([], ["--help"], ["--help", "validate"], ["-h", "render"], ["valdate", "x"]):
        assert [c.name for c in app_for(args).registered_commands] == list(COMMANDS), args
