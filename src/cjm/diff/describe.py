"""Words for changes, shared by the text and Markdown formats so both read the same.

``describe_fields`` says what changed in one thing (``severity medium → high``);
``summary`` says what changed in the whole map in one line, the way a CX lead would
("1 pain point resolved, 2 added, KPI signup-completion improved 59 → 66").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from cjm.diff.changes import ENTITY_NAMES, Change, Entity, FieldChange, JourneyDiff, Value
from cjm.text import counted

_STATUS_VERBS = {
    "done": "done",
    "dropped": "dropped",
    "in-progress": "started",
    "planned": "reopened",
}
"""An action's new status, as a verb for the summary."""
_OPPORTUNITY_STATUS_VERBS = {
    "done": "done",
    "dropped": "dropped",
    "in-progress": "started",
    "planned": "planned",
    "idea": "changed",
}
"""An opportunity's new status, as a verb for the summary."""

_VERB_ORDER = (
    "resolved",
    "added",
    "removed",
    "renamed",
    "moved",
    *_STATUS_VERBS.values(),
    "planned",
    "rescored",
    "changed",
)


def describe_fields(change: Change) -> str:
    """``status planned → done; moved from stage search to cart``, or key values if added."""
    return "; ".join(describe_field(change, field) for field in change.fields)


def describe_field(change: Change, field: FieldChange) -> str:
    name, old, new = field.field, field.old, field.new
    if change.entity == "touchpoint" and name == "personas":
        return _audience(old, new, added=change.change == "added")
    if change.change == "added":
        return f"{name} {format_value(new)}"
    if change.entity == "stage" and name == "name":
        return f"renamed {quote(str(old))} → {quote(str(new))}"
    if name == "position":
        return f"moved from position {old} to {new} ({field.note})"
    if name in ("stage", "pain_point"):
        return f"moved from {name.replace('_', ' ')} {old} to {new}"
    if isinstance(old, list) or isinstance(new, list):
        return f"{name} {_list_change(old, new)}"
    if name == "measurement":
        return _measurement(field)
    extras = ", ".join(part for part in (field.note, field.trend) if part)
    return f"{name} {format_value(old)} → {format_value(new)}" + (f" ({extras})" if extras else "")


def _measurement(field: FieldChange) -> str:
    """``new measurement 57 on 2026-09-30, up from 54; target 65``; the note starts with
    the measurement's date."""
    if field.old is None:
        return f"new measurement {format_value(field.new)} on {field.note}"
    if field.new is None:
        return f"measurement {format_value(field.old)} on {field.note} removed"
    return f"measurement on {field.note} {format_value(field.old)} → {format_value(field.new)}"


def format_value(value: Value) -> str:
    """A value as a reader scans it: words and numbers bare, text quoted, None as (none)."""
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, str):
        return value if value and not any(c.isspace() for c in value) else quote(value)
    return str(value)


def quote(text: str, limit: int = 60) -> str:
    """``"Find products"``: one line, at most ``limit`` characters."""
    line = text.replace("\n", " ").strip()
    return f'"{line if len(line) <= limit else line[: limit - 1] + "…"}"'


def _list_change(old: Value, new: Value) -> str:
    before = old if isinstance(old, list) else []
    after = new if isinstance(new, list) else []
    parts = [f"+{quote(item)}" for item in after if item not in before]
    parts += [f"-{quote(item)}" for item in before if item not in after]
    return ", ".join(parts) or "reordered"


def _audience(old: Value, new: Value, *, added: bool) -> str:
    """Who a touchpoint is for: ``for style-seeker``; no list means every persona."""

    def words(value: Value) -> str:
        if not isinstance(value, list):
            return "for all personas"
        return f"for {', '.join(value)}" if value else "for no persona"

    return words(new) if added else f"{words(old)} → {words(new)}"


def where(change: Change, diff: JourneyDiff) -> str:
    """`` in signup "Sign up"`` for things inside a stage, else nothing."""
    if not change.stage or change.entity == "stage":
        return ""
    return f" in {named(change.stage, diff)}"


def named(identifier: str, diff: JourneyDiff) -> str:
    """``signup "Sign up"``: an id with its name, when the name says more than the id."""
    label = diff.labels.get(identifier, identifier)
    return identifier if label == identifier else f"{identifier} {quote(label)}"


def label_of(change: Change) -> str | None:
    """The name a change is shown with, unless it adds nothing (an id, or a rename whose
    details show both names)."""
    if change.label == change.id or (change.entity == "stage" and change.field("name")):
        return None
    return change.label


RESOLVED = "resolved (no action left open, at least one done)"


