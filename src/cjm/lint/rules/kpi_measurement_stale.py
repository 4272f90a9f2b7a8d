"""A KPI's latest measurement is too old.

## What it does
Flags a KPI that has measurements (in the map or in the workspace's data files) when
the latest one is more than `measurement-max-age-days` (120 unless configured) before
today. KPIs without measurements are not checked. Today is the local date, or
`--today YYYY-MM-DD` (or `CJM_TODAY`).

## Why it matters
A KPI steers the work on a stage only while it is measured: an old value hides
whether the actions paid off or the stage got worse. Measuring at least every
quarter keeps the map a management tool, not a snapshot.

## Example
```yaml
kpis:
  - id: signup-completion       # flagged on 2026-11-23: measured 176 days ago
    name: Sign-up completion rate
    measurements:
      - {date: 2026-05-31, value: 62}
```

## How to fix or silence it
Add the new measurement (to the map, or to the data file your analytics export
writes). For KPIs measured less often, raise `measurement-max-age-days = 400` in the
configuration, or put `# cjm: disable=kpi-measurement-stale` on the KPI's line.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, stage in enumerate(journey.stages):
        for k, kpi in enumerate(stage.kpis):
            latest = kpi.latest
            if latest is None:
                continue
            days = (context.today - latest.date).days
            if days > context.measurement_max_age_days:
                yield Report(
                    ("stages", s, "kpis", k),
                    f"KPI {kpi.id!r} was last measured {latest.date.isoformat()}, {days} days "
                    f"ago (more than {context.measurement_max_age_days})",
                )


RULE = Rule("kpi-measurement-stale", Severity.INFO, __doc__, check)
