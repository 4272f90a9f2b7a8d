"""An open action has no owner.

## What it does
Flags an action that is not `done` or `dropped` and has no `owner`.

## Why it matters
Plans need an owner and a date. An action nobody owns is an action nobody does;
naming a team or a person is what makes the follow-up conversation possible.

## Example
```yaml
actions:
  - id: social-login        # flagged here
    description: Offer social login
    status: planned
```

## How to fix or silence it
Add `owner:` with the accountable team or person, or set `status: dropped` if the
action will not be done. To accept it, put `# cjm: disable=action-no-owner` on the
action's `- id:` line.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, p, a, action in journey.iter_actions():
        if action.is_open and action.owner is None:
            yield Report(
                ("stages", s, "pain_points", p, "actions", a),
                f"{action.status} action {action.id!r} has no owner",
            )


RULE = Rule("action-no-owner", Severity.WARNING, __doc__, check)
