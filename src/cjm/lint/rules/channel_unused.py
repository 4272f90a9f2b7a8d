"""A declared channel is used by no touchpoint.

## What it does
Flags an entry of `channels` whose id no touchpoint names as its `channel`.

## Why it matters
The channel catalogue shows where the customer meets the brand. A channel nobody
uses is either a leftover from an old version of the map or a touchpoint that is
missing, which breaks the picture of connected online and offline channels.

## Example
```yaml
channels:
  - id: store               # flagged here when no touchpoint says `channel: store`
    name: Flagship store
```

## How to fix or silence it
Add the touchpoints that happen in the channel, or remove the channel. Put
`# cjm: disable=channel-unused` on the channel's `- id:` line to keep it anyway.
"""

from __future__ import annotations

from collections.abc import Iterator

from cjm.findings import Report, Severity
from cjm.lint.rule import LintContext, Rule
from cjm.model import Journey


def check(journey: Journey, context: LintContext) -> Iterator[Report]:
    used = {touchpoint.channel for _, _, touchpoint in journey.iter_touchpoints()}
    for c, channel in enumerate(journey.channels):
        if channel.id not in used:
            yield Report(("channels", c), f"channel {channel.id!r} is used by no touchpoint")


RULE = Rule("channel-unused", Severity.INFO, __doc__, check)
