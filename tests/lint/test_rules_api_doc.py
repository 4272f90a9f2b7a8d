"""docs/rules-api.md stays true: its rule module is the example plug-in's, byte for byte,
and its testing recipe runs."""

from __future__ import annotations

import re

from tests.conftest import FIXTURES, REPO, make

DOC = (REPO / "docs" / "rules-api.md").read_text(encoding="utf-8")
ACME = FIXTURES / "plugins" / "acme-cjm-rules"


def block(fence: str, language: str, after: str) -> str:
    start = DOC.index(after)
    match = re.compile(rf"^{fence}{language}\n(.*?)^{fence}$", re.S | re.M).search(DOC, start)
    assert match is not None
    return match[1]


def test_the_documented_rule_module_is_the_example_plugins():
    module = ACME / "src" / "acme_cjm_rules" / "persona_needs_segment.py"
    assert block("````", "python", "## A rule module") == module.read_text(encoding="utf-8")


def test_the_documented_entry_points_are_the_example_plugins():
    pyproject = (ACME / "pyproject.toml").read_text(encoding="utf-8")
    for line in block("```", "toml", "## Registering it").splitlines():
        if " = " in line and line.startswith(("persona", "journey")):
            assert line in pyproject


def test_the_testing_recipe_runs(tmp_path):
    namespace: dict[str, object] = {}
    exec(block("```", "python", "## Testing a rule"), namespace)
    make(tmp_path, {"map.yaml": "cjm: 1\nid: a\ntitle: A\nstages:\n  - {id: s, name: S}\n"})
    found = namespace["findings"](tmp_path / "map.yaml")  # type: ignore[operator]
    assert (5, 5, "stage-no-kpis") in found
