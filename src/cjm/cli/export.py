"""``cjm export``: the pain-point and action backlog of journey maps as CSV."""

from __future__ import annotations

import io
import sys
from pathlib import Path

import typer

from cjm.cli._common import ExitCode, choices, is_stdout, paths_argument
from cjm.export import EXPORTERS
from cjm.registry import describe

ExportFormat = choices("ExportFormat", EXPORTERS)


def export(
    paths: list[Path] = paths_argument(),
    output_format: ExportFormat = typer.Option(  # type: ignore[valid-type]
        "csv",
        "--format",
        "-f",
        help=f"Output format: {describe(EXPORTERS)}.",
        case_sensitive=False,
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File to write (replaced atomically). [default: stdout]"
    ),
    bom: bool = typer.Option(
        False, "--bom", help="Start the CSV with a UTF-8 byte-order mark (for Microsoft Excel)."
    ),
) -> None:
    """Export the backlog as CSV (one row per pain point and per action), or a journey as Mermaid.

    CSV columns: journey, stage, stage_name, type, id, pain_point, description,
    severity, touchpoint, owner, due, status, evidence, benchmark. Cells that a
    spreadsheet would run as a formula get a leading `'`.

    `--format mermaid` writes one journey as a Mermaid `journey` diagram, which git
    hosts and many wikis draw.

    `--format measurements` writes every KPI measurement (from the maps and the
    workspace's data files) as journey, kpi, date, value, note: the columns of a
    measurements data file, so values typed into maps can move to one.

    Examples:

        cjm export journeys/ -o backlog.csv

        cjm export journeys/checkout.yaml --bom > backlog.csv

        cjm export journeys/checkout.yaml --format mermaid -o checkout.mmd

        cjm export journeys/ --format measurements -o data/kpis/measurements.csv

    Exit codes: 0 exported; 1 a map has YAML, schema or reference errors (reported; every
    map that loads is still exported);
    2 usage error (missing path, no cjm document, unwritable output).
    """
    from cjm.cli._findings import print_findings
    from cjm.collect import JourneyCollection
    from cjm.errors import CjmError
    from cjm.export import ExportOptions
    from cjm.output import write_atomic

    exporter = EXPORTERS[output_format.value].load()  # type: ignore[attr-defined]
    collection = JourneyCollection(paths)
    journeys = list(collection)
    print_findings(collection.errors, sys.stderr)
    if not journeys:
        if collection.errors:
            raise typer.Exit(ExitCode.PROBLEMS)
        names = ", ".join(str(path) for path in paths)
        raise CjmError(f"no journey to export in {names} (persona documents have no backlog)")
    buffer = io.StringIO(newline="")
    exporter(journeys, buffer, ExportOptions(bom=bom))
    if output is None or is_stdout(output):
        sys.stdout.write(buffer.getvalue())
    else:
        write_atomic(output, buffer.getvalue())
    if collection.errors:
        raise typer.Exit(ExitCode.PROBLEMS)
