"""Reading the two sides of a review: the maps under the paths now, and the same
workspace as committed at the start of the period.

The old side is the repository's tree at that commit, written to a temporary folder
(``cjm.diff.gitrev``, the code ``cjm diff --rev`` reads git with) and read like any
workspace, so its configuration and data files count as they did then.
"""

from __future__ import annotations

import datetime as dt
import os
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cjm.collect import JourneyCollection
from cjm.diff.gitrev import commit_of, export_tree, last_commit_before, repository_root
from cjm.errors import PathNotFoundError, UsageError
from cjm.findings import Finding
from cjm.model import Journey
from cjm.review.model import Review, review_map
from cjm.validate import Validator
from cjm.workspace import real_path


@dataclass(frozen=True)
class Since:
    """Where the period starts: a revision, or the last commit before a date."""

    revision: str | None = None
    date: dt.date | None = None

    def describe(self) -> str:
        return self.revision if self.revision is not None else f"the last commit before {self.date}"


@dataclass
class ReviewResult:
    review: Review
    errors: list[Finding] = field(default_factory=list)
    """YAML, schema, reference and measurement errors of the maps as they are now."""


def review_paths(paths: Sequence[Path], since: Since, today: dt.date) -> ReviewResult:
    """Compare the maps under ``paths`` with the same files at the start of the period.

    Raises :class:`~cjm.errors.CjmError` (exit 2) for a path that does not exist or is
    outside a git repository, paths in different repositories, an unknown revision, or
    no commit before the date.
    """
    for path in paths:
        if not os.path.lexists(path):
            raise PathNotFoundError(f"path does not exist: {path}")
    folders = [real_path(p if p.is_dir() else p.parent) for p in paths]
    repository = repository_root(folders[0])
    for folder in folders[1:]:
        if repository_root(folder) != repository:
            raise UsageError("the paths of one review must be in one git repository")
    revision = since.revision or last_commit_before(folders[0], _date(since))
    commit = commit_of(folders[0], revision)
    collection = JourneyCollection(paths)
    now = {loaded.journey.id: (loaded.file, loaded.journey) for loaded in collection}
    with tempfile.TemporaryDirectory(prefix="cjm-review-") as temporary:
        old_root = export_tree(folders[0], commit.id, Path(temporary))
        then = _journeys_then(paths, repository, old_root)
    review = Review(since.describe(), commit.id, commit.date, today)
    for journey_id, (file, journey) in now.items():
        old = then.pop(journey_id, (None, None))[1]
        review.maps.append(review_map(old, journey, file, commit.date, today))
    unreadable = {real_path(Path(error.file)) for error in collection.errors}
    for journey_id in sorted(then):
        file, removed = then[journey_id]
        if real_path(Path(file)) not in unreadable:  # a broken map is reported, not "deleted"
            review.maps.append(review_map(removed, None, file, commit.date, today))
    return ReviewResult(review, collection.errors)


def _date(since: Since) -> dt.date:
    if since.date is None:
        raise UsageError("give --since REV or --since-date YYYY-MM-DD")
    return since.date


def _journeys_then(
    paths: Sequence[Path], repository: Path, old_root: Path
) -> dict[str, tuple[str, Journey | None]]:
    """The journeys under ``paths`` at the old commit, by id, with their file as it is
    named now (the temporary folder stands for the repository)."""
    old_paths = [old_root / real_path(p).relative_to(repository) for p in paths]
    existing = [p for p in old_paths if p.exists()]
    found: dict[str, tuple[str, Journey | None]] = {}
    if not existing:
        return found
    for result in Validator(lint=False, skip_non_cjm=True).validate_paths(existing):
        model = result.document.model if result.document is not None else None
        if isinstance(model, Journey):
            original = repository / Path(result.file).relative_to(old_root)
            found.setdefault(model.id, (os.path.relpath(original), model))
    return found
