"""Sharing a standard: `extends` rulesets and files, `[[overrides]]` per folder, and where
each effective setting came from."""

from __future__ import annotations

import pytest

from cjm.errors import ConfigError
from cjm.findings import Severity
from cjm.lint.config import MINIMAL_RULES, discover_config, load_config
from cjm.lint.rules import RULES
from cjm.workspace import find_root
from tests.conftest import make


@pytest.fixture(autouse=True)
def _fresh_workspace_cache():
    find_root.cache_clear()
    yield
    find_root.cache_clear()


def severities(config, names=None):
    names = names or RULES
    return {name: config.severity_of(RULES[name]) for name in names}


def test_recommended_is_every_rule_at_its_default_severity(tmp_path):
    make(tmp_path, {"cjm.toml": 'extends = "cjm:recommended"\n'})
    config = load_config(tmp_path / "cjm.toml")
    assert severities(config) == {name: rule.default_severity for name, rule in RULES.items()}
    assert config.origin_of("rules.stage-no-kpis") == "cjm:recommended"


def test_strict_raises_every_warning_to_an_error_and_every_info_to_a_warning(tmp_path):
    make(tmp_path, {"cjm.toml": 'extends = "cjm:strict"\n'})
    config = load_config(tmp_path / "cjm.toml")
    assert severities(config, ["stage-no-kpis", "kpi-off-target"]) == {
        "stage-no-kpis": Severity.ERROR,
        "kpi-off-target": Severity.WARNING,
    }


def test_minimal_keeps_only_the_rules_that_catch_a_broken_plan(tmp_path):
    make(tmp_path, {"cjm.toml": 'extends = "cjm:minimal"\n'})
    config = load_config(tmp_path / "cjm.toml")
    enabled = {name for name, severity in severities(config).items() if severity is not None}
    assert enabled == MINIMAL_RULES
    assert {"action-overdue", "pain-point-no-action"} <= enabled


def test_the_files_own_keys_win_over_what_it_extends(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make(
        tmp_path,
        {
            "standards/cx.toml": 'extends = "cjm:strict"\nfail-on = "error"\n'
            '[rules]\nkpi-off-target = "off"\n',
            "team/cjm.toml": 'extends = "../standards/cx.toml"\nfail-on = "info"\n'
            '[rules]\nstage-no-kpis = "info"\n',
        },
    )
    config = discover_config(tmp_path / "team")
    assert config.fail_on == "info"
    assert severities(config, ["stage-no-kpis", "kpi-off-target", "kpi-no-target"]) == {
        "stage-no-kpis": Severity.INFO,
        "kpi-off-target": None,
        "kpi-no-target": Severity.ERROR,
    }
    assert config.extends == ("standards/cx.toml", "cjm:strict")
    assert config.origin_of("rules.kpi-off-target") == "standards/cx.toml"
    assert config.origin_of("rules.kpi-no-target") == "cjm:strict"
    assert config.origin_of("fail-on") == "team/cjm.toml"


def test_a_list_of_extends_applies_in_order(tmp_path):
    make(tmp_path, {"cjm.toml": 'extends = ["cjm:strict", "cjm:minimal"]\n'})
    config = load_config(tmp_path / "cjm.toml")
    assert config.severity_of(RULES["stage-no-kpis"]) is None
    assert config.severity_of(RULES["action-overdue"]) is Severity.WARNING


def test_an_extends_cycle_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    make(tmp_path, {"cjm.toml": 'extends = "a.toml"\n', "a.toml": 'extends = "cjm.toml"\n'})
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "cjm.toml")
    assert str(raised.value) == (
        f"{tmp_path / 'a.toml'}: extends forms a cycle: cjm.toml → a.toml → cjm.toml"
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('extends = "cjm:strikt"', "unknown ruleset 'cjm:strikt' (did you mean \"cjm:strict\"?)"),
        ('extends = "shared.toml"', "extends 'shared.toml', which is not a file"),
        ("extends = 3", "extends must be a ruleset name or a path, or a list of them"),
        ('[[overrides]]\nrules = {stage-no-kpis = "off"}', "[[overrides]] needs files"),
        ('[[overrides]]\nfiles = ["a/**"]\nrule = {}', "unknown key 'rule' in [[overrides]]"),
        (
            '[[overrides]]\nfiles = ["a/**"]\nrules = {stage-no-kpi = "off"}',
            "unknown rule 'stage-no-kpi' (did you mean",
        ),
        ('overrides = {files = ["a"]}', "overrides must be written as [[overrides]] tables"),
        (
            '[[overrides]]\nfiles = ["maps/b2b"]',
            "pattern 'maps/b2b' matches no map (maps are .yaml/.yml files); for the maps "
            'under a folder write "maps/b2b/**"',
        ),
        ('[[overrides]]\nfiles = ["maps/b2b/"]', 'write "maps/b2b/**"'),
        ('[[overrides]]\nfiles = ["/maps/**"]', "'/maps/**' must be relative to the folder"),
        ("baseline = 1", "baseline must be the path of a baseline file"),
    ],
)
def test_mistakes_in_sharing_name_the_file(tmp_path, text, message):
    make(tmp_path, {"cjm.toml": text + "\n"})
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "cjm.toml")
    assert str(raised.value).startswith(f"{tmp_path / 'cjm.toml'}: ")
    assert message in str(raised.value)


