"""Ids are unique within a journey and every reference resolves."""

from __future__ import annotations

from cjm.loader import load_document
from cjm.references import check_references
from tests.conftest import FIXTURES, make


def reports(name: str, personas: set[str] | frozenset[str] = frozenset()):
    document = load_document(FIXTURES / "broken" / name).document
    return [(report.path, report.message) for report in check_references(document.model, personas)]


def test_an_id_used_twice_across_kinds_is_reported_at_the_second():
    assert reports("duplicate-ids.yaml") == [
        (
            ("stages", 0, "touchpoints", 0, "id"),
            "duplicate id 'checkout': already the id of a stage (stages[0])",
        )
    ]


def test_unknown_channel_suggests_the_near_miss():
    assert reports("unknown-channel.yaml") == [
        (
            ("stages", 0, "touchpoints", 0, "channel"),
            "unknown channel 'wbe' (did you mean \"web\"?)",
        )
    ]


def test_persona_resolves_against_the_workspace_personas():
    assert reports("unknown-persona.yaml", {"style-seeker"}) == [
        (("personas", 0), "unknown persona 'style-seekr' (did you mean \"style-seeker\"?)")
    ]
    assert reports("unknown-persona.yaml", {"style-seekr"}) == []


def test_touchpoint_personas_must_be_personas_of_the_journey():
    assert reports("touchpoint-persona-not-of-the-journey.yaml", {"style-seeker"}) == [
        (
            ("stages", 0, "touchpoints", 0, "personas", 0),
            "unknown persona 'style-seekr': not a persona of this journey"
            ' (did you mean "style-seeker"?)',
        ),
        (
            ("stages", 0, "touchpoints", 1, "personas", 1),
            "unknown persona 'gift-buyer': not a persona of this journey;"
            " its personas are style-seeker, bargain-hunter",
        ),
    ]


def test_a_touchpoint_persona_is_not_found_in_the_workspace_alone():
    assert reports("touchpoint-persona-without-journey-personas.yaml", {"style-seeker"}) == [
        (
            ("stages", 0, "touchpoints", 0, "personas", 0),
            "unknown persona 'style-seeker': not a persona of this journey;"
            " list it under the journey's `personas` first",
        )
    ]


IMPROVES = FIXTURES / "improves"


def reference_errors(cjm, path):
    run = cjm("validate", path, "-f", "json")
    return [
        (finding["line"], finding["column"], finding["message"])
        for finding in run.json()["findings"]
        if finding["rule"] == "reference"
    ]


def test_a_future_map_whose_references_resolve_has_no_reference_error(cjm):
    assert reference_errors(cjm, IMPROVES / "shop-future.yaml") == []


def test_improves_names_a_journey_of_the_workspace_with_a_suggestion(cjm):
    assert reference_errors(cjm, IMPROVES / "improves-unknown-journey.yaml") == [
        (5, 11, "unknown journey 'shop-curent' (did you mean \"shop-current\"?)")
    ]


def test_improves_names_a_current_journey(cjm):
    assert reference_errors(cjm, IMPROVES / "improves-a-future-map.yaml") == [
        (5, 11, "journey 'shop-future' is a future map: `improves` names a current (as-is) journey")
    ]


def test_improves_from_and_touchpoint_resolves_need_a_future_map(cjm):
    assert [
        line for line, _, _ in reference_errors(cjm, IMPROVES / "improves-in-a-current-map.yaml")
    ] == [4, 8, 12]


def test_from_names_stages_of_the_improved_journey(cjm):
    assert reference_errors(cjm, IMPROVES / "from-unknown-stage.yaml") == [
        (
            9,
            18,
            "unknown stage 'paymnet': not a stage of 'shop-current' (did you mean \"payment\"?)",
        )
    ]


def test_resolves_names_pain_points_of_the_improved_journey(cjm):
    assert reference_errors(cjm, IMPROVES / "resolves-unknown-pain-point.yaml") == [
        (
            12,
            20,
            "unknown pain point 'card-check-fail': not a pain point of the current journey "
            "('shop-current') (did you mean \"card-check-fails\"?)",
        ),
        (
            16,
            20,
            "unknown pain point 'delivery-costs-surprise': not a pain point of the current "
            "journey ('shop-current') (did you mean \"delivery-cost-surprise\"?)",
        ),
    ]


def test_an_opportunity_of_a_current_map_resolves_its_own_pain_points(cjm):
    assert reference_errors(cjm, IMPROVES / "opportunity-resolves-own-pain-point.yaml") == [
        (
            13,
            38,
            "unknown pain point 'card-check-fail': not a pain point of this journey "
            "('opportunity-resolves-own-pain-point') (did you mean \"card-check-fails\"?)",
        )
    ]


CURRENT = "cjm: 1\nid: {id}\ntitle: Shop\nstages:\n  - {{id: pay, name: Pay}}\n"
FUTURE = (
    "cjm: 1\nid: shop-future\ntitle: Shop\nstate: future\nimproves: shop\n"
    "stages:\n  - {id: pay, name: Pay}\n"
)


def test_renaming_the_current_map_breaks_its_future_maps_with_a_suggestion(cjm, tmp_path):
    make(tmp_path, {"cjm.toml": "", "shop.yaml": CURRENT.format(id="shop"), "future.yaml": FUTURE})
    assert reference_errors(cjm, tmp_path / "future.yaml") == []
    make(tmp_path, {"shop.yaml": CURRENT.format(id="shops")})
    run = cjm("validate", tmp_path / "future.yaml", "-f", "json")
    assert run.exit_code == 1
    assert reference_errors(cjm, tmp_path / "future.yaml") == [
        (5, 11, "unknown journey 'shop' (did you mean \"shops\"?)")
    ]


def test_deleting_the_current_map_breaks_its_future_maps(cjm, tmp_path):
    make(tmp_path, {"cjm.toml": "", "future.yaml": FUTURE, "other.yaml": CURRENT.format(id="x")})
    assert reference_errors(cjm, tmp_path / "future.yaml") == [
        (
            5,
            11,
            "unknown journey 'shop': no journey of the workspace has this id (renamed or deleted?)",
        )
    ]


def test_a_current_map_that_does_not_load_is_named_as_such(cjm, tmp_path):
    broken = CURRENT.format(id="shop").replace("title: Shop", "title: [Shop")
    make(tmp_path, {"cjm.toml": "", "shop.yaml": broken, "future.yaml": FUTURE})
    assert reference_errors(cjm, tmp_path / "future.yaml") == [
        (5, 11, "journey 'shop' does not load: fix its errors to check this map against it")
    ]
