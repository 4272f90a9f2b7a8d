"""What every command shares: exit codes and option types."""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import typer


class ExitCode(enum.IntEnum):
    """Exit codes of every command."""

    OK = 0
    """Success: nothing at or above the fail level."""
    PROBLEMS = 1
    """Problems in the inputs: invalid YAML, schema or reference errors, findings at or
    above the fail level, differences the user asked to fail on."""
    USAGE = 2
    """Usage or environment error: bad option, missing path, no cjm document, missing
    renderer, unwritable output."""


class FailOn(str, enum.Enum):
    """Lowest severity that makes ``cjm validate`` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    NEVER = "never"


def choices(name: str, values: Iterable[str]) -> type[enum.Enum]:
    """An enum for typer from a registry's keys, so ``--help`` lists exactly what exists."""
    members = {value.upper().replace("-", "_"): value for value in values}
    return enum.Enum(name, members, type=str)  # type: ignore[return-value]


def parse_today(value: str | dt.date) -> dt.date:
    """``--today`` / ``CJM_TODAY``: the date the date-based lint rules count from."""
    from cjm.text import parse_iso_date

    if isinstance(value, dt.date):
        return value
    try:
        return parse_iso_date(value)
    except ValueError:
        raise typer.BadParameter(
            f"expected a date written YYYY-MM-DD (from --today or CJM_TODAY), got {value!r}"
        ) from None


MAPS_HELP = "Journey files, or directories searched recursively for cjm documents."
MAPS_OR_HERE_HELP = (
    "Journey and persona files, or directories searched recursively for *.yaml/*.yml "
    "files with a top-level `cjm:` key (default: the current directory)."
)


def paths_argument(help_text: str = MAPS_HELP, *, required: bool = True) -> Any:
    """The PATH... argument of every command that reads maps; optional where the current
    directory is the natural default (the command then says so in ``help_text``)."""
    return typer.Argument(
        ... if required else None, metavar="PATH", help=help_text, show_default=False
    )


def today_option() -> Any:
    """``--today`` / ``CJM_TODAY``, the same for every command that judges dates."""
    return typer.Option(
        None,
        "--today",
        envvar="CJM_TODAY",
        metavar="YYYY-MM-DD",
        parser=parse_today,
        help="The date that counts as today: it decides which actions are overdue and which "
        "maps are stale (default: the local date; env CJM_TODAY).",
        show_default=False,
    )


def is_stdout(output: Path | None) -> bool:
    """Whether an ``-o`` value is ``-``, the usual name for standard output."""
    return output is not None and str(output) == "-"
