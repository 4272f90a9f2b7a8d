"""The journey names no persona.

## What it does
Flags a journey whose `personas` list is missing or empty.

## Why it matters
Maps are built per persona: an existing customer and a target group move through
the same stages with different goals, feelings and pains. A map for "everyone"
averages them into a customer who does not exist.

## Example
```yaml
cjm: 1                      # flagged here: no `personas` key
id: checkout
title: Checkout
```

## How to fix or silence it
Add `personas: [persona-id]`, with the persona defined in a `kind: persona`
document of the workspace or inline. To accept it, put
`# cjm: disable-file=journey-no-persona` anywhere in the file.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    if not journey.personas:
        yield Report(("personas",), "the journey names no persona")


RULE = Rule("journey-no-persona", Severity.WARNING, __doc__, check)
