"""The ``cjm`` typer application: global options and the registered commands.

``app`` has every command (``cjm --help`` lists them; tests drive it). The console
script builds :func:`make_app` with only the command it was asked to run, so
``cjm validate one.yaml`` neither imports the other commands' modules nor has typer
build their options: start-up is the pre-commit and editor case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from importlib import import_module
from typing import Any

import typer

from cjm import __version__

COMMANDS = {
    "validate": "validate",
    "schema": "schema",
    "rules": "rules",
    "render": "render",
    "diff": "diff",
    "new": "new",
    "export": "export",
    "import": "import_",
    "stats": "stats",
    "review": "review",
}
"""Command name → the module of ``cjm.cli`` and the function in it, in ``--help`` order."""

GLOBAL_FLAGS = frozenset({"--version", "--debug", "-h", "--help"})
"""The options before the command; none takes a value."""


DEBUG = {"enabled": False}
"""Set by ``--debug``; read by :func:`cjm.cli.main` when an internal error escapes."""


def _print_version(value: bool) -> None:
    if value:
        print(f"cjm {__version__}")
        raise typer.Exit()


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


def make_app(names: Iterable[str] = COMMANDS) -> typer.Typer:
    """The application with the commands ``names`` (every one by default)."""
    application = typer.Typer(
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
    application.callback()(main_options)
    for name in names:
        module = COMMANDS[name]
        application.command(name=name)(getattr(import_module(f"cjm.cli.{module}"), module))
    return application


def app_for(args: Sequence[str]) -> typer.Typer:
    """The application for a command line: only its command when the first word after
    the global flags names one; every command otherwise (help, a typo, no command)."""
    for arg in args:
        if arg in ("-h", "--help"):
            break
        if arg not in GLOBAL_FLAGS:
            return make_app([arg] if arg in COMMANDS else COMMANDS)
    return make_app()


def __getattr__(name: str) -> Any:
    """``app``, the application with every command, built on first use."""
    if name == "app":
        globals()["app"] = make_app()
        return globals()["app"]
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
