"""`cjm validate --show-config PATH`: the settings one map gets and where each came from."""

from __future__ import annotations

from tests.conftest import make

CONFIG = """\
extends = "cjm:minimal"
fail-on = "error"
[rules]
stage-no-kpis = "info"
[[overrides]]
files = ["b2b/**"]
rules = { action-overdue = "error" }
[[require]]
name = "kpi-needs-source"
on = "kpi"
fields = ["source"]
[limits]
max-stages = 50
"""


def test_each_setting_says_where_it_came_from(cjm, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, {"cjm.toml": CONFIG, "b2b/renewal.yaml": "", "b2c/checkout.yaml": ""})
    run = cjm("validate", "--show-config", "b2b/renewal.yaml", "--fail-on", "warning")
    assert run.exit_code == 0
    lines = run.stdout.splitlines()
    assert lines[:4] == [
        "# settings for b2b/renewal.yaml",
        "# configuration: cjm.toml (extends cjm:minimal)",
        'fail-on = "warning"                          # --fail-on',
        "stale-after-days = 365                       # default",
    ]
    assert 'stage-no-kpis = "info"                       # cjm.toml' in lines
    assert 'stage-no-emotion = "off"                     # cjm:minimal' in lines
    assert (
        'action-overdue = "error"                     # cjm.toml [[overrides]] #1 (b2b/**)' in lines
    )
    assert 'kpi-needs-source = "warning"                 # [[require]] in cjm.toml' in lines
    assert "max-stages = 50                              # cjm.toml" in lines
    assert "max-depth = 64                               # default" in lines


def test_a_map_outside_the_overrides_keeps_the_workspace_setting(cjm, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, {"cjm.toml": CONFIG, "b2b/renewal.yaml": "", "b2c/checkout.yaml": ""})
    run = cjm("validate", "--show-config", "b2c/checkout.yaml")
    assert 'action-overdue = "warning"                   # cjm:minimal' in run.stdout.splitlines()


def test_a_path_that_does_not_exist_is_a_usage_error(cjm, tmp_path):
    run = cjm("validate", "--show-config", tmp_path / "nope.yaml")
    assert run.exit_code == 2
    assert "path does not exist" in run.stderr


def test_another_format_is_a_usage_error_not_silently_text(cjm, tmp_path):
    make(tmp_path, {"cjm.toml": CONFIG, "b2b/renewal.yaml": ""})
    run = cjm("validate", "--show-config", tmp_path / "b2b", "--format", "json")
    assert (run.exit_code, run.stdout) == (2, "")
    assert "--show-config prints the settings as TOML text; leave out --format" in run.stderr


def test_a_folder_warns_that_overrides_may_differ_per_map(cjm, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, {"cjm.toml": CONFIG, "b2b/renewal.yaml": ""})
    lines = cjm("validate", "--show-config", "b2b").stdout.splitlines()
    assert lines[2].startswith("# a folder: [[overrides]] may change these for its maps")


def test_it_says_how_many_data_files_the_measurements_globs_match(cjm, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make(
        tmp_path,
        {
            "cjm.toml": 'extends = "shared/cx.toml"\n',
            "shared/cx.toml": 'measurements = ["data/*.csv"]\n',
            "data/kpis.csv": "journey,kpi,date,value\n",
            "map.yaml": "",
        },
    )
    lines = cjm("validate", "--show-config", "map.yaml").stdout.splitlines()
    assert lines[6] == "# the measurements globs match no file (relative to shared)"
    (tmp_path / "shared" / "data").mkdir()
    (tmp_path / "shared" / "data" / "kpis.csv").write_text("journey,kpi,date,value\n")
    lines = cjm("validate", "--show-config", "map.yaml").stdout.splitlines()
    assert lines[6] == "# the measurements globs match 1 data file (relative to shared)"
