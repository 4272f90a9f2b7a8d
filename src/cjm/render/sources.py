"""Where a map comes from: its name as readers see it, and its workspace's personas."""

from __future__ import annotations

from pathlib import Path

from cjm.render.context import PersonaLookup
from cjm.validate import Validator
from cjm.workspace import real_path, workspace_of


def source_name(path: Path) -> str:
    """The map's path relative to its workspace: the same whatever the working directory."""
    resolved = real_path(path)
    try:
        return resolved.relative_to(workspace_of(resolved)).as_posix()
    except ValueError:
        return path.name


def persona_lookup(validator: Validator, path: Path) -> PersonaLookup:
    """How the map at ``path`` finds a persona by id: among its workspace's documents."""
    sites = validator.workspace_documents(path).personas
    return lambda persona_id: sites[persona_id][0].persona if persona_id in sites else None