OVERRIDES = """\
[rules]
stage-no-kpis = "error"
[[overrides]]
files = ["journeys/b2b/**"]
rules = { stage-no-kpis = "off", kpi-no-target = "info" }
[[overrides]]
files = ["journeys/b2b/legacy-*.yaml"]
rules = { stage-no-kpis = "warning" }
"""


@pytest.mark.parametrize(
    ("file", "stage_no_kpis", "kpi_no_target"),
    [
        ("journeys/b2c/checkout.yaml", Severity.ERROR, Severity.WARNING),
        ("journeys/b2b/deep/onboarding.yaml", None, Severity.INFO),
        ("journeys/b2b/legacy-crm.yaml", Severity.WARNING, Severity.INFO),
    ],
)
def test_overrides_apply_to_the_maps_their_globs_match_and_later_ones_win(
    tmp_path, file, stage_no_kpis, kpi_no_target
):
    make(tmp_path, {"cjm.toml": OVERRIDES})
    config = load_config(tmp_path / "cjm.toml").for_file(tmp_path / file)
    assert severities(config, ["stage-no-kpis", "kpi-no-target"]) == {
        "stage-no-kpis": stage_no_kpis,
        "kpi-no-target": kpi_no_target,
    }


def test_override_globs_are_relative_to_the_file_that_declares_them(tmp_path):
    make(
        tmp_path,
        {
            "shared/cx.toml": '[[overrides]]\nfiles = ["maps/**"]\n'
            'rules = {stage-no-kpis = "off"}\n',
            "team/cjm.toml": 'extends = "../shared/cx.toml"\n',
        },
    )
    config = load_config(tmp_path / "team" / "cjm.toml")
    assert config.for_file(tmp_path / "team" / "maps" / "a.yaml").severities == {}
    assert config.for_file(tmp_path / "shared" / "maps" / "a.yaml").severities == {
        "stage-no-kpis": None
    }


def test_an_override_glob_may_climb_out_of_its_folder_only_by_saying_so(tmp_path):
    make(
        tmp_path,
        {
            "config/cjm.toml": '[[overrides]]\nfiles = ["../journeys/b2b/**", "./**"]\n'
            'rules = {stage-no-kpis = "off"}\n',
        },
    )
    config = load_config(tmp_path / "config" / "cjm.toml")
    assert config.for_file(tmp_path / "journeys" / "b2b" / "a.yaml").severities == {
        "stage-no-kpis": None
    }
    assert config.for_file(tmp_path / "config" / "a.yaml").severities == {"stage-no-kpis": None}
    assert config.for_file(tmp_path / "journeys" / "b2c" / "a.yaml").severities == {}
