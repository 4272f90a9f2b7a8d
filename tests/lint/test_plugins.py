"""Plug-in rules through the `cjm.rules` entry points, in-process: a distribution is faked
by a `.dist-info` folder on `sys.path`, which is all `importlib.metadata` reads.

The example plug-in of `tests/fixtures/plugins/acme-cjm-rules/` is installed that way
from its source folder; `test_plugin_distribution.py` builds and installs it for real.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import jsonschema
import pytest

from cjm.errors import PluginError
from cjm.lint.rules import RULES
from tests.conftest import FIXTURES, make
from tests.lint.helpers import rule_listing
from tests.report.test_sarif import SARIF_SCHEMA

ACME = FIXTURES / "plugins" / "acme-cjm-rules"
ACME_RULES = {
    "journey-title-unique": "acme_cjm_rules.journey_title_unique",
    "persona-needs-segment": "acme_cjm_rules.persona_needs_segment",
}


@pytest.fixture
def install(tmp_path, monkeypatch):
    """``install(name, entry_points, modules)``: fake an installed distribution."""
    site = tmp_path / "site"

    def fake(name: str, points: dict[str, str], modules: dict[str, str] | None = None) -> None:
        info = site / f"{name.replace('-', '_')}-1.0.dist-info"
        lines = "".join(f"{rule} = {target}\n" for rule, target in points.items())
        make(
            site,
            {
                f"{info.name}/METADATA": f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n",
                f"{info.name}/entry_points.txt": f"[cjm.rules]\n{lines}",
                **(modules or {}),
            },
        )

    monkeypatch.syspath_prepend(str(site))
    before = set(sys.modules)
    RULES.reload()
    yield fake
    RULES.reload()
    for name in set(sys.modules) - before:  # the next test's fake modules of the same name
        del sys.modules[name]


@pytest.fixture
def acme(install, monkeypatch):
    monkeypatch.syspath_prepend(str(ACME / "src"))
    install("acme-cjm-rules", ACME_RULES)


QUIET = (
    "journey-no-goals",
    "journey-stale",
    "journey-no-wow-moment",
    "stage-no-kpis",
    "stage-no-pain-points",
    "stage-no-touchpoints",
    "stage-no-emotion",
)
WORKSPACE = {
    "cjm.toml": "[rules]\n" + "".join(f'{rule} = "off"\n' for rule in QUIET),
    "personas/buyer.yaml": "cjm: 1\nkind: persona\nid: buyer\nname: Buyer\n",
    "maps/a.yaml": "cjm: 1\nid: a\ntitle: Checkout\npersonas: [buyer]\n"
    "stages: [{id: s, name: S}]\n",
    "maps/b.yaml": "cjm: 1\nid: b\ntitle: Checkout\npersonas: [buyer]\n"
    "stages: [{id: s, name: S}]\n",
}


def test_plugin_rules_are_registered_after_the_builtin_ones(acme):
    names = list(RULES)
    assert names[-2:] == ["journey-title-unique", "persona-needs-segment"]
    rule = RULES["persona-needs-segment"]
    assert (rule.distribution, rule.is_builtin) == (("acme-cjm-rules", "1.0"), False)


def test_cjm_rules_lists_and_explains_them_with_their_distribution(acme, cjm):
    assert (
        "persona-needs-segment warning A persona the journey is mapped for has no "
        "segment. [acme-cjm-rules 1.0]"
    ) in rule_listing(cjm("rules").stdout)
    explained = cjm("rules", "journey-title-unique").stdout
    assert explained.startswith(
        "journey-title-unique (default severity: info; from the plug-in acme-cjm-rules 1.0)\n"
    )


def test_plugin_rules_see_persona_documents_and_the_other_journeys(acme, cjm, tmp_path):
    make(tmp_path, WORKSPACE)
    run = cjm("validate", tmp_path / "maps", "-q")
    a, b = tmp_path / "maps" / "a.yaml", tmp_path / "maps" / "b.yaml"
    assert run.stdout == (
        f"{a}:3:8: info journey-title-unique journey 'b' has the same title\n"
        f"{a}:4:12: warning persona-needs-segment persona 'buyer' has no segment\n"
        "\n"
        f"{b}:3:8: info journey-title-unique journey 'a' has the same title\n"
        f"{b}:4:12: warning persona-needs-segment persona 'buyer' has no segment\n"
    )


def test_plugin_rules_are_configured_suppressed_and_baselined_like_any_other(acme, cjm, tmp_path):
    make(tmp_path, WORKSPACE)
    config = tmp_path / "cjm.toml"
    config.write_text(config.read_text() + 'persona-needs-segment = "error"\n')
    a = tmp_path / "maps" / "a.yaml"
    a.write_text(
        a.read_text().replace(
            "title: Checkout", "title: Checkout  # cjm: disable=journey-title-unique"
        )
    )
    run = cjm("validate", tmp_path / "maps", "-f", "json")
    found = [(Path(f["file"]).name, f["rule"], f["severity"]) for f in run.json()["findings"]]
    assert found == [
        ("a.yaml", "persona-needs-segment", "error"),
        ("b.yaml", "journey-title-unique", "info"),
        ("b.yaml", "persona-needs-segment", "error"),
    ]
    baseline = tmp_path / "baseline.json"
    cjm("validate", tmp_path / "maps", "--write-baseline", baseline)
    assert cjm("validate", tmp_path / "maps", "--baseline", baseline).exit_code == 0


def test_github_annotations_carry_plugin_findings(acme, cjm, tmp_path):
    make(tmp_path, WORKSPACE)
    run = cjm("validate", tmp_path / "maps", "-f", "github")
    assert ",title=persona-needs-segment::persona 'buyer' has no segment" in run.stdout


def test_sarif_names_the_plugin_distribution_as_an_extension(acme, cjm, tmp_path):
    make(tmp_path, WORKSPACE)
    run = json.loads(cjm("validate", tmp_path / "maps", "-f", "sarif").stdout)["runs"][0]
    [extension] = run["tool"]["extensions"]
    assert (extension["name"], extension["version"]) == ("acme-cjm-rules", "1.0")
    assert [rule["id"] for rule in extension["rules"]] == list(ACME_RULES)
    assert "persona-needs-segment" not in {r["id"] for r in run["tool"]["driver"]["rules"]}
    result = next(r for r in run["results"] if r["ruleId"] == "persona-needs-segment")
    assert result["rule"] == {
        "id": "persona-needs-segment",
        "index": 1,
        "toolComponent": {"index": 0},
    }
    assert "ruleIndex" not in result


def test_sarif_with_plugin_and_require_rules_is_valid_against_the_official_schema(
    acme, cjm, tmp_path
):
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"the official SARIF schema is not at {SARIF_SCHEMA} (outside the repository)")
    require = '[[require]]\nname = "needs-owner"\non = "journey"\nfields = ["owner"]\n'
    make(tmp_path, {**WORKSPACE, "cjm.toml": WORKSPACE["cjm.toml"] + require})
    log = json.loads(cjm("validate", tmp_path / "maps", "-f", "sarif").stdout)
    assert {r["ruleId"] for r in log["runs"][0]["results"]} >= {"needs-owner", *ACME_RULES}
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    validator = jsonschema.validators.validator_for(schema)(schema)
    assert [error.message for error in validator.iter_errors(log)] == []


@pytest.mark.parametrize(
    ("points", "modules", "message"),
    [
        (
            {"acme-rule": "acme_missing"},
            {},
            "the plug-in distribution broken-rules 1.0: the rule 'acme-rule' (acme_missing) "
            "cannot be loaded: ModuleNotFoundError: No module named 'acme_missing'",
        ),
        (
            {"stage-no-kpis": "acme_kpis"},
            {"acme_kpis.py": "from cjm.lint.rules.stage_no_kpis import RULE\n"},
            "the plug-in distribution broken-rules 1.0 registers the rule 'stage-no-kpis', "
            "which is a built-in rule",
        ),
        (
            {"Acme_Rule": "acme_rule"},
            {},
            "the plug-in distribution broken-rules 1.0 registers a rule named 'Acme_Rule': "
            "rule names are kebab-case",
        ),
        (
            {"acme-rule": "acme_rule"},
            {"acme_rule.py": "RULE = 'not a rule'\n"},
            "the plug-in distribution broken-rules 1.0: acme_rule is not a rule module",
        ),
        (
            {"acme-rule": "acme_rule"},
            {"acme_rule.py": "raise RuntimeError('boom')\n"},
            "cannot be loaded: RuntimeError: boom",
        ),
        (
            {"schema": "acme_rule"},
            {},
            "registers the rule 'schema', a check cjm reserves",
        ),
    ],
)
def test_a_broken_plugin_is_one_error_naming_the_distribution(install, points, modules, message):
    install("broken-rules", points, modules)
    with pytest.raises(PluginError) as raised:
        list(RULES)
    assert message in str(raised.value)


def test_an_entry_point_must_load_the_rule_of_its_name(install):
    rule = "from cjm.lint.rule import Rule\nfrom cjm.findings import Severity\n"
    rule += "RULE = Rule('other-name', Severity.INFO, 'Doc.', lambda j, c: [])\n"
    install("broken-rules", {"acme-rule": "acme_rule"}, {"acme_rule.py": rule})
    with pytest.raises(
        PluginError, match="the entry point 'acme-rule' loads the rule 'other-name'"
    ):
        list(RULES)


def test_two_plugins_cannot_register_one_name(install, monkeypatch):
    monkeypatch.syspath_prepend(str(ACME / "src"))
    install("acme-cjm-rules", ACME_RULES)
    install("zeta-rules", {"persona-needs-segment": ACME_RULES["persona-needs-segment"]})
    with pytest.raises(PluginError) as raised:
        list(RULES)
    assert str(raised.value) == (
        "the plug-in distribution zeta-rules 1.0 registers the rule 'persona-needs-segment', "
        "which acme-cjm-rules registers too (the same module: is zeta-rules an older install? "
        "uninstall it)"
    )


def test_a_broken_plugin_stops_validate_and_rules_with_exit_2(install, cjm, tmp_path):
    install("broken-rules", {"acme-rule": "acme_missing"})
    make(tmp_path, {"map.yaml": "cjm: 1\nid: a\ntitle: A\nstages: [{id: s, name: S}]\n"})
    for run in (cjm("validate", tmp_path), cjm("rules")):
        assert (run.exit_code, run.stdout) == (2, "")
        assert "broken-rules 1.0" in run.stderr


def test_a_plugin_rule_that_fails_is_an_error_naming_it_and_the_map(install, cjm, tmp_path):
    rule = "from cjm.lint.rule import Rule\nfrom cjm.findings import Severity\n"
    rule += "def check(journey, context):\n    return [1 / 0]\n"
    rule += "RULE = Rule('acme-rule', Severity.INFO, 'Doc.', check)\n"
    install("crashing-rules", {"acme-rule": "acme_crash"}, {"acme_crash.py": rule})
    make(tmp_path, {"map.yaml": "cjm: 1\nid: a\ntitle: A\nstages: [{id: s, name: S}]\n"})
    run = cjm("validate", tmp_path / "map.yaml")
    assert run.exit_code == 2
    assert run.stderr == (
        f"cjm: error: {tmp_path / 'map.yaml'}: the rule 'acme-rule' of the plug-in "
        "distribution crashing-rules 1.0 failed: ZeroDivisionError: division by zero\n"
    )
