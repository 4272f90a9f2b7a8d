"""The ``cjm`` typer application: global options and the registered commands."""

from __future__ import annotations

import typer

from cjm import __version__
from cjm.cli import diff, export, import_, new, render, review, rules, schema, stats, validate

app = typer.Typer(
    name="cjm",
    help=(
        "Customer journey maps as code.\n\n"
        "Keep journey maps as YAML files in git, check them in CI, and render them as "
        "diagrams and reports.\n\n"
        "Start with `cjm validate examples/`. Exit codes: 0 success, 1 problems in the "
        "maps, 2 usage or environment error."
    ),
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)

DEBUG = {"enabled": False}
"""Set by ``--debug``; read by :func:`cjm.cli.main` when an internal error escapes."""


def _print_version(value: bool) -> None:
    if value:
        print(f"cjm {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: bool = typer.Option(
        False,
        "--version",
        callback=_print_version,
        is_eager=True,
        help="Show the version and exit.",
    ),
    debug: bool = typer.Option(
        False, "--debug", help="Show the Python traceback of internal errors."
    ),
) -> None:
    DEBUG["enabled"] = debug


app.command(name="validate")(validate.validate)
app.command(name="schema")(schema.schema)
app.command(name="rules")(rules.rules)
app.command(name="render")(render.render)
app.command(name="diff")(diff.diff)
app.command(name="new")(new.new)
app.command(name="export")(export.export)
app.command(name="import")(import_.import_)
app.command(name="stats")(stats.stats)
app.command(name="review")(review.review)
