"""Ids are unique within a journey and every reference resolves."""

from __future__ import annotations

from cjm.loader import load_document
from cjm.references import check_references
from tests.conftest import FIXTURES


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
