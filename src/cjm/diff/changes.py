"""What a semantic diff is made of: changes to things matched by id, field by field.

Every output format (text, Markdown, JSON) reads these objects and nothing else, so
the three always tell the same story.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

Value = str | int | float | bool | list[str] | None
"""A field value as JSON would hold it: dates as ``YYYY-MM-DD``, whole numbers as int."""

ChangeType = Literal["added", "removed", "changed"]

Entity = Literal[
    "journey",
    "channel",
    "persona",
    "stage",
    "touchpoint",
    "pain_point",
    "action",
    "opportunity",
    "kpi",
]

ENTITY_NAMES: dict[Entity, tuple[str, str]] = {
    "journey": ("journey", "journey"),
    "channel": ("channel", "channels"),
    "persona": ("persona", "personas"),
    "stage": ("stage", "stages"),
    "touchpoint": ("touchpoint", "touchpoints"),
    "pain_point": ("pain point", "pain points"),
    "action": ("action", "actions"),
    "opportunity": ("opportunity", "opportunities"),
    "kpi": ("KPI", "KPIs"),
}
"""Singular and plural display names, in the order changes are reported."""

Trend = Literal["improved", "worsened"]


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field that differs. ``old`` is None for a thing that was added."""

    field: str
    old: Value
    new: Value
    note: str = ""
    """Context a reviewer needs to judge the change, e.g. ``target 75`` for a KPI value."""
    trend: Trend | None = None
    """For KPI values and emotions: whether the change is for the better."""

    def as_dict(self) -> dict[str, Value]:
        return {
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "note": self.note,
            "trend": self.trend,
        }


@dataclass(frozen=True, slots=True)
class Change:
    """Something added, removed or changed, matched between versions by its id."""

    change: ChangeType
    entity: Entity
    id: str
    label: str
    """Its name (or description, or title): what a reader recognises it by."""
    stage: str | None = None
    """Id of the stage it belongs to, in the new version (the old one when removed)."""
    fields: tuple[FieldChange, ...] = ()
    """For a change, what differs; for an addition, its key values (severity, status...)."""

    def field(self, name: str) -> FieldChange | None:
        return next((f for f in self.fields if f.field == name), None)

    def as_dict(self) -> dict[str, object]:
        return {
            "change": self.change,
            "type": self.entity,
            "id": self.id,
            "label": self.label,
            "stage": self.stage,
            "fields": [field.as_dict() for field in self.fields],
        }


@dataclass(frozen=True, slots=True)
class JourneyDiff:
    """The differences between two versions of one journey map."""

    old_name: str
    new_name: str
    journey: str
    """Id of the journey (the new version's, unless it was removed)."""
    title: str
    changes: tuple[Change, ...]
    resolved_pain_points: tuple[str, ...] = ()
    """Pain points that had open actions and now have none, at least one of them done."""
    labels: Mapping[str, str] = field(default_factory=dict)
    """The name (or description) of every stage and thing in a stage, by id: the new
    version's, else the old one's. Readers know things by name, reviewers by id."""

    def __bool__(self) -> bool:
        return bool(self.changes)
