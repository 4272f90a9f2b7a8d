"""A pain point has no evidence.

## What it does
Flags a pain point whose `evidence` list is missing or empty.

## Why it matters
Data-driven mapping: a pain point backed by the voice of the customer, a survey or
analytics gets prioritised and funded; an opinion gets debated. Evidence also tells
the next reviewer whether the pain is still real.

## Example
```yaml
pain_points:
  - id: signup-too-long     # flagged here
    description: The form asks for too much personal information
```

## How to fix or silence it
Add `evidence:` with where the pain was seen ("2026 Q1 funnel: 41% abandon the
form"). Put `# cjm: disable=pain-point-no-evidence` on the pain point's `- id:` line
for a pain still to be researched.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, p, pain_point in journey.iter_pain_points():
        if not pain_point.evidence:
            yield Report(
                ("stages", s, "pain_points", p), f"pain point {pain_point.id!r} has no evidence"
            )


RULE = Rule("pain-point-no-evidence", Severity.INFO, __doc__, check)
