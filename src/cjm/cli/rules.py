"""``cjm rules``: the lint rules at a glance, and the full explanation of one."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from cjm.lint.rule import Rule


def rules(
    name: str | None = typer.Argument(
        None, metavar="[NAME]", help="A rule to explain in full.", show_default=False
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
            source = "" if rule.is_builtin else f" [{_plugin(rule)}]"
            print(f"{rule.name:<{width}}  {rule.default_severity.value:<8}  {rule.summary}{source}")
        print(
            "\nRun `cjm rules NAME` for the full explanation. Change a rule's severity, or "
            'turn it "off", under [tool.cjm.rules] in pyproject.toml or [rules] in cjm.toml. '
            "Rules in [brackets] come from installed plug-ins."
        )
        return
    rule = get_rule(name)
    source = "" if rule.is_builtin else f"; from the plug-in {_plugin(rule)}"
    print(f"{rule.name} (default severity: {rule.default_severity.value}{source})\n")
    print(rule.documentation)


def _plugin(rule: Rule) -> str:
    """``acme-cjm-rules 1.2.0``: the distribution a plug-in rule comes from."""
    return " ".join(rule.distribution) if rule.distribution else "unknown"
