"""The portfolio numbers a CX lead reports every month.

Everything is counted with the model's own predicates (``Action.is_open``,
``Action.is_overdue``, ``Kpi.target``, ``Stage.emotion_score``, ``Journey.is_stale``),
so stats, lint and renderers always agree on what "open", "overdue" or "stale" means.
Journeys are added one at a time; nothing but the counts is kept.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field
from statistics import fmean
from typing import Any, get_args

from cjm.measurements.trend import trend_of
from cjm.model import Journey
from cjm.model.journey import (
    DEFAULT_MEASUREMENT_MAX_AGE_DAYS,
    DEFAULT_STALE_AFTER_DAYS,
    OPPORTUNITY_STATUSES,
    QUADRANTS,
    SEVERITIES_MOST_FIRST,
    ActionStatus,
)

NO_PHASE = "(no phase)"
SEVERITIES: tuple[str, ...] = SEVERITIES_MOST_FIRST
STATUSES: tuple[str, ...] = get_args(ActionStatus)
CHANGES = ("improved", "regressed", "unchanged")
UNSCORED = "unscored"
"""The quadrant count of opportunities without a value or an effort."""


@dataclass(frozen=True, slots=True)
class MapStats:
    """One journey's line in the portfolio table."""

    journey: str
    file: str
    title: str
    stages: int
    stages_with_target_kpi: int
    pain_points: int
    open_actions: int
    overdue_actions: int
    reviewed: dt.date | None
    stale: bool


