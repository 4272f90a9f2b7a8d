"""A pain point names a touchpoint of another stage.

## What it does
Flags a pain point whose `touchpoint` is a touchpoint of a different stage than the
one the pain point is listed under.

## Why it matters
A pain point belongs to the moment it hurts: its stage's emotion, KPIs and actions
are read together. A touchpoint from another stage is usually a copy-paste slip (the
pain point was copied from a neighbouring stage and kept its `touchpoint`), and the
reports then show the pain in one column and the touchpoint in another.

## Example
```yaml
stages:
  - id: cart
    name: Cart
    touchpoints:
      - id: cart-page
        name: Cart page
  - id: pay
    name: Pay
    pain_points:
      - id: card-fails      # flagged here: cart-page is a touchpoint of stage cart
        description: The card check fails
        touchpoint: cart-page
```

## How to fix or silence it
Point `touchpoint` at a touchpoint of the pain point's own stage, or move the pain
point to the stage whose touchpoint it names. When the pain really spans stages, put
`# cjm: disable=pain-point-touchpoint-elsewhere` on the pain point's `- id:` line.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    stage_of = {touchpoint.id: journey.stages[s] for s, _, touchpoint in journey.iter_touchpoints()}
    for s, p, pain_point in journey.iter_pain_points():
        owner = stage_of.get(pain_point.touchpoint or "")
        stage = journey.stages[s]
        if owner is not None and owner is not stage:  # an unknown id is a reference error
            yield Report(
                ("stages", s, "pain_points", p),
                f"pain point {pain_point.id!r} of stage {stage.id!r} names touchpoint "
                f"{pain_point.touchpoint!r} of stage {owner.id!r}",
            )


RULE = Rule("pain-point-touchpoint-elsewhere", Severity.WARNING, __doc__, check)
