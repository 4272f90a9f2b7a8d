"""The data files of a workspace, read once and indexed by journey id."""

from __future__ import annotations

import os
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from cjm.findings import Finding
from cjm.measurements.datafile import Row, read_data_file


@dataclass
class MeasurementData:
    """A workspace's data files, what is wrong in them, and their rows by journey id."""

    findings: dict[str, list[Finding]] = field(default_factory=dict)
    """Problems by data file (as displayed), every data file included."""
    rows: dict[str, list[Row]] = field(default_factory=dict)

    def rows_of(self, journey_id: str) -> list[Row]:
        return self.rows.get(journey_id, [])


def data_files(folder: Path | None, globs: Iterable[str]) -> list[Path]:
    """The files the ``measurements`` globs of a configuration match, sorted, each once.

    ``folder`` is the folder of the configuration file (None when there is none: then
    there are no data files). This is what makes data files inputs of the workspace, for
    validation and for the fingerprints of ``cjm render --check``.
    """
    if folder is None:
        return []
    found = {path for glob in globs for path in folder.glob(glob) if path.is_file()}
    return sorted(found)


def index_data_files(files: Iterable[Path], journeys: Collection[str]) -> MeasurementData:
    """Read ``files`` and index their rows by journey; ``journeys`` are the workspace's ids."""
    data = MeasurementData()
    for path in files:
        display = _display(path)
        read = read_data_file(path, display, journeys)
        data.findings[display] = read.findings
        for row in read.rows:
            data.rows.setdefault(row.journey, []).append(row)
    return data


def _display(path: Path) -> str:
    """The data file's path as users typed paths: relative to the working folder if inside."""
    relative = os.path.relpath(path)
    return str(path) if relative.startswith("..") else relative
