"""A KPI has no target.

## What it does
Flags a KPI without a `target` value.

## Why it matters
A number without a goal cannot say whether the stage works. The target is what the
team commits to; `kpi-off-target` can only compare `current` against it when it is
there.

## Example
```yaml
kpis:
  - id: signup-completion   # flagged here
    name: Sign-up completion rate
    current: 59
```

## How to fix or silence it
Add `target:` (and `better: lower` when lower values are better). While a target is
being agreed, put `# cjm: disable=kpi-no-target` on the KPI's `- id:` line.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, stage in enumerate(journey.stages):
        for k, kpi in enumerate(stage.kpis):
            if kpi.target is None:
                yield Report(("stages", s, "kpis", k), f"KPI {kpi.id!r} has no target")


RULE = Rule("kpi-no-target", Severity.WARNING, __doc__, check)
