"""``cjm stats``: the portfolio summary across journey maps."""

from __future__ import annotations

import datetime as dt
import enum
import functools
import sys
from pathlib import Path

import typer

from cjm.cli._common import ExitCode, paths_argument, today_option


class StatsFormat(str, enum.Enum):
    TEXT = "text"
    JSON = "json"


def stats(
    paths: list[Path] = paths_argument(),
    output_format: StatsFormat = typer.Option(
        StatsFormat.TEXT,
        "--format",
        "-f",
        help="text (a table on a terminal, plain text otherwise) or json.",
        case_sensitive=False,
    ),
    today: dt.date | None = today_option(),
    stale_after_days: int | None = typer.Option(
        None,
        "--stale-after-days",
        min=0,
        help="A map not reviewed for longer than this is stale (default: `stale-after-days` "
        "of each map's workspace configuration, else 365).",
        show_default=False,
    ),
) -> None:
    """Summarise a portfolio of journey maps: the numbers to report every month.

    Journeys and stages, KPI coverage (stages with a KPI that has a target), pain
    points by severity and how many have actions, actions by status with open and
    overdue ones, the average emotion per phase, and stale maps.

    Examples:

        cjm stats journeys/

        cjm stats journeys/ --format json --today 2026-12-01

    Exit codes: 0 summarised; 1 a map has YAML, schema or reference errors (reported;
    every map that loads is still counted);
    2 usage error (missing path, no cjm document, invalid --today).
    """
    from cjm.cli._findings import print_findings
    from cjm.collect import JourneyCollection
    from cjm.lint.config import discover_config
    from cjm.stats import PortfolioStats
    from cjm.stats.output import write_json, write_rich, write_text
    from cjm.workspace import workspace_of

    config_of = functools.cache(discover_config)  # once per workspace
    portfolio = PortfolioStats(today or dt.date.today(), stale_after_days)
    collection = JourneyCollection(paths)
    for loaded in collection:
        interval = config_of(workspace_of(Path(loaded.file))).stale_after_days
        portfolio.add(loaded.journey, loaded.file, interval)
    if output_format is StatsFormat.JSON:
        write_json(portfolio, sys.stdout)
    elif sys.stdout.isatty():
        write_rich(portfolio, sys.stdout)
    else:
        write_text(portfolio, sys.stdout)
    print_findings(collection.errors, sys.stderr)
    if collection.errors:
        raise typer.Exit(ExitCode.PROBLEMS)
