"""Configuration: found by walking up from each map, the nearest file wins, mistakes are
errors that name the file, and the command line overrides it."""

from __future__ import annotations

import pytest

from cjm.errors import ConfigError
from cjm.findings import Severity
from cjm.lint.config import LintConfig, discover_config, load_config, workspace_data_files
from cjm.workspace import find_root
from tests.conftest import make

MAP = "cjm: 1\nid: j\ntitle: J\nreviewed: 2026-01-01\nstages:\n  - {id: s, name: S}\n"


@pytest.fixture(autouse=True)
def _fresh_workspace_cache():
    find_root.cache_clear()
    yield
    find_root.cache_clear()


def test_pyproject_tool_cjm_is_found_from_a_nested_map(tmp_path):
    make(tmp_path, {"pyproject.toml": '[tool.cjm]\nfail-on = "error"\n', "maps/deep/j.yaml": MAP})
    config = discover_config(tmp_path / "maps" / "deep" / "j.yaml")
    assert (config.fail_on, config.source) == ("error", tmp_path / "pyproject.toml")


def test_cjm_toml_has_the_same_keys_at_the_top_level(tmp_path):
    make(tmp_path, {"cjm.toml": 'stale-after-days = 30\n[rules]\nstage-no-kpis = "error"\n'})
    config = discover_config(tmp_path)
    assert config.stale_after_days == 30
    assert config.severities == {"stage-no-kpis": Severity.ERROR}


def test_cjm_toml_wins_over_pyproject_in_the_same_folder(tmp_path):
    make(tmp_path, {"cjm.toml": "stale-after-days = 30\n", "pyproject.toml": "[tool.cjm]\n"})
    assert discover_config(tmp_path).source == tmp_path / "cjm.toml"


def test_the_nearest_configuration_is_the_whole_configuration(tmp_path):
    make(
        tmp_path,
        {
            "pyproject.toml": '[tool.cjm]\nfail-on = "error"\nstale-after-days = 30\n',
            "team/cjm.toml": "stale-after-days = 90\n",
        },
    )
    config = discover_config(tmp_path / "team" / "j.yaml")
    assert (config.fail_on, config.stale_after_days) == ("warning", 90)


def test_a_pyproject_without_tool_cjm_is_not_a_configuration(tmp_path):
    make(tmp_path, {"pyproject.toml": "[project]\nname = 'x'\n", "j.yaml": MAP})
    assert discover_config(tmp_path / "j.yaml") == LintConfig()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('fail_on = "error"', "unknown key 'fail_on' in [tool.cjm] (did you mean \"fail-on\"?)"),
        ('fail-on = "warn"', "fail-on must be one of error, warning, info, never, got 'warn'"),
        ("stale-after-days = 0", "stale-after-days must be a whole number of days, got 0"),
        ("stale-after-days = true", "stale-after-days must be a whole number of days, got True"),
        (
            "measurement-max-age-days = -1",
            "measurement-max-age-days must be a whole number of days, got -1",
        ),
        ('measurements = "data/*.csv"', "measurements must be a list of file patterns, e.g. m"),
        ('measurements = ["../data/*.csv"]', "must be relative to the folder of this file and"),
        ('measurements = ["/data/*.csv"]', "must be relative to the folder of this file and"),
        ('rules = "off"', "rules must be a table of rule = severity"),
        ('[rules]\nstage-no-kpi = "off"', "unknown rule 'stage-no-kpi' (did you mean"),
        ('[rules]\nstage-no-kpis = "of"', "rule stage-no-kpis must be one of error, warning"),
        ('[rules]\nschema = "off"', "'schema' problems are always errors and cannot be set"),
    ],
)
def test_mistakes_are_errors_that_name_the_file(tmp_path, text, message):
    toml = "[tool.cjm]\n" + text.replace("[rules]", "[tool.cjm.rules]") + "\n"
    make(tmp_path, {"pyproject.toml": toml})
    with pytest.raises(ConfigError) as raised:
        discover_config(tmp_path)
    assert str(raised.value).startswith(f"{tmp_path / 'pyproject.toml'}: ")
    assert message in str(raised.value)


