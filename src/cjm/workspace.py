"""Which files to check, which workspace each belongs to, and the ids its documents define.

A workspace is the nearest directory above a checked path holding a ``cjm.toml`` or a
``pyproject.toml`` with a ``[tool.cjm]`` table, else the git repository root, else the
path's own directory. The search stops at the git repository root: a configuration
above it (in a home folder, say) belongs to no map of the repository. Persona documents
anywhere in the workspace are visible to all its journeys, so checking a single changed
file (as pre-commit does) still resolves them; journey and persona ids are unique
across it.
"""

from __future__ import annotations

import os
import re
from collections import OrderedDict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from cjm.errors import PathNotFoundError
from cjm.loader import Limits, load_document
from cjm.loader.document import CJM_KEY
from cjm.model import Journey, PersonaDocument

YAML_SUFFIXES = (".yaml", ".yml")
SKIPPED_DIRS = frozenset({"node_modules", "__pycache__", "site-packages"})
_PERSONA_KIND = re.compile(r"""^kind[ \t]*:[ \t]*["']?persona\b""", re.MULTILINE)


def real_path(path: Path) -> Path:
    """The absolute path with links resolved; unlike ``Path.resolve``, a link loop is no error."""
    return Path(os.path.realpath(path))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A YAML file to look at; ``explicit`` when named on the command line."""

    path: Path
    display: str
    explicit: bool


def iter_candidates(paths: Iterable[Path]) -> Iterator[Candidate]:
    """Each path in order: a file as named, a directory's YAML files sorted; no repeats.

    A file named on the command line is always checked, even when a directory given
    too contains it.
    """
    paths = list(paths)
    for path in paths:
        if not os.path.lexists(path):  # a dangling link exists, and is reported unreadable
            raise PathNotFoundError(f"path does not exist: {path}")
    named = {real_path(path) for path in paths if not path.is_dir()}
    seen: set[Path] = set()
    for path in paths:
        for file in _yaml_files(path) if path.is_dir() else [path]:
            resolved = real_path(file)
            if resolved not in seen:
                seen.add(resolved)
                yield Candidate(file, str(file), explicit=resolved in named)


def _yaml_files(directory: Path, *, within_workspace: bool = False) -> list[Path]:
    """YAML files below ``directory``; hidden and dependency folders are skipped.

    With ``within_workspace``, folders that are workspaces of their own (they hold a
    cjm configuration) are skipped too. Symbolic links to directories are not followed,
    so link loops cannot hang the walk.
    """
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(
            d
            for d in dirs
            if not d.startswith(".")
            and d not in SKIPPED_DIRS
            and not (within_workspace and _is_configured(Path(root, d)))
        )
        found.extend(Path(root, name) for name in sorted(files) if name.endswith(YAML_SUFFIXES))
    return found


@lru_cache(maxsize=1024)
def find_root(directory: Path) -> Path:
    """The workspace root for a directory (see the module docstring)."""
    for candidate in (directory, *directory.parents):
        if _is_configured(candidate) or (candidate / ".git").exists():
            return candidate
    return directory


def relative_to_cwd(path: Path) -> str:
    """``path`` for messages: relative to where cjm runs when it is below it, else absolute."""
    absolute = real_path(path)
    try:
        return absolute.relative_to(real_path(Path.cwd())).as_posix() or "."
    except ValueError:
        return str(absolute)


def _is_configured(directory: Path) -> bool:
    """Whether a folder holds a cjm configuration, which makes it a workspace root."""
    return (directory / "cjm.toml").is_file() or has_cjm_table(directory / "pyproject.toml")


def has_cjm_table(pyproject: Path) -> bool:
    """Whether a ``pyproject.toml`` has a ``[tool.cjm]`` table, or ``[[tool.cjm.require]]``
    and the like (a mere mention is not one)."""
    try:
        text = pyproject.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False
    return re.search(r"^\[\[?tool\.cjm[\].]", text, re.MULTILINE) is not None


def workspace_of(path: Path) -> Path:
    """The workspace root of a file or directory."""
    absolute = real_path(path)
    return find_root(absolute if absolute.is_dir() else absolute.parent)


@dataclass(frozen=True, slots=True)
class Site:
    """Where a document of the workspace defines an id."""

    file: Path
    line: int


@dataclass(frozen=True, slots=True)
class PersonaSite(Site):
    """A persona document: where it defines its id, and the persona itself."""

    persona: PersonaDocument


BASELINES_KEPT = 16
"""Improved journeys kept loaded per workspace. Future maps of one current map usually
sit together, so a few suffice, and memory stays flat however many maps a run checks."""


@dataclass
class WorkspaceDocuments:
    """The ids a workspace's documents define: persona ids must resolve across files, and
    journey ids name the rendered files, so both must be unique in the workspace.

    A future map needs the current journey it improves: :meth:`journey` loads a journey
    by id on first use and keeps the last few, rather than every journey of the
    workspace.
    """

    personas: dict[str, list[PersonaSite]] = field(default_factory=dict)
    journeys: dict[str, list[Site]] = field(default_factory=dict)
    unmarked_personas: dict[str, list[Path]] = field(default_factory=dict)
    """Files that look like persona documents but lack the ``cjm:`` line, by id: the
    likeliest reason a persona is unknown, so its error names them."""
    improved_by: dict[str, list[str]] = field(default_factory=dict)
    """Ids of the maps that say they improve a journey, by that journey's id (read from
    the text, like journey ids)."""
    limits: Limits = field(default_factory=Limits)
    _loaded: OrderedDict[str, Journey | None] = field(default_factory=OrderedDict, repr=False)
    _models: dict[str, Journey] = field(default_factory=dict, repr=False, compare=False)

    def journey(self, identifier: str) -> Journey | None:
        """The journey of the workspace with this id; None when none loads."""
        if identifier in self._loaded:
            self._loaded.move_to_end(identifier)
            return self._loaded[identifier]
        sites = self.journeys.get(identifier)
        found = _load_journey(sites[0].file, self.limits) if sites else None
        self._loaded[identifier] = found
        if len(self._loaded) > BASELINES_KEPT:
            self._loaded.popitem(last=False)
        return found

    def journey_models(self) -> dict[str, Journey]:
        """Every journey of the workspace that loads, by id (the first file for an id used
        twice). Read on first use only: most runs have no rule that looks across maps."""
        if not self._models:
            for identifier, sites in self.journeys.items():
                model = _load_journey(sites[0].file, self.limits)
                if model is not None:
                    self._models[identifier] = model
        return self._models


def _load_journey(file: Path, limits: Limits) -> Journey | None:
    document = load_document(file, limits=limits).document
    model = document.model if document is not None else None
    return model if isinstance(model, Journey) else None


@dataclass
class WorkspaceIndex:
    """The documents of each workspace, scanned once on demand."""

    _by_root: dict[Path, WorkspaceDocuments] = field(default_factory=dict)

    def documents(self, root: Path, limits: Limits) -> WorkspaceDocuments:
        if root not in self._by_root:
            self._by_root[root] = _scan(root, limits)
        return self._by_root[root]


_JOURNEY_ID = re.compile(r"""^id[ \t]*:[ \t]*["']?([a-z0-9][a-z0-9-]*)""", re.MULTILINE)
_IMPROVES = re.compile(r"""^improves[ \t]*:[ \t]*["']?([a-z0-9][a-z0-9-]*)""", re.MULTILINE)


