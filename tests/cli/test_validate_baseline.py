"""`cjm validate --write-baseline` / `--baseline`: adopting cjm on maps that already have
findings, so CI passes today and fails on the next new problem."""

from __future__ import annotations

import json

import pytest

from tests.conftest import make

MAP = """\
cjm: 1
id: shop
title: Shop
stages:
  - id: browse
    name: Browse
  - id: pay
    name: Pay
"""
OFF = '[rules]\njourney-no-goals = "off"\njourney-no-persona = "off"\njourney-stale = "off"\n'
OFF += 'stage-no-touchpoints = "off"\nstage-no-emotion = "off"\njourney-no-wow-moment = "off"\n'


def adopt(cjm, tmp_path, text=MAP):
    make(tmp_path, {"cjm.toml": OFF, "maps/shop.yaml": text})
    baseline = tmp_path / ".cjm-baseline.json"
    run = cjm("validate", tmp_path / "maps", "--write-baseline", baseline)
    return run, baseline


def test_writing_the_baseline_records_the_lint_findings_and_passes(cjm, tmp_path):
    run, baseline = adopt(cjm, tmp_path)
    assert run.exit_code == 0
    assert run.stdout == (
        "1 file checked: 0 errors, 0 warnings, 0 infos; the baseline hid 4 findings\n"
    )
    assert run.stderr == f"wrote 4 findings to the baseline {baseline}\n"
    entries = json.loads(baseline.read_text(encoding="utf-8"))["findings"]
    assert entries[0] == {
        "rule": "stage-no-kpis",
        "file": "maps/shop.yaml",
        "path": "stages[0]",
        "message": "stage 'browse' lists no KPIs",
    }
    assert [(e["rule"], e["path"]) for e in entries[1:]] == [
        ("stage-no-kpis", "stages[1]"),
        ("stage-no-pain-points", "stages[0]"),
        ("stage-no-pain-points", "stages[1]"),
    ]


def test_an_edit_above_a_known_finding_keeps_it_hidden_and_a_new_one_fails(cjm, tmp_path):
    _, baseline = adopt(cjm, tmp_path)
    edited = MAP.replace("stages:\n", "# reviewed with the team\nstages:\n")
    edited += "  - id: track\n    name: Track\n    kpis: [{id: eta, name: ETA, target: 2}]\n"
    (tmp_path / "maps" / "shop.yaml").write_text(edited, encoding="utf-8")
    run = cjm("validate", tmp_path / "maps", "--baseline", baseline)
    assert run.exit_code == 1
    assert run.stdout == (
        f"{tmp_path / 'maps' / 'shop.yaml'}:10:5: warning stage-no-pain-points "
        "stage 'track' lists no pain points\n"
        "\n1 file checked: 0 errors, 1 warning, 0 infos; the baseline hid 4 findings\n"
    )


def test_fixed_findings_are_counted_as_stale_and_rewriting_drops_them(cjm, tmp_path):
    _, baseline = adopt(cjm, tmp_path)
    fixed = MAP + "    kpis: [{id: paid, name: Paid, target: 1}]\n"
    (tmp_path / "maps" / "shop.yaml").write_text(fixed, encoding="utf-8")
    run = cjm("validate", tmp_path / "maps", "--baseline", baseline, "-f", "json")
    assert run.exit_code == 0
    assert run.json()["summary"] == {
        "files": 1,
        "errors": 0,
        "warnings": 0,
        "infos": 0,
        "hidden-by-baseline": 3,
        "stale-baseline-entries": 1,
    }
    cjm("validate", tmp_path / "maps", "--write-baseline", baseline)
    assert len(json.loads(baseline.read_text(encoding="utf-8"))["findings"]) == 3
    run = cjm("validate", tmp_path / "maps", "--baseline", baseline)
    assert run.stdout.endswith("; the baseline hid 3 findings\n")


