"""The value/effort matrix: quadrants, placement, and labels that never overlap."""

from __future__ import annotations

import itertools

from cjm.model import Journey
from cjm.render.context import JourneyView
from cjm.render.matrix import CELL_HEIGHT, CELL_WIDTH, LABEL_UNITS, LINE, Matrix, layout
from cjm.render.opportunities import sorted_opportunities


def journey_with(*scores: tuple[str, int | None, int | None]) -> Journey:
    opportunities = [
        {"id": name, "description": name.title(), "value": value, "effort": effort}
        for name, value, effort in scores
    ]
    return Journey.model_validate(
        {
            "cjm": 1,
            "id": "j",
            "title": "J",
            "stages": [{"id": "s", "name": "S", "opportunities": opportunities}],
        }
    )


def test_opportunities_sorted_by_value_then_effort_unscored_last():
    journey = journey_with(("a", 3, 3), ("b", None, 2), ("c", 5, 4), ("d", 5, 1), ("e", 3, 1))
    views = sorted_opportunities(journey, journey)
    assert [(v.label, v.opportunity.id) for v in views] == [
        ("O1", "d"),
        ("O2", "c"),
        ("O3", "e"),
        ("O4", "a"),
        ("O5", "b"),
    ]
    assert [v.quadrant for v in views] == ["quick wins", "big bets", "quick wins", "big bets", None]


def test_three_counts_as_high_on_both_scales():
    journey = journey_with(("a", 3, 2), ("b", 2, 3), ("c", 2, 2), ("d", 3, 3))
    quadrants = {o.id: o.quadrant for o in journey.stages[0].opportunities}
    assert quadrants == {"a": "quick wins", "b": "money pits", "c": "fill-ins", "d": "big bets"}


def test_each_mark_sits_in_the_cell_of_its_scores(small: JourneyView):
    matrix = layout(small.opportunities)
    assert matrix is not None
    for mark in matrix.marks:
        assert mark.opportunity is not None
        effort, value = mark.opportunity.opportunity.effort, mark.opportunity.opportunity.value
        assert effort is not None and value is not None
        assert Matrix.x(effort) < mark.x < Matrix.x(effort) + CELL_WIDTH
        assert Matrix.y(value) < mark.y < Matrix.y(value) + CELL_HEIGHT
    assert [area.name for area in matrix.quadrants] == [
        "quick wins",
        "big bets",
        "fill-ins",
        "money pits",
    ]


def test_labels_in_a_crowded_cell_are_stacked_cut_and_counted():
    names = [f"opportunity-with-a-long-name-{n}" for n in range(8)]
    journey = journey_with(*[(name, 4, 2) for name in names], ("alone", 4, 3))
    matrix = layout(sorted_opportunities(journey, journey))
    assert matrix is not None
    crowded = [m for m in matrix.marks if Matrix.x(2) < m.x < Matrix.x(3)]
    assert len(crowded) == CELL_HEIGHT // LINE  # the last line says how many more
    assert crowded[-1].text == "+4 more" and crowded[-1].opportunity is None
    assert "O5" in crowded[-1].title and "O8" in crowded[-1].title  # hidden ones: tooltip
    lines = sorted(m.y for m in crowded)
    assert all(b - a >= LINE for a, b in itertools.pairwise(lines))
    assert all(len(m.text) <= LABEL_UNITS and m.text.endswith("\u2026") for m in crowded[:-1])
    assert all(Matrix.y(4) < m.y < Matrix.y(4) + CELL_HEIGHT for m in crowded)


def test_no_matrix_without_a_scored_opportunity():
    journey = journey_with(("a", 4, None), ("b", None, None))
    assert layout(sorted_opportunities(journey, journey)) is None
