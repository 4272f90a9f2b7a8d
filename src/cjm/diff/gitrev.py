"""Reading files as they were committed at a git revision, through the ``git`` program.

``cjm diff FILE --rev main`` compares the working copy with ``git show main:FILE``;
``cjm review PATH --since REV`` compares a whole workspace with the tree of ``REV``
(:func:`export_tree`), found from a date with :func:`last_commit_before`.
Every failure (no git, not a repository, unknown revision) is a
:class:`~cjm.errors.CjmError` with git's own explanation, never a traceback; a file that
did not exist at the revision is simply absent.
"""

from __future__ import annotations

import datetime as dt
import io
import subprocess
import tarfile
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from cjm.errors import CjmError


class GitError(CjmError):
    """git is missing, or cannot answer for this path and revision."""


def read_at_revision(path: Path, revision: str) -> bytes | None:
    """The bytes of ``path`` as committed at ``revision`` (a branch, tag, ``HEAD~1``...);
    None when the file did not exist then (it was added since)."""
    directory = path.absolute().parent
    verify_revision(directory, revision)
    # `./name` is relative to the directory git runs in, so this works from any cwd.
    spec = f"{revision}:./{path.name}"
    if _exit_code(directory, "cat-file", "-e", spec) != 0:
        return None
    return _git(directory, "show", spec, failure=f"cannot read {path} at revision {revision!r}")


def verify_revision(directory: Path, revision: str) -> str:
    """The full commit id of ``revision`` in the repository of ``directory``.

    Raises :class:`GitError` when ``directory`` is in no repository or the revision is
    unknown there.
    """
    if not revision or revision.startswith("-"):
        raise GitError(f"invalid git revision {revision!r}")
    if not directory.is_dir():
        raise GitError(f"directory does not exist: {directory}")
    _git(directory, "rev-parse", "--git-dir", failure=f"not inside a git repository: {directory}")
    commit = _git(
        directory,
        "rev-parse",
        "--verify",
        "--quiet",
        f"{revision}^{{commit}}",
        failure=f"unknown git revision {revision!r}",
    )
    return commit.decode("ascii").strip()


@dataclass(frozen=True, slots=True)
class Commit:
    """A commit a review starts from: its id and the day it was committed."""

    id: str
    date: dt.date

    @property
    def short(self) -> str:
        return self.id[:10]


def commit_of(directory: Path, revision: str) -> Commit:
    """The commit ``revision`` names, with its committer date (YYYY-MM-DD, UTC offset as
    committed)."""
    commit = verify_revision(directory, revision)
    day = _git(directory, "show", "-s", "--format=%cs", commit, failure=f"cannot read {commit}")
    return Commit(commit, dt.date.fromisoformat(day.decode("ascii").strip()))


def last_commit_before(directory: Path, date: dt.date) -> str:
    """The last commit of ``HEAD``'s history made before ``date`` began."""
    verify_revision(directory, "HEAD")
    found = _git(
        directory,
        "rev-list",
        "-1",
        f"--before={date.isoformat()} 00:00:00",
        "HEAD",
        failure=f"cannot list the commits before {date.isoformat()}",
    )
    commit = found.decode("ascii").strip()
    if not commit:
        raise GitError(f"no commit before {date.isoformat()} in the history of HEAD")
    return commit


def repository_root(directory: Path) -> Path:
    """The top folder of the working tree ``directory`` belongs to."""
    top = _git(
        directory,
        "rev-parse",
        "--show-toplevel",
        failure=f"not inside a git repository: {directory}",
    )
    return Path(top.decode("utf-8").strip())


def export_tree(directory: Path, commit: str, destination: Path) -> Path:
    """Write the files of the repository of ``directory`` as committed in ``commit`` below
    ``destination``; returns the folder that stands for the repository's top folder.

    Only regular files and folders are written, never outside ``destination``: links
    and odd names in the archive are skipped.
    """
    top = repository_root(directory)  # from a subfolder, git archives only that subfolder
    archive = _git(
        top, "archive", "--format=tar", commit, failure=f"cannot read the tree of {commit}"
    )
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        for member in tar.getmembers():
            name = PurePosixPath(member.name)
            if name.is_absolute() or ".." in name.parts:
                continue
            target = destination.joinpath(*name.parts)
            if member.isdir():
                target.mkdir(parents=True, exist_ok=True)
            elif member.isfile():
                stream = tar.extractfile(member)
                if stream is not None:
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(stream.read())
    return destination


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
