"""The output directory: files are written only inside it, atomically, and only when changed.

In check mode nothing is written: each output is compared with the file already there,
which is how CI keeps committed renderings honest.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from cjm.errors import OutputError
from cjm.output import write_atomic

Outcome = Literal["written", "unchanged", "missing", "stale"]
"""What happened to an output file: the list of :class:`OutputDir` it is counted in."""


@dataclass
class OutputDir:
    """Where outputs go; remembers what happened to each file."""

    root: Path
    check: bool = False
    protected: set[Path] = field(default_factory=set)
    """Resolved input files: never overwritten, whatever the output names."""
    written: list[Path] = field(default_factory=list)
    unchanged: list[Path] = field(default_factory=list)
    missing: list[Path] = field(default_factory=list)
    stale: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)
    """Up to date by their fingerprint: neither drawn nor compared (also in ``unchanged``)."""
    _resolved: Path = field(init=False)

    def __post_init__(self) -> None:
        if self.root.exists() and not self.root.is_dir():
            raise OutputError(f"output directory {self.root} is a file")
        # Created by the first write, so a run that renders nothing leaves nothing behind.
        self._resolved = self.root.resolve()

    def target(self, name: str) -> Path:
        """``root/name``, refused unless it stays inside the directory (links included).

        ``name`` is a plain file name, or ``folder/file`` for pages of the site such as
        ``personas/<id>.html``. For a plain name only the file itself can be a link
        leading elsewhere, so one ``lstat`` suffices instead of resolving the path.
        """
        path = self.root / name
        parts = name.split("/")
        plain = all(Path(part).name == part and part not in ("", ".", "..") for part in parts)
        if plain and len(parts) > 1:
            inside = self._resolved.joinpath(*parts[:-1])
            plain = Path(os.path.realpath(path)).parent == inside
        elif plain and path.is_symlink():
            plain = path.resolve().parent == self._resolved
        if not plain:
            raise OutputError(f"refusing to write {path}: it is not inside {self.root}")
        if self._resolved / name in self.protected:
            raise OutputError(f"refusing to write {path}: it is one of the input files")
        return path

    def emit(self, name: str, content: str | bytes) -> Path:
        """Write (or, in check mode, compare) one output file."""
        path, outcome = self.write(name, content)
        return self.record(path, outcome)

    def write(self, name: str, content: str | bytes) -> tuple[Path, Outcome]:
        """Write or compare one output file without recording what happened: a worker
        process of ``cjm render`` writes, and the parent records it with :meth:`record`."""
        path = self.target(name)
        data = content.encode("utf-8") if isinstance(content, str) else content
        try:
            existing: bytes | None = path.read_bytes()
        except FileNotFoundError:
            existing = None
        except OSError as error:
            raise OutputError(f"cannot read {path}: {error.strerror or error}") from None
        if existing == data:
            return path, "unchanged"
        if self.check:
            return path, "missing" if existing is None else "stale"
        return write_atomic(path, data), "written"

    def record(self, path: Path, outcome: Outcome) -> Path:
        """Count an output file written or compared (by :meth:`write`)."""
        getattr(self, outcome).append(path)
        return path

    def skip(self, name: str) -> Path:
        """Count an output that is up to date by its fingerprint, without touching it."""
        path = self.target(name)
        self.unchanged.append(path)
        self.skipped.append(path)
        return path

    @property
    def out_of_date(self) -> list[Path]:
        return self.missing + self.stale
