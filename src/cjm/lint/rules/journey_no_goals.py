"""The journey has no business goal or no customer goal.

## What it does
Flags a journey whose `goals` lack `business` or `customer` (or are missing).

## Why it matters
Start from goals: what the business wants, what the customer wants, and the shared
goal where they meet. Without both sides a map drifts into describing the company's
process instead of the customer's journey.

## Example
```yaml
goals:                      # flagged here: no customer goal
  business: Sell more high-margin products
```

## How to fix or silence it
Write both goals under `goals:` (and the `shared` one where they meet). To accept a
map without them, put `# cjm: disable-file=journey-no-goals` anywhere in the file.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    goals = journey.goals
    missing = [
        side for side in ("business", "customer") if goals is None or getattr(goals, side) is None
    ]
    if missing:
        yield Report(("goals",), f"the journey has no {' and no '.join(missing)} goal")


RULE = Rule("journey-no-goals", Severity.WARNING, __doc__, check)
