"""The rule registry: exactly the rules of PRODUCT.md section 4 and those added since, each
documented and tested."""

from __future__ import annotations

import importlib
import tomllib
from dataclasses import replace
from importlib.metadata import entry_points

import pytest

from cjm.findings import Severity
from cjm.lint.rule import DOC_SECTIONS, Rule
from cjm.lint.rules import RULES
from tests.conftest import REPO
from tests.lint.helpers import RULE_FIXTURES

PRODUCT_RULES = {
    "stage-no-pain-points": Severity.WARNING,
    "stage-no-kpis": Severity.WARNING,
    "stage-no-touchpoints": Severity.WARNING,
    "kpi-no-target": Severity.WARNING,
    "kpi-off-target": Severity.INFO,
    "pain-point-no-action": Severity.WARNING,
    "action-no-owner": Severity.WARNING,
    "action-overdue": Severity.WARNING,
    "journey-no-goals": Severity.WARNING,
    "journey-no-persona": Severity.WARNING,
    "journey-stale": Severity.WARNING,
    "stage-no-emotion": Severity.INFO,
    "pain-point-no-evidence": Severity.INFO,
    "journey-no-wow-moment": Severity.INFO,
    "channel-unused": Severity.INFO,
    "opportunity-unscored": Severity.INFO,
    "future-no-baseline": Severity.INFO,
    "future-pain-point-unaddressed": Severity.INFO,
}
"""The table of PRODUCT.md section 4 and of later issues: names and default severities."""

ADDED_RULES = {
    "pain-point-touchpoint-elsewhere": Severity.WARNING,
    "emotion-dip-no-pain-point": Severity.WARNING,  # issue 14
    "critical-pain-no-benchmark": Severity.INFO,  # issue 14
    "kpi-regressed": Severity.WARNING,  # issue 12
    "kpi-measurement-stale": Severity.INFO,  # issue 12
}
"""Rules added since, by their issues (CONTRIBUTING's checklist, step 4)."""

ENGINE_RULES = {"unknown-suppression": Severity.WARNING}
"""Rules the engine applies itself, about the file's comments rather than the model."""

EACH_RULE = pytest.mark.parametrize("rule", list(RULES.values()), ids=lambda rule: rule.name)


def test_the_registry_holds_exactly_the_product_rules_with_their_default_severities():
    registered = {name: rule.default_severity for name, rule in RULES.items()}
    assert registered == PRODUCT_RULES | ADDED_RULES | ENGINE_RULES


def test_only_engine_rules_have_no_check():
    assert {name for name, rule in RULES.items() if rule.check is None} == set(ENGINE_RULES)


@EACH_RULE
def test_rule_lives_in_the_module_named_after_it(rule: Rule):
    module = importlib.import_module(f"cjm.lint.rules.{rule.name.replace('-', '_')}")
    assert replace(rule, distribution=None) == module.RULE
    assert rule.doc == module.__doc__
    assert rule.is_builtin


@EACH_RULE
def test_rule_has_a_one_line_summary_and_every_doc_section(rule: Rule):
    assert rule.summary.endswith(".") and len(rule.summary) <= 80
    sections = rule.sections()
    assert list(sections) == list(DOC_SECTIONS)
    assert all(sections.values()), f"{rule.name}: an empty section"
    assert "```yaml" in sections["Example"]
    assert rule.name in sections["How to fix or silence it"]


@EACH_RULE
def test_rule_has_a_triggering_and_a_passing_fixture(rule: Rule):
    folder = RULE_FIXTURES / rule.name
    assert list(folder.glob("triggers-*.yaml")), (
        f"no tests/fixtures/lint/rules/{rule.name}/triggers-*"
    )
    assert list(folder.glob("passes-*.yaml")), f"no tests/fixtures/lint/rules/{rule.name}/passes-*"


def test_fixture_folders_name_registered_rules():
    assert {path.name for path in RULE_FIXTURES.iterdir()} == set(RULES)


def test_the_readme_table_lists_every_rule_with_its_default_severity():
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    for rule in RULES.values():
        assert f"| `{rule.name}` | {rule.default_severity.value} |" in readme, rule.name


def test_every_rule_module_is_registered_as_an_entry_point_in_pyproject():
    pyproject = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    declared = pyproject["project"]["entry-points"]["cjm.rules"]
    modules = {p.stem for p in (REPO / "src" / "cjm" / "lint" / "rules").glob("[!_]*.py")}
    assert declared == {name: f"cjm.lint.rules.{name.replace('-', '_')}" for name in declared}
    assert {name.replace("-", "_") for name in declared} == modules
    installed = {
        p.name: p.value for p in entry_points(group="cjm.rules") if p.dist.name == "cjmaps"
    }
    assert installed == declared, "the installed metadata is stale: run `pip install -e .`"
    assert list(RULES) == sorted(declared), "cjm rules lists them by name"