def test_broken_toml_is_named_by_file_line_and_column(tmp_path):
    make(tmp_path, {"cjm.toml": 'fail-on = "error"\n[rules\n'})
    with pytest.raises(ConfigError) as raised:
        discover_config(tmp_path)
    assert str(raised.value) == (
        f"{tmp_path / 'cjm.toml'}:2:7: not valid TOML: "
        "Expected ']' at the end of a table declaration"
    )


def test_an_explicit_pyproject_needs_a_tool_cjm_table(tmp_path):
    make(tmp_path, {"pyproject.toml": "[project]\nname = 'x'\n"})
    with pytest.raises(ConfigError, match=r"pyproject.toml: no \[tool.cjm\] table"):
        load_config(tmp_path / "pyproject.toml")


def test_a_missing_config_file_is_an_error(tmp_path):
    with pytest.raises(ConfigError, match="cannot read the configuration"):
        load_config(tmp_path / "nope.toml")


def test_cli_config_and_fail_on_override_the_discovered_configuration(cjm, tmp_path):
    make(
        tmp_path,
        {
            "maps/cjm.toml": '[rules]\nstage-no-kpis = "error"\n',
            "maps/j.yaml": MAP,
            "other.toml": 'fail-on = "never"\n',
        },
    )
    journey = tmp_path / "maps" / "j.yaml"
    assert cjm("validate", journey, "--fail-on", "never").exit_code == 0
    run = cjm("validate", journey, "-f", "json")
    assert {f["rule"]: f["severity"] for f in run.json()["findings"]}["stage-no-kpis"] == "error"
    run = cjm("validate", journey, "-f", "json", "--config", tmp_path / "other.toml")
    assert {f["rule"]: f["severity"] for f in run.json()["findings"]}["stage-no-kpis"] == "warning"
    assert run.exit_code == 0


def test_a_broken_configuration_exits_2_before_any_output(cjm, tmp_path):
    make(tmp_path, {"cjm.toml": "colour = 'red'\n", "j.yaml": MAP})
    run = cjm("validate", tmp_path / "j.yaml")
    assert (run.exit_code, run.stdout) == (2, "")
    assert f"{tmp_path / 'cjm.toml'}: unknown key 'colour'" in run.stderr


def test_a_broken_configuration_below_the_named_folder_stops_before_any_output(cjm, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "z" / "team").mkdir(parents=True)
    (tmp_path / "a" / "map.yaml").write_text(
        "cjm: 1\nid: a\ntitle: T\nstages: [{id: s, name: S}]\n"
    )
    (tmp_path / "z" / "team" / "cjm.toml").write_text("fail-on = 'sometimes'\n")
    (tmp_path / "z" / "team" / "map.yaml").write_text(
        "cjm: 1\nid: z\ntitle: T\nstages: [{id: s, name: S}]\n"
    )
    run = cjm("validate", tmp_path)
    assert run.exit_code == 2
    assert run.stdout == ""
    assert "fail-on must be one of" in run.stderr


def test_measurement_settings(tmp_path):
    make(tmp_path, {"cjm.toml": 'measurements = ["kpis/*.csv"]\nmeasurement-max-age-days = 40\n'})
    config = discover_config(tmp_path)
    assert (config.measurements, config.measurement_max_age_days) == (("kpis/*.csv",), 40)
    assert LintConfig().measurement_max_age_days == 120


def test_measurement_globs_are_relative_to_the_file_that_sets_them(tmp_path):
    make(
        tmp_path,
        {
            "cjm.toml": 'extends = ["shared/team.toml"]\n',
            "shared/team.toml": 'measurements = ["data/*.csv"]\n',
            "shared/data/q3.csv": "journey,kpi,date,value\n",
            "data/elsewhere.csv": "journey,kpi,date,value\n",
        },
    )
    assert workspace_data_files(tmp_path) == [tmp_path / "shared" / "data" / "q3.csv"]
