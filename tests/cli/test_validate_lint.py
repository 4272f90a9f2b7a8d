"""`cjm validate` with the linter: issue 3's scenario, the date, statistics, pre-commit."""

from __future__ import annotations

import shutil

from tests.conftest import EXAMPLES, FIXTURES

UNFINISHED = FIXTURES / "lint" / "done-when" / "last-stage-unfinished.yaml"
OFF = '[tool.cjm.rules]\nstage-no-pain-points = "off"\nstage-no-kpis = "off"\n'


def test_an_unfinished_last_stage_gets_two_warnings_at_its_line_and_exits_1(cjm, tmp_path):
    journey = tmp_path / "checkout.yaml"
    shutil.copy(UNFINISHED, journey)
    run = cjm("validate", journey)
    assert run.exit_code == 1
    assert run.stdout == (
        f"{journey}:26:5: warning stage-no-kpis stage 'pay' lists no KPIs\n"
        f"{journey}:26:5: warning stage-no-pain-points stage 'pay' lists no pain points\n"
        "\n1 file checked: 0 errors, 2 warnings, 0 infos\n"
    )


def test_with_both_rules_off_in_pyproject_it_exits_0(cjm, tmp_path):
    journey = tmp_path / "checkout.yaml"
    shutil.copy(UNFINISHED, journey)
    (tmp_path / "pyproject.toml").write_text(OFF, encoding="utf-8")
    run = cjm("validate", journey)
    assert run.exit_code == 0
    assert run.stdout == "1 file checked: 0 errors, 0 warnings, 0 infos\n"


def test_the_examples_show_one_overdue_action_one_regression_and_off_target_kpis(cjm):
    run = cjm("validate", EXAMPLES, "--today", "2026-11-23", "-f", "json")
    findings = run.json()["findings"]
    warnings = [(f["file"], f["line"], f["rule"]) for f in findings if f["severity"] != "info"]
    assert warnings == [
        (str(EXAMPLES / "online-store.yaml"), 386, "action-overdue"),
        (str(EXAMPLES / "online-store.yaml"), 424, "kpi-regressed"),
    ]
    assert {f["rule"] for f in findings if f["severity"] == "info"} == {"kpi-off-target"}
    assert run.exit_code == 1
    assert cjm("validate", EXAMPLES, "--today", "2026-11-23", "--fail-on", "error").exit_code == 0


def test_today_comes_from_the_flag_before_the_environment(cjm, monkeypatch):
    journey = EXAMPLES / "online-store.yaml"
    monkeypatch.setenv("CJM_TODAY", "2026-01-01")
    assert "action-overdue" not in cjm("validate", journey).stdout
    assert "action-overdue" in cjm("validate", journey, "--today", "2026-11-23").stdout


def test_an_invalid_date_is_a_usage_error(cjm, monkeypatch):
    journey = EXAMPLES / "online-store.yaml"
    run = cjm("validate", journey, "--today", "2026-13-01")
    assert run.exit_code == 2
    assert "expected a date written YYYY-MM-DD" in run.stderr
    monkeypatch.setenv("CJM_TODAY", "23/11/2026")
    assert cjm("validate", journey).exit_code == 2


def test_statistics_count_findings_per_rule(cjm):
    run = cjm("validate", EXAMPLES, "--statistics", "--quiet")
    assert run.stdout.endswith(
        "\n30  info     kpi-off-target\n 1  warning  action-overdue\n 1  warning  kpi-regressed\n"
    )


def test_statistics_go_to_stderr_for_document_formats(cjm):
    run = cjm("validate", EXAMPLES, "--statistics", "-f", "json")
    assert run.json()["summary"]["infos"] == 30
    assert run.stderr == (
        "30  info     kpi-off-target\n 1  warning  action-overdue\n 1  warning  kpi-regressed\n"
    )


def test_skip_non_cjm_ignores_other_yaml_files_as_pre_commit_passes_them(cjm, tmp_path):
    workflow = tmp_path / "ci.yaml"
    workflow.write_text("on: push\n", encoding="utf-8")
    assert cjm("validate", workflow).exit_code == 1
    run = cjm("validate", workflow, "--skip-non-cjm")
    assert (run.exit_code, run.stdout) == (0, "0 files checked: 0 errors, 0 warnings, 0 infos\n")
    run = cjm("validate", workflow, EXAMPLES / "saas-trial.yaml", "--skip-non-cjm", "-f", "json")
    assert run.json()["summary"]["files"] == 2  # the map and its workspace's data file
