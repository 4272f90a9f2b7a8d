"""The bundled examples are what new users copy: they must be valid maps."""

from __future__ import annotations

import shutil

from cjm.findings import CORE_RULES
from tests.conftest import EXAMPLES, REPO


def test_examples_have_no_yaml_schema_or_reference_errors(cjm):
    run = cjm("validate", EXAMPLES, "--format", "json", "--fail-on", "error")
    report = run.json()
    assert run.exit_code == 0
    assert report["summary"]["files"] >= 6
    problems = [f for f in report["findings"] if f["rule"] in CORE_RULES]
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


BROKEN_DATA_FILES = {
    "q3-header.csv": "journey,kpi,date,value,notes\n",
    "q3.csv": "journey,kpi,date,value,note\n"
    "online-store-purchase,checkout-conversion,30/09/2026,57,\n"
    "online-store-purchase,checkout-conversion,2026-10-31,57%,\n"
    "online-shop,checkout-conversion,2026-10-31,57,\n"
    "online-store-purchase,checkout-conversation,2026-10-31,57,\n"
    "online-store-purchase,checkout-conversion,2026-06-30,54,\n",
}
"""The two broken data files the README's "KPI measurements over time" adds to the examples."""


def test_the_readme_shows_what_validate_prints_on_broken_data_files(cjm, tmp_path, monkeypatch):
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    section = readme.split("## KPI measurements over time", 1)[1]
    block = section.split("```text\n", 1)[1].split("```", 1)[0]
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    for name, text in BROKEN_DATA_FILES.items():
        (tmp_path / "examples" / "data" / name).write_text(text, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    run = cjm("validate", "examples/")
    assert [line for line in run.stdout.splitlines() if " measurement " in line] == (
        block.splitlines()
    )
