"""A serious pain point has no action.

## What it does
Flags a pain point of severity `high` or `critical` with no `actions`.

## Why it matters
Finding a pain point is half the work: the map pays off when each serious pain is
turned into an action with an owner and a deadline, and the action is done.

## Example
```yaml
pain_points:
  - id: card-check-fails    # flagged here
    description: The 3-D Secure check fails and the cart is emptied
    severity: critical
```

## How to fix or silence it
Add an action with an `owner` and a `due` date. If the pain is accepted for now,
put `# cjm: disable=pain-point-no-action` on the pain point's `- id:` line.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey
from cjm.model.journey import SERIOUS_SEVERITIES


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, p, pain_point in journey.iter_pain_points():
        if pain_point.severity in SERIOUS_SEVERITIES and not pain_point.actions:
            yield Report(
                ("stages", s, "pain_points", p),
                f"{pain_point.severity} pain point {pain_point.id!r} has no action",
            )


RULE = Rule("pain-point-no-action", Severity.WARNING, __doc__, check)
