"""Cross-references inside a journey and across its workspace.

Ids are unique within a journey across stages, touchpoints, pain points, actions,
opportunities and KPIs; channels, touchpoints and personas that are referred to exist.
A future map's ``improves`` names a current journey of the workspace, and its stages'
``from`` and its ``resolves`` lists name stages and pain points of that journey.
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

JourneyLookup = Callable[[str], Journey | None]
"""Finds a journey of the workspace by id; None when no journey with that id loads."""


def _no_journeys(_identifier: str) -> Journey | None:
    return None


def improved_journey(journey: Journey, lookup: JourneyLookup) -> Journey | None:
    """The current journey a future map improves; None when there is none to compare to."""
    if journey.state != "future" or journey.improves is None:
        return None
    found = lookup(journey.improves)
    return found if found is not None and found.state == "current" else None


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
    workspace_journeys: Collection[str] = (),
    lookup: JourneyLookup = _no_journeys,
) -> Iterator[Report]:
    """Duplicate ids and references that do not resolve.

    ``workspace_journeys`` are the journey ids of the workspace and ``lookup`` loads one,
    for a future map's ``improves``.
    """
    yield from _duplicate_ids(journey)
    yield from _channel_references(journey)
    yield from _touchpoint_references(journey)
    yield from _persona_references(journey, workspace_personas, unknown_persona_hint)
    yield from _touchpoint_personas(journey)
    yield from _improvement_references(journey, workspace_journeys, lookup)


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


def _touchpoint_personas(journey: Journey) -> Iterator[Report]:
    """A touchpoint's ``personas`` name personas of its own journey, not of the workspace."""
    listed = journey.persona_ids()
    for s, t, touchpoint in journey.iter_touchpoints():
        for index, persona in enumerate(touchpoint.personas or ()):
            if persona in listed:
                continue
            hint = did_you_mean(persona, listed) or (
                f"; its personas are {', '.join(listed)}"
                if listed
                else "; list it under the journey's `personas` first"
            )
            yield Report(
                ("stages", s, "touchpoints", t, "personas", index),
                f"unknown persona {persona!r}: not a persona of this journey{hint}",
            )


def _improvement_references(
    journey: Journey, workspace_journeys: Collection[str], lookup: JourneyLookup
) -> Iterator[Report]:
    """``improves``, ``from`` and ``resolves``: each names something that exists."""
    improves = journey.improves
    if improves is not None:
        yield from _improves_target(journey, improves, workspace_journeys, lookup)
    baseline = improved_journey(journey, lookup)
    if baseline is not None:
        yield from _stage_origins(journey, baseline)
        yield from _resolved_pain_points(journey, baseline, "the current journey")
        return
    if improves is None or journey.state != "future":
        yield from _needs_baseline(journey)
        yield from _resolved_pain_points(journey, journey, "this journey", touchpoints=False)


def _improves_target(
    journey: Journey, improves: str, workspace_journeys: Collection[str], lookup: JourneyLookup
) -> Iterator[Report]:
    if journey.state != "future":
        yield Report(
            ("improves",),
            "`improves` is only for a future map: add `state: future` or remove `improves`",
        )
        return
    target = lookup(improves) if improves in workspace_journeys else None
    if target is None and improves in workspace_journeys:
        yield Report(
            ("improves",),
            f"journey {improves!r} does not load: fix its errors to check this map against it",
        )
    elif target is None:
        others = set(workspace_journeys) - {journey.id}
        hint = did_you_mean(improves, others) or (
            ": no journey of the workspace has this id (renamed or deleted?)"
        )
        yield Report(("improves",), f"unknown journey {improves!r}{hint}")
    elif target.state != "current":
        yield Report(
            ("improves",),
            f"journey {improves!r} is a {target.state} map: `improves` names a current "
            "(as-is) journey",
        )


def _needs_baseline(journey: Journey) -> Iterator[Report]:
    """``from`` and a touchpoint's ``resolves`` mean nothing without a journey to improve."""
    for s, stage in enumerate(journey.stages):
        if stage.replaces is not None:
            yield Report(
                ("stages", s, "from"),
                "`from` names stages of the journey this map improves: "
                "set `state: future` and `improves`",
            )
    for s, t, touchpoint in journey.iter_touchpoints():
        if touchpoint.resolves:
            yield Report(
                ("stages", s, "touchpoints", t, "resolves"),
                "a touchpoint's `resolves` names pain points of the journey this map "
                "improves: set `state: future` and `improves`",
            )


def _stage_origins(journey: Journey, baseline: Journey) -> Iterator[Report]:
    stages = {stage.id for stage in baseline.stages}
    for s, stage in enumerate(journey.stages):
        for index, origin in enumerate(stage.replaces or []):
            if origin not in stages:
                hint = did_you_mean(origin, stages)
                yield Report(
                    ("stages", s, "from", index),
                    f"unknown stage {origin!r}: not a stage of {baseline.id!r}{hint}",
                )


def _resolved_pain_points(
    journey: Journey, target: Journey, whose: str, *, touchpoints: bool = True
) -> Iterator[Report]:
    pains = {pain.id for _, _, pain in target.iter_pain_points()}
    lists: list[tuple[YamlPath, list[str]]] = [
        (("stages", s, "opportunities", o, "resolves"), opportunity.resolves)
        for s, o, opportunity in journey.iter_opportunities()
    ]
    if touchpoints:
        lists += [
            (("stages", s, "touchpoints", t, "resolves"), touchpoint.resolves)
            for s, t, touchpoint in journey.iter_touchpoints()
        ]
    for path, resolves in lists:
        for index, pain in enumerate(resolves):
            if pain not in pains:
                hint = did_you_mean(pain, pains)
                yield Report(
                    (*path, index),
                    f"unknown pain point {pain!r}: not a pain point of {whose} "
                    f"({target.id!r}){hint}",
                )


def _display(path: YamlPath) -> str:
    return format_path(path[:-1])
