"""The view model: what every renderer agrees on about a journey."""

from __future__ import annotations

import dataclasses
import datetime as dt

from cjm.render.context import JourneyView, build_view
from cjm.render.values import Emotion
from tests.journeys import SMALL, edited, journey


def test_stage_emotion_falls_back_to_the_mean_of_its_touchpoints(small: JourneyView):
    browse, pay, home = small.stages
    assert browse.emotion == Emotion(1.5)  # touchpoints +1 and +2, no stage emotion
    assert pay.emotion == Emotion(-1.5)  # the stage's own emotion wins
    assert home.emotion is None


def test_names_are_resolved_from_ids(small: JourneyView):
    pay = small.stages[1]
    assert [t.channel for t in small.stages[0].touchpoints] == ["Website", "Corner store"]
    assert pay.pain_points[0].touchpoint == "Till"
    assert [(p.id, p.name, p.segment) for p in small.personas] == [
        ("shopper", "Weekend shopper", "target"),
        ("regular", "Regular customer", "existing"),
    ]


def test_actions_are_overdue_against_the_given_today(small: JourneyView):
    actions = small.stages[1].actions
    assert [(a.action.id, a.overdue, a.pain_label) for a in actions] == [
        ("second-till", True, "P1"),
        ("self-checkout", False, "P1"),
    ]
    due = actions[0].action.due
    assert due is not None and actions[0].action.is_overdue(due) is False  # due today: not yet


def test_kpis_are_judged_against_their_targets(small: JourneyView):
    statuses = [k.status for stage in small.stages for k in stage.kpis]
    assert statuses == ["on target", "off target", "no target"]
    wait = small.stages[1].kpis[0]
    assert (wait.current, wait.target, wait.direction) == (
        "7 minutes",
        "3 minutes",
        "lower is better",
    )


def test_counts_for_the_summary_and_the_index(small: JourneyView):
    counts = small.counts
    assert counts.touchpoints == 3
    assert counts.open_pain_points == {"critical": 0, "high": 1, "medium": 0, "low": 1}
    assert (counts.open_actions, counts.overdue_actions) == (1, 1)
    assert counts.kpis == {"on": 1, "off": 1, "unknown": 1}


def test_a_pain_point_is_closed_only_by_a_done_action(small: JourneyView):
    pain = small.stages[1].pain_points[0]
    done = pain.pain_point.actions[0].model_copy(update={"status": "done"})
    dropped = pain.pain_point.actions[1]

    def with_actions(*actions):
        changed = pain.pain_point.model_copy(update={"actions": list(actions)})
        return dataclasses.replace(pain, pain_point=changed)

    assert with_actions(done, dropped).is_open is False
    assert with_actions(dropped).is_open is True
    assert with_actions().is_open is True


def test_consecutive_stages_of_a_phase_share_one_header(small: JourneyView):
    assert [(p.name, p.span) for p in small.phases] == [("before", 1), ("during", 2)]


def test_a_stale_review_is_flagged(small: JourneyView):
    assert small.stale is True  # reviewed 2025-01-15, more than a year before 2026-11-01


def test_a_touchpoint_names_its_personas_only_when_not_for_everyone(small: JourneyView):
    browse, pay, _ = small.stages
    assert [t.personas for t in browse.touchpoints] == [(), ()]
    assert pay.touchpoints[0].personas == ("Regular customer",)


def test_a_touchpoint_for_no_persona_says_so():
    view = build_view(journey(FOR_NOBODY), today=dt.date(2026, 11, 1))
    assert [t.personas for t in view.stages[0].touchpoints] == [("no persona",), ()]


FOR_NOBODY = """\
cjm: 1
id: j
title: T
personas: [{id: me, name: Me}]
stages:
  - id: s
    name: S
    touchpoints:
      - {id: backstage-job, name: Nightly job, personas: []}
      - {id: all-of-them, name: Home page, personas: [me]}
"""


def test_a_future_maps_kpi_without_a_value_is_a_target_to_reach():
    def plan(data):
        data["state"] = "future"
        for stage in data["stages"]:
            for kpi in stage.get("kpis", []):
                del kpi["current"]

    future = build_view(journey(edited(SMALL, plan)), today=dt.date(2026, 12, 1))
    current = build_view(
        journey(edited(SMALL, lambda data: data["stages"][0]["kpis"][0].pop("current"))),
        today=dt.date(2026, 12, 1),
    )
    assert [k.status for s in future.stages for k in s.kpis] == ["target to reach"] * 2
    assert current.stages[0].kpis[0].status == "no current value"
