"""A `# cjm:` comment that cjm does not understand.

## What it does
Flags a suppression comment that names a rule that does not exist, uses an unknown
directive (only `disable=` and `disable-file=` exist), or names no rule at all.

## Why it matters
A misspelt suppression silences nothing, so the finding it was meant for keeps
coming back, or, worse, a renamed rule starts firing again unnoticed. Problems of
the `yaml`, `schema` and `reference` checks cannot be silenced: the map is broken.

## Example
```yaml
stages:
  - id: kiosk   # cjm: disable=stage-no-kpi     <- flagged: the rule is stage-no-kpis
```

## How to fix or silence it
Correct the name (`cjm rules` lists them all) or delete the comment. To ignore such
comments, set `unknown-suppression = "off"` under `[tool.cjm.rules]`.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator

from cjm.findings import CORE_RULES, Severity
from cjm.lint.rule import Rule
from cjm.lint.suppression import KINDS, Directive, Suppressions
from cjm.text import did_you_mean


def problems(suppressions: Suppressions, known: Collection[str]) -> Iterator[tuple[Directive, str]]:
    """Each directive that cannot work, with the reason; ``known`` are the rule names."""
    for directive in suppressions.directives:
        if directive.kind not in KINDS:
            hint = did_you_mean(directive.kind, set(KINDS))
            yield directive, f"unknown suppression `cjm: {directive.kind}`{hint}"
        elif not directive.names:
            yield directive, f"`cjm: {directive.kind}` names no rule: write `{directive.kind}=RULE`"
        for name in directive.names:
            if name in CORE_RULES:
                yield directive, f"{name!r} problems cannot be silenced: fix the map"
            elif name not in known:
                hint = did_you_mean(name, set(known))
                yield directive, f"unknown rule {name!r} in suppression{hint}"


RULE = Rule("unknown-suppression", Severity.WARNING, __doc__)
