"""A critical pain point has no benchmark.

## What it does
Flags a pain point with `severity: critical` whose `benchmark` is missing or empty.

## Why it matters
Before designing the fix for the worst pains, look at how competitors and other
industries solve the same problem: the benchmark is where the method finds the bar to
clear and ideas that already work, so the fix is not designed in a vacuum.

## Example
```yaml
pain_points:
  - id: payment-fails       # flagged here
    description: The card payment fails without a reason
    severity: critical
```

## How to fix or silence it
Add `benchmark:` with how others solve it ("Competitor X retries with a second
provider and says why"). Put `# cjm: disable=critical-pain-no-benchmark` on the pain
point's `- id:` line while the research is under way.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, p, pain_point in journey.iter_pain_points():
        if pain_point.severity == "critical" and not (pain_point.benchmark or "").strip():
            yield Report(
                ("stages", s, "pain_points", p),
                f"critical pain point {pain_point.id!r} has no benchmark",
            )


RULE = Rule("critical-pain-no-benchmark", Severity.INFO, __doc__, check)
