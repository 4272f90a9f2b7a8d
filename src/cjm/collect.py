"""The journeys under some paths, for commands that read many maps (export, stats).

Maps are checked as ``cjm validate`` checks them, and their YAML, schema and reference
errors reported (the command then exits 1). A map that does not load is skipped; one
that loads but has a reference error (an unknown persona, an id another map uses too)
is still counted and exported, since its content is whole — one copied map must not
make a portfolio's numbers silently shrink. Journeys stream one at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from cjm.findings import Finding
from cjm.model import Journey
from cjm.validate import Validator


@dataclass(frozen=True, slots=True)
class LoadedJourney:
    file: str
    journey: Journey
    persona_names: dict[str, str] = field(default_factory=dict)
    """The names of the journey's personas by id, persona documents of the workspace
    included (Mermaid actors are names)."""


@dataclass
class JourneyCollection:
    """Iterate to get the journeys; ``errors`` then holds what was wrong with the rest."""

    paths: Iterable[Path]
    errors: list[Finding] = field(default_factory=list)

    def __iter__(self) -> Iterator[LoadedJourney]:
        validator = Validator(lint=False)
        for result in validator.validate_paths(self.paths):
            broken = [finding for finding in result.findings if finding.is_broken_input]
            self.errors.extend(broken)
            model = result.document.model if result.document is not None else None
            if isinstance(model, Journey):
                names = _persona_names(validator, Path(result.file), model)
                yield LoadedJourney(result.file, model, names)


def _persona_names(validator: Validator, path: Path, journey: Journey) -> dict[str, str]:
    documents = validator.workspace_documents(path).personas
    names: dict[str, str] = {}
    for entry in journey.personas:
        if not isinstance(entry, str):
            names[entry.id] = entry.name
        elif entry in documents:
            names[entry] = documents[entry][0].persona.name
    return names
