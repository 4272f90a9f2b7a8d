"""``cjm diff``: what changed between two versions of a journey map, as a reviewer reads it."""

from __future__ import annotations

import enum
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

from cjm.cli._common import ExitCode, choices
from cjm.diff import FORMATS
from cjm.errors import CjmError
from cjm.registry import describe

if TYPE_CHECKING:
    from cjm.diff.versions import Version

DiffFormat = choices("DiffFormat", FORMATS)

_DEV_NULL = "/dev/null"
_DRIVER_ARGS = (7, 9)
"""git runs ``diff.<driver>.command`` with ``path old-file old-hex old-mode new-file new-hex
new-mode``, plus ``new-path rename-info`` for a renamed file."""


class Color(str, enum.Enum):
    AUTO = "auto"
    ALWAYS = "always"
    NEVER = "never"


def diff(
    files: list[Path] = typer.Argument(
        ...,
        metavar="FILE...",
        help="OLD NEW (two journey files), or one FILE with --rev.",
        show_default=False,
    ),
    rev: str | None = typer.Option(
        None,
        "--rev",
        "-r",
        help="Compare FILE with its version at this git revision (main, HEAD~1, a tag...).",
    ),
    output_format: DiffFormat = typer.Option(  # type: ignore[valid-type]
        "text",
        "--format",
        "-f",
        help=f"Output format: {describe(FORMATS)}.",
        case_sensitive=False,
    ),
    exit_code: bool = typer.Option(
        False, "--exit-code", help="Exit 1 when the maps differ (like `git diff --exit-code`)."
    ),
    git_driver: bool = typer.Option(
        False,
        "--git-driver",
        help="Take the 7 arguments git passes to an external diff driver (see the README).",
    ),
    color: Color = typer.Option(
        Color.AUTO,
        "--color",
        help="Colour the text format: auto (on a terminal, unless NO_COLOR is set).",
        case_sensitive=False,
    ),
) -> None:
    """Show the semantic difference between two versions of a journey map.

    Stages, touchpoints, pain points, actions, opportunities and KPIs are matched by id:
    added, removed, renamed, moved, and every field that changed
    (`severity medium → high`, `current 59 → 66 (target 75)`).

    Examples:

        cjm diff journeys/checkout.yaml --rev main

        cjm diff old.yaml new.yaml --format md

    Exit codes: 0 compared (with --exit-code: no differences); 1 differences with
    --exit-code, or a version is not a valid journey; 2 usage error (missing file,
    not a git repository, unknown revision).
    """
    from cjm.cli._findings import print_findings

    name: str = output_format.value  # type: ignore[attr-defined]
    if git_driver:
        _git_driver(files, name, color, exit_code)
        return
    old, new = _versions(files, rev)
    problems = [*old.findings, *new.findings]
    if problems:
        print_findings(problems, sys.stderr)
        raise typer.Exit(ExitCode.PROBLEMS)
    _show(old, new, name, color, exit_code)


def _show(old: Version, new: Version, output_format: str, color: Color, exit_code: bool) -> None:
    from cjm.diff import get_writer
    from cjm.diff.compare import diff_journeys
    from cjm.diff.options import FormatOptions

    difference = diff_journeys(old.journey, new.journey, old.name, new.name)
    options = FormatOptions(color=_use_color(color, sys.stdout))
    get_writer(output_format)(difference, sys.stdout, options)
    if exit_code and difference:
        raise typer.Exit(ExitCode.PROBLEMS)


def _versions(files: list[Path], rev: str | None) -> tuple[Version, Version]:
    from cjm.diff import versions

    if rev is not None:
        if len(files) != 1:
            raise CjmError("with --rev, give exactly one FILE")
        path = files[0]
        old = versions.from_revision(path, rev)
        if path.exists():
            return old, versions.from_file(path)
        if old.journey is None and not old.findings:
            raise CjmError(f"{path} exists neither in the working tree nor at revision {rev!r}")
        return old, versions.absent(str(path))  # deleted since the revision
    if len(files) != 2:
        hint = "; as a git diff driver use --git-driver" if len(files) in _DRIVER_ARGS else ""
        raise CjmError(f"expected OLD NEW, or FILE --rev REV{hint}")
    return versions.from_file(files[0]), versions.from_file(files[1])


def _git_driver(files: list[Path], output_format: str, color: Color, exit_code: bool) -> None:
    """Called by git: semantic diff when both sides are journeys, else a line diff.

    Never fails on a broken map: git stops the whole ``git diff`` at the first external
    diff that exits non-zero.
    """
    from cjm.cli._findings import print_findings
    from cjm.diff import versions
    from cjm.diff.fallback import line_diff

    if len(files) == 1:  # git passes only the path of an unmerged file
        print(f"{files[0]}: unmerged")
        return
    if len(files) not in _DRIVER_ARGS:
        raise CjmError(f"--git-driver expects the 7 arguments git passes, got {len(files)}")
    path = files[0]
    new_path = files[7] if len(files) == 9 else path
    old_file, new_file = _present(files[1]), _present(files[4])
    old_name, new_name = f"a/{path}", f"b/{new_path}"
    try:
        old = versions.from_file(old_file, old_name) if old_file else versions.absent(old_name)
        new = versions.from_file(new_file, new_name) if new_file else versions.absent(new_name)
    except versions.NotAJourneyError as error:
        print(f"cjm: {error}; line diff follows")
        sys.stdout.write(line_diff(old_file, new_file, old_name, new_name))
        return
    problems = [*old.findings, *new.findings]
    if problems:
        print_findings(problems, sys.stdout)
        print("cjm: not comparable as journeys; line diff follows")
        sys.stdout.write(line_diff(old_file, new_file, old.name, new.name))
        return
    _show(old, new, output_format, color, exit_code)


def _present(path: Path) -> Path | None:
    return None if str(path) == _DEV_NULL else path


def _use_color(choice: Color, stream: TextIO) -> bool:
    from cjm.report.text import wants_colour

    return choice is Color.ALWAYS if choice is not Color.AUTO else wants_colour(stream)
