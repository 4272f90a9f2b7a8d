"""A stage lists no touchpoints.

## What it does
Flags a stage whose `touchpoints` list is missing or empty.

## Why it matters
Journey maps are built from touchpoints: the website, the app, the store, the call
centre. A stage without one says nothing about where the customer meets the brand,
so its pain points and emotions cannot be tied to a place to improve.

## Example
```yaml
stages:
  - id: awareness           # flagged here
    name: Awareness
    touchpoints: []
```

## How to fix or silence it
List the touchpoints of the stage, each with its `channel`. For a stage that has
none by design, put `# cjm: disable=stage-no-touchpoints` on its `- id:` line.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, stage in enumerate(journey.stages):
        if not stage.touchpoints:
            yield Report(("stages", s), f"stage {stage.id!r} lists no touchpoints")


RULE = Rule("stage-no-touchpoints", Severity.WARNING, __doc__, check)