def test_the_stale_count_is_said_in_the_text_summary(cjm, tmp_path):
    _, baseline = adopt(cjm, tmp_path)
    (tmp_path / "maps" / "shop.yaml").write_text(MAP.replace("  - id: pay\n    name: Pay\n", ""))
    run = cjm("validate", tmp_path / "maps", "--baseline", baseline)
    assert run.stdout == (
        "1 file checked: 0 errors, 0 warnings, 0 infos; the baseline hid 2 findings, "
        "2 of its entries no longer occur (--write-baseline drops them)\n"
    )


def test_schema_and_reference_errors_are_never_baselined(cjm, tmp_path):
    dangling = MAP + "    touchpoints: [{id: t, name: T, channel: web}]\n"
    run, baseline = adopt(cjm, tmp_path, dangling)
    assert run.exit_code == 1
    assert "error reference unknown channel 'web'" in run.stdout
    rules = {e["rule"] for e in json.loads(baseline.read_text(encoding="utf-8"))["findings"]}
    assert rules == {"stage-no-kpis", "stage-no-pain-points"}
    assert cjm("validate", tmp_path / "maps", "--baseline", baseline).exit_code == 1


def test_the_configuration_can_name_the_baseline(cjm, tmp_path):
    _, baseline = adopt(cjm, tmp_path)
    (tmp_path / "cjm.toml").write_text(f'baseline = "{baseline.name}"\n' + OFF)
    run = cjm("validate", tmp_path / "maps")
    assert (run.exit_code, run.stdout) == (
        0,
        "1 file checked: 0 errors, 0 warnings, 0 infos; the baseline hid 4 findings\n",
    )


def test_a_plain_run_ignores_no_baseline_and_shows_everything(cjm, tmp_path):
    adopt(cjm, tmp_path)
    assert cjm("validate", tmp_path / "maps").exit_code == 1


def test_a_missing_or_broken_baseline_is_a_usage_error(cjm, tmp_path):
    make(tmp_path, {"cjm.toml": OFF, "maps/shop.yaml": MAP, "broken.json": "[1]"})
    run = cjm("validate", tmp_path / "maps", "--baseline", tmp_path / "nope.json")
    assert (run.exit_code, run.stdout) == (2, "")
    assert "baseline not found (write it with `cjm validate PATH... --write-baseline" in run.stderr
    run = cjm("validate", tmp_path / "maps", "--baseline", tmp_path / "broken.json")
    assert run.exit_code == 2
    assert "not a cjm baseline (version 1)" in run.stderr


def test_a_baseline_that_is_not_json_is_one_line_with_its_position(cjm, tmp_path):
    cut = '{\n  "cjm-baseline": 1,\n'
    make(tmp_path, {"cjm.toml": OFF, "maps/shop.yaml": MAP, "cut.json": cut})
    run = cjm("validate", tmp_path / "maps", "--baseline", tmp_path / "cut.json")
    assert run.exit_code == 2
    assert f"{tmp_path / 'cut.json'}:3:1: the baseline is not valid JSON" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize(
    ("option", "message"),
    [("--baseline", "cannot read the baseline"), ("--write-baseline", "cannot write the baseline")],
)
def test_a_folder_as_the_baseline_is_one_plain_line(cjm, tmp_path, option, message):
    make(tmp_path, {"cjm.toml": OFF, "maps/shop.yaml": MAP})
    run = cjm("validate", tmp_path / "maps", option, tmp_path / "maps", "-q")
    assert run.exit_code == 2
    assert run.stderr == f"cjm: error: {tmp_path / 'maps'}: {message}: Is a directory\n"


def test_entries_of_maps_not_checked_survive_a_partial_rewrite(cjm, tmp_path):
    make(tmp_path, {"cjm.toml": OFF, "maps/a.yaml": MAP, "maps/b.yaml": MAP.replace("shop", "b")})
    baseline = tmp_path / "baseline.json"
    cjm("validate", tmp_path / "maps", "--write-baseline", baseline)
    cjm("validate", tmp_path / "maps" / "a.yaml", "--write-baseline", baseline)
    files = {e["file"] for e in json.loads(baseline.read_text(encoding="utf-8"))["findings"]}
    assert files == {"maps/a.yaml", "maps/b.yaml"}
