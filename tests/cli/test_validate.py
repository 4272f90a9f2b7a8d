"""`cjm validate` end to end: exit codes, output shapes, one bad file never stops the rest."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import FIXTURES

VALID = FIXTURES / "valid" / "complete.yaml"
BROKEN = FIXTURES / "broken"


def test_a_valid_map_exits_0_with_a_summary(cjm):
    run = cjm("validate", VALID)
    assert run.exit_code == 0
    assert run.stdout.endswith("1 file checked: 0 errors, 0 warnings, 0 infos\n")


def test_json_output_has_the_stable_shape(cjm):
    run = cjm("validate", BROKEN / "unknown-key.yaml", VALID, "--format", "json")
    assert run.exit_code == 1
    report = run.json()
    assert set(report) == {"findings", "summary"}
    assert report["summary"] == {"files": 2, "errors": 1, "warnings": 0, "infos": 0}
    assert report["findings"] == [
        {
            "file": str(BROKEN / "unknown-key.yaml"),
            "line": 3,
            "column": 1,
            "severity": "error",
            "rule": "schema",
            "message": "unknown key 'titel' (did you mean \"title\"?)",
            "path": "titel",
        }
    ]


def test_every_broken_file_is_reported_and_the_others_still_checked(cjm):
    files = sorted(BROKEN.iterdir())
    run = cjm("validate", *files, VALID, "--format", "json")
    report = run.json()
    assert run.exit_code == 1
    assert report["summary"]["files"] == len(files) + 1
    reported = {finding["file"] for finding in report["findings"]}
    assert reported == {str(path) for path in files}


def test_quiet_prints_findings_only(cjm):
    run = cjm("validate", BROKEN / "bad-slug.yaml", "--quiet")
    assert run.stdout.count("\n") == 1
    assert run.stdout.startswith(f"{BROKEN / 'bad-slug.yaml'}:2:5: error schema id: ")


def test_fail_on_never_silences_lint_but_never_a_broken_map(cjm, tmp_path):
    run = cjm("validate", BROKEN / "bad-slug.yaml", "--fail-on", "never")
    assert run.exit_code == 1
    assert "bad-slug.yaml:2:5" in run.stdout
    lint_only = cjm("validate", FIXTURES / "valid" / "minimal.yaml", "--fail-on", "never")
    assert lint_only.exit_code == 0
    assert "warning stage-no-kpis" in lint_only.stdout


def test_missing_path_is_a_usage_error(cjm, tmp_path):
    run = cjm("validate", tmp_path / "nope.yaml")
    assert run.exit_code == 2
    assert "path does not exist" in run.stderr


def test_a_folder_without_cjm_documents_is_a_usage_error(cjm, tmp_path):
    (tmp_path / "ci.yaml").write_text("on: push\n")
    run = cjm("validate", tmp_path)
    assert run.exit_code == 2
    assert "no cjm document found" in run.stderr


def test_other_yaml_files_in_a_folder_are_ignored(cjm, tmp_path):
    (tmp_path / "workflow.yml").write_text("on: [push\n")
    (tmp_path / "map.yaml").write_text(VALID.read_text())
    run = cjm("validate", tmp_path, "-f", "json")
    assert run.json()["summary"]["files"] == 1


def test_unknown_option_is_a_usage_error(cjm):
    assert cjm("validate", VALID, "--frobnicate").exit_code == 2


def test_the_console_script_never_prints_a_traceback_for_bad_input():
    files = [str(path) for path in sorted(BROKEN.iterdir())]
    result = subprocess.run(
        [sys.executable, "-c", "from cjm.cli import main; main()", "validate", *files],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stderr == ""


def test_version_is_printed(cjm):
    run = cjm("--version")
    assert run.exit_code == 0
    assert run.stdout.startswith("cjm ")


def test_a_node_repeated_through_an_alias_reports_each_finding_once(cjm, tmp_path):
    path = tmp_path / "alias.yaml"
    path.write_text("cjm: 1\nid: a\ntitle: T\nstages: [&s {id: s, name: S}, *s]\n")
    findings = cjm("validate", path, "-f", "json").json()["findings"]
    keys = [(f["line"], f["column"], f["rule"], f["message"]) for f in findings]
    assert len(keys) == len(set(keys))
    assert any(f["rule"] == "reference" and "duplicate id 's'" in f["message"] for f in findings)
