"""Compare two versions of a journey, matching everything by id rather than by line.

Ids are unique within a journey, so a pain point that moved to another stage is the
same pain point, changed in place; a stage that only changed its name was renamed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel

from cjm.diff.changes import Change, Entity, FieldChange, JourneyDiff, Trend, Value
from cjm.diff.order import moved_items
from cjm.model import Journey, Kpi, Opportunity, PainPoint, Persona, Stage

_CHILDREN = frozenset(
    {"stages", "touchpoints", "pain_points", "opportunities", "kpis", "actions", "measurements"}
)
"""Fields holding things with ids (or dates) of their own, compared separately."""

_KEY_FIELDS: dict[Entity, tuple[str, ...]] = {
    "touchpoint": ("channel", "emotion", "personas"),
    "pain_point": ("severity",),
    "action": ("status", "owner", "due"),
    "kpi": ("current", "target", "unit"),
    "opportunity": ("value", "effort", "status"),
}
"""What a reviewer wants to see of something added, beyond its label."""


@dataclass(frozen=True, slots=True)
class _Placed:
    """A thing with an id, where it sits: its stage and, for actions, its pain point."""

    item: Any
    stage: str
    parent: str | None = None


def diff_journeys(
    old: Journey | None, new: Journey | None, old_name: str = "old", new_name: str = "new"
) -> JourneyDiff:
    """Every difference between ``old`` and ``new``; None stands for a map that does not exist."""
    if old is None or new is None:
        return _whole_journey(old, new, old_name, new_name)
    changes = [
        *_journey_fields(old, new),
        *_matched("channel", _flat(old.channels), _flat(new.channels)),
        *_personas(old, new),
        *_stages(old, new),
    ]
    for entity, items in _ITEMS.items():
        changes.extend(_matched(entity, list(items(old)), list(items(new))))
    return JourneyDiff(
        old_name,
        new_name,
        new.id,
        new.title,
        tuple(changes),
        _resolved_pain_points(old, new),
        _labels(old, new),
    )


def _whole_journey(
    old: Journey | None, new: Journey | None, old_name: str, new_name: str
) -> JourneyDiff:
    if new is not None:
        change = Change("added", "journey", new.id, new.title)
        return JourneyDiff(old_name, new_name, new.id, new.title, (change,))
    if old is not None:
        change = Change("removed", "journey", old.id, old.title)
        return JourneyDiff(old_name, new_name, old.id, old.title, (change,))
    return JourneyDiff(old_name, new_name, "", "", ())


def _journey_fields(old: Journey, new: Journey) -> Iterator[Change]:
    fields = _field_changes(_dump(old), _dump(new), skip={"channels", "personas"})
    if old.id != new.id:  # two different maps compared, or the map's id was changed
        fields.insert(0, FieldChange("id", old.id, new.id))
    if fields:
        yield Change("changed", "journey", new.id, new.title, fields=tuple(fields))


def _personas(old: Journey, new: Journey) -> Iterator[Change]:
    """Persona entries by id: a reference (``style-seeker``) or an inline persona."""

    def entries(journey: Journey) -> list[_Placed]:
        return [
            _Placed(Persona(id=entry, name=entry) if isinstance(entry, str) else entry, "")
            for entry in journey.personas
        ]

    yield from _matched("persona", entries(old), entries(new))


def _stages(old: Journey, new: Journey) -> Iterator[Change]:
    old_stages = {stage.id: stage for stage in reversed(old.stages)}
    new_ids = [stage.id for stage in new.stages]
    moved = moved_items([stage.id for stage in old.stages], new_ids)
    for index, stage in enumerate(new.stages):
        before = old_stages.get(stage.id)
        if before is None:
            yield Change("added", "stage", stage.id, stage.name, stage.id)
            continue
        fields = _field_changes(_dump(before), _dump(stage), skip={"emotion"})
        fields.extend(_emotion_shift(before, stage))
        if stage.id in moved:
            after = f"after {new_ids[index - 1]}" if index else "now first"
            position = [s.id for s in old.stages].index(stage.id) + 1
            fields.append(FieldChange("position", position, index + 1, note=after))
        if fields:
            yield Change("changed", "stage", stage.id, stage.name, stage.id, tuple(fields))
    kept = set(new_ids)
    for stage in old.stages:
        if stage.id not in kept:
            yield Change("removed", "stage", stage.id, stage.name, stage.id)


def _emotion_shift(old: Stage, new: Stage) -> list[FieldChange]:
    """The stage's emotion as the curve shows it: its own, else its touchpoints' mean."""
    before, after = old.emotion_score(), new.emotion_score()
    if before == after:
        return []
    trend: Trend | None = None
    if before is not None and after is not None:
        trend = "improved" if after > before else "worsened"
    return [FieldChange("emotion", _plain(before), _plain(after), trend=trend)]


def _matched(entity: Entity, old: Sequence[_Placed], new: Sequence[_Placed]) -> Iterator[Change]:
    """Added, changed (fields, stage, parent) and removed things of one kind, by id."""
    old_by_id = {placed.item.id: placed for placed in reversed(old)}
    new_ids = {placed.item.id for placed in new}
    seen: set[str] = set()
    for placed in new:
        item = placed.item
        if item.id in seen:  # a duplicate id: reported by `cjm validate`, skipped here
            continue
        seen.add(item.id)
        before = old_by_id.get(item.id)
        if before is None:
            yield Change(
                "added", entity, item.id, _label(item), placed.stage or None, _key(entity, item)
            )
            continue
        fields = _field_changes(_dump(before.item), _dump(item))
        fields.extend(_moves(before, placed))
        if isinstance(item, Kpi):
            fields = [_kpi_context(field, item) for field in fields]
            fields.extend(_measurements(before.item, item))
        if isinstance(item, Opportunity) and before.item.quadrant != item.quadrant:
            fields.append(FieldChange("quadrant", before.item.quadrant, item.quadrant))
        if fields:
            yield Change(
                "changed", entity, item.id, _label(item), placed.stage or None, tuple(fields)
            )
    for placed in old:
        if placed.item.id not in new_ids and placed.item.id not in seen:
            seen.add(placed.item.id)
            yield Change(
                "removed", entity, placed.item.id, _label(placed.item), placed.stage or None
            )


def _moves(old: _Placed, new: _Placed) -> Iterator[FieldChange]:
    if old.stage != new.stage:
        yield FieldChange("stage", old.stage, new.stage)
    if old.parent != new.parent:
        yield FieldChange("pain_point", old.parent, new.parent)


def _kpi_context(field: FieldChange, kpi: Kpi) -> FieldChange:
    """A new current value is judged against the target and the KPI's direction."""
    if field.field != "current" or not _is_number(field.old) or not _is_number(field.new):
        return field
    assert isinstance(field.old, int | float) and isinstance(field.new, int | float)
    if field.old == field.new:
        return field
    better = field.new > field.old if kpi.better == "higher" else field.new < field.old
    note = f"target {_plain(kpi.target)}" if kpi.target is not None else ""
    return FieldChange(
        field.field, field.old, field.new, note, "improved" if better else "worsened"
    )


