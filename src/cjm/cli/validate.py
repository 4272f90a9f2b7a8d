"""``cjm validate``: check maps against the schema, their references, and the lint rules."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from cjm.cli._common import ExitCode, FailOn, choices
from cjm.report import REPORTERS

OutputFormat = choices("OutputFormat", REPORTERS)


def validate(
    paths: list[Path] = typer.Argument(
        ...,
        metavar="PATH...",
        help="Journey and persona files, or directories searched recursively for *.yaml/*.yml "
        "files with a top-level `cjm:` key.",
        show_default=False,
    ),
    output_format: OutputFormat = typer.Option(  # type: ignore[valid-type]
        "text",
        "--format",
        "-f",
        help="Output format.",
        case_sensitive=False,
    ),
    fail_on: FailOn = typer.Option(
        FailOn.WARNING,
        "--fail-on",
        help="Exit 1 when a finding is at or above this severity (`never`: always exit 0 "
        "unless the tool itself fails).",
        case_sensitive=False,
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the findings, no summary."),
) -> None:
    """Check journey maps: YAML syntax, schema, references across the workspace.

    Every problem is printed as `file:line:col: severity rule message`. YAML syntax,
    schema and reference problems are errors (rules `yaml`, `schema`, `reference`).

    Examples:

        cjm validate journeys/

        cjm validate journeys/checkout.yaml --format json

    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
    2 usage error (unknown option, missing path, no cjm document found).
    """
    from cjm.findings import Severity
    from cjm.report import get_reporter
    from cjm.report.options import ReportOptions
    from cjm.report.summary import Summary
    from cjm.validate import Validator

    summary = Summary()
    results = Validator().validate_paths(paths)
    get_reporter(output_format.value)(  # type: ignore[attr-defined]
        results, sys.stdout, summary, ReportOptions(quiet=quiet)
    )
    if fail_on is not FailOn.NEVER and summary.at_or_above(Severity(fail_on.value)):
        raise typer.Exit(ExitCode.PROBLEMS)