@dataclass
class PortfolioStats:
    """Counts across journeys; add each journey with :meth:`add`."""

    today: dt.date
    stale_after_days: int | None = None
    """One review interval for every map; None: each map's own, given to :meth:`add`."""
    maps: list[MapStats] = field(default_factory=list)
    severities: Counter[str] = field(default_factory=Counter)
    statuses: Counter[str] = field(default_factory=Counter)
    pain_points_with_actions: int = 0
    overdue_actions: int = 0
    emotions: dict[str, list[float]] = field(default_factory=dict)
    stages_by_phase: Counter[str] = field(default_factory=Counter)
    kpis_measured: int = 0
    """KPIs with at least one measurement."""
    kpi_changes: Counter[str] = field(default_factory=Counter)
    """KPIs with two measurements or more, by their last change: improved, regressed..."""
    kpis_fresh: int = 0
    """KPIs whose latest measurement is within their workspace's measurement max age."""
    opportunity_statuses: Counter[str] = field(default_factory=Counter)
    quadrants: Counter[str] = field(default_factory=Counter)

    def add(
        self,
        journey: Journey,
        file: str,
        stale_after_days: int = DEFAULT_STALE_AFTER_DAYS,
        measurement_max_age_days: int = DEFAULT_MEASUREMENT_MAX_AGE_DAYS,
    ) -> None:
        """Count ``journey``; the intervals are its workspace's configuration."""
        if self.stale_after_days is not None:
            stale_after_days = self.stale_after_days
        self._add_trends(journey, measurement_max_age_days)
        pain_points = [pain_point for _, _, pain_point in journey.iter_pain_points()]
        actions = [action for pain_point in pain_points for action in pain_point.actions]
        self.severities.update(pain_point.severity for pain_point in pain_points)
        self.statuses.update(action.status for action in actions)
        self.pain_points_with_actions += sum(1 for p in pain_points if p.actions)
        overdue = sum(1 for action in actions if action.is_overdue(self.today))
        self.overdue_actions += overdue
        for _, _, opportunity in journey.iter_opportunities():
            self.opportunity_statuses[opportunity.status] += 1
            self.quadrants[opportunity.quadrant or UNSCORED] += 1
        for stage in journey.stages:
            phase = stage.phase or NO_PHASE
            self.stages_by_phase[phase] += 1
            score = stage.emotion_score()
            scores = self.emotions.setdefault(phase, [])
            if score is not None:
                scores.append(score)
        self.maps.append(
            MapStats(
                journey=journey.id,
                file=file,
                title=journey.title,
                stages=len(journey.stages),
                stages_with_target_kpi=sum(
                    1 for stage in journey.stages if any(k.target is not None for k in stage.kpis)
                ),
                pain_points=len(pain_points),
                open_actions=sum(1 for action in actions if action.is_open),
                overdue_actions=overdue,
                reviewed=journey.reviewed,
                stale=journey.is_stale(self.today, stale_after_days),
            )
        )

    def _add_trends(self, journey: Journey, max_age_days: int) -> None:
        for stage in journey.stages:
            for kpi in stage.kpis:
                trend = trend_of(kpi)
                if trend is None:
                    continue
                self.kpis_measured += 1
                if trend.last_change is not None:
                    self.kpi_changes[trend.last_change] += 1
                if (self.today - trend.latest.date).days <= max_age_days:
                    self.kpis_fresh += 1

    @property
    def stages(self) -> int:
        return sum(m.stages for m in self.maps)

    @property
    def stages_with_target_kpi(self) -> int:
        return sum(m.stages_with_target_kpi for m in self.maps)

    @property
    def open_actions(self) -> int:
        return sum(m.open_actions for m in self.maps)

    @property
    def stale_maps(self) -> list[MapStats]:
        return [m for m in self.maps if m.stale]

    def emotion_by_phase(self) -> list[tuple[str, int, int, float | None]]:
        """``(phase, stages, stages with an emotion, average)``, ``(no phase)`` last."""
        phases = sorted(self.stages_by_phase, key=lambda phase: phase == NO_PHASE)
        return [
            (
                phase,
                self.stages_by_phase[phase],
                len(self.emotions[phase]),
                fmean(self.emotions[phase]) if self.emotions[phase] else None,
            )
            for phase in phases
        ]

    def as_dict(self) -> dict[str, Any]:
        """The stable JSON shape (see the README)."""
        return {
            "today": self.today.isoformat(),
            "stale_after_days": self.stale_after_days,
            "journeys": len(self.maps),
            "stages": self.stages,
            "kpi_coverage": {
                "stages_with_target_kpi": self.stages_with_target_kpi,
                "stages": self.stages,
                "percent": _percent(self.stages_with_target_kpi, self.stages),
            },
            "kpi_trends": {
                "measured": self.kpis_measured,
                "since_previous": {change: self.kpi_changes[change] for change in CHANGES},
                "measured_within_max_age": self.kpis_fresh,
            },
            "pain_points": {
                "total": sum(self.severities.values()),
                "by_severity": {severity: self.severities[severity] for severity in SEVERITIES},
                "with_actions": self.pain_points_with_actions,
            },
            "actions": {
                "total": sum(self.statuses.values()),
                "open": self.open_actions,
                "overdue": self.overdue_actions,
                "by_status": {status: self.statuses[status] for status in STATUSES},
            },
            "opportunities": {
                "total": sum(self.opportunity_statuses.values()),
                "by_status": {s: self.opportunity_statuses[s] for s in OPPORTUNITY_STATUSES},
                "by_quadrant": {q: self.quadrants[q] for q in (*QUADRANTS, UNSCORED)},
            },
            "emotion_by_phase": [
                {
                    "phase": phase,
                    "stages": stages,
                    "stages_with_emotion": with_emotion,
                    "average": None if average is None else round(average, 2),
                }
                for phase, stages, with_emotion, average in self.emotion_by_phase()
            ],
            "stale": [
                {"journey": m.journey, "file": m.file, "reviewed": _iso(m.reviewed)}
                for m in self.stale_maps
            ],
            "maps": [_map_dict(m) for m in self.maps],
        }


def _map_dict(stats: MapStats) -> dict[str, Any]:
    return {
        "journey": stats.journey,
        "file": stats.file,
        "title": stats.title,
        "stages": stats.stages,
        "stages_with_target_kpi": stats.stages_with_target_kpi,
        "pain_points": stats.pain_points,
        "open_actions": stats.open_actions,
        "overdue_actions": stats.overdue_actions,
        "reviewed": _iso(stats.reviewed),
        "stale": stats.stale,
    }


def _percent(part: int, whole: int) -> float | None:
    return round(100 * part / whole, 1) if whole else None


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None
