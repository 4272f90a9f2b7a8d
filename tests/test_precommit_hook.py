"""The pre-commit hook this repository offers: its definition, and that its entry works."""

from __future__ import annotations

import shlex

import yaml

from tests.conftest import EXAMPLES, REPO


def hook() -> dict[str, object]:
    hooks = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    [found] = [entry for entry in hooks if entry["id"] == "cjm-validate"]
    return found


def test_the_hook_runs_cjm_validate_on_yaml_files():
    definition = hook()
    assert definition["language"] == "python"
    assert definition["types_or"] == ["yaml"]
    assert str(definition["entry"]).startswith("cjm validate")


def test_the_entry_skips_other_yaml_and_checks_maps(cjm, tmp_path):
    workflow = tmp_path / "ci.yml"
    workflow.write_text("on: push\njobs: {}\n", encoding="utf-8")
    args = shlex.split(str(hook()["entry"]))[1:]
    assert cjm(*args, workflow).exit_code == 0
    run = cjm(*args, workflow, EXAMPLES / "online-store.yaml", "--today", "2026-11-23")
    assert run.exit_code == 1
    assert "action-overdue" in run.stdout
