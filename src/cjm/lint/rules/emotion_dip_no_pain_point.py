"""A stage where the emotional curve dips below zero lists no pain point.

## What it does
Flags a stage whose emotion, as the curve shows it (the stage's `emotion`, else the
mean of its touchpoints' emotions), is negative while its `pain_points` list is
missing or empty.

## Why it matters
The curve says the customer hurts here; the map does not say where or why. A dip
without a pain point cannot be acted on: nobody can own it, back it with evidence or
measure its fix.

## Example
```yaml
stages:
  - id: delivery            # flagged here
    name: Delivery
    emotion: -1
    touchpoints:
      - {id: tracking, name: Tracking page}
```

## How to fix or silence it
Name the pain behind the dip under `pain_points:` (with its touchpoint and evidence),
or correct the emotion if the stage does not hurt. Put
`# cjm: disable=emotion-dip-no-pain-point` on the stage's `- id:` line to accept it.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey
from cjm.text import format_number


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    for s, stage in enumerate(journey.stages):
        score = stage.emotion_score()
        if score is not None and score < 0 and not stage.pain_points:
            yield Report(
                ("stages", s),
                f"stage {stage.id!r} has a negative emotion ({format_number(score)}) "
                "but lists no pain point",
            )


RULE = Rule("emotion-dip-no-pain-point", Severity.WARNING, __doc__, check)
