"""A stage lists no pain points.

## What it does
Flags a stage whose `pain_points` list is missing or empty.

## Why it matters
A journey map exists to find where the journey hurts, stage by stage. A stage
without pain points has usually not been researched yet; it is rarely painless.
Look at the voice of the customer, surveys and analytics for this stage.

## Example
```yaml
stages:
  - id: delivery            # flagged here
    name: Delivery
    pain_points: []
```

## How to fix or silence it
Add the pain points you found, each with its evidence. If the stage truly has none,
put `# cjm: disable=stage-no-pain-points` on its `- id:` line or the line above.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, stage in enumerate(journey.stages):
        if not stage.pain_points:
            yield Report(("stages", s), f"stage {stage.id!r} lists no pain points")


RULE = Rule("stage-no-pain-points", Severity.WARNING, __doc__, check)
