"""``cjm export`` as a library: the pain-point, action and opportunity backlog as CSV, or
Mermaid.

Per stage, one row per pain point, followed by one row per action of that pain point,
then one row per opportunity, so the file reads as a backlog in a spreadsheet and
imports into issue trackers. Columns:

- ``journey``, ``stage``, ``stage_name``: where the row comes from;
- ``type``: ``pain point``, ``action`` or ``opportunity``; ``id``: its id;
- ``pain_point``: the pain point's id (on both row types, to filter one pain point);
- ``description``; ``severity`` and ``touchpoint`` (an action row repeats its pain
  point's, to sort and group the backlog);
- ``owner``, ``due`` (YYYY-MM-DD), ``status``: filled on action rows (``owner`` and
  ``status`` on opportunity rows too);
- ``evidence`` (one item per line) and ``benchmark``: filled on pain point rows;
- ``value``, ``effort`` (1..5) and ``resolves`` (pain point ids, one per line): filled
  on opportunity rows. They come last, so scripts reading the older columns by
  position keep working.

The file is UTF-8 (``bom=True`` adds the byte-order mark Excel wants to detect it) with
RFC 4180 quoting. A cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return gets a leading ``'``: spreadsheets would otherwise run it as a formula (CSV
injection), and text from a map must never become code.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, TextIO

from cjm.errors import UsageError
from cjm.registry import Entry

if TYPE_CHECKING:  # the CLI reads EXPORTERS at start-up: keep this module light
    from cjm.collect import LoadedJourney
    from cjm.model import Journey, Opportunity, PainPoint, Stage

COLUMNS = (
    "journey",
    "stage",
    "stage_name",
    "type",
    "id",
    "pain_point",
    "description",
    "severity",
    "touchpoint",
    "owner",
    "due",
    "status",
    "evidence",
    "benchmark",
    "value",
    "effort",
    "resolves",
)
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    bom: bool = False
    """Start CSV with a UTF-8 byte-order mark, so Excel reads the file as UTF-8."""


def neutralise(cell: str) -> str:
    """A cell a spreadsheet shows as text, never evaluates as a formula."""
    return f"'{cell}" if cell.startswith(_FORMULA_STARTS) else cell


def backlog_rows(journey: Journey) -> Iterator[dict[str, str]]:
    """The backlog of one journey, in document order, before neutralisation."""
    for stage in journey.stages:
        for pain_point in stage.pain_points:
            yield _pain_point_row(journey, stage, pain_point)
            for action in pain_point.actions:
                row = _common(journey, stage, pain_point)
                row.update(
                    type="action",
                    id=action.id,
                    description=action.description,
                    owner=action.owner or "",
                    due=action.due.isoformat() if action.due else "",
                    status=action.status,
                )
                yield row
        for opportunity in stage.opportunities:
            yield _opportunity_row(journey, stage, opportunity)


def _opportunity_row(journey: Journey, stage: Stage, opportunity: Opportunity) -> dict[str, str]:
    row = _stage_row(journey, stage)
    row.update(
        type="opportunity",
        id=opportunity.id,
        description=opportunity.description,
        owner=opportunity.owner or "",
        status=opportunity.status,
        value="" if opportunity.value is None else str(opportunity.value),
        effort="" if opportunity.effort is None else str(opportunity.effort),
        resolves="\n".join(opportunity.resolves),
    )
    return row


def _pain_point_row(journey: Journey, stage: Stage, pain_point: PainPoint) -> dict[str, str]:
    row = _common(journey, stage, pain_point)
    row.update(
        type="pain point",
        id=pain_point.id,
        description=pain_point.description,
        evidence="\n".join(pain_point.evidence),
        benchmark=pain_point.benchmark or "",
    )
    return row


def _stage_row(journey: Journey, stage: Stage) -> dict[str, str]:
    """A row of empty cells but for where it comes from."""
    row = dict.fromkeys(COLUMNS, "")
    row.update(journey=journey.id, stage=stage.id, stage_name=stage.name)
    return row


def _common(journey: Journey, stage: Stage, pain_point: PainPoint) -> dict[str, str]:
    row = _stage_row(journey, stage)
    row.update(
        pain_point=pain_point.id,
        severity=pain_point.severity,
        touchpoint=pain_point.touchpoint or "",
    )
    return row


def write_csv(journeys: Iterable[LoadedJourney], stream: TextIO, options: ExportOptions) -> None:
    """Write the backlog of every journey as one CSV table with a header row."""
    if options.bom:
        stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for loaded in journeys:
        for row in backlog_rows(loaded.journey):
            writer.writerow(neutralise(row[column]) for column in COLUMNS)


def write_mermaid(
    journeys: Iterable[LoadedJourney], stream: TextIO, options: ExportOptions
) -> None:
    """Write one journey as a Mermaid ``journey`` diagram (the same text ``cjm render`` gives).

    A Mermaid file holds one diagram, so several journeys are a usage error.
    """
    from cjm.render.mermaid import render_mermaid

    selected = list(journeys)
    if len(selected) > 1:
        raise UsageError(
            f"--format mermaid exports one journey, got {len(selected)}; for one file per "
            "journey use `cjm render PATH -o DIR --format mermaid`"
        )
    for loaded in selected:
        stream.write(render_mermaid(loaded.journey, loaded.persona_names))


def write_measurements(
    journeys: Iterable[LoadedJourney], stream: TextIO, options: ExportOptions
) -> None:
    """Write every KPI measurement as a row of a measurements data file (the columns
    ``cjm`` reads back from ``measurements = [...]``), oldest first per KPI, so the
    values typed into maps can move to a data file. Numbers are written plainly (a
    negative value is a number, not a formula); notes are neutralised."""
    from cjm.measurements.datafile import COLUMNS as DATA_COLUMNS
    from cjm.text import format_number

    if options.bom:
        stream.write(BOM)
    writer = csv.writer(stream, lineterminator="\r\n")
    writer.writerow(DATA_COLUMNS)
    for loaded in journeys:
        journey = loaded.journey
        for stage in journey.stages:
            for kpi in stage.kpis:
                for m in kpi.history:
                    note = neutralise(m.note or "")
                    writer.writerow(
                        (journey.id, kpi.id, m.date.isoformat(), format_number(m.value), note)
                    )


Exporter = Callable[[Iterable["LoadedJourney"], TextIO, ExportOptions], None]

EXPORTERS: dict[str, Entry[Exporter]] = {
    "csv": Entry("cjm.export:write_csv", "the backlog, one row per pain point and per action"),
    "mermaid": Entry("cjm.export:write_mermaid", "one journey as a Mermaid journey diagram"),
    "measurements": Entry(
        "cjm.export:write_measurements",
        "every KPI measurement as a row of a measurements data file",
    ),
}
"""``--format`` name → writer (a registry, see ``cjm.registry``)."""
