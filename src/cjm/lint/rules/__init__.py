"""Every lint rule, by name: one module per rule, registered here explicitly.

The order is the order of ``cjm rules`` and of SARIF's rule list: the stage, KPI, pain
point and action rules first (most specific node first), then whole-journey rules.
"""

from __future__ import annotations

from cjm.errors import UnknownRuleError
from cjm.lint.rule import Rule
from cjm.lint.rules import (
    action_no_owner,
    action_overdue,
    channel_unused,
    future_no_baseline,
    future_pain_point_unaddressed,
    journey_no_goals,
    journey_no_persona,
    journey_no_wow_moment,
    journey_stale,
    kpi_no_target,
    kpi_off_target,
    opportunity_unscored,
    pain_point_no_action,
    pain_point_no_evidence,
    pain_point_touchpoint_elsewhere,
    stage_no_emotion,
    stage_no_kpis,
    stage_no_pain_points,
    stage_no_touchpoints,
    unknown_suppression,
)
from cjm.text import did_you_mean

RULES: dict[str, Rule] = {
    "stage-no-pain-points": stage_no_pain_points.RULE,
    "stage-no-kpis": stage_no_kpis.RULE,
    "stage-no-touchpoints": stage_no_touchpoints.RULE,
    "stage-no-emotion": stage_no_emotion.RULE,
    "kpi-no-target": kpi_no_target.RULE,
    "kpi-off-target": kpi_off_target.RULE,
    "pain-point-no-action": pain_point_no_action.RULE,
    "pain-point-no-evidence": pain_point_no_evidence.RULE,
    "pain-point-touchpoint-elsewhere": pain_point_touchpoint_elsewhere.RULE,
    "action-no-owner": action_no_owner.RULE,
    "action-overdue": action_overdue.RULE,
    "opportunity-unscored": opportunity_unscored.RULE,
    "journey-no-goals": journey_no_goals.RULE,
    "journey-no-persona": journey_no_persona.RULE,
    "journey-stale": journey_stale.RULE,
    "journey-no-wow-moment": journey_no_wow_moment.RULE,
    "channel-unused": channel_unused.RULE,
    "future-no-baseline": future_no_baseline.RULE,
    "future-pain-point-unaddressed": future_pain_point_unaddressed.RULE,
    "unknown-suppression": unknown_suppression.RULE,
}


def get_rule(name: str) -> Rule:
    """The rule called ``name``; an unknown name raises with the nearest known one."""
    try:
        return RULES[name]
    except KeyError:
        hint = did_you_mean(name, set(RULES))
        raise UnknownRuleError(f"unknown rule {name!r}{hint}; `cjm rules` lists them") from None
