"""``cjm validate``: check maps against the schema, their references, and the lint rules."""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from cjm.cli._common import (
    MAPS_OR_HERE_HELP,
    ExitCode,
    FailOn,
    choices,
    paths_argument,
    today_option,
)
from cjm.errors import PathNotFoundError, UsageError
from cjm.registry import describe
from cjm.report import REPORTERS

if TYPE_CHECKING:
    from cjm.lint.engine import Linter

OutputFormat = choices("OutputFormat", REPORTERS)


def validate(
    paths: list[Path] | None = paths_argument(MAPS_OR_HERE_HELP, required=False),
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
    baseline: Path | None = typer.Option(
        None,
        "--baseline",
        metavar="FILE",
        help="Hide the lint findings recorded in this baseline file (instead of the "
        "`baseline` of the configuration); the summary says how many it hid.",
    ),
    write_baseline: Path | None = typer.Option(
        None,
        "--write-baseline",
        metavar="FILE",
        help="Record today's lint findings in FILE, to adopt cjm on existing maps: later "
        "runs with --baseline FILE fail only on new findings. YAML, schema and reference "
        "errors are never recorded.",
    ),
    show_config: bool = typer.Option(
        False,
        "--show-config",
        help="Print the effective settings for each PATH, and where each came from "
        "(file, ruleset, override); check nothing.",
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

        cjm validate journeys/ --write-baseline .cjm-baseline.json

        cjm validate --show-config journeys/b2b/onboarding.yaml

    Exit codes: 0 nothing at or above --fail-on; 1 findings at or above it;
    2 usage or configuration error (unknown option, missing path, no cjm document found).
    """
    from cjm.baseline import BaselineWriter
    from cjm.lint.config import load_config
    from cjm.lint.engine import Linter
    from cjm.report import DOCUMENT_FORMATS, get_reporter
    from cjm.report.options import ReportOptions
    from cjm.report.summary import Summary
    from cjm.text import counted
    from cjm.validate import Failures, Validator, default_jobs

    linter = Linter(
        today,
        config=load_config(config) if config is not None else None,
        fail_on=fail_on.value if fail_on is not None else None,
    )
    if show_config:
        if output_format.value != "text":  # type: ignore[attr-defined]
            raise UsageError("--show-config prints the settings as TOML text; leave out --format")
        _show_config(linter, paths or [Path(".")])
        return
    step_summary = os.environ.get("GITHUB_STEP_SUMMARY")
    options = ReportOptions(quiet, statistics, Path(step_summary) if step_summary else None)
    summary, failures = Summary(), Failures()
    validator = Validator(
        linter=linter,
        skip_non_cjm=skip_non_cjm,
        baseline=baseline,
        use_baselines=write_baseline is None,
    )
    results = validator.validate_paths(paths or [Path(".")], jobs=jobs or default_jobs())
    writer = BaselineWriter(write_baseline) if write_baseline is not None else None
    if writer is not None:
        results = writer.watch(results)
    name = output_format.value  # type: ignore[attr-defined]
    get_reporter(name)(failures.watch(results), sys.stdout, summary, options)
    if statistics and name in DOCUMENT_FORMATS:
        sys.stderr.write(summary.statistics())
    if writer is not None:
        count = writer.write()
        sys.stderr.write(f"wrote {counted(count, 'finding')} to the baseline {write_baseline}\n")
    if failures.count:
        raise typer.Exit(ExitCode.PROBLEMS)


def _show_config(linter: Linter, paths: list[Path]) -> None:
    from cjm.lint.show_config import show_config

    for number, path in enumerate(paths):
        if not path.exists():
            raise PathNotFoundError(f"path does not exist: {path}")
        print(("\n" if number else "") + show_config(linter.config_for(path), path), end="")
