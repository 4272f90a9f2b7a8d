"""Reading a file as it was committed at a git revision, through the ``git`` program.

``cjm diff FILE --rev main`` compares the working copy with ``git show main:FILE``.
Every failure (no git, not a repository, unknown revision) is a
:class:`~cjm.errors.CjmError` with git's own explanation, never a traceback; a file that
did not exist at the revision is simply absent.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

from cjm.errors import CjmError


class GitError(CjmError):
    """git is missing, or cannot answer for this path and revision."""


def read_at_revision(path: Path, revision: str) -> bytes | None:
    """The bytes of ``path`` as committed at ``revision`` (a branch, tag, ``HEAD~1``...);
    None when the file did not exist then (it was added since)."""
    if not revision or revision.startswith("-"):
        raise GitError(f"invalid git revision {revision!r}")
    directory = path.absolute().parent
    if not directory.is_dir():
        raise GitError(f"directory does not exist: {directory}")
    _git(directory, "rev-parse", "--git-dir", failure=f"not inside a git repository: {directory}")
    _git(
        directory,
        "rev-parse",
        "--verify",
        "--quiet",
        f"{revision}^{{commit}}",
        failure=f"unknown git revision {revision!r}",
    )
    # `./name` is relative to the directory git runs in, so this works from any cwd.
    spec = f"{revision}:./{path.name}"
    if _exit_code(directory, "cat-file", "-e", spec) != 0:
        return None
    return _git(directory, "show", spec, failure=f"cannot read {path} at revision {revision!r}")


def _git(directory: Path, *args: str, failure: str) -> bytes:
    try:
        completed = subprocess.run(
            ["git", "-C", str(directory), *args],
            capture_output=True,
            check=False,
            timeout=60,
        )
    except FileNotFoundError:
        raise GitError("git is not installed (or not on PATH); it is needed for --rev") from None
    except (OSError, subprocess.TimeoutExpired) as error:
        raise GitError(f"cannot run git: {error}") from None
    if completed.returncode != 0:
        detail = _first_line(completed.stderr)
        raise GitError(f"{failure} ({detail})" if detail else failure)
    return completed.stdout


def _first_line(stderr: bytes) -> str:
    lines = stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[0].removeprefix("fatal: ") if lines else ""


def _exit_code(directory: Path, *args: str) -> int:
    try:
        return subprocess.run(
            ["git", "-C", str(directory), *args], capture_output=True, check=False, timeout=60
        ).returncode
    except (OSError, subprocess.TimeoutExpired) as error:
        raise GitError(f"cannot run git: {error}") from None
