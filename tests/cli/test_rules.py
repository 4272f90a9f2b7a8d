"""`cjm rules`: the table of every rule, and the full explanation of one."""

from __future__ import annotations

from cjm.lint.rules import RULES


def test_the_table_lists_every_rule_with_its_default_severity_and_summary(cjm):
    run = cjm("rules")
    assert run.exit_code == 0
    lines = run.stdout.splitlines()
    assert lines[0].split() == ["RULE", "SEVERITY", "SUMMARY"]
    for rule, line in zip(RULES.values(), lines[1:], strict=False):
        name, severity, summary = line.split(maxsplit=2)
        assert (name, severity, summary) == (
            rule.name,
            rule.default_severity.value,
            rule.summary,
        )


def test_a_name_prints_the_full_explanation(cjm):
    run = cjm("rules", "stage-no-kpis")
    assert run.exit_code == 0
    assert run.stdout.startswith(
        "stage-no-kpis (default severity: warning)\n\nA stage lists no KPIs."
    )
    for heading in ("What it does", "Why it matters", "Example", "How to fix or silence it"):
        assert f"## {heading}\n" in run.stdout


def test_an_unknown_name_exits_2_with_a_suggestion(cjm):
    run = cjm("rules", "stage-no-kpi")
    assert run.exit_code == 2
    assert "unknown rule 'stage-no-kpi' (did you mean \"stage-no-kpis\"?)" in run.stderr
