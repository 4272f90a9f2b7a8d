"""The journey has no wow moment and no opportunity.

## What it does
Flags a journey where no touchpoint is marked `wow: true` and no stage lists
`opportunities`.

## Why it matters
Removing pain makes a journey acceptable; designed wow moments make it memorable
and shared. A map with neither is only a list of problems.

## Example
```yaml
stages:                     # no touchpoint has `wow: true`, no `opportunities`
  - id: purchase
    name: Purchase
    touchpoints:
      - {id: checkout, name: Checkout}
```

## How to fix or silence it
Mark a designed touchpoint with `wow: true`, or write down ideas under a stage's
`opportunities:`. To accept it, put `# cjm: disable-file=journey-no-wow-moment`
anywhere in the file.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    has_wow = any(touchpoint.wow for _, _, touchpoint in journey.iter_touchpoints())
    has_ideas = any(stage.opportunities for stage in journey.stages)
    if not has_wow and not has_ideas:
        yield Report((), "no touchpoint is a wow moment and no stage lists opportunities")


RULE = Rule("journey-no-wow-moment", Severity.INFO, __doc__, check)
