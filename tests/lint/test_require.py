"""No-code `[[require]]` rules: the fields a kind of node must fill, checked like any rule."""

from __future__ import annotations

import json

import pytest

from cjm.errors import ConfigError
from cjm.lint.config import load_config
from tests.conftest import make
from tests.lint.helpers import lint_text, rule_listing

MAP = """\
cjm: 1
id: shop
title: Shop
personas:
  - {id: buyer, name: Buyer}
stages:
  - id: pay
    name: Pay
    kpis:
      - id: conversion
        name: Conversion
        better: higher
      - id: wait-time
        name: Wait time
        better: lower
      # cjm: disable=kpi-needs-source
      - id: queue
        name: Queue length
        better: lower
"""

REQUIRE = """\
[[require]]
name = "kpi-needs-source"
on = "kpi"
fields = ["source", "unit"]
where = { better = "lower" }
severity = "error"
message = "KPI {id} ({name}, {better} is better) needs a data source"
"""


def findings_of(tmp_path, toml, text=MAP, rule="kpi-needs-source"):
    make(tmp_path, {"cjm.toml": toml})
    config = load_config(tmp_path / "cjm.toml")
    return [f for f in lint_text(tmp_path, text, config) if f.rule == rule]


def test_a_requirement_flags_matching_nodes_on_their_id_line(tmp_path):
    [finding] = findings_of(tmp_path, REQUIRE)
    assert (finding.line, finding.column, finding.severity.value) == (13, 9, "error")
    assert finding.message == "KPI wait-time (Wait time, lower is better) needs a data source"
    assert finding.path == "stages[0].kpis[1]"


def test_without_a_message_it_names_the_node_and_the_missing_fields(tmp_path):
    toml = '[[require]]\nname = "kpi-complete"\non = "kpi"\nfields = ["source", "unit"]\n'
    findings = findings_of(tmp_path, toml, rule="kpi-complete")
    assert [f.message for f in findings] == [
        "kpi 'conversion' has no source and no unit",
        "kpi 'wait-time' has no source and no unit",
        "kpi 'queue' has no source and no unit",
    ]
    assert {f.severity.value for f in findings} == {"warning"}


def test_its_severity_is_configurable_like_any_rule(tmp_path):
    assert findings_of(tmp_path, REQUIRE + '[rules]\nkpi-needs-source = "off"\n') == []


@pytest.mark.parametrize(
    ("on", "fields", "where"),
    [
        ("journey", "owner", (2, 5)),  # a whole document: its `id:` line
        ("persona", "segment", (5, 5)),
        ("stage", "phase", (7, 5)),
    ],
)
def test_every_node_kind_can_be_required(tmp_path, on, fields, where):
    toml = f'[[require]]\nname = "needs"\non = "{on}"\nfields = ["{fields}"]\n'
    [finding] = findings_of(tmp_path, toml, rule="needs")
    assert (finding.line, finding.column) == where


def test_a_persona_requirement_holds_for_persona_documents(tmp_path, cjm):
    toml = '[[require]]\nname = "persona-segment"\non = "persona"\nfields = ["segment"]\n'
    make(
        tmp_path,
        {
            "cjm.toml": toml,
            "personas/buyer.yaml": "cjm: 1\nkind: persona\nid: buyer\nname: Buyer\n",
        },
    )
    run = cjm("validate", tmp_path / "personas", "-q")
    assert run.stdout == (
        f"{tmp_path / 'personas' / 'buyer.yaml'}:3:5: warning persona-segment "
        "persona 'buyer' has no segment\n"
    )


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (('on = "kpi"', 'on = "kpis"'), "`on` must be one of journey, stage, touchpoint, "),
        (('on = "kpi"', 'on = "kpis"'), "got 'kpis' (did you mean \"kpi\"?)"),
        (('"source", "unit"', '"sources"'), "a kpi has no field 'sources' (did you mean"),
        (("better = ", "beter = "), "a kpi has no field 'beter' (did you mean \"better\"?)"),
        (("{better} is", "{bettter} is"), "unknown placeholder {bettter} (did you mean"),
        (("{better} is", "{better is"), "message: "),
        (('"kpi-needs-source"', '"stage-no-kpis"'), "the rule name 'stage-no-kpis' is already"),
        (('"kpi-needs-source"', '"KPI source"'), "needs a kebab-case `name`"),
        (('severity = "error"', 'severity = "fatal"'), "severity must be one of error, warning"),
        (("where = {", "wher = {"), "unknown key 'wher' in [[require]] (did you mean \"where\"?)"),
        (('"lower"', '"lowr"'), "where better = 'lowr' matches nothing: better is one of"),
        (('"lower"', '"lowr"'), 'higher, lower (did you mean "lower"?)'),
        (('"lower"', '["lower"]'), "where better = ['lower'] matches nothing"),
        (('better = "lower"', 'target = "sixty"'), "where target = 'sixty' matches nothing"),
        (('on = "kpi"', 'on = "action"'), "an action has no field 'source'"),
        (('name = "kpi-needs-source"\n', ""), "a kebab-case `name` (like kpi-needs-source), but"),
    ],
)
def test_mistakes_are_configuration_errors_with_a_hint(tmp_path, change, message):
    make(tmp_path, {"cjm.toml": REQUIRE.replace(*change)})
    with pytest.raises(ConfigError) as raised:
        load_config(tmp_path / "cjm.toml")
    assert str(raised.value).startswith(f"{tmp_path / 'cjm.toml'}: ")
    assert message in str(raised.value)


