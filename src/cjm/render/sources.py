"""Where a map comes from: its name as readers see it, and its workspace's personas."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from cjm.loader import load_document
from cjm.model import Persona, PersonaDocument
from cjm.render.context import PersonaLookup
from cjm.validate import Validator
from cjm.workspace import workspace_of


def source_name(path: Path) -> str:
    """The map's path relative to its workspace: the same whatever the working directory."""
    resolved = path.resolve()
    try:
        return resolved.relative_to(workspace_of(resolved)).as_posix()
    except ValueError:
        return path.name


@dataclass
class PersonaNames:
    """Persona documents of the workspaces, each file read once per run."""

    validator: Validator
    _files: dict[Path, Persona | None] = field(default_factory=dict)

    def lookup_for(self, path: Path) -> PersonaLookup:
        """How the map at ``path`` finds a persona by id: in its own workspace."""
        sites = self.validator.personas.sites(workspace_of(path))

        def lookup(persona_id: str) -> Persona | None:
            for site in sites.get(persona_id, [])[:1]:
                return self._read(site.file)
            return None

        return lookup

    def _read(self, file: Path) -> Persona | None:
        if file not in self._files:
            document = load_document(file).document
            model = document.model if document is not None else None
            self._files[file] = model if isinstance(model, PersonaDocument) else None
        return self._files[file]
