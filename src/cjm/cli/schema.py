"""``cjm schema``: write the JSON Schemas of the format for editors and other tools."""

from __future__ import annotations

from pathlib import Path

import typer


def schema(
    output: Path = typer.Option(
        Path("schemas"),
        "--output",
        "-o",
        help="Directory to write the schemas into.",
    ),
) -> None:
    """Write journey.schema.json and persona.schema.json, generated from the models.

    Point your editor at them for completion and hover docs: with the YAML language
    server, start a map with

        # yaml-language-server: $schema=../schemas/journey.schema.json
    """
    from cjm.schemas import write_schemas

    for path in write_schemas(output):
        print(f"wrote {path}")