def _measurements(old: Kpi, new: Kpi) -> Iterator[FieldChange]:
    """Measurements by date: new ones with the value before them and the target, then
    changed and removed ones; ``note`` starts with the date."""
    before = {m.date: m.value for m in old.measurements}
    history = new.history
    after = {m.date: m.value for m in history}
    target = f", target {_plain(new.target)}" if new.target is not None else ""
    for index, measurement in enumerate(history):
        date, value = measurement.date, measurement.value
        if date not in before:
            previous = history[index - 1] if index else None
            if previous is None:
                yield FieldChange("measurement", None, _plain(value), f"{date}{target}")
                continue
            direction = "up" if value > previous.value else "down"
            if value == previous.value:
                direction = "unchanged"
            note = f"{date}, {direction} from {_plain(previous.value)}{target}"
            trend: Trend | None = None
            if value != previous.value:
                trend = "worsened" if new.is_worse(value, previous.value) else "improved"
            yield FieldChange("measurement", None, _plain(value), note, trend)
        elif before[date] != value:
            yield FieldChange("measurement", _plain(before[date]), _plain(value), str(date))
    for date, value in sorted(before.items()):
        if date not in after:
            yield FieldChange("measurement", _plain(value), None, str(date))


def _is_number(value: Value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


def _resolved_pain_points(old: Journey, new: Journey) -> tuple[str, ...]:
    """Pain points whose open actions are all done (or dropped) now, one at least done."""
    before = {pain_point.id: pain_point for _, _, pain_point in old.iter_pain_points()}
    return tuple(
        pain_point.id
        for _, _, pain_point in new.iter_pain_points()
        if pain_point.id in before and _has_open(before[pain_point.id]) and _is_done(pain_point)
    )


def _has_open(pain_point: PainPoint) -> bool:
    return any(action.is_open for action in pain_point.actions)


def _is_done(pain_point: PainPoint) -> bool:
    """No action left open, and something was actually done (not everything dropped)."""
    done = any(action.status == "done" for action in pain_point.actions)
    return done and not _has_open(pain_point)


def _field_changes(
    old: Mapping[str, Any], new: Mapping[str, Any], skip: Iterable[str] = ()
) -> list[FieldChange]:
    """Fields that differ, nested mappings (goals) flattened to ``goals.business``."""
    ignored = {"id", *_CHILDREN, *skip}
    changes: list[FieldChange] = []
    for key in [*new, *(key for key in old if key not in new)]:
        if key in ignored:
            continue
        before, after = old.get(key), new.get(key)
        if isinstance(before, dict) or isinstance(after, dict):
            nested = _field_changes(before or {}, after or {})
            changes.extend(FieldChange(f"{key}.{f.field}", f.old, f.new) for f in nested)
        elif before != after:
            changes.append(FieldChange(key, _plain(before), _plain(after)))
    return changes


def _key(entity: Entity, item: BaseModel) -> tuple[FieldChange, ...]:
    values = _dump(item)
    return tuple(
        FieldChange(name, None, _plain(values[name]))
        for name in _KEY_FIELDS.get(entity, ())
        if values.get(name) is not None
    )


def _dump(model: BaseModel) -> dict[str, Any]:
    return model.model_dump(mode="json", exclude=set(_CHILDREN), by_alias=True)


def _plain(value: Any) -> Value:
    """A JSON value; whole numbers as int so ``59`` does not print as ``59.0``."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return [str(item) for item in value]
    assert value is None or isinstance(value, str | int | float | bool)
    return value


def _labels(old: Journey, new: Journey) -> dict[str, str]:
    """Names by id, of both versions; the new version's win."""
    labels: dict[str, str] = {}
    for journey in (old, new):
        labels.update((stage.id, stage.name) for stage in journey.stages)
        for items in _ITEMS.values():
            labels.update((placed.item.id, _label(placed.item)) for placed in items(journey))
    return labels


def _label(item: Any) -> str:
    for attribute in ("name", "title", "description"):
        text = getattr(item, attribute, None)
        if isinstance(text, str):
            return text
    return str(item.id)


def _flat(items: Iterable[BaseModel]) -> list[_Placed]:
    return [_Placed(item, "") for item in items]


def _in_stages(attribute: str) -> Callable[[Journey], Iterator[_Placed]]:
    def items(journey: Journey) -> Iterator[_Placed]:
        for stage in journey.stages:
            yield from (_Placed(item, stage.id) for item in getattr(stage, attribute))

    return items


def _actions(journey: Journey) -> Iterator[_Placed]:
    for stage in journey.stages:
        for pain_point in stage.pain_points:
            yield from (_Placed(action, stage.id, pain_point.id) for action in pain_point.actions)


_ITEMS: dict[Entity, Callable[[Journey], Iterator[_Placed]]] = {
    "touchpoint": _in_stages("touchpoints"),
    "pain_point": _in_stages("pain_points"),
    "action": _actions,
    "opportunity": _in_stages("opportunities"),
    "kpi": _in_stages("kpis"),
}
"""The things inside stages, each listed with where it sits, in document order."""
