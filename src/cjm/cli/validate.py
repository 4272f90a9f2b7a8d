"""``cjm validate``: check maps against the schema, their references, and the lint rules."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

import typer

from cjm.cli._common import ExitCode, FailOn, choices, paths_argument, today_option
from cjm.registry import describe
from cjm.report import REPORTERS

OutputFormat = choices("OutputFormat", REPORTERS)


def validate(
    paths: list[Path] | None = paths_argument(
        "Journey and persona files, or directories searched recursively for *.yaml/*.yml "
        "files with a top-level `cjm:` key (default: the current directory).",
        required=False,
    ),
    output_format: OutputFormat = typer.Option(  # type: ignore[valid-type]
        "text",
        "--format",
        "-f",
        help=f"Output format: {describe(REPORTERS)}.",
        case_sensitive=False,
    ),
    fail_on: FailOn | None = typer.Option(
        None,
        "--fail-on",
        help="Exit 1 when a lint finding is at or above this severity (`never`: lint "
        "findings never fail). YAML, schema and reference errors always exit 1. Overrides "
        "`fail-on` of the configuration; default: warning.",
        case_sensitive=False,
        show_default=False,
    ),
    config: Path | None = typer.Option(
        None,
        "--config",
        metavar="FILE",
        help="Use this cjm.toml or pyproject.toml for every map instead of the one found "
        "by walking up from each path.",
    ),
    today: dt.date | None = today_option(),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only the findings, no summary."),
    statistics: bool = typer.Option(
        False,
        "--statistics",
        help="Also print how many findings each rule gave (on standard error for json and sarif).",
    ),
    jobs: int = typer.Option(
        0,
        "--jobs",
        "-j",
        min=0,
        help="Worker processes for large runs (0: one per CPU). Runs of fewer than 64 files "
        "always use one process.",
    ),
    skip_non_cjm: bool = typer.Option(
        False,
        "--skip-non-cjm",
        help="Skip named files that are not cjm documents, and find none without error "
        "(for pre-commit, which passes every changed YAML file).",
    ),
) -> None:
    """Check journey maps: YAML syntax, schema, references across the workspace, lint rules.

    Every problem is printed as `file:line:col: severity rule message`. YAML syntax,
    schema and reference problems are errors (rules `yaml`, `schema`, `reference`);
    `cjm rules` lists the lint rules. Lint settings come from `[tool.cjm]` in
    pyproject.toml or from cjm.toml, found by walking up from each path.

    Examples:

        cjm validate                       (the current directory)

        cjm validate journeys/

        cjm validate journeys/checkout.yaml --format json

        cjm validate journeys/ --format github --today 2026-11-23

    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
    2 usage or configuration error (unknown option, missing path, no cjm document found).
    """
    from cjm.lint.config import load_config
    from cjm.lint.engine import Linter
    from cjm.report import DOCUMENT_FORMATS, get_reporter
    from cjm.report.options import ReportOptions
    from cjm.report.summary import Summary
    from cjm.validate import Failures, Validator, default_jobs

    linter = Linter(
        today,
        config=load_config(config) if config is not None else None,
        fail_on=fail_on.value if fail_on is not None else None,
    )
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    options = ReportOptions(quiet, statistics, Path(step_summary) if step_summary else None)
    summary, failures = Summary(), Failures()
    validator = Validator(linter=linter, skip_non_cjm=skip_non_cjm)
    results = validator.validate_paths(paths or [Path(".")], jobs=jobs or default_jobs())
    name = output_format.value  # type: ignore[attr-defined]
    get_reporter(name)(failures.watch(results), sys.stdout, summary, options)
    if statistics and name in DOCUMENT_FORMATS:
        sys.stderr.write(summary.statistics())
    if failures.count:
        raise typer.Exit(ExitCode.PROBLEMS)
