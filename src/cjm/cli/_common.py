"""What every command shares: exit codes and option types."""

from __future__ import annotations

import enum
from collections.abc import Iterable


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
