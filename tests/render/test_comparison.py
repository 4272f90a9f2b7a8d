"""A future map against the current journey it improves: stages, pain points, KPIs."""

from __future__ import annotations

from cjm.render.comparison import compare
from cjm.render.context import JourneyView


def test_each_future_stage_sits_over_the_current_stages_it_replaces(small: JourneyView):
    assert small.comparison is not None
    stages = small.comparison.stages
    assert [(s.stage.id, [old.id for old in s.replaced]) for s in stages] == [
        ("browse", ["browse"]),  # no `from`: the current stage with the same id
        ("pay", ["checkout", "pay"]),
        ("home", []),  # a new stage
    ]
    assert [s.difference for s in stages] == ["+1.5", "\u00b10", None]
    assert [s.css for s in stages] == ["better", "same", "same"]
    assert [old.id for old in small.comparison.unreplaced] == ["leave"]


def test_pain_points_resolved_and_left_most_severe_first(small: JourneyView):
    comparison = small.comparison
    assert comparison is not None
    assert [(o.pain_point.id, o.resolved_by) for o in comparison.resolved] == [
        ("cash-only", ["Till"])
    ]
    # a dropped opportunity resolves nothing
    assert [(o.pain_point.id, o.severity) for o in comparison.left] == [
        ("queue-today", "high"),
        ("slow-receipt", "medium"),
    ]


def test_kpi_targets_that_differ(small: JourneyView):
    assert small.comparison is not None
    assert [
        (c.kpi.id, c.current_target, c.future_target) for c in small.comparison.kpi_targets
    ] == [("wait-time", "5 minutes", "3 minutes")]


def test_a_map_compared_with_itself_changes_nothing(small: JourneyView):
    comparison = compare(small.journey, small.journey)
    assert {s.difference for s in comparison.stages} <= {"\u00b10", None}
    assert comparison.kpi_targets == [] and comparison.unreplaced == []
