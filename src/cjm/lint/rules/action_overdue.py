"""An open action is past its due date.

## What it does
Flags an action whose `due` date is before today while its status is still
`planned` or `in-progress`. Today is the local date, or `--today YYYY-MM-DD` (or
the `CJM_TODAY` environment variable) for reproducible CI runs.

## Why it matters
Execution is checked regularly: an overdue action is either late work to chase or
a plan that changed without the map saying so.

## Example
```yaml
actions:
  - id: payment-fallback    # flagged on 2026-11-23
    description: Offer PayPal after a failed card check
    due: 2026-09-30
    status: in-progress
```

## How to fix or silence it
Finish it (`status: done`), drop it (`status: dropped`), or agree a new `due` date.
Silence one action with `# cjm: disable=action-overdue` on its `- id:` line.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey
from cjm.text import counted


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, p, a, action in journey.iter_actions():
        if action.due is not None and action.is_overdue(context.today):
            ago = counted((context.today - action.due).days, "day")
            yield Report(
                ("stages", s, "pain_points", p, "actions", a),
                f"action {action.id!r} was due {action.due.isoformat()} ({ago} ago) "
                f"and is still {action.status}",
            )


RULE = Rule("action-overdue", Severity.WARNING, __doc__, check)
