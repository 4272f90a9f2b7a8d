"""``cjm rules``: the lint rules at a glance, and the full explanation of one."""

from __future__ import annotations

from pathlib import Path

import typer


def rules(
    name: str | None = typer.Argument(
        None, metavar="NAME", help="A rule to explain in full.", show_default=False
    ),
) -> None:
    """List every lint rule with its default severity and summary, or explain one.

    Besides cjm's rules: those of installed plug-ins, and the `[[require]]` rules of the
    configuration that applies to the current folder.

    The explanation says what the rule checks, why it matters, an example that
    triggers it, and how to fix or silence it.

    Examples:

        cjm rules

        cjm rules stage-no-kpis
    """
    from cjm.errors import UnknownRuleError
    from cjm.lint.config import discover_config
    from cjm.text import did_you_mean

    config = discover_config(Path.cwd())
    rules = {rule.name: rule for rule in config.rules}
    origins = {requirement.name: requirement.origin for requirement in config.requirements}
    for rule in config.rules:
        if rule.distribution is not None and not rule.is_builtin:
            origins[rule.name] = " ".join(rule.distribution)
    if name is None:
        width = max(len(rule_name) for rule_name in rules)
        print(f"{'RULE':<{width}}  SEVERITY  SUMMARY")
        for rule in rules.values():
            origin = f" [{origins[rule.name]}]" if rule.name in origins else ""
            print(f"{rule.name:<{width}}  {rule.default_severity.value:<8}  {rule.summary}{origin}")
        print(
            "\nRun `cjm rules NAME` for the full explanation. Change a rule's severity, or "
            'turn it "off", under [tool.cjm.rules] in pyproject.toml or [rules] in cjm.toml. '
            "Rules in [brackets] come from installed plug-ins or from the configuration of "
            "this folder ([[require]])."
        )
        return
    if name not in rules:
        hint = did_you_mean(name, set(rules))
        raise UnknownRuleError(f"unknown rule {name!r}{hint}; `cjm rules` lists them")
    rule = rules[name]
    if rule.name in origins:
        kind = "the plug-in " if rule.distribution is not None else ""
        origin = f"; from {kind}{origins[rule.name]}"
    else:
        origin = ""
    print(f"{rule.name} (default severity: {rule.default_severity.value}{origin})\n")
    print(rule.documentation)
