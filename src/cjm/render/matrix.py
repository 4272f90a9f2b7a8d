"""The value/effort matrix of a journey's opportunities, laid out for an inline SVG.

Effort runs left to right and value bottom to top, one cell per pair of scores
(1..5). A score of 3 or more is high (``SCORE_MIDDLE``), so the quadrant lines sit
between 2 and 3. Opportunities with the same scores share a cell: their labels are
stacked in it one per line and cut to the cell's width, so no two labels overlap;
a cell too full says how many more it holds. The full description is each mark's
tooltip and the numbered list under the matrix.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from cjm.model.journey import SCORE_MIDDLE
from cjm.render.opportunities import OpportunityView
from cjm.text import display_width

SCORES = range(1, 6)
CELL_WIDTH = 150
CELL_HEIGHT = 84
LEFT = 58
TOP = 30
RIGHT = 12
BOTTOM = 74
LINE = 15
"""Height of one label line, in pixels (labels are 12px)."""
LINES_PER_CELL = (CELL_HEIGHT - 6) // LINE
LABEL_UNITS = 19
"""Room for a label in a cell, in character units (a wide CJK character counts 2)."""

QUADRANT_CELLS = {
    "quick wins": (range(1, SCORE_MIDDLE), range(SCORE_MIDDLE, 6)),
    "big bets": (range(SCORE_MIDDLE, 6), range(SCORE_MIDDLE, 6)),
    "fill-ins": (range(1, SCORE_MIDDLE), range(1, SCORE_MIDDLE)),
    "money pits": (range(SCORE_MIDDLE, 6), range(1, SCORE_MIDDLE)),
}
"""Each quadrant's effort and value scores."""


@dataclass(frozen=True)
class QuadrantArea:
    name: str
    x: int
    y: int
    width: int
    height: int
    label_y: int
    """Names of the upper quadrants sit above the plot, the lower ones below its axis."""

    @property
    def css(self) -> str:
        return self.name.replace(" ", "-")

    @property
    def label_x(self) -> float:
        return self.x + self.width / 2


@dataclass(frozen=True)
class Mark:
    """One line in a cell: a dot and a label, or the ``+N more`` of a full cell."""

    x: int
    y: int
    text: str
    title: str
    opportunity: OpportunityView | None


@dataclass(frozen=True)
class Matrix:
    width: int
    height: int
    quadrants: list[QuadrantArea]
    marks: list[Mark]
    description: str
    """The matrix in words, for screen readers."""
    scores: ClassVar[range] = SCORES
    left: ClassVar[int] = LEFT
    cell_width: ClassVar[int] = CELL_WIDTH
    cell_height: ClassVar[int] = CELL_HEIGHT

    @staticmethod
    def x(effort: float) -> float:
        """Left edge of the cells of an effort score (fractions for grid lines)."""
        return LEFT + (effort - 1) * CELL_WIDTH

    @staticmethod
    def y(value: float) -> float:
        """Top edge of the cells of a value score."""
        return TOP + (5 - value) * CELL_HEIGHT

    @property
    def plot_bottom(self) -> int:
        return TOP + 5 * CELL_HEIGHT


def layout(opportunities: Sequence[OpportunityView]) -> Matrix | None:
    """The matrix of the scored opportunities; None when none is scored."""
    cells: dict[tuple[int, int], list[OpportunityView]] = defaultdict(list)
    for view in opportunities:
        value, effort = view.opportunity.value, view.opportunity.effort
        if value is not None and effort is not None:
            cells[(effort, value)].append(view)
    if not cells:
        return None
    marks = [mark for cell, views in sorted(cells.items()) for mark in _cell_marks(cell, views)]
    placed = sum(len(views) for views in cells.values())
    return Matrix(
        LEFT + 5 * CELL_WIDTH + RIGHT,
        TOP + 5 * CELL_HEIGHT + BOTTOM,
        [_area(name) for name in QUADRANT_CELLS],
        marks,
        f"Value/effort matrix of {placed} scored opportunities: "
        + "; ".join(_described(view) for views in cells.values() for view in views),
    )


def _area(name: str) -> QuadrantArea:
    efforts, values = QUADRANT_CELLS[name]
    x, y = Matrix.x(efforts.start), Matrix.y(values.stop - 1)
    upper = values.start >= SCORE_MIDDLE
    return QuadrantArea(
        name,
        int(x),
        int(y),
        len(efforts) * CELL_WIDTH,
        len(values) * CELL_HEIGHT,
        TOP - 10 if upper else TOP + 5 * CELL_HEIGHT + 38,
    )


def _cell_marks(cell: tuple[int, int], views: list[OpportunityView]) -> list[Mark]:
    effort, value = cell
    shown = views if len(views) <= LINES_PER_CELL else views[: LINES_PER_CELL - 1]
    lines = len(shown) + (len(shown) < len(views))
    left = int(Matrix.x(effort)) + 10
    top = int(Matrix.y(value)) + (CELL_HEIGHT - lines * LINE) // 2
    marks = [
        Mark(left, top + LINE * index + LINE // 2, _label(view), _described(view), view)
        for index, view in enumerate(shown)
    ]
    if len(shown) < len(views):
        rest = views[len(shown) :]
        marks.append(
            Mark(
                left,
                top + LINE * len(shown) + LINE // 2,
                f"+{len(rest)} more",
                "; ".join(_described(view) for view in rest),
                None,
            )
        )
    return marks


def _described(view: OpportunityView) -> str:
    opportunity = view.opportunity
    return (
        f"{view.label} {opportunity.description} (value {opportunity.value}, "
        f"effort {opportunity.effort}, {view.quadrant})"
    )


def _label(view: OpportunityView) -> str:
    """``O1 saved-cards``, cut with an ellipsis to the room a cell has."""
    return _truncate(f"{view.label} {view.opportunity.id}", LABEL_UNITS)


def _truncate(text: str, units: int) -> str:
    if display_width(text) <= units:
        return text
    kept = ""
    for character in text:
        if display_width(kept + character) > units - 1:
            break
        kept += character
    return kept + "\u2026"