def test_two_requirements_with_one_name_clash(tmp_path):
    make(tmp_path, {"cjm.toml": REQUIRE + REQUIRE})
    with pytest.raises(ConfigError, match="'kpi-needs-source' is already taken"):
        load_config(tmp_path / "cjm.toml")


def test_a_broken_requirement_exits_2_before_any_output(tmp_path, cjm):
    make(tmp_path, {"cjm.toml": REQUIRE.replace('on = "kpi"', 'on = "kip"'), "map.yaml": MAP})
    run = cjm("validate", tmp_path)
    assert (run.exit_code, run.stdout) == (2, "")
    assert 'did you mean "kpi"?' in run.stderr


def test_pyproject_spells_the_tables_tool_cjm_require_and_overrides(tmp_path, cjm):
    pyproject = REQUIRE.replace("[[require]]", "[[tool.cjm.require]]")
    pyproject += '[[tool.cjm.overrides]]\nfiles = ["b2b/**"]\nrules = {kpi-needs-source = "off"}\n'
    make(tmp_path, {"pyproject.toml": pyproject, "b2c/map.yaml": MAP, "b2b/map.yaml": MAP})
    run = cjm("validate", tmp_path, "-f", "json")
    found = [
        (f["file"], f["rule"]) for f in run.json()["findings"] if f["rule"] == "kpi-needs-source"
    ]
    assert found == [(str(tmp_path / "b2c" / "map.yaml"), "kpi-needs-source")]


def test_sarif_describes_a_requirement_in_the_driver(tmp_path, cjm):
    make(tmp_path, {"cjm.toml": REQUIRE, "map.yaml": MAP})
    run = json.loads(cjm("validate", tmp_path, "-f", "sarif").stdout)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    [result] = [r for r in run["results"] if r["ruleId"] == "kpi-needs-source"]
    assert rules[result["ruleIndex"]]["id"] == "kpi-needs-source"
    assert result["level"] == "error"


@pytest.mark.parametrize("due", ['"2027-01-31"', "2027-01-31"], ids=["text", "toml-date"])
def test_where_compares_dates_as_written(tmp_path, due):
    text = MAP.replace(
        "    kpis:\n",
        "    pain_points:\n      - id: p\n        description: P\n        actions:\n"
        "          - {id: a, description: A, due: 2027-01-31}\n    kpis:\n",
    )
    toml = '[[require]]\nname = "needs-owner"\non = "action"\nfields = ["owner"]\n'
    toml += f"where = {{ due = {due} }}\n"
    [finding] = findings_of(tmp_path, toml, text, rule="needs-owner")
    assert finding.message == "action 'a' has no owner"


def test_where_reads_a_number_as_the_map_does(tmp_path):
    text = MAP.replace("lower\n      # cjm", "lower\n        target: 60\n      # cjm")
    toml = REQUIRE.replace('better = "lower"', 'target = "60"')
    [finding] = findings_of(tmp_path, toml, text)
    assert finding.path == "stages[0].kpis[1]"


def test_cjm_rules_lists_and_explains_the_requirements_of_this_folder(tmp_path, cjm, monkeypatch):
    make(tmp_path, {"cjm.toml": REQUIRE})
    monkeypatch.chdir(tmp_path)
    assert (
        "kpi-needs-source error Required by cjm.toml: every kpi where "
        "better = 'lower' has source, unit. [cjm.toml]"
    ) in rule_listing(cjm("rules").stdout)
    explained = cjm("rules", "kpi-needs-source").stdout
    assert explained.startswith("kpi-needs-source (default severity: error; from cjm.toml)\n")
    assert "# cjm: disable=kpi-needs-source" in explained
    assert 'did you mean "kpi-needs-source"?' in cjm("rules", "kpi-need-source").stderr
