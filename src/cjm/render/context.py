"""One view of a journey, computed once and shared by every renderer.

The renderers only lay out what is here: names resolved from ids, emotions put into
words, KPIs judged against their targets, actions checked against ``today``. So the
diagram, the HTML report, the Markdown page and the portfolio index can never disagree
about what is overdue or off target.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from cjm.findings import Finding
from cjm.i18n import N_, Language, language
from cjm.measurements.trend import Trend, trend_of
from cjm.model import Action, Journey, Kpi, Measurement, PainPoint, Persona, Stage, Touchpoint
from cjm.model.journey import DEFAULT_STALE_AFTER_DAYS, SEVERITIES_MOST_FIRST, Severity
from cjm.render.comparison import Comparison, compare
from cjm.render.opportunities import OpportunityView, sorted_opportunities
from cjm.render.sparkline import Sparkline, sparkline
from cjm.render.values import Emotion, emotion_of
from cjm.text import with_unit

NOT_SET = "\u2013"
"""An en dash: shown in tables where a value (owner, due date, target) is not set."""

SEVERITY_WORDS: dict[str, str] = {
    "critical": N_("critical"),
    "high": N_("high"),
    "medium": N_("medium"),
    "low": N_("low"),
}
STATUS_WORDS: dict[str, str] = {
    "idea": N_("idea"),
    "planned": N_("planned"),
    "in-progress": N_("in-progress"),
    "done": N_("done"),
    "dropped": N_("dropped"),
}
STATE_WORDS: dict[str, str] = {"current": N_("current"), "future": N_("future")}
SEGMENT_WORDS: dict[str, str] = {"existing": N_("existing"), "target": N_("target")}
SEGMENT_CUSTOMERS: dict[str, str] = {
    "existing": N_("existing customers"),
    "target": N_("target customers"),
}
BETTER_WORDS: dict[str, str] = {"higher": N_("higher"), "lower": N_("lower")}
QUADRANT_WORDS: dict[str, str] = {
    "quick wins": N_("quick wins"),
    "big bets": N_("big bets"),
    "fill-ins": N_("fill-ins"),
    "money pits": N_("money pits"),
}
FINDING_WORDS: dict[str, str] = {"error": N_("error"), "warning": N_("warning"), "info": N_("info")}
"""Values of the format's closed lists, as the reader's language says them: message ids
here, translated by the renderers through ``JourneyView.lang``."""
NO_PERSONA = N_("no persona")
"""Who a touchpoint with an empty ``personas`` list is for (a Mermaid task without actors)."""

SEVERITIES: tuple[Severity, ...] = SEVERITIES_MOST_FIRST

PersonaLookup = Callable[[str], Persona | None]
"""Finds a persona document of the workspace by id; None when it is not defined."""


@dataclass(frozen=True)
class TouchpointView:
    touchpoint: Touchpoint
    channel: str | None
    """The channel's display name, or its id when the channel is not declared."""
    channel_type: str | None
    emotion: Emotion | None
    personas: tuple[str, ...] = ()
    """Names of the personas it is for; empty when it is for all the journey's personas,
    ``NO_PERSONA`` alone when its list is empty."""

    @property
    def name(self) -> str:
        return self.touchpoint.name


@dataclass(frozen=True)
class ActionView:
    action: Action
    pain_label: str
    """Short reference to the pain point it addresses, e.g. ``P3``."""
    overdue: bool


@dataclass(frozen=True)
class PainPointView:
    pain_point: PainPoint
    label: str
    """``P1``, ``P2``...: numbered across the journey so actions can refer to them."""
    touchpoint: str | None
    """Name of the touchpoint where it hurts."""
    actions: list[ActionView]

    @property
    def severity(self) -> Severity:
        return self.pain_point.severity

    @property
    def is_open(self) -> bool:
        """Still hurting: no action was done yet, or some action is still open.

        A pain point whose only actions were dropped stays open: nobody fixed it.
        """
        actions = self.pain_point.actions
        done = any(a.status == "done" for a in actions)
        return not done or any(a.is_open for a in actions)

    @property
    def overdue_count(self) -> int:
        return sum(1 for action in self.actions if action.overdue)


