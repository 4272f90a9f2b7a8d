"""A future map does not say which current journey it improves.

## What it does
Flags a map with `state: future` that has no `improves`.

## Why it matters
A to-be journey is designed against the as-is one. Naming it with `improves` lets
`cjm render` compare the two emotion curves, show which pain points the design
removes and which it leaves, and lets `cjm validate` point out serious pain points
nothing addresses.

## Example
```yaml
id: online-store-future
title: Online store, redesigned
state: future                     # flagged here: no `improves`
```

## How to fix or silence it
Add `improves: ID` with the id of the current journey of the workspace. For a
to-be journey of a service that does not exist yet, put
`# cjm: disable=future-no-baseline` above the `state` line.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    if journey.state == "future" and journey.improves is None:
        yield Report(
            ("state",),
            "future map without `improves`: name the current journey it improves",
        )


RULE = Rule("future-no-baseline", Severity.INFO, __doc__, check)
