"""File paths as code hosts want them: relative to the root of the repository.

GitHub resolves an annotation's ``file=`` and a SARIF ``%SRCROOT%`` URI against the
repository root, whatever folder cjm ran in; a path relative to the working directory
(``../maps/a.yaml``) would place the finding nowhere.
"""

from __future__ import annotations

import os
from functools import lru_cache
from pathlib import Path


def repository_path(file: str) -> str | None:
    """``file`` relative to the root of its git repository (POSIX form); None outside one."""
    absolute = Path(os.path.abspath(file))
    root = _repository_root(absolute.parent)
    return None if root is None else absolute.relative_to(root).as_posix()


@lru_cache(maxsize=256)
def _repository_root(directory: Path) -> Path | None:
    for candidate in (directory, *directory.parents):
        if (candidate / ".git").exists():
            return candidate
    return None