@dataclass(frozen=True)
class KpiView:
    kpi: Kpi
    lang: Language = field(default_factory=language)
    """Formats the values as the reader's locale writes numbers."""
    planned: bool = False
    """A future map's KPI: its target is the design's goal, so no value is expected yet."""

    @property
    def status(self) -> str:
        """``on target``, ``off target``, or ``no target`` / ``no current value`` /
        ``target to reach`` (message ids: translate them with the view's language)."""
        off = self.kpi.is_off_target()
        if off is None:
            if self.kpi.target is None:
                return N_("no target")
            return N_("target to reach") if self.planned else N_("no current value")
        return N_("off target") if off else N_("on target")

    @property
    def css(self) -> str:
        return {"on target": "on", "off target": "off"}.get(self.status, "unknown")

    @property
    def current(self) -> str | None:
        """The current value: the latest measurement's, else the hand-typed one."""
        return self._with_unit(self.kpi.value)

    @cached_property
    def trend(self) -> Trend | None:
        """The measurements over time; None when the KPI has none."""
        return trend_of(self.kpi)

    @cached_property
    def sparkline(self) -> Sparkline | None:
        """A sparkline needs two measurements: one point shows no movement."""
        trend = self.trend
        return sparkline(trend) if trend is not None and trend.previous is not None else None

    @property
    def first(self) -> str | None:
        """``49% on 2026-01-31``: the first measurement, when there are several."""
        trend = self.trend
        if trend is None or trend.previous is None:
            return None
        return self._measured(trend.first)

    @property
    def latest(self) -> str | None:
        """``54% on 2026-06-30``: the latest measurement."""
        trend = self.trend
        if trend is None:
            return None
        return self._measured(trend.latest)

    @property
    def change_words(self) -> str | None:
        """``+5 points since 2026-01-31, 11 below target``."""
        return None if self.trend is None else self.trend.words(self.lang)

    @property
    def last_change(self) -> str | None:
        """``improved``, ``regressed`` or ``unchanged`` since the previous measurement."""
        return None if self.trend is None else self.trend.last_change

    @property
    def last_change_words(self) -> str | None:
        """``↓ regressed since 2026-06-30 (6.1%)``: the latest measurement against the one
        before it; None with fewer than two."""
        return None if self.trend is None else self.trend.last_step(self.lang)

    def _measured(self, measurement: Measurement) -> str:
        """``54% on Jun 30, 2026``."""
        return self.lang.gettext("%(value)s on %(date)s") % {
            "value": self._with_unit(measurement.value),
            "date": self.lang.date(measurement.date),
        }

    @property
    def target(self) -> str | None:
        return self._with_unit(self.kpi.target)

    @property
    def direction(self) -> str:
        """A message id, like ``status``."""
        return N_("higher is better") if self.kpi.better == "higher" else N_("lower is better")

    def _with_unit(self, value: float | None) -> str | None:
        return None if value is None else with_unit(value, self.kpi.unit, self.lang.number)


@dataclass(frozen=True)
class StageView:
    stage: Stage
    number: int
    """1-based position in the journey."""
    emotion: Emotion | None
    touchpoints: list[TouchpointView]
    pain_points: list[PainPointView]
    kpis: list[KpiView]

    @property
    def name(self) -> str:
        return self.stage.name

    @property
    def actions(self) -> list[ActionView]:
        return [action for pain in self.pain_points for action in pain.actions]

    @property
    def wow_touchpoints(self) -> list[TouchpointView]:
        return [view for view in self.touchpoints if view.touchpoint.wow]


@dataclass(frozen=True)
class PhaseSpan:
    """Consecutive stages that share a phase: one header spanning their columns."""

    name: str | None
    span: int


