"""The two sides of a comparison: a file, a file at a git revision, or nothing at all.

A side that cannot be read as a journey carries the findings that say why, in the same
shape ``cjm validate`` prints them; git's ``/dev/null`` side (a map added or deleted in
a commit) is a version without a journey and without findings.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cjm.diff.gitrev import read_at_revision
from cjm.errors import CjmError, PathNotFoundError
from cjm.findings import Finding
from cjm.loader import LoadResult, load_bytes, load_document
from cjm.model import Journey


class NotAJourneyError(CjmError):
    """A side is a valid cjm document, but not a journey map (a persona)."""


@dataclass(frozen=True, slots=True)
class Version:
    """One version of a map: its display name and its journey, or why there is none."""

    name: str
    journey: Journey | None
    findings: tuple[Finding, ...] = ()


def from_file(path: Path, display: str | None = None) -> Version:
    if not path.is_file():
        raise PathNotFoundError(f"path does not exist or is not a file: {path}")
    return _from_result(load_document(path, display=display))


def from_revision(path: Path, revision: str) -> Version:
    """``path`` as committed at ``revision``; named ``REV:path`` in findings and output.

    A file that did not exist then is an absent version: the map was added since.
    """
    name = f"{revision}:{path}"
    raw = read_at_revision(path, revision)
    return absent(name) if raw is None else _from_result(load_bytes(raw, name))


def absent(name: str) -> Version:
    """The side of a map that does not exist yet (added) or any more (deleted)."""
    return Version(name, None)


def _from_result(result: LoadResult) -> Version:
    if result.document is None:
        return Version(result.file, None, tuple(result.findings))
    model = result.document.model
    if not isinstance(model, Journey):
        raise NotAJourneyError(
            f"{result.file} is a persona document; cjm diff compares journey maps"
        )
    return Version(result.file, model)
