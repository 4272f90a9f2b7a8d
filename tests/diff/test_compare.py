"""Matching by id: what was added, removed, renamed, moved or changed, field by field."""

from __future__ import annotations

from typing import Any

from cjm.diff.changes import Change, FieldChange
from cjm.diff.compare import diff_journeys
from tests.journeys import SMALL, edited, journey, stage


def changes_after(edit: Any) -> list[Change]:
    return list(diff_journeys(journey(), journey(edited(SMALL, edit))).changes)


def only(changes: list[Change]) -> Change:
    assert len(changes) == 1, changes
    return changes[0]


def test_identical_maps_have_no_changes():
    diff = diff_journeys(journey(), journey())
    assert not diff
    assert diff.changes == ()


def test_reformatting_and_comments_are_not_changes():
    reformatted = edited(SMALL, lambda data: None)
    assert not diff_journeys(journey(), journey("# a comment\n" + reformatted))


def test_stage_renamed():
    change = only(changes_after(lambda d: stage(d, "cart").update(name="Basket")))
    assert (change.change, change.entity, change.id) == ("changed", "stage", "cart")
    assert change.fields == (FieldChange("name", "Cart", "Basket"),)


def test_stage_moved_reports_positions_and_the_new_neighbour():
    change = only(changes_after(lambda d: d["stages"].reverse()))
    assert change.id in {"cart", "payment"}
    assert change.field("position") is not None


def test_stage_added_and_removed():
    def edit(data: dict[str, Any]) -> None:
        data["stages"][1] = {"id": "delivery", "name": "Delivery"}

    changes = changes_after(edit)
    assert [(c.change, c.entity, c.id) for c in changes] == [
        ("added", "stage", "delivery"),
        ("removed", "stage", "payment"),
        ("removed", "kpi", "payment-failures"),
    ]


def test_stage_emotion_shift_uses_the_emotion_score():
    def edit(data: dict[str, Any]) -> None:
        cart = stage(data, "cart")
        del cart["emotion"]
        cart["touchpoints"][0]["emotion"] = -2

    changes = changes_after(edit)
    emotion = next(c for c in changes if c.entity == "stage").field("emotion")
    assert emotion == FieldChange("emotion", 0, -2, trend="worsened")
    touchpoint = next(c for c in changes if c.entity == "touchpoint")
    assert touchpoint.fields == (FieldChange("emotion", 0, -2),)


def test_touchpoint_moved_to_another_stage_is_the_same_touchpoint():
    def edit(data: dict[str, Any]) -> None:
        stage(data, "payment")["touchpoints"] = stage(data, "cart").pop("touchpoints")

    change = only([c for c in changes_after(edit) if c.entity == "touchpoint"])
    assert change.change == "changed"
    assert change.stage == "payment"
    assert change.fields == (FieldChange("stage", "cart", "payment"),)


def test_pain_point_severity_and_evidence():
    def edit(data: dict[str, Any]) -> None:
        pain_point = stage(data, "cart")["pain_points"][0]
        pain_point["severity"] = "high"
        pain_point["evidence"].append("Funnel: 41% drop")

    change = only(changes_after(edit))
    assert change.fields == (
        FieldChange("severity", "medium", "high"),
        FieldChange("evidence", ["Exit survey"], ["Exit survey", "Funnel: 41% drop"]),
    )


def test_action_done_resolves_its_pain_point():
    def edit(data: dict[str, Any]) -> None:
        stage(data, "cart")["pain_points"][0]["actions"][0]["status"] = "done"

    diff = diff_journeys(journey(), journey(edited(SMALL, edit)))
    assert only(list(diff.changes)).fields == (FieldChange("status", "planned", "done"),)
    assert diff.resolved_pain_points == ("hidden-costs",)


def test_action_dropped_does_not_resolve_its_pain_point():
    def edit(data: dict[str, Any]) -> None:
        stage(data, "cart")["pain_points"][0]["actions"][0]["status"] = "dropped"

    assert diff_journeys(journey(), journey(edited(SMALL, edit))).resolved_pain_points == ()


