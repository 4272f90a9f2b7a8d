"""The bundled examples are what new users copy: they must be valid maps."""

from __future__ import annotations

from tests.conftest import EXAMPLES, REPO


def test_examples_have_no_yaml_schema_or_reference_errors(cjm):
    run = cjm("validate", EXAMPLES, "--format", "json", "--fail-on", "error")
    report = run.json()
    assert run.exit_code == 0
    assert report["summary"]["files"] >= 6
    problems = [f for f in report["findings"] if f["rule"] in {"yaml", "schema", "reference"}]
    assert problems == []


def test_every_example_journey_points_editors_at_the_schema():
    for path in EXAMPLES.glob("*.yaml"):
        first_line = path.read_text(encoding="utf-8").splitlines()[0]
        assert first_line == "# yaml-language-server: $schema=../schemas/journey.schema.json"


def test_the_readme_shows_what_validate_prints_on_the_examples(cjm, monkeypatch):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("### Reading the findings on the examples", 1)[1]
    block = section.split("```text\n", 1)[1].split("```", 1)[0]
    shown = [line for line in block.splitlines() if line != "..."]
    monkeypatch.chdir(REPO)
    run = cjm("validate", "examples/", "--fail-on", "error", "--today", "2026-11-23")
    printed = run.stdout.splitlines()
    assert [line for line in shown if line not in printed] == []
