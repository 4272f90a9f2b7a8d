"""Opportunities in the order a team picks them: most value first, then least effort.

Every report numbers them the same way (``O1``, ``O2``...), so the value/effort matrix,
the list under it and the Markdown table refer to the same idea by the same number.
"""

from __future__ import annotations

from dataclasses import dataclass

from cjm.model import Journey, Opportunity, Stage


@dataclass(frozen=True)
class OpportunityView:
    opportunity: Opportunity
    label: str
    """``O1``, ``O2``...: the position in the sorted list."""
    stage: Stage
    resolves: list[str]
    """Descriptions of the pain points it resolves (their ids when unknown)."""

    @property
    def quadrant(self) -> str | None:
        return self.opportunity.quadrant


def sorted_opportunities(journey: Journey, pains_of: Journey) -> list[OpportunityView]:
    """Scored opportunities by value (highest first) then effort (lowest first), then the
    unscored ones in map order. ``pains_of`` is the journey whose pain points their
    ``resolves`` name: the improved one for a future map, else the map itself."""
    pains = {pain.id: pain.description for _, _, pain in pains_of.iter_pain_points()}
    entries = [
        (stage, opportunity) for stage in journey.stages for opportunity in stage.opportunities
    ]
    order = sorted(range(len(entries)), key=lambda index: _rank(entries[index][1], index))
    return [
        OpportunityView(
            entries[index][1],
            f"O{number}",
            entries[index][0],
            [pains.get(pain, pain) for pain in entries[index][1].resolves],
        )
        for number, index in enumerate(order, start=1)
    ]


def _rank(opportunity: Opportunity, index: int) -> tuple[int, int, int, int]:
    if opportunity.value is None or opportunity.effort is None:
        return (1, 0, 0, index)
    return (0, -opportunity.value, opportunity.effort, index)
