"""A stage lists no KPIs.

## What it does
Flags a stage whose `kpis` list is missing or empty.

## Why it matters
Every stage should be measured against a goal: bounce rate while browsing,
conversion at checkout, NPS after support. Without a KPI nobody can tell whether a
change to the stage made it better or worse.

## Example
```yaml
stages:
  - id: loyalty             # flagged here
    name: Loyalty
    kpis: []
```

## How to fix or silence it
Add at least one KPI with a `target` (and its `current` value when you have it).
For a stage you cannot measure yet, put `# cjm: disable=stage-no-kpis` on its
`- id:` line or the line above.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, stage in enumerate(journey.stages):
        if not stage.kpis:
            yield Report(("stages", s), f"stage {stage.id!r} lists no KPIs")


RULE = Rule("stage-no-kpis", Severity.WARNING, __doc__, check)
