"""The journey was never reviewed, or not for too long.

## What it does
Flags a journey without a `reviewed` date, or whose `reviewed` date is more than
`stale-after-days` (365 unless configured) before today. Today is the local date,
or `--today YYYY-MM-DD` (or `CJM_TODAY`) for reproducible CI runs.

## Why it matters
A map is never finished: customers, channels and competitors change. Revisit each
map at least once a year, and record the date so everyone can see it is current.

## Example
```yaml
reviewed: 2024-03-01        # flagged on 2026-11-23
```

## How to fix or silence it
Review the map with the team and set `reviewed:` to the date of the review. Change
the period with `stale-after-days = 180` in the configuration, or put
`# cjm: disable-file=journey-stale` anywhere in the file.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey
from cjm.text import counted


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    if not journey.is_stale(context.today, context.stale_after_days):
        return
    if journey.reviewed is None:
        yield Report(("reviewed",), "the journey has no `reviewed` date")
    else:
        days = (context.today - journey.reviewed).days
        yield Report(
            ("reviewed",),
            f"last reviewed {journey.reviewed.isoformat()}, {counted(days, 'day')} ago "
            f"(more than {context.stale_after_days})",
        )


RULE = Rule("journey-stale", Severity.WARNING, __doc__, check)
