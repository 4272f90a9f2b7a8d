"""Reading one CSV data file of KPI measurements into rows, with a finding per problem.

Columns are found by their header, in any order: ``journey``, ``kpi``, ``date`` and
``value`` are required, ``note`` is optional. The text is UTF-8, with or without a BOM
(spreadsheets write one). Every problem is a finding with rule ``measurement`` at the
line and column of the cell, so a spreadsheet user can find it; a bad row is skipped
and the rest of the file still read.
"""

from __future__ import annotations

import csv
import datetime as dt
import difflib
import io
import re
import sys
from collections.abc import Collection, Iterator
from dataclasses import dataclass
from pathlib import Path

from cjm.findings import Finding, Severity
from cjm.text import did_you_mean, parse_iso_date

MEASUREMENT_RULE = "measurement"
REQUIRED = ("journey", "kpi", "date", "value")
COLUMNS = (*REQUIRED, "note")
"""The columns of a data file, in the order ``cjm export --format measurements`` writes."""

_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_CELL = re.compile(r'"(?:[^"]|"")*"|[^,\r\n]*')
_Position = tuple[int, int]
_THE_COLUMNS = f"; the columns are {', '.join(COLUMNS)}"


@dataclass(frozen=True, slots=True)
class Row:
    """One measurement read from a data file, with where its cells are."""

    journey: str
    kpi: str
    date: dt.date
    value: float
    note: str | None
    file: str
    kpi_at: _Position
    date_at: _Position


@dataclass
class DataFile:
    """What reading a data file gave: its valid rows and a finding per problem."""

    rows: list[Row]
    findings: list[Finding]


def read_data_file(path: Path, display: str, journeys: Collection[str]) -> DataFile:
    """Read ``path``; ``display`` names it in findings and rows. A row naming none of
    ``journeys`` (the workspace's journey ids) is a finding, with the nearest id."""
    result = DataFile([], [])
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except OSError as error:
        result.findings.append(finding_at(display, (1, 1), f"cannot read file: {error.strerror}"))
        return result
    except UnicodeDecodeError as error:
        message = f"not valid UTF-8 ({error.reason} at byte {error.start}): save the file as UTF-8"
        result.findings.append(finding_at(display, (1, 1), message))
        return result
    _Reader(display, result, journeys).read(text)
    return result


class _Lines:
    """The physical lines handed to the csv reader, so each record's raw text is known."""

    def __init__(self, text: str) -> None:
        self._stream = io.StringIO(text, newline="")
        self.current: list[str] = []
        self.line = 0

    def __iter__(self) -> Iterator[str]:
        return self

    def __next__(self) -> str:
        line = self._stream.readline()
        if not line:
            raise StopIteration
        self.line += 1
        self.current.append(line)
        return line