@dataclass(frozen=True)
class PersonaView:
    """Who the map is for, as a persona card shows it."""

    id: str
    name: str
    segment: str | None
    persona: Persona | None = None
    """The whole definition, when the id resolves (the report's persona cards and the
    portfolio's persona pages show it)."""

    @property
    def description(self) -> str | None:
        return self.persona.description if self.persona else None

    @property
    def goals(self) -> list[str]:
        return list(self.persona.goals) if self.persona else []

    @property
    def frustrations(self) -> list[str]:
        return list(self.persona.frustrations) if self.persona else []

    @property
    def has_details(self) -> bool:
        return bool(self.description or self.goals or self.frustrations)


@dataclass(frozen=True)
class Counts:
    """The numbers a portfolio reader scans first."""

    touchpoints: int
    open_pain_points: dict[Severity, int]
    open_actions: int
    overdue_actions: int
    kpis: dict[str, int]
    """KPIs by status class: ``on``, ``off``, ``unknown``."""

    @property
    def open_pain_point_total(self) -> int:
        return sum(self.open_pain_points.values())


@dataclass(frozen=True)
class ReportLinks:
    """Other journeys' reports rendered in the same run, named by journey id."""

    improves: Journey | None = None
    """The current journey this future map improves, when its report is rendered too."""
    improved_by: list[str] = field(default_factory=list)
    """Ids of the future maps that improve this one and are rendered too."""


@dataclass(frozen=True)
class JourneyView:
    """Everything a renderer shows about one journey."""

    journey: Journey
    stages: list[StageView]
    personas: list[PersonaView]
    findings: list[Finding]
    source: str
    """The map's file, as shown to readers (relative to its workspace)."""
    stale: bool
    as_of: dt.date
    """The day overdue actions and staleness were judged on; recorded in the outputs."""
    opportunities: list[OpportunityView] = field(default_factory=list)
    """Sorted by value, then effort (see :mod:`cjm.render.opportunities`)."""
    comparison: Comparison | None = None
    """For a future map whose current journey is known: what the design changes."""
    links: ReportLinks = field(default_factory=ReportLinks)
    lang: Language = field(default_factory=language)
    """The reader's language: every word the renderers add comes from its catalog."""
    counts: Counts = field(init=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "counts", _count(self.stages))

    @property
    def id(self) -> str:
        return self.journey.id

    @property
    def title(self) -> str:
        return self.journey.title

    def listed_findings(self, everything: bool) -> list[Finding]:
        """What the report's appendix lists: every finding with ``--findings``, else only
        the map's errors (an unknown persona, say), which readers must see since parts of
        the report may be wrong; lint advice is for the map's authors."""
        return self.findings if everything else [f for f in self.findings if f.is_broken_input]

    @property
    def lanes(self) -> frozenset[str]:
        """The lanes of the grid that some stage fills; the others are left out."""
        filled = {
            "description": any(v.stage.description for v in self.stages),
            "customer": any(v.stage.customer_goal or v.stage.thoughts for v in self.stages),
            "touchpoints": any(v.touchpoints for v in self.stages),
            "emotion": any(v.emotion for v in self.stages),
            "pain_points": any(v.pain_points for v in self.stages),
            "actions": any(v.actions for v in self.stages),
            "opportunities": any(v.wow_touchpoints or v.stage.opportunities for v in self.stages),
            "kpis": any(v.kpis for v in self.stages),
            "backstage": any(v.stage.backstage for v in self.stages),
        }
        return frozenset(lane for lane, present in filled.items() if present)

    @property
    def phases(self) -> list[PhaseSpan]:
        """Phase headers over the stage columns; empty when no stage names a phase."""
        if all(view.stage.phase is None for view in self.stages):
            return []
        spans: list[PhaseSpan] = []
        for view in self.stages:
            phase = view.stage.phase
            if spans and spans[-1].name == phase:
                spans[-1] = PhaseSpan(phase, spans[-1].span + 1)
            else:
                spans.append(PhaseSpan(phase, 1))
        return spans


