"""Every rule against its fixtures: ``tests/fixtures/lint/rules/<rule>/``.

A ``triggers-*.yaml`` file must make the rule fire exactly where its ``# expect:``
comment says (line:column, the most specific node); a ``passes-*.yaml`` file must not
make it fire at all. Other rules may fire on a fixture: each file shows one rule.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.lint.helpers import RULE_FIXTURES, expected_positions, lint_file, positions

CASES = sorted(RULE_FIXTURES.glob("*/*.yaml"))


def _id(path: Path) -> str:
    return f"{path.parent.name}/{path.stem}"


@pytest.mark.parametrize("fixture", [p for p in CASES if p.name.startswith("triggers-")], ids=_id)
def test_rule_fires_on_the_most_specific_node(fixture: Path) -> None:
    expected = expected_positions(fixture)
    assert expected, f"{fixture} needs an `# expect: line:col` comment"
    assert positions(lint_file(fixture), fixture.parent.name) == expected


@pytest.mark.parametrize("fixture", [p for p in CASES if p.name.startswith("passes-")], ids=_id)
def test_rule_stays_quiet(fixture: Path) -> None:
    assert positions(lint_file(fixture), fixture.parent.name) == []


def test_every_fixture_is_a_trigger_or_a_pass() -> None:
    odd = [_id(p) for p in CASES if not p.name.startswith(("triggers-", "passes-"))]
    assert odd == []
