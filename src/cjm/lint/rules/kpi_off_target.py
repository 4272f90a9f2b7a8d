"""A KPI's current value is worse than its target.

## What it does
Flags a KPI whose current value misses its `target`, in the direction given by
`better`: below the target when higher is better (the default), above it when
`better: lower`. The current value is the latest of the KPI's `measurements` (from the
map or the workspace's data files), else its `current`.

## Why it matters
Off-target KPIs show where the journey underperforms today; they are where the
pain points and actions of the stage should pay off. This rule is information, not
a mistake in the map: its default severity is `info`.

## Example
```yaml
kpis:
  - id: signup-time         # flagged here: 185 is worse than 60
    name: Median time to complete sign-up
    target: 60
    current: 185
    better: lower
```

## How to fix or silence it
Improve the stage, then add the new measurement (or update `current`). To keep these
notes out of the output, set `kpi-off-target = "off"` under `[tool.cjm.rules]`.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey
from cjm.text import with_unit


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, stage in enumerate(journey.stages):
        for k, kpi in enumerate(stage.kpis):
            value = kpi.value
            if kpi.is_off_target() and value is not None and kpi.target is not None:
                latest = kpi.latest
                when = f" on {latest.date.isoformat()}" if latest is not None else ""
                yield Report(
                    ("stages", s, "kpis", k),
                    f"KPI {kpi.id!r} is off target: {with_unit(value, kpi.unit)}{when} against "
                    f"a target of {with_unit(kpi.target, kpi.unit)} ({kpi.better} is better)",
                )


RULE = Rule("kpi-off-target", Severity.INFO, __doc__, check)
