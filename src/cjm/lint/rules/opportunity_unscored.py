"""An opportunity has no value or no effort score.

## What it does
Flags an opportunity without `value` or without `effort` (each 1..5).

## Why it matters
Teams decide what to build first by weighing value against effort: quick wins
before big bets, and no money pits. An unscored opportunity stays off the
value/effort matrix of the report, so it is never weighed against the others.

## Example
```yaml
opportunities:
  - id: saved-cards               # flagged here: no `effort`
    description: Keep the card for next time
    value: 4
```

## How to fix or silence it
Score it: `value: 1..5` for the customer and the business, `effort: 1..5` for the cost
to build. For a raw idea not ready to be scored, put
`# cjm: disable=opportunity-unscored` on its `- id:` line.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, o, opportunity in journey.iter_opportunities():
        missing = [
            name
            for name, score in (("value", opportunity.value), ("effort", opportunity.effort))
            if score is None
        ]
        if missing:
            yield Report(
                ("stages", s, "opportunities", o),
                f"opportunity {opportunity.id!r} has no {' and no '.join(missing)} score",
            )


RULE = Rule("opportunity-unscored", Severity.INFO, __doc__, check)
