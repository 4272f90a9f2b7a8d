"""``cjm stats``: the portfolio summary across journey maps."""

from __future__ import annotations

import datetime as dt
import functools
import sys
from pathlib import Path

import typer

from cjm.cli._common import MAPS_OR_HERE_HELP, ExitCode, choices, paths_argument, today_option
from cjm.registry import describe
from cjm.stats import FORMATS

StatsFormat = choices("StatsFormat", FORMATS)


def stats(
    paths: list[Path] | None = paths_argument(MAPS_OR_HERE_HELP, required=False),
    output_format: StatsFormat = typer.Option(  # type: ignore[valid-type]
        "text",
        "--format",
        "-f",
        help=f"Output format: {describe(FORMATS)}.",
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

    Journeys and stages, KPI coverage (stages with a KPI that has a target), KPI
    trends (improved, regressed or unchanged since the previous measurement, and how
    many were measured within `measurement-max-age-days`), pain points by severity and
    how many have actions, actions by status with open and overdue ones, the average
    emotion per phase, and stale maps.

    Examples:

        cjm stats                          (the current directory)

        cjm stats journeys/

        cjm stats journeys/ --format json --today 2026-12-01

    Exit codes: 0 summarised; 1 a map has YAML, schema or reference errors (reported;
    every map that loads is still counted);
    2 usage error (missing path, no cjm document, invalid --today).
    """
    from cjm.cli._findings import print_findings
    from cjm.collect import JourneyCollection
    from cjm.lint.config import discover_config
    from cjm.stats import get_writer
    from cjm.stats.portfolio import PortfolioStats
    from cjm.workspace import workspace_of

    config_of = functools.cache(discover_config)  # once per workspace
    portfolio = PortfolioStats(today or dt.date.today(), stale_after_days)
    collection = JourneyCollection(paths or [Path(".")])
    for loaded in collection:
        config = config_of(workspace_of(Path(loaded.file)))
        portfolio.add(
            loaded.journey, loaded.file, config.stale_after_days, config.measurement_max_age_days
        )
    get_writer(output_format.value)(portfolio, sys.stdout)  # type: ignore[attr-defined]
    print_findings(collection.errors, sys.stderr)
    if collection.errors:
        raise typer.Exit(ExitCode.PROBLEMS)
