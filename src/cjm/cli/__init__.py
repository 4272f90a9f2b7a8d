"""The command line: a thin layer over the library, one module per command.

:func:`main` is the console script. It answers ``--version`` before importing typer, so
the cheapest call stays as fast as the interpreter allows, and it turns the tool's own
errors into exit code 2 with a one-line message. It builds the application with only
the command asked for (:func:`cjm.cli.app.app_for`).
"""

from __future__ import annotations

import sys

from cjm import __version__


def main() -> None:
    """Entry point of the ``cjm`` console script."""
    if sys.argv[1:] == ["--version"]:
        print(f"cjm {__version__}")
        return
    from cjm.cli._common import ExitCode
    from cjm.cli.app import DEBUG, app_for
    from cjm.errors import CjmError

    try:
        app_for(sys.argv[1:])()
    except CjmError as error:
        print(f"cjm: error: {error}", file=sys.stderr)
        sys.exit(ExitCode.USAGE)
    except Exception as error:  # an internal bug: never a traceback unless asked for
        if DEBUG["enabled"]:
            raise
        print(
            f"cjm: internal error: {type(error).__name__}: {error}\n"
            "This is a bug in cjm; run again with --debug for the traceback and report it.",
            file=sys.stderr,
        )
        sys.exit(ExitCode.USAGE)
