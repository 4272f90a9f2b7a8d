"""Merging a journey's rows from the data files into its KPIs, and the checks that need
both: a row's KPI must exist, a KPI is measured once per date across the map and every
data file, and a KPI fed by data files has no hand-typed ``current``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace

from cjm.findings import Finding, Report, Severity
from cjm.loader.document import LoadedDocument, to_finding
from cjm.measurements.datafile import MEASUREMENT_RULE, Row, finding_at
from cjm.model import Journey, Measurement
from cjm.text import did_you_mean


@dataclass
class _Merging:
    """One KPI being merged: its path in the map, and where each of its dates was given."""

    path: tuple[str | int, ...]
    has_current: bool
    dates: dict[dt.date, tuple[str, int]] = field(default_factory=dict)
    """Where each date was given first: file and line."""
    added: list[Measurement] = field(default_factory=list)


def merge_measurements(
    document: LoadedDocument, rows: Sequence[Row]
) -> tuple[LoadedDocument, list[Finding]]:
    """The document with ``rows`` (its journey's rows from the data files) merged into its
    KPIs, and a finding for every row or measurement that cannot be merged."""
    journey = document.model
    assert isinstance(journey, Journey)
    kpis: dict[str, _Merging] = {}
    reports: list[Report] = []
    for s, stage in enumerate(journey.stages):
        for k, kpi in enumerate(stage.kpis):
            merging = _Merging(("stages", s, "kpis", k), kpi.current is not None)
            kpis.setdefault(kpi.id, merging)  # a repeated id is a reference error already
            reports.extend(_repeated_in_map(document, merging, kpi.id, kpi.measurements))
    findings = [to_finding(document, r, MEASUREMENT_RULE, Severity.ERROR) for r in reports]
    findings.extend(_merge_rows(journey.id, rows, kpis))
    for kpi_id, merging in kpis.items():
        if merging.added and merging.has_current:
            message = f"KPI {kpi_id!r} has measurements in a data file: remove `current`"
            report = Report((*merging.path, "current"), message)
            findings.append(to_finding(document, report, MEASUREMENT_RULE, Severity.ERROR))
    if not any(merging.added for merging in kpis.values()):
        return document, findings
    return replace(document, model=_with_added(journey, kpis)), findings


def _repeated_in_map(
    document: LoadedDocument, merging: _Merging, kpi_id: str, measurements: Iterable[Measurement]
) -> Iterator[Report]:
    for m, measurement in enumerate(measurements):
        path = (*merging.path, "measurements", m, "date")
        if measurement.date in merging.dates:
            first = merging.dates[measurement.date]
            yield Report(path, _twice(kpi_id, measurement.date, first, document.file))
        else:
            merging.dates[measurement.date] = (document.file, document.source.locate(path).line)


def _merge_rows(
    journey_id: str, rows: Sequence[Row], kpis: dict[str, _Merging]
) -> Iterator[Finding]:
    for row in rows:
        merging = kpis.get(row.kpi)
        if merging is None:
            hint = did_you_mean(row.kpi, set(kpis))
            message = f"KPI {row.kpi!r} is not a KPI of journey {journey_id!r}{hint}"
            yield finding_at(row.file, row.kpi_at, message)
        elif row.date in merging.dates:
            message = _twice(row.kpi, row.date, merging.dates[row.date], row.file)
            yield finding_at(row.file, row.date_at, message)
        else:
            merging.dates[row.date] = (row.file, row.date_at[0])
            measurement = Measurement.model_construct(date=row.date, value=row.value, note=row.note)
            merging.added.append(measurement)


def _twice(kpi_id: str, date: dt.date, first: tuple[str, int], here: str) -> str:
    """The message for a date given again; the first place is named by line in the same
    file, by file and line in another."""
    file, line = first
    where = f"line {line}" if file == here else f"{file}:{line}"
    return f"KPI {kpi_id!r} already has a measurement on {date.isoformat()} (at {where})"


def _with_added(journey: Journey, kpis: dict[str, _Merging]) -> Journey:
    """The journey with the added measurements; models are frozen, so changed parts are copied."""
    stages = []
    for stage in journey.stages:
        stage_kpis = []
        for kpi in stage.kpis:
            merging = kpis.get(kpi.id)
            if merging is None or not merging.added:
                stage_kpis.append(kpi)
                continue
            measurements = [*kpi.measurements, *merging.added]
            stage_kpis.append(
                kpi.model_copy(update={"measurements": measurements, "current": None})
            )
        stages.append(stage.model_copy(update={"kpis": stage_kpis}))
    return journey.model_copy(update={"stages": stages})
