"""Inline suppressions: ``# cjm: disable=...`` on the flagged line or the line above it,
``# cjm: disable-file=...`` anywhere; a suppression cjm cannot use is itself reported."""

from __future__ import annotations

from cjm.lint.config import LintConfig
from tests.lint.helpers import lint_text, positions

HEAD = "cjm: 1\nid: shop\ntitle: Shop\nstages:\n"


def journey(stages: str, tail: str = "") -> str:
    return HEAD + stages + tail


def test_a_comment_on_the_flagged_line_silences_the_rule(tmp_path):
    text = journey("  - id: visit   # cjm: disable=stage-no-kpis\n    name: Visit\n")
    findings = lint_text(tmp_path, text)
    assert positions(findings, "stage-no-kpis") == []
    assert positions(findings, "stage-no-touchpoints") == [(5, 5)]


def test_a_comment_on_the_line_above_silences_the_rule(tmp_path):
    text = journey(
        "  # cjm: disable=stage-no-kpis -- measured in the CRM\n  - id: visit\n    name: V\n"
    )
    assert positions(lint_text(tmp_path, text), "stage-no-kpis") == []


def test_a_comment_at_the_end_of_a_line_does_not_reach_the_next_line(tmp_path):
    text = journey("  - {id: a, name: A}  # cjm: disable=stage-no-kpis\n  - {id: b, name: B}\n")
    assert positions(lint_text(tmp_path, text), "stage-no-kpis") == [(6, 5)]


def test_a_comment_two_lines_above_does_not(tmp_path):
    text = journey("  # cjm: disable=stage-no-kpis\n\n  - id: visit\n    name: Visit\n")
    assert positions(lint_text(tmp_path, text), "stage-no-kpis") == [(7, 5)]


def test_several_rules_separated_by_commas(tmp_path):
    text = journey(
        "  - id: visit  # cjm: disable=stage-no-kpis, stage-no-touchpoints\n    name: V\n"
    )
    findings = lint_text(tmp_path, text)
    assert positions(findings, "stage-no-kpis") == positions(findings, "stage-no-touchpoints") == []
    assert positions(findings, "stage-no-pain-points") == [(5, 5)]


def test_disable_file_anywhere_silences_the_whole_file(tmp_path):
    stages = "  - {id: visit, name: Visit}\n  - {id: pay, name: Pay}\n"
    text = journey(stages, "# cjm: disable-file=stage-no-kpis,journey-stale\n")
    findings = lint_text(tmp_path, text)
    assert positions(findings, "stage-no-kpis") == positions(findings, "journey-stale") == []
    assert positions(findings, "stage-no-touchpoints") == [(5, 5), (6, 5)]


def test_directives_inside_quoted_or_block_text_silence_nothing(tmp_path):
    text = journey(
        '  - id: visit\n    name: "# cjm: disable=stage-no-kpis"\n'
        "    description: |\n      # cjm: disable-file=stage-no-kpis\n"
    )
    findings = lint_text(tmp_path, text)
    assert positions(findings, "stage-no-kpis") == [(5, 5)]
    assert positions(findings, "unknown-suppression") == []


def test_a_misspelt_rule_is_reported_where_the_comment_is(tmp_path):
    text = journey("  - id: visit   # cjm: disable=stage-no-kpi\n    name: Visit\n")
    findings = lint_text(tmp_path, text)
    [problem] = [f for f in findings if f.rule == "unknown-suppression"]
    assert (problem.line, problem.column, problem.severity.value) == (5, 17, "warning")
    assert problem.message == (
        "unknown rule 'stage-no-kpi' in suppression (did you mean \"stage-no-kpis\"?)"
    )
    assert positions(findings, "stage-no-kpis") == [(5, 5)]


def test_unknown_directives_and_core_checks_are_reported(tmp_path):
    text = journey(
        "  - {id: visit, name: Visit}\n",
        "# cjm: disabel=stage-no-kpis\n# cjm: disable\n# cjm: disable-file=reference\n",
    )
    messages = [f.message for f in lint_text(tmp_path, text) if f.rule == "unknown-suppression"]
    assert messages == [
        'unknown suppression `cjm: disabel` (did you mean "disable"?)',
        "`cjm: disable` names no rule: write `disable=RULE`",
        "'reference' problems cannot be silenced: fix the map",
    ]


def test_unknown_suppression_can_be_silenced_or_turned_off(tmp_path):
    broken = journey("  - {id: visit, name: Visit}  # cjm: disable=nope\n")
    silenced = broken + "# cjm: disable-file=unknown-suppression\n"
    off = LintConfig(severities={"unknown-suppression": None})
    assert positions(lint_text(tmp_path, silenced), "unknown-suppression") == []
    assert positions(lint_text(tmp_path, broken, off), "unknown-suppression") == []
    assert positions(lint_text(tmp_path, broken), "unknown-suppression") == [(5, 31)]


def test_the_cjm_marker_is_not_case_sensitive(tmp_path):
    text = journey("  - id: visit   # CJM: disable=stage-no-kpis\n    name: Visit\n")
    assert positions(lint_text(tmp_path, text), "stage-no-kpis") == []
