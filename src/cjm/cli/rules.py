"""``cjm rules``: the lint rules at a glance, and the full explanation of one."""

from __future__ import annotations

import typer


def rules(
    name: str | None = typer.Argument(
        None, metavar="NAME", help="A rule to explain in full.", show_default=False
    ),
) -> None:
    """List every lint rule with its default severity and summary, or explain one.

    The explanation says what the rule checks, why it matters, an example that
    triggers it, and how to fix or silence it.

    Examples:

        cjm rules

        cjm rules stage-no-kpis
    """
    from cjm.lint.rules import RULES, get_rule

    if name is None:
        width = max(len(rule_name) for rule_name in RULES)
        print(f"{'RULE':<{width}}  SEVERITY  SUMMARY")
        for rule in RULES.values():
            print(f"{rule.name:<{width}}  {rule.default_severity.value:<8}  {rule.summary}")
        print(
            "\nRun `cjm rules NAME` for the full explanation. Change a rule's severity, or "
            'turn it "off", under [tool.cjm.rules] in pyproject.toml or [rules] in cjm.toml.'
        )
        return
    rule = get_rule(name)
    print(f"{rule.name} (default severity: {rule.default_severity.value})\n")
    print(rule.documentation)
