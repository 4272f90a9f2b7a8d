"""A KPI's latest measurement is worse than the one before it.

## What it does
Flags a KPI whose latest measurement is worse than its previous one, in the direction
given by `better`: lower when higher is better (the default), higher when
`better: lower`. The measurements come from the map's `measurements` and from the
workspace's data files (`measurements` in cjm.toml), ordered by date.

## Why it matters
A stage that got worse since the last measurement is where the team should look
first: a release, a new partner or a changed process may have broken something that
worked. Catching it at the next measurement, not at the yearly review, keeps the
damage small.

## Example
```yaml
kpis:
  - id: checkout-conversion     # flagged here: 51 on 2026-09-30, worse than 54
    name: Checkout conversion
    target: 65
    measurements:
      - {date: 2026-06-30, value: 54}
      - {date: 2026-09-30, value: 51}
```

## How to fix or silence it
Find out what changed and act on it (a pain point with an action); the finding goes
away with the next measurement that is not worse. To accept a known dip, put
`# cjm: disable=kpi-regressed` on the KPI's line, or set `kpi-regressed = "info"`
under `[tool.cjm.rules]`.
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
            latest, previous = kpi.latest, kpi.previous
            if latest is None or previous is None or not kpi.has_regressed():
                continue
            yield Report(
                ("stages", s, "kpis", k),
                f"KPI {kpi.id!r} regressed: {with_unit(latest.value, kpi.unit)} on "
                f"{latest.date.isoformat()}, worse than {with_unit(previous.value, kpi.unit)} "
                f"on {previous.date.isoformat()} ({kpi.better} is better)",
            )


RULE = Rule("kpi-regressed", Severity.WARNING, __doc__, check)
