"""``cjm new``: start a journey map from a template."""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from cjm.cli._common import choices, is_stdout
from cjm.scaffold import TEMPLATES

TemplateName = choices("TemplateName", TEMPLATES)


def new(
    journey_id: str | None = typer.Argument(
        None,
        metavar="ID",
        help="Id of the new journey: lowercase letters, digits and hyphens (e.g. checkout).",
        show_default=False,
    ),
    template: TemplateName = typer.Option(  # type: ignore[valid-type]
        "blank",
        "--template",
        "-t",
        help="Template to start from (see --list).",
        case_sensitive=False,
    ),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="File to write; `-` for standard output. [default: ID.yaml]"
    ),
    title: str | None = typer.Option(
        None, "--title", help="Title of the map. [default: from the id, e.g. Checkout]"
    ),
    force: bool = typer.Option(False, "--force", help="Overwrite the output file if it exists."),
    list_templates: bool = typer.Option(False, "--list", help="List the templates and exit."),
) -> None:
    """Create a journey map from a template, ready to fill in.

    The map validates as it is; `cjm validate` then lists what is still to be done
    (goals, personas, pain points, KPI targets, the review date).

    Examples:

        cjm new checkout --template ecommerce

        cjm new trial --template saas-trial -o journeys/trial.yaml --title "Free trial"

    Exit codes: 0 written; 2 invalid id, unknown template, or the file exists (use --force).
    """
    from cjm.errors import CjmError

    if list_templates:
        width = max(len(name) for name in TEMPLATES)
        for name, summary in TEMPLATES.items():
            print(f"{name:<{width}}  {summary}")
        return
    if journey_id is None:
        raise CjmError("missing ID: cjm new ID [--template NAME] (or cjm new --list)")
    from cjm.output import write_new
    from cjm.scaffold import render_journey

    chosen: str = template.value  # type: ignore[attr-defined]
    text = render_journey(journey_id, chosen, title)
    if is_stdout(output):
        sys.stdout.write(text)
        return
    path = write_new(output or Path(f"{journey_id}.yaml"), text, force=force)
    print(f"created {path} from the {chosen} template; next: cjm validate {path}")
