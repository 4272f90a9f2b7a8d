"""A stage has no emotion, and none of its touchpoints has one.

## What it does
Flags a stage with no `emotion` whose touchpoints carry no `emotion` either.

## Why it matters
The emotional curve is what makes a journey map more than a process chart: it shows
where customers are delighted and where they suffer. A stage without any emotion
leaves a hole in the curve.

## Example
```yaml
stages:
  - id: onboarding          # flagged here
    name: Onboarding
    touchpoints:
      - {id: welcome-call, name: Welcome call}
```

## How to fix or silence it
Set `emotion:` (from -2 to +2) on the stage or on its touchpoints, from interviews
or survey data. Put `# cjm: disable=stage-no-emotion` on the stage's `- id:` line
to accept the gap.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, stage in enumerate(journey.stages):
        if stage.emotion_score() is None:
            yield Report(
                ("stages", s), f"stage {stage.id!r} has no emotion, nor do its touchpoints"
            )


RULE = Rule("stage-no-emotion", Severity.INFO, __doc__, check)
