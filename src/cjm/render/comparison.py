"""A future map against the current journey it improves, as every report shows it.

Each future stage is set beside the current stages it replaces (``from``, else the
current stage with the same id): their emotion, and how much the design changes it.
Then the current journey's pain points, split into those the design resolves and those
it leaves, and the KPIs whose target the design changes. Computed once here so the
HTML report and the Markdown page say the same.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from statistics import fmean

from cjm.model import Journey, Kpi, PainPoint, Stage
from cjm.model.journey import SEVERITIES_MOST_FIRST
from cjm.render.values import Emotion, emotion_of
from cjm.text import format_number, with_unit


@dataclass(frozen=True)
class StageComparison:
    """One future stage and the current stages it replaces."""

    stage: Stage
    replaced: list[Stage]
    emotion: Emotion | None
    """The future stage's emotion, as its curve shows it."""
    current_emotion: Emotion | None
    """The mean emotion of the replaced current stages that have one."""

    @property
    def difference(self) -> str | None:
        """``+1.5``, ``-1``, ``±0``; None when either side has no emotion."""
        if self.emotion is None or self.current_emotion is None:
            return None
        change = self.emotion.value - self.current_emotion.value
        if abs(change) < 0.005:
            return "\u00b10"
        text = format_number(round(change, 2))
        return f"+{text}" if change > 0 else text

    @property
    def css(self) -> str:
        """``better``, ``worse`` or ``same``, for the colour of the difference."""
        if self.difference is None or self.difference == "\u00b10":
            return "same"
        return "better" if self.difference.startswith("+") else "worse"


@dataclass(frozen=True)
class PainPointOutcome:
    """A pain point of the current journey: where it was, and what in the future map
    resolves it, as touchpoint names and opportunity descriptions (empty when the design
    leaves it)."""

    pain_point: PainPoint
    stage: Stage
    resolved_by: list[str]

    @property
    def severity(self) -> str:
        return self.pain_point.severity


@dataclass(frozen=True)
class KpiTargetChange:
    """A KPI both maps measure, whose target the future design changes."""

    kpi: Kpi
    stage: Stage
    """The future map's stage that measures it."""
    current_target: str
    future_target: str


@dataclass(frozen=True)
class Comparison:
    """Everything the "Current → future" section shows."""

    current: Journey
    stages: list[StageComparison]
    resolved: list[PainPointOutcome]
    left: list[PainPointOutcome]
    kpi_targets: list[KpiTargetChange]
    unreplaced: list[Stage]
    """Current stages that no future stage replaces: the design drops them."""


def compare(future: Journey, current: Journey) -> Comparison:
    """How ``future`` changes ``current``; ids that do not resolve are left out."""
    by_id = {stage.id: stage for stage in current.stages}
    stages = []
    replaced_ids: set[str] = set()
    for stage in future.stages:
        replaced = [by_id[i] for i in future.replaced_stages(stage, current) if i in by_id]
        replaced_ids.update(old.id for old in replaced)
        stages.append(
            StageComparison(
                stage, replaced, emotion_of(stage.emotion_score()), _mean_emotion(replaced)
            )
        )
    resolved, left = _pain_outcomes(future, current)
    return Comparison(
        current,
        stages,
        resolved,
        left,
        _kpi_target_changes(future, current),
        [stage for stage in current.stages if stage.id not in replaced_ids],
    )


def _mean_emotion(stages: Sequence[Stage]) -> Emotion | None:
    scores = [score for stage in stages if (score := stage.emotion_score()) is not None]
    return emotion_of(fmean(scores)) if scores else None


def _pain_outcomes(
    future: Journey, current: Journey
) -> tuple[list[PainPointOutcome], list[PainPointOutcome]]:
    """Resolved and left pain points, each list most severe first, then in map order."""
    resolvers = future.resolved_pain_points()
    names = {t.id: t.name for _, _, t in future.iter_touchpoints()}
    names |= {o.id: o.description for _, _, o in future.iter_opportunities()}
    outcomes = [
        PainPointOutcome(
            pain, current.stages[s], [names.get(r, r) for r in resolvers.get(pain.id, [])]
        )
        for s, _, pain in current.iter_pain_points()
    ]
    outcomes.sort(key=lambda outcome: SEVERITIES_MOST_FIRST.index(outcome.pain_point.severity))
    return (
        [outcome for outcome in outcomes if outcome.resolved_by],
        [outcome for outcome in outcomes if not outcome.resolved_by],
    )


def _kpi_target_changes(future: Journey, current: Journey) -> list[KpiTargetChange]:
    targets = {kpi.id: kpi for stage in current.stages for kpi in stage.kpis}
    changes = []
    for stage in future.stages:
        for kpi in stage.kpis:
            old = targets.get(kpi.id)
            if old is not None and old.target != kpi.target:
                changes.append(KpiTargetChange(kpi, stage, _target(old), _target(kpi)))
    return changes


def _target(kpi: Kpi) -> str:
    return "none" if kpi.target is None else with_unit(kpi.target, kpi.unit)