@dataclass
class _Reader:
    display: str
    result: DataFile
    journeys: Collection[str]

    def read(self, text: str) -> None:
        lines = _Lines(text)
        reader = csv.reader(lines, strict=True)
        try:
            header = next(reader, None)
            if header is None or not any(cell.strip() for cell in header):
                self._problem(
                    (1, 1),
                    "empty data file: the first line names the columns "
                    f"{', '.join(REQUIRED)} (and optionally note)",
                )
                return
            separator = _other_separator(header)
            if separator is not None:
                self._problem(
                    (1, 1),
                    f"the columns are separated by {separator}, not commas: cjm reads "
                    "comma-separated files (export the data with ',' as the separator)",
                )
                return
            columns = self._columns(header, _cell_positions(lines, 1))
            if columns is None:
                return
            while True:
                lines.current = []
                cells = next(reader, None)
                if cells is None:
                    return
                start = lines.line - len(lines.current) + 1
                if cells and any(cell.strip() for cell in cells):
                    self._row(cells, columns, len(header), _cell_positions(lines, start))
        except csv.Error as error:
            self._problem((lines.line, 1), f"not readable CSV: {error}")

    def _columns(self, header: list[str], at: list[_Position]) -> dict[str, int] | None:
        """The index of each column by name; None (and findings) when the header is wrong.

        A missing column is not reported again when an unknown one is its near miss.
        """
        columns: dict[str, int] = {}
        near_misses: set[str] = set()
        for index, raw in enumerate(header):
            name = raw.strip().lower()
            if name not in COLUMNS:
                near = difflib.get_close_matches(name, COLUMNS, n=1, cutoff=0.6)
                near_misses.update(near)
                hint = f' (did you mean "{near[0]}"?)' if near else ""
                self._problem(at[index], f"unknown column {raw!r}{hint or _THE_COLUMNS}")
            elif name in columns:
                self._problem(at[index], f"column {name!r} is given twice")
            else:
                columns[name] = index
        for name in REQUIRED:
            if name not in columns and name not in near_misses:
                self._problem(
                    (1, 1),
                    f"missing column {name!r}: a data file has the columns "
                    f"{', '.join(REQUIRED)} (any order) and optionally note",
                )
        ok = len(columns) == len(header) and all(name in columns for name in REQUIRED)
        return columns if ok else None

    def _row(
        self, cells: list[str], columns: dict[str, int], width: int, at: list[_Position]
    ) -> None:
        if len(cells) != width:
            self._problem(at[0], f"expected {width} cells like the header, got {len(cells)}")
            return
        values = {name: cells[index].strip() for name, index in columns.items()}
        problems = [(at[columns[name]], f"empty {name}") for name in REQUIRED if not values[name]]
        journey = values["journey"]
        if journey and journey not in self.journeys:
            hint = did_you_mean(journey, set(self.journeys))
            message = f"journey {journey!r} is not a journey of this workspace{hint}"
            problems.append((at[columns["journey"]], message))
        date = value = None
        if values["date"]:
            date, problem = _date(values["date"])
            if problem:
                problems.append((at[columns["date"]], problem))
        if values["value"]:
            value, problem = _number(values["value"])
            if problem:
                problems.append((at[columns["value"]], problem))
        for position, message in problems:
            self._problem(position, message)
        if problems or date is None or value is None:
            return
        note = values.get("note") or None
        self.result.rows.append(
            Row(
                sys.intern(journey),
                sys.intern(values["kpi"]),
                date,
                value,
                note,
                self.display,
                at[columns["kpi"]],
                at[columns["date"]],
            )
        )

    def _problem(self, at: _Position, message: str) -> None:
        self.result.findings.append(finding_at(self.display, at, message))


def _other_separator(header: list[str]) -> str | None:
    """``semicolons`` or ``tabs`` for a header of one cell split by them, as spreadsheets
    in many European locales write "CSV": one clear finding instead of one per column."""
    if len(header) != 1:
        return None
    for separator, name in ((";", "semicolons"), ("\t", "tabs")):
        if separator in header[0]:
            return name
    return None


def _date(text: str) -> tuple[dt.date | None, str | None]:
    try:
        return parse_iso_date(text), None
    except ValueError as error:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return None, f"date {text!r} is not a real date ({error})"
        return None, f"date {text!r} is not written YYYY-MM-DD"


def _number(text: str) -> tuple[float | None, str | None]:
    if _NUMBER.fullmatch(text):
        return float(text), None
    if "%" in text:
        why = "leave out the % sign (the unit belongs to the KPI)"
    elif re.search(r"\d[, '_]\d", text):
        why = "leave out the thousands separator"
    else:
        why = "write a plain number such as 54, 54.5 or -3"
    return None, f"value {text!r} is not a plain number: {why}"


def _cell_positions(lines: _Lines, start: int) -> list[_Position]:
    """The line and column where each cell of the record just read starts."""
    raw = "".join(lines.current)
    if '"' not in raw:
        positions = []
        column = 1
        for cell in raw.rstrip("\r\n").split(","):
            positions.append((start, column))
            column += len(cell) + 1
        return positions
    positions = []
    offset = 0
    while True:
        match = _CELL.match(raw, offset)
        assert match is not None  # the pattern matches the empty string
        before = raw[: match.start()]
        line = start + before.count("\n")
        column = match.start() - (before.rfind("\n") + 1) + 1
        positions.append((line, column))
        offset = match.end()
        if offset >= len(raw) or raw[offset] != ",":
            return positions
        offset += 1


def finding_at(display: str, at: _Position, message: str) -> Finding:
    return Finding(display, at[0], at[1], Severity.ERROR, MEASUREMENT_RULE, message)
