"""Files shipped with cjm: the templates under the repository's ``templates/`` folder.

A wheel carries them as ``cjm/templates`` (see ``force-include`` in pyproject.toml); an
editable install reads them from the source tree.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def templates_dir() -> Path:
    """The folder holding ``journeys/`` (starters for ``cjm new``) and ``report/`` (renderers)."""
    installed = _PACKAGE / "templates"
    return installed if installed.is_dir() else _PACKAGE.parent.parent / "templates"