def _scan(root: Path, limits: Limits) -> WorkspaceDocuments:
    """Persona documents are loaded; a journey's id is read from its text, which is cheap.

    Files too big to be maps, unreadable files and other YAML files are skipped.
    """
    found = WorkspaceDocuments(limits=limits)
    for file in _yaml_files(root, within_workspace=True):
        try:
            if file.stat().st_size > limits.max_file_size:
                continue
            text = file.read_text(encoding="utf-8", errors="replace")
        except OSError:
            continue
        if not CJM_KEY.search(text):
            if _PERSONA_KIND.search(text) and (match := _JOURNEY_ID.search(text)):
                found.unmarked_personas.setdefault(match[1], []).append(real_path(file))
            continue
        if _PERSONA_KIND.search(text):
            _add_persona(found, file, limits)
        elif match := _JOURNEY_ID.search(text):
            line = text.count("\n", 0, match.start()) + 1
            found.journeys.setdefault(match[1], []).append(Site(real_path(file), line))
            if improves := _IMPROVES.search(text):
                found.improved_by.setdefault(improves[1], []).append(match[1])
    return found


def _add_persona(found: WorkspaceDocuments, file: Path, limits: Limits) -> None:
    document = load_document(file, limits=limits).document
    if document is not None and isinstance(document.model, PersonaDocument):
        line = document.source.locate(("id",)).line
        site = PersonaSite(real_path(file), line, document.model)
        found.personas.setdefault(document.model.id, []).append(site)