def build_view(
    journey: Journey,
    *,
    today: dt.date,
    stale_after_days: int = DEFAULT_STALE_AFTER_DAYS,
    findings: Sequence[Finding] = (),
    source: str = "",
    personas: PersonaLookup = lambda _id: None,
    baseline: Journey | None = None,
    links: ReportLinks | None = None,
    lang: Language | None = None,
) -> JourneyView:
    """The view of ``journey`` on ``today`` (which decides what is overdue and stale),
    for readers of ``lang`` (English by default).

    ``baseline`` is the current journey a future map improves, when it resolves.
    """
    lang = lang or language()
    channels = {channel.id: channel for channel in journey.channels}
    persona_views = _personas(journey, personas)
    touchpoint_names = {t.id: t.name for _, _, t in journey.iter_touchpoints()}
    labels = (f"P{n}" for n in itertools.count(1))
    stages: list[StageView] = []
    for number, stage in enumerate(journey.stages, start=1):
        touchpoints = []
        for touchpoint in stage.touchpoints:
            channel = channels.get(touchpoint.channel) if touchpoint.channel else None
            touchpoints.append(
                TouchpointView(
                    touchpoint,
                    channel.name if channel else touchpoint.channel,
                    channel.type if channel else None,
                    emotion_of(touchpoint.emotion),
                    _only_for(touchpoint, persona_views, lang),
                )
            )
        pains = []
        for pain in stage.pain_points:
            label = next(labels)
            actions = [ActionView(a, label, a.is_overdue(today)) for a in pain.actions]
            where = (
                touchpoint_names.get(pain.touchpoint, pain.touchpoint) if pain.touchpoint else None
            )
            pains.append(PainPointView(pain, label, where, actions))
        kpis = [KpiView(kpi, lang, journey.state == "future") for kpi in stage.kpis]
        stages.append(
            StageView(stage, number, emotion_of(stage.emotion_score()), touchpoints, pains, kpis)
        )
    return JourneyView(
        journey,
        stages,
        persona_views,
        list(findings),
        source,
        journey.is_stale(today, stale_after_days),
        today,
        sorted_opportunities(journey, baseline or journey),
        None if baseline is None else compare(journey, baseline, lang.number),
        links or ReportLinks(),
        lang,
    )


def _personas(journey: Journey, lookup: PersonaLookup) -> list[PersonaView]:
    views = []
    for entry in journey.personas:
        persona = lookup(entry) if isinstance(entry, str) else entry
        if persona is None:
            views.append(PersonaView(str(entry), str(entry), None))
        else:
            views.append(PersonaView(persona.id, persona.name, persona.segment, persona))
    return views


def _only_for(
    touchpoint: Touchpoint, personas: Sequence[PersonaView], lang: Language
) -> tuple[str, ...]:
    """The names of the personas a touchpoint is for, when that is not all of them."""
    if touchpoint.personas is None:
        return ()
    if not touchpoint.personas:
        return (lang.gettext(NO_PERSONA),)
    if set(touchpoint.personas) >= {persona.id for persona in personas}:
        return ()
    names = {persona.id: persona.name for persona in personas}
    return tuple(names.get(persona, persona) for persona in dict.fromkeys(touchpoint.personas))


def _count(stages: Iterable[StageView]) -> Counts:
    stages = list(stages)
    pains = [pain for stage in stages for pain in stage.pain_points]
    actions = [action for pain in pains for action in pain.actions]
    open_by_severity = Counter(pain.severity for pain in pains if pain.is_open)
    kpis = Counter(kpi.css for stage in stages for kpi in stage.kpis)
    return Counts(
        touchpoints=sum(len(stage.touchpoints) for stage in stages),
        open_pain_points={severity: open_by_severity[severity] for severity in SEVERITIES},
        open_actions=sum(1 for action in actions if action.action.is_open),
        overdue_actions=sum(1 for action in actions if action.overdue),
        kpis={status: kpis[status] for status in ("on", "off", "unknown")},
    )
