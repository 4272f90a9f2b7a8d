"""Cross-references inside a journey and across its workspace.

Ids are unique within a journey across stages, touchpoints, pain points, actions,
opportunities and KPIs; channels, touchpoints and personas that are referred to exist.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterator

from cjm.findings import Report, YamlPath, format_path
from cjm.model import Journey
from cjm.text import did_you_mean, with_article

REFERENCE_RULE = "reference"
NO_PERSONA_HINT = (
    ": define it in a persona document (`kind: persona`) of the workspace "
    "or inline under `personas`"
)


def journey_ids(journey: Journey) -> Iterator[tuple[str, YamlPath, str]]:
    """Every id of a journey with its path and what it names, in document order."""
    for s, stage in enumerate(journey.stages):
        yield stage.id, ("stages", s, "id"), "stage"
        for t, touchpoint in enumerate(stage.touchpoints):
            yield touchpoint.id, ("stages", s, "touchpoints", t, "id"), "touchpoint"
        for p, pain_point in enumerate(stage.pain_points):
            yield pain_point.id, ("stages", s, "pain_points", p, "id"), "pain point"
            for a, action in enumerate(pain_point.actions):
                yield action.id, ("stages", s, "pain_points", p, "actions", a, "id"), "action"
        for o, opportunity in enumerate(stage.opportunities):
            yield opportunity.id, ("stages", s, "opportunities", o, "id"), "opportunity"
        for k, kpi in enumerate(stage.kpis):
            yield kpi.id, ("stages", s, "kpis", k, "id"), "KPI"


def check_references(
    journey: Journey,
    workspace_personas: Collection[str],
    unknown_persona_hint: Callable[[str, str], str] = lambda _id, near: near or NO_PERSONA_HINT,
) -> Iterator[Report]:
    """Duplicate ids and references that do not resolve."""
    yield from _duplicate_ids(journey)
    yield from _channel_references(journey)
    yield from _touchpoint_references(journey)
    yield from _persona_references(journey, workspace_personas, unknown_persona_hint)


def _duplicate_ids(journey: Journey) -> Iterator[Report]:
    first: dict[str, tuple[YamlPath, str]] = {}
    for value, path, what in journey_ids(journey):
        if value in first:
            where, kind = first[value]
            first_use = f"{with_article(kind)} ({_display(where)})"
            yield Report(path, f"duplicate id {value!r}: already the id of {first_use}")
        else:
            first[value] = (path, what)
    channels: set[str] = set()
    for c, channel in enumerate(journey.channels):
        if channel.id in channels:
            yield Report(("channels", c, "id"), f"duplicate channel id {channel.id!r}")
        channels.add(channel.id)


def _channel_references(journey: Journey) -> Iterator[Report]:
    declared = {channel.id for channel in journey.channels}
    for s, t, touchpoint in journey.iter_touchpoints():
        if touchpoint.channel is not None and touchpoint.channel not in declared:
            hint = did_you_mean(touchpoint.channel, declared) or "; declare it under `channels`"
            yield Report(
                ("stages", s, "touchpoints", t, "channel"),
                f"unknown channel {touchpoint.channel!r}{hint}",
            )


def _touchpoint_references(journey: Journey) -> Iterator[Report]:
    touchpoints = {touchpoint.id for _, _, touchpoint in journey.iter_touchpoints()}
    for s, p, pain_point in journey.iter_pain_points():
        if pain_point.touchpoint is not None and pain_point.touchpoint not in touchpoints:
            hint = did_you_mean(pain_point.touchpoint, touchpoints)
            yield Report(
                ("stages", s, "pain_points", p, "touchpoint"),
                f"unknown touchpoint {pain_point.touchpoint!r}: not a touchpoint of this journey"
                f"{hint}",
            )


def _persona_references(
    journey: Journey, workspace_personas: Collection[str], unknown_hint: Callable[[str, str], str]
) -> Iterator[Report]:
    inline = {entry.id for entry in journey.personas if not isinstance(entry, str)}
    known = inline | set(workspace_personas)
    for index, entry in enumerate(journey.personas):
        if isinstance(entry, str) and entry not in known:
            hint = unknown_hint(entry, did_you_mean(entry, known))
            yield Report(("personas", index), f"unknown persona {entry!r}{hint}")


def _display(path: YamlPath) -> str:
    return format_path(path[:-1])
