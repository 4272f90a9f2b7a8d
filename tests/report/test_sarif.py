"""SARIF output: valid against the official SARIF 2.1.0 schema, every rule documented."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from cjm.findings import CORE_RULES
from cjm.lint.rules import RULES
from cjm.report.sarif import artifact_location
from tests.conftest import EXAMPLES, FIXTURES, REPO

SARIF_SCHEMA = REPO.parent / "shared" / "data" / "sarif-schema-2.1.0.json"
"""The official schema lives beside the checkout (``../shared/data``), not in the project."""


@pytest.fixture(scope="module")
def sarif_validator() -> jsonschema.protocols.Validator:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the official SARIF schema is not at {SARIF_SCHEMA} (outside the repository)")
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator_class = jsonschema.validators.validator_for(schema)
    return validator_class(schema, format_checker=validator_class.FORMAT_CHECKER)


def sarif(cjm, *paths: Path) -> dict:
    run = cjm("validate", *paths, "-f", "sarif", "--today", "2026-11-23")
    assert run.exit_code == 1
    return run.json()


def test_output_is_valid_against_the_official_schema(cjm, sarif_validator):
    log = sarif(cjm, EXAMPLES, FIXTURES / "broken" / "unknown-key.yaml")
    errors = [error.message for error in sarif_validator.iter_errors(log)]
    assert errors == []


def test_every_rule_is_described_with_its_help_text(cjm):
    [run] = sarif(cjm, EXAMPLES)["runs"]
    rules = {rule["id"]: rule for rule in run["tool"]["driver"]["rules"]}
    assert set(rules) == set(RULES) | set(CORE_RULES)
    overdue = rules["action-overdue"]
    assert overdue["shortDescription"]["text"] == RULES["action-overdue"].summary
    assert overdue["help"]["text"] == RULES["action-overdue"].documentation
    assert overdue["defaultConfiguration"]["level"] == "warning"
    assert rules["kpi-off-target"]["defaultConfiguration"]["level"] == "note"


def test_results_point_at_their_rule_and_a_repository_relative_region(cjm, monkeypatch):
    monkeypatch.chdir(REPO)
    [run] = sarif(cjm, Path("examples"))["runs"]
    driver_rules = run["tool"]["driver"]["rules"]
    [overdue] = [r for r in run["results"] if r["ruleId"] == "action-overdue"]
    assert driver_rules[overdue["ruleIndex"]]["id"] == "action-overdue"
    assert overdue["level"] == "warning"
    assert overdue["locations"][0]["physicalLocation"] == {
        "artifactLocation": {"uri": "examples/online-store.yaml", "uriBaseId": "%SRCROOT%"},
        "region": {"startLine": 386, "startColumn": 13},
    }
    assert run["columnKind"] == "unicodeCodePoints"


def test_paths_are_relative_to_the_repository_root_wherever_cjm_runs(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs" / "my maps").mkdir(parents=True)
    monkeypatch.chdir(tmp_path / "docs")
    expected = {"uri": "docs/my%20maps/a.yaml", "uriBaseId": "%SRCROOT%"}
    assert artifact_location("my maps/a.yaml") == expected
    assert artifact_location(str(tmp_path / "docs" / "my maps" / "a.yaml")) == expected


def test_paths_outside_a_repository_become_file_uris(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert artifact_location("/elsewhere/a.yaml") == {"uri": "file:///elsewhere/a.yaml"}


def test_fingerprints_follow_the_node_not_the_line():
    from cjm.findings import Finding, Severity
    from cjm.report.sarif import fingerprint

    here = Finding("maps/a.yaml", 10, 5, Severity.WARNING, "stage-no-kpis", "m", "stages[1]")
    moved = Finding("maps/a.yaml", 42, 5, Severity.WARNING, "stage-no-kpis", "m", "stages[1]")
    other = Finding("maps/a.yaml", 10, 5, Severity.WARNING, "stage-no-kpis", "m", "stages[2]")
    assert fingerprint(here) == fingerprint(moved) != fingerprint(other)
