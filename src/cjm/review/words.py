"""The words of a review, shared by the text, Markdown and HTML formats so they agree."""

from __future__ import annotations

from cjm.review.model import ActionNote, EmotionNote, KpiNote, MapReview, Review
from cjm.text import counted, format_number, with_unit


def period(review: Review) -> str:
    """``since v1.0 (commit 1a2b3c4d5e of 2025-11-20) to 2026-11-23``."""
    return (
        f"since {review.revision} (commit {review.commit[:10]} of {review.since.isoformat()}) "
        f"to {review.today.isoformat()}"
    )


def summary(review: Review) -> list[str]:
    """One phrase per kind of change, counts first, the way a CX lead reports them."""
    data = review.as_dict()["summary"]
    return [
        f"{counted(data['maps_added'], 'map')} added, {data['maps_removed']} removed",
        f"{counted(data['pain_points_added'], 'pain point')} added, "
        f"{data['pain_points_resolved']} resolved, {data['pain_points_worsened']} worsened",
        f"{counted(data['actions_done'], 'action')} done, {data['actions_dropped']} dropped, "
        f"{data['actions_slipped']} slipped",
        f"{counted(data['kpis_improved'] + data['kpis_regressed'], 'KPI')} moved: "
        f"{data['kpis_improved']} improved, {data['kpis_regressed']} regressed",
        f"{counted(data['stage_emotions_changed'], 'stage emotion')} changed",
        f"{counted(data['maps_not_reviewed'], 'map')} not reviewed since "
        f"{review.since.isoformat()}",
    ]


def map_status(entry: MapReview, review: Review) -> str:
    """``new map``, ``deleted``, and whether the map was reviewed during the period."""
    if entry.status == "added":
        return "new map"
    if entry.status == "removed":
        return "deleted"
    if entry.not_reviewed:
        last = entry.reviewed.isoformat() if entry.reviewed else "never"
        return f"not reviewed since {review.since.isoformat()} (last: {last})"
    assert entry.reviewed is not None
    return f"reviewed {entry.reviewed.isoformat()}"


def kpi(note: KpiNote) -> str:
    """``49% → 57% (target 65%), improved``."""
    before = _value(note.before, note.unit)
    now = _value(note.now, note.unit)
    target = f" (target {_value(note.target, note.unit)})" if note.target is not None else ""
    change = f", {note.change}" if note.change else ""
    return f"{before} → {now}{target}{change}"


def slipped(note: ActionNote) -> str:
    """``due 2026-06-30 → 2026-09-30, in-progress`` or ``due 2026-09-30 passed, planned``."""
    due = note.due.isoformat() if note.due else ""
    if note.due_before is not None and note.due is not None and note.due > note.due_before:
        return f"due {note.due_before.isoformat()} → {due}, {note.status}"
    return f"due {due} passed, {note.status}"


def emotion(note: EmotionNote) -> str:
    """``-1 → +0.5``."""
    return f"{_signed(note.before)} → {_signed(note.now)}"


def _value(value: float | None, unit: str | None) -> str:
    return "(none)" if value is None else with_unit(value, unit)


def _signed(value: float | None) -> str:
    if value is None:
        return "(none)"
    return ("+" if value > 0 else "") + format_number(round(value, 2))
