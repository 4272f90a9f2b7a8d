"""GitHub workflow commands: the exact annotation syntax, escaping, and the step summary."""

from __future__ import annotations

from cjm.findings import Finding, Severity
from cjm.report.github import annotation
from cjm.report.options import ReportOptions
from cjm.validate import FileResult
from tests.conftest import EXAMPLES
from tests.report.helpers import finding, render


def test_each_finding_is_one_workflow_command_then_the_summary():
    results = [
        FileResult(
            "maps/a.yaml",
            [
                finding(),
                finding(line=20, severity=Severity.INFO, rule="kpi-off-target", message="off"),
                finding(line=30, severity=Severity.ERROR, rule="schema", message="bad"),
            ],
        )
    ]
    assert render("github", results) == (
        "::warning file=maps/a.yaml,line=12,col=5,title=stage-no-kpis::stage 'pay' lists no KPIs\n"
        "::notice file=maps/a.yaml,line=20,col=5,title=kpi-off-target::off\n"
        "::error file=maps/a.yaml,line=30,col=5,title=schema::bad\n"
        "1 file checked: 1 error, 1 warning, 1 info\n"
    )


def test_data_and_properties_are_escaped_so_text_cannot_inject_commands():
    message = "100% sure\r\n::error file=x::fake\n::add-mask::secret"
    results = [FileResult("maps/a,b: c.yaml", [finding("maps/a,b: c.yaml", message=message)])]
    output = render("github", results, ReportOptions(quiet=True))
    assert output == (
        "::warning file=maps/a%2Cb%3A c.yaml,line=12,col=5,title=stage-no-kpis::"
        "100%25 sure%0D%0A::error file=x::fake%0A::add-mask::secret\n"
    )


def test_the_step_summary_gets_an_escaped_markdown_table(tmp_path):
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    message = "a | b <script>alert(1)</script> [x](https://evil.example)\nnext"
    results = [FileResult("maps/a.yaml", [finding(message=message)])]
    render("github", results, ReportOptions(step_summary=summary))
    assert summary.read_text(encoding="utf-8") == (
        "earlier step\n"
        "### cjm validate\n\n"
        "1 file checked: 0 errors, 1 warning, 0 infos\n\n"
        "| Severity | Rule | Location | Message |\n"
        "| --- | --- | --- | --- |\n"
        "| warning | stage-no-kpis | maps/a.yaml:12:5 | "
        r"a \| b \<script\>alert(1)\</script\> \[x\](https://evil.example) next |"
        "\n\n"
    )


def test_the_cli_appends_to_github_step_summary_when_set(cjm, tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    run = cjm("validate", EXAMPLES / "online-store.yaml", "-f", "github", "--today", "2026-11-23")
    assert run.exit_code == 1
    assert run.stdout.count("::warning ") == 2  # the overdue action and the regressed KPI
    assert "| warning | action-overdue | " in summary.read_text(encoding="utf-8")


def test_annotations_name_files_from_the_repository_root(tmp_path, monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "docs").mkdir()
    monkeypatch.chdir(tmp_path / "docs")
    finding = Finding("../maps/a.yaml", 3, 5, Severity.WARNING, "stage-no-kpis", "m")
    assert annotation(finding).startswith("::warning file=maps/a.yaml,line=3,col=5,")
