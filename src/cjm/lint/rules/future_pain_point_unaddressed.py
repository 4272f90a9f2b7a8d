"""A serious pain point of the current journey that the future map leaves.

## What it does
In a future map that `improves` a current journey, flags each `high` or `critical`
pain point of the current journey that no touchpoint and no opportunity of the future
map `resolves` (dropped opportunities resolve nothing). It is reported on the
`improves` line, naming the pain point and its current stage.

## Why it matters
A to-be design is judged by what it removes. A serious pain that the new design does
not address is either forgotten or knowingly left: both deserve a second look before
the design is built.

## Example
```yaml
state: future
improves: online-store-purchase   # flagged here: 'card-check-fails' (payment) is left
stages:
  - id: checkout
    name: Checkout
    touchpoints:
      - id: one-tap-pay
        name: One-tap payment     # no `resolves: [card-check-fails]`
```

## How to fix or silence it
Add the pain point's id to the `resolves` list of the touchpoint or opportunity that
removes it. If the design leaves it on purpose, put
`# cjm: disable=future-pain-point-unaddressed` above the `improves` line.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey
from cjm.model.journey import SERIOUS_SEVERITIES


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    current = context.baseline
    if current is None:
        return
    resolved = journey.resolved_pain_points()
    for s, _, pain_point in current.iter_pain_points():
        if pain_point.severity in SERIOUS_SEVERITIES and pain_point.id not in resolved:
            yield Report(
                ("improves",),
                f"{pain_point.severity} pain point {pain_point.id!r} of stage "
                f"{current.stages[s].id!r} in {current.id!r} is resolved by nothing in this map",
            )


RULE = Rule("future-pain-point-unaddressed", Severity.INFO, __doc__, check)
