"""``cjm import``: turn a Mermaid ``journey`` diagram into a cjm journey map."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from cjm.cli._common import ExitCode, is_stdout


def import_(
    diagram: Path = typer.Argument(
        ..., metavar="FILE.mmd", help="A Mermaid journey diagram.", show_default=False
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File to write (refused if it exists). [default: stdout]"
    ),
    journey_id: str | None = typer.Option(
        None, "--id", help="Id of the journey. [default: from the title]"
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite the output file if it exists."),
) -> None:
    """Import a Mermaid journey diagram as a journey map.

    Sections become stages, tasks become touchpoints, actors become inline personas, and
    a task's score (1..5) becomes the touchpoint's emotion as score - 3 (-2..+2).

    Examples:

        cjm import working-day.mmd -o journeys/working-day.yaml

    Exit codes: 0 imported (warnings, e.g. a score outside 1..5, are printed); 1 the
    diagram has errors (each with its line; nothing is written); 2 usage error.
    """
    from cjm.cli._findings import print_findings
    from cjm.ids import check_id
    from cjm.mermaid.import_ import import_file
    from cjm.output import write_new

    if journey_id is not None:
        check_id(journey_id)
    result = import_file(diagram, journey_id)
    print_findings(result.findings, sys.stderr)
    if result.text is None:
        raise typer.Exit(ExitCode.PROBLEMS)
    if output is None or is_stdout(output):
        sys.stdout.write(result.text)
    else:
        print(f"wrote {write_new(output, result.text, force=force)}", file=sys.stderr)
