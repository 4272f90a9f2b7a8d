"""Text output: grouped by file, plain when piped, coloured on a terminal, never markup."""

from __future__ import annotations

import io

from cjm.findings import Severity
from cjm.report.options import ReportOptions
from cjm.validate import FileResult
from tests.report.helpers import finding, render


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


RESULTS = [
    FileResult("a.yaml", [finding("a.yaml", 3, 5), finding("a.yaml", 9, 5, Severity.INFO)]),
    FileResult("clean.yaml", []),
    FileResult("b.yaml", [finding("b.yaml", 7, 1, Severity.ERROR, "schema", "bad")]),
]


def test_piped_output_is_plain_and_grouped_by_file_with_a_summary():
    assert render("text", RESULTS) == (
        "a.yaml:3:5: warning stage-no-kpis stage 'pay' lists no KPIs\n"
        "a.yaml:9:5: info stage-no-kpis stage 'pay' lists no KPIs\n"
        "\n"
        "b.yaml:7:1: error schema bad\n"
        "\n"
        "3 files checked: 1 error, 1 warning, 1 info\n"
    )


def test_quiet_prints_the_findings_only():
    output = render("text", RESULTS, ReportOptions(quiet=True))
    assert output.splitlines()[-1] == "b.yaml:7:1: error schema bad"


def test_a_terminal_gets_colours_but_user_text_is_never_markup(monkeypatch):
    monkeypatch.delenv("NO_COLOR", raising=False)
    message = "[bold]pwn[/bold] odd [/] closing [link=https://evil.example]x[/link] \x1b[2J"
    results = [FileResult("a.yaml", [finding(message=message + " " + "long " * 40)])]
    output = render("text", results, stream=Terminal())
    assert "\x1b[" in output.replace("\x1b[2J", "")
    assert "[bold]pwn[/bold] odd [/] closing [link=https://evil.example]x[/link] ?[2J" in output
    assert "\x1b[2J" not in output
    assert len(output.splitlines()) == 3  # the long finding is not wrapped


def test_no_color_keeps_a_terminal_plain(monkeypatch):
    monkeypatch.setenv("NO_COLOR", "1")
    assert render("text", RESULTS, stream=Terminal()) == render("text", RESULTS)


def test_statistics_come_before_the_summary():
    output = render("text", RESULTS, ReportOptions(statistics=True))
    assert output.endswith(
        "\n\n1  error    schema\n1  warning  stage-no-kpis\n1  info     stage-no-kpis\n"
        "\n3 files checked: 1 error, 1 warning, 1 info\n"
    )