def summary(diff: JourneyDiff) -> str:
    """The whole difference in one line; ``no changes`` when there is none."""
    return ", ".join(summary_phrases(diff)) or "no changes"


def summary_phrases(diff: JourneyDiff) -> list[str]:
    phrases: list[str] = []
    for entity, (singular, plural) in ENTITY_NAMES.items():
        changes = [change for change in diff.changes if change.entity == entity]
        if entity == "journey":
            phrases.extend(_journey_phrases(changes))
            continue
        verbs = Counter(verb for change in changes for verb in set(_verbs(change)))
        if entity == "pain_point" and diff.resolved_pain_points:
            verbs["resolved"] = len(diff.resolved_pain_points)
        counted_phrases = list(_counted(verbs, singular, plural))
        if entity == "pain_point" and diff.resolved_pain_points:  # resolved comes first
            counted_phrases[0] += f" ({', '.join(diff.resolved_pain_points)})"
        phrases.extend(counted_phrases)
        if entity == "stage":
            phrases.extend(_emotion_phrases(changes))
        if entity == "kpi":
            phrases.extend(_kpi_value_phrases(changes))
    return phrases


def _verbs(change: Change) -> Iterator[str]:
    """What happened to one thing, in summary words; fields with their own phrase are left out."""
    if change.change != "changed":
        yield change.change
        return
    other = False
    for field in change.fields:
        if field.field == "name" and change.entity == "stage":
            yield "renamed"
        elif field.field in ("position", "stage", "pain_point"):
            yield "moved"
        elif field.field == "status" and change.entity == "action" and isinstance(field.new, str):
            yield _STATUS_VERBS.get(field.new, "changed")
        elif change.entity == "opportunity":
            yield from _opportunity_verb(field)
        elif not _has_own_phrase(change.entity, field):
            other = True
    if other:
        yield "changed"


def _opportunity_verb(field: FieldChange) -> Iterator[str]:
    """``planned``, ``done``...: a new status; ``rescored``: a new value or effort."""
    if field.field == "status":
        yield _OPPORTUNITY_STATUS_VERBS.get(str(field.new), "changed")
    elif field.field in ("value", "effort"):
        yield "rescored"
    elif field.field != "quadrant":
        yield "changed"


def _has_own_phrase(entity: Entity, field: FieldChange) -> bool:
    return (entity, field.field) in {
        ("stage", "emotion"),
        ("kpi", "current"),
        ("kpi", "measurement"),
    }


def _counted(verbs: Counter[str], singular: str, plural: str) -> Iterator[str]:
    """``2 pain points resolved``, then ``1 added``: the noun only once per kind."""
    first = True
    for verb in sorted(verbs, key=_VERB_ORDER.index):
        count = verbs[verb]
        noun = f" {singular if count == 1 else plural}" if first else ""
        yield f"{count}{noun} {verb}"
        first = False


def _journey_phrases(changes: list[Change]) -> Iterator[str]:
    for change in changes:
        if change.change == "added":
            yield f"new journey map {change.id}"
        elif change.change == "removed":
            yield f"journey map {change.id} deleted"
        else:
            yield f"journey {', '.join(field.field for field in change.fields)} changed"


def _emotion_phrases(changes: list[Change]) -> Iterator[str]:
    trends = Counter(
        field.trend or "changed"
        for change in changes
        for field in change.fields
        if field.field == "emotion"
    )
    for trend in ("improved", "worsened", "changed"):
        if trends[trend]:
            count = trends[trend]
            yield f"emotion {trend} in {counted(count, 'stage')}"


def _kpi_value_phrases(changes: list[Change]) -> Iterator[str]:
    for change in changes:
        field = change.field("current")
        if change.change == "changed" and field is not None:
            verb = field.trend or "changed"
            yield f"KPI {change.id} {verb} {format_value(field.old)} → {format_value(field.new)}"
        measurements = [f for f in change.fields if f.field == "measurement"]
        if measurements:
            yield _measurement_phrase(change.id, measurements)


def _measurement_phrase(kpi: str, fields: list[FieldChange]) -> str:
    """``KPI checkout-conversion: 1 new measurement, improved to 57``."""
    new = [f for f in fields if f.old is None]
    other = len(fields) - len(new)
    parts = [counted(len(new), "new measurement")] if new else []
    if other:
        parts.append(f"{counted(other, 'measurement')} changed or removed")
    if new and new[-1].trend:
        parts.append(f"{new[-1].trend} to {format_value(new[-1].new)}")
    return f"KPI {kpi}: {', '.join(parts)}"