def test_action_moved_to_another_pain_point():
    def edit(data: dict[str, Any]) -> None:
        cart = stage(data, "cart")
        actions = cart["pain_points"][0].pop("actions")
        cart["pain_points"].append(
            {"id": "slow-cart", "description": "The cart is slow", "actions": actions}
        )

    changes = changes_after(edit)
    assert [(c.change, c.entity, c.id) for c in changes] == [
        ("added", "pain_point", "slow-cart"),
        ("changed", "action", "show-costs"),
    ]
    assert changes[0].fields == (FieldChange("severity", None, "medium"),)
    assert changes[1].fields == (FieldChange("pain_point", "hidden-costs", "slow-cart"),)


def test_kpi_value_is_judged_against_target_and_direction():
    def edit(data: dict[str, Any]) -> None:
        stage(data, "cart")["kpis"][0]["current"] = 66
        stage(data, "payment")["kpis"][0]["current"] = 7.5

    cart, payment = changes_after(edit)
    assert cart.fields == (FieldChange("current", 59, 66, "target 75", "improved"),)
    assert payment.fields == (FieldChange("current", 6, 7.5, "target 2", "worsened"),)


def test_journey_fields_goals_and_personas():
    def edit(data: dict[str, Any]) -> None:
        data["owner"] = "cx-team"
        data["reviewed"] = "2026-11-20"
        data["goals"] = {"business": "Sell more"}
        data["personas"] = [{"id": "shopper", "name": "Shopper"}]

    journey_change, persona = changes_after(edit)
    assert journey_change.fields == (
        FieldChange("owner", "web-team", "cx-team"),
        FieldChange("reviewed", "2026-01-10", "2026-11-20"),
        FieldChange("goals.business", None, "Sell more"),
    )
    assert (persona.change, persona.entity, persona.id) == ("added", "persona", "shopper")


def test_journey_id_change_is_reported():
    change = only(changes_after(lambda d: d.update(id="checkout-v2")))
    assert change.fields == (FieldChange("id", "checkout", "checkout-v2"),)


def test_whole_journey_added_or_deleted():
    added = diff_journeys(None, journey())
    assert [(c.change, c.entity, c.id) for c in added.changes] == [("added", "journey", "checkout")]
    deleted = diff_journeys(journey(), None)
    assert [(c.change, c.entity) for c in deleted.changes] == [("removed", "journey")]


def test_duplicate_ids_do_not_break_the_diff():
    duplicated = SMALL.replace("id: payment-failures", "id: cart-conversion")
    diff = diff_journeys(journey(duplicated), journey(duplicated))
    assert not diff


def _measured(*measurements: dict[str, Any]) -> Any:
    def edit(data: dict[str, Any]) -> None:
        kpi = stage(data, "payment")["kpis"][0]
        del kpi["current"]
        kpi["measurements"] = list(measurements)

    return edit


def test_measurements_new_changed_and_removed_by_date():
    old = journey(
        edited(
            SMALL,
            _measured({"date": "2026-03-31", "value": 7}, {"date": "2026-06-30", "value": 6}),
        )
    )
    new = journey(
        edited(
            SMALL,
            _measured(
                {"date": "2026-06-30", "value": 5.5},
                {"date": "2026-09-30", "value": 4},
                {"date": "2026-10-31", "value": 4.5},
            ),
        )
    )
    change = only(list(diff_journeys(old, new).changes))
    assert change.fields == (
        FieldChange("measurement", 6, 5.5, "2026-06-30"),
        FieldChange("measurement", None, 4, "2026-09-30, down from 5.5, target 2", "improved"),
        FieldChange("measurement", None, 4.5, "2026-10-31, up from 4, target 2", "worsened"),
        FieldChange("measurement", 7, None, "2026-03-31"),
    )


def test_a_first_measurement_names_only_the_target():
    old = journey(edited(SMALL, _measured()))
    new = journey(edited(SMALL, _measured({"date": "2026-03-31", "value": 7})))
    change = only(list(diff_journeys(old, new).changes))
    assert change.fields == (FieldChange("measurement", None, 7, "2026-03-31, target 2"),)
