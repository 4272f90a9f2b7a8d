"""The ``cjm`` command: registers the commands and turns tool errors into exit code 2."""

from __future__ import annotations

import sys

import typer

from cjm import __version__
from cjm.cli import render, schema, validate
from cjm.cli._common import ExitCode

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

_state = {"debug": False}


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
    _state["debug"] = debug


app.command(name="validate")(validate.validate)
app.command(name="schema")(schema.schema)
app.command(name="render")(render.render)


def main() -> None:
    """Entry point of the ``cjm`` console script."""
    from cjm.errors import CjmError

    try:
        app()
    except CjmError as error:
        print(f"cjm: error: {error}", file=sys.stderr)
        sys.exit(ExitCode.USAGE)
    except KeyboardInterrupt:
        print("cjm: interrupted", file=sys.stderr)
        sys.exit(130)
    except Exception as error:  # an internal bug: never a traceback unless asked for
        if _state["debug"]:
            raise
        print(
            f"cjm: internal error: {type(error).__name__}: {error}\n"
            "This is a bug in cjm; run again with --debug for the traceback and report it.",
            file=sys.stderr,
        )
        sys.exit(ExitCode.USAGE)
