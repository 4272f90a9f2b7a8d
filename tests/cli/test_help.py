"""`--help` of every command: what a newcomer reads first, so it must read cleanly."""

from __future__ import annotations

import pytest

from cjm.cli.app import app

COMMANDS = sorted(command.name or "" for command in app.registered_commands)


@pytest.mark.parametrize("command", ["", *COMMANDS])
def test_help_quotes_in_pairs_and_brackets_once(cjm, command):
    run = cjm(*command.split(), "--help")
    assert run.exit_code == 0
    # TOML's own double brackets are no typo
    shown = run.stdout.replace("[[require]]", "").replace("[[overrides]]", "")
    assert "[[" not in shown  # `cjm rules [[NAME]]` read like a typo
    assert run.stdout.count("`") % 2 == 0  # "`-' for standard output" did too
