"""``cjm review``: what changed in the maps since a revision, for the yearly review."""

from __future__ import annotations

import datetime as dt
import io
import sys
from pathlib import Path

import typer

from cjm.cli._common import ExitCode, choices, is_stdout, paths_argument, today_option
from cjm.registry import describe
from cjm.review import FORMATS

ReviewFormat = choices("ReviewFormat", FORMATS)


def _since_date(value: str | dt.date) -> dt.date:
    from cjm.text import parse_iso_date

    if isinstance(value, dt.date):
        return value
    try:
        return parse_iso_date(value)
    except ValueError:
        raise typer.BadParameter(f"expected a date written YYYY-MM-DD, got {value!r}") from None


def review(
    paths: list[Path] = paths_argument(),
    since: str | None = typer.Option(
        None,
        "--since",
        metavar="REV",
        help="The git revision the period starts at (a tag, a branch, a commit, HEAD~40).",
        show_default=False,
    ),
    since_date: dt.date | None = typer.Option(
        None,
        "--since-date",
        metavar="YYYY-MM-DD",
        parser=_since_date,
        help="Start at the last commit before this date instead of a revision.",
        show_default=False,
    ),
    output_format: ReviewFormat = typer.Option(  # type: ignore[valid-type]
        "text",
        "--format",
        "-f",
        help=f"Output format: {describe(FORMATS)}.",
        case_sensitive=False,
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File to write (replaced atomically). [default: stdout]"
    ),
    today: dt.date | None = today_option(),
) -> None:
    """Review the maps over a period: what changed since a git revision.

    For every map under the paths, compared with the same workspace at the revision:
    maps added and removed; pain points added, resolved (all actions done) and worsened
    (severity up); actions done, dropped and slipped (due date moved later, or passed
    while open); KPIs then and now against their targets, improved or regressed; stage
    emotions that changed; and maps not reviewed during the period.

    Examples:

        cjm review journeys/ --since v2025.11

        cjm review journeys/ --since-date 2025-12-01 --format md > review.md

        cjm review journeys/ --since HEAD~50 --format html -o review.html

    Exit codes: 0 reviewed; 1 a map has YAML, schema, reference or measurement errors
    (reported; the others are still reviewed); 2 usage error (no --since or
    --since-date, a path outside a git repository, an unknown revision, no cjm document).
    """
    from cjm.cli._findings import print_findings
    from cjm.errors import UsageError
    from cjm.output import write_atomic
    from cjm.review.build import Since, review_paths

    if (since is None) == (since_date is None):
        raise UsageError("give either --since REV or --since-date YYYY-MM-DD")
    result = review_paths(paths, Since(since, since_date), today or dt.date.today())
    writer = FORMATS[output_format.value].load()  # type: ignore[attr-defined]
    buffer = io.StringIO()
    writer(result.review, buffer)
    if output is None or is_stdout(output):
        sys.stdout.write(buffer.getvalue())
    else:
        write_atomic(output, buffer.getvalue())
    print_findings(result.errors, sys.stderr)
    if result.errors:
        raise typer.Exit(ExitCode.PROBLEMS)
