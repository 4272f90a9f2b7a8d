"""What a review finds, map by map, comparing a map at the start of the period with now.

Every judgement uses the model's own predicates (``Action.is_open``, ``Kpi.value``,
``Kpi.is_worse``, ``Stage.emotion_score``), so a review agrees with ``cjm validate``,
the reports and ``cjm stats`` about what is open, better or worse.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

from cjm.measurements.trend import Change, judge
from cjm.model import Action, Journey, Kpi, PainPoint
from cjm.model.journey import SEVERITIES_MOST_FIRST

MapStatus = Literal["added", "removed", "kept"]


@dataclass(frozen=True, slots=True)
class PainPointNote:
    id: str
    description: str
    severity: str
    before: str | None = None
    """The severity at the start of the period, for a worsened pain point."""


@dataclass(frozen=True, slots=True)
class ActionNote:
    id: str
    description: str
    owner: str | None
    due: dt.date | None
    status: str
    due_before: dt.date | None = None
    """The due date at the start of the period, for a slipped action."""


@dataclass(frozen=True, slots=True)
class KpiNote:
    id: str
    name: str
    unit: str | None
    target: float | None
    better: str
    before: float | None
    now: float | None
    change: Change | None


@dataclass(frozen=True, slots=True)
class EmotionNote:
    stage: str
    name: str
    before: float | None
    now: float | None


@dataclass
class MapReview:
    """One map over the period."""

    journey: str
    title: str
    file: str
    status: MapStatus
    reviewed: dt.date | None
    not_reviewed: bool
    """Its ``reviewed`` date is missing or older than the start of the period."""
    pain_points_added: list[PainPointNote] = field(default_factory=list)
    pain_points_resolved: list[PainPointNote] = field(default_factory=list)
    pain_points_worsened: list[PainPointNote] = field(default_factory=list)
    actions_done: list[ActionNote] = field(default_factory=list)
    actions_dropped: list[ActionNote] = field(default_factory=list)
    actions_slipped: list[ActionNote] = field(default_factory=list)
    kpis: list[KpiNote] = field(default_factory=list)
    emotions: list[EmotionNote] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "journey": self.journey,
            "title": self.title,
            "file": self.file,
            "status": self.status,
            "reviewed": _iso(self.reviewed),
            "not_reviewed_in_period": self.not_reviewed,
            "pain_points": {
                "added": [_pain(p) for p in self.pain_points_added],
                "resolved": [_pain(p) for p in self.pain_points_resolved],
                "worsened": [_pain(p) for p in self.pain_points_worsened],
            },
            "actions": {
                "done": [_action(a) for a in self.actions_done],
                "dropped": [_action(a) for a in self.actions_dropped],
                "slipped": [_action(a) for a in self.actions_slipped],
            },
            "kpis": [_kpi(k) for k in self.kpis],
            "emotions": [
                {"stage": e.stage, "name": e.name, "before": e.before, "now": e.now}
                for e in self.emotions
            ],
        }


@dataclass
class Review:
    """The whole review: the period, then one entry per map (added, kept, removed)."""

    revision: str
    """The revision as the user named it (``v1.0``, ``HEAD~40``), or the date it came from."""
    commit: str
    since: dt.date
    """The day the start commit was made: the start of the period."""
    today: dt.date
    maps: list[MapReview] = field(default_factory=list)

    def count(self, attribute: str) -> int:
        return sum(len(getattr(m, attribute)) for m in self.maps)

    def kpis(self, change: Change) -> int:
        return sum(1 for m in self.maps for k in m.kpis if k.change == change)

    def maps_with(self, status: MapStatus) -> list[MapReview]:
        return [m for m in self.maps if m.status == status]

    def as_dict(self) -> dict[str, Any]:
        """The stable JSON shape (README, "Yearly review")."""
        return {
            "revision": self.revision,
            "commit": self.commit,
            "since": self.since.isoformat(),
            "today": self.today.isoformat(),
            "summary": {
                "maps_added": len(self.maps_with("added")),
                "maps_removed": len(self.maps_with("removed")),
                "maps_not_reviewed": sum(1 for m in self.maps if m.not_reviewed),
                "pain_points_added": self.count("pain_points_added"),
                "pain_points_resolved": self.count("pain_points_resolved"),
                "pain_points_worsened": self.count("pain_points_worsened"),
                "actions_done": self.count("actions_done"),
                "actions_dropped": self.count("actions_dropped"),
                "actions_slipped": self.count("actions_slipped"),
                "kpis_improved": self.kpis("improved"),
                "kpis_regressed": self.kpis("regressed"),
                "stage_emotions_changed": self.count("emotions"),
            },
            "maps": [m.as_dict() for m in self.maps],
        }


def review_map(
    old: Journey | None, new: Journey | None, file: str, since: dt.date, today: dt.date
) -> MapReview:
    """One map over the period; ``old`` None: added since, ``new`` None: removed since."""
    current = new or old
    assert current is not None
    status: MapStatus = "added" if old is None else "removed" if new is None else "kept"
    reviewed = current.reviewed
    entry = MapReview(
        current.id,
        current.title,
        file,
        status,
        reviewed,
        new is not None and (reviewed is None or reviewed < since),
    )
    if new is not None:
        _pain_points(entry, old, new)
        _actions(entry, old, new, since, today)
        _kpis(entry, old, new)
        if old is not None:
            _emotions(entry, old, new)
    return entry


def _pain_points(entry: MapReview, old: Journey | None, new: Journey) -> None:
    before = {p.id: p for _, _, p in old.iter_pain_points()} if old else {}
    rank = {severity: i for i, severity in enumerate(reversed(SEVERITIES_MOST_FIRST))}
    for _, _, pain in new.iter_pain_points():
        then = before.get(pain.id)
        if then is None:
            entry.pain_points_added.append(_pain_note(pain))
            continue
        if _is_resolved(pain) and not _is_resolved(then):
            entry.pain_points_resolved.append(_pain_note(pain))
        if rank[pain.severity] > rank[then.severity]:
            entry.pain_points_worsened.append(_pain_note(pain, then.severity))


def _is_resolved(pain: PainPoint) -> bool:
    """All its actions finished, at least one of them done (not everything dropped)."""
    actions = pain.actions
    return any(a.status == "done" for a in actions) and not any(a.is_open for a in actions)


def _actions(
    entry: MapReview, old: Journey | None, new: Journey, since: dt.date, today: dt.date
) -> None:
    before = {a.id: a for *_, a in old.iter_actions()} if old else {}
    for *_, action in new.iter_actions():
        then = before.get(action.id)
        if action.status in ("done", "dropped") and (then is None or then.status != action.status):
            target = entry.actions_done if action.status == "done" else entry.actions_dropped
            target.append(_action_note(action))
        elif action.is_open and action.due is not None:
            moved = then is not None and then.due is not None and action.due > then.due
            passed = since <= action.due < today
            if moved or passed:
                entry.actions_slipped.append(_action_note(action, then.due if then else None))


def _kpis(entry: MapReview, old: Journey | None, new: Journey) -> None:
    before = {k.id: k for stage in old.stages for k in stage.kpis} if old else {}
    for stage in new.stages:
        for kpi in stage.kpis:
            then = before.get(kpi.id)
            value_then = then.value if then is not None else None
            if value_then is None and kpi.value is None:
                continue
            entry.kpis.append(_kpi_note(kpi, value_then))


def _kpi_note(kpi: Kpi, before: float | None) -> KpiNote:
    now = kpi.value
    change = judge(kpi, before, now) if before is not None and now is not None else None
    return KpiNote(kpi.id, kpi.name, kpi.unit, kpi.target, kpi.better, before, now, change)


def _emotions(entry: MapReview, old: Journey, new: Journey) -> None:
    before = {stage.id: stage.emotion_score() for stage in old.stages}
    for stage in new.stages:
        if stage.id in before and before[stage.id] != stage.emotion_score():
            entry.emotions.append(
                EmotionNote(stage.id, stage.name, before[stage.id], stage.emotion_score())
            )


def _pain_note(pain: PainPoint, before: str | None = None) -> PainPointNote:
    return PainPointNote(pain.id, pain.description, pain.severity, before)


def _action_note(action: Action, due_before: dt.date | None = None) -> ActionNote:
    return ActionNote(
        action.id, action.description, action.owner, action.due, action.status, due_before
    )


def _pain(note: PainPointNote) -> dict[str, Any]:
    return {
        "id": note.id,
        "description": note.description,
        "severity": note.severity,
        "severity_before": note.before,
    }


def _action(note: ActionNote) -> dict[str, Any]:
    return {
        "id": note.id,
        "description": note.description,
        "owner": note.owner,
        "due": _iso(note.due),
        "due_before": _iso(note.due_before),
        "status": note.status,
    }


def _kpi(note: KpiNote) -> dict[str, Any]:
    return {
        "id": note.id,
        "name": note.name,
        "unit": note.unit,
        "target": note.target,
        "better": note.better,
        "before": note.before,
        "now": note.now,
        "change": note.change,
    }


def _iso(date: dt.date | None) -> str | None:
    return date.isoformat() if date else None
