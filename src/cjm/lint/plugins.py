"""Rules from installed distributions, through the entry-point group ``cjm.rules``.

Every rule, cjm's own included, is registered the same way: an entry point whose name
is the rule's name and whose value is the rule's module (``"stage-no-kpis" =
"cjm.lint.rules.stage_no_kpis"``), as flake8 and sqlfluff load theirs. The module shape
is the public API (``docs/rules-api.md``): a docstring that is the rule's
documentation, a ``check(journey, context)`` function and ``RULE = Rule(...)``. A team
ships its own rules as a package and ``pip install`` makes them part of every run.

A plug-in that cannot work (it does not import, its rule is not a ``Rule``, its name is
not kebab-case or is taken) stops the run with one error naming the distribution,
before any map is read: a rule that silently does not run is worse than no rule.
"""

from __future__ import annotations

import importlib.metadata
import re
from collections.abc import Iterator
from dataclasses import replace
from importlib.metadata import EntryPoint, EntryPoints, entry_points
from types import ModuleType

from cjm import DISTRIBUTION
from cjm.errors import PluginError
from cjm.findings import CORE_RULES
from cjm.lint.rule import Distribution, Rule, is_rule_name

GROUP = "cjm.rules"
OWN = DISTRIBUTION
"""The distribution whose rules are the built-in ones (cjm is installed as ``cjmaps``)."""


def load_rules(group: str = GROUP) -> dict[str, Rule]:
    """Every rule of the group by name: cjm's own first, then each plug-in's by
    distribution; by name within each (installers do not keep the declared order)."""
    points = list(_with_distributions(entry_points(group=group)))
    points.sort(key=lambda item: (item[1].name != OWN, item[1].name, item[0].name))
    if not points or points[0][1].name != OWN:
        raise PluginError(
            f"cjm's own rules are not registered (no {group!r} entry points of the "
            f"distribution {OWN}): install {OWN}, or run `pip install -e .` again in a checkout"
        )
    rules: dict[str, Rule] = {}
    modules: dict[str, str] = {}
    for point, dist in points:
        rule = _load(point, dist)
        if rule.name in rules:
            raise _clash(
                rule.name, dist, rules[rule.name].distribution, modules[rule.name] == point.value
            )
        rules[rule.name] = rule
        modules[rule.name] = point.value
    return rules


def _clash(name: str, dist: Distribution, first: Distribution | None, same: bool) -> PluginError:
    """Two distributions register one rule name. The same module twice is most likely an
    older install of cjm under its former name, left beside the new one."""
    owner = "is a built-in rule" if _is_own(first) else f"{_name(first)} registers too"
    hint = f" (the same module: is {dist.name} an older install? uninstall it)" if same else ""
    return PluginError(f"{_who(dist)} registers the rule {name!r}, which {owner}{hint}")


def _with_distributions(points: EntryPoints) -> Iterator[tuple[EntryPoint, Distribution]]:
    """Each entry point with its distribution's name and version, read once per
    distribution (reading them parses the distribution's metadata file)."""
    known: dict[int, Distribution] = {}
    for point in points:
        dist = point.dist
        if dist is None:  # listed by entry_points(), an entry point always has one
            continue
        if id(dist) not in known:
            known[id(dist)] = _identity(dist)
        yield point, known[id(dist)]


_HEADER = re.compile(r"^(Name|Version):[ \t]*(\S+)", re.MULTILINE)


def _identity(dist: importlib.metadata.Distribution) -> Distribution:
    """A distribution's name and version, read from the header of its metadata file.

    ``dist.name`` and ``dist.version`` each parse the whole file as an e-mail message;
    cjm's own carries its README, so the two cost every ``cjm validate`` more than
    importing a rule. The header (before the first blank line) is all they need.
    """
    text = dist.read_text("METADATA") or dist.read_text("PKG-INFO") or ""
    fields = dict(_HEADER.findall(text.split("\n\n", 1)[0]))
    if "Name" not in fields or "Version" not in fields:  # unusual metadata: the full parse
        return Distribution(_normalise(dist.name), dist.version)
    return Distribution(_normalise(fields["Name"]), fields["Version"])


def _load(point: EntryPoint, dist: Distribution) -> Rule:
    who = _who(dist)
    if not is_rule_name(point.name):
        raise PluginError(
            f"{who} registers a rule named {point.name!r}: rule names are kebab-case, "
            "like kpi-needs-source"
        )
    if point.name in CORE_RULES:
        raise PluginError(f"{who} registers the rule {point.name!r}, a check cjm reserves")
    try:
        loaded = point.load()
    except Exception as error:  # any failure of foreign code is the plug-in's, not ours
        raise PluginError(
            f"{who}: the rule {point.name!r} ({point.value}) cannot be loaded: "
            f"{type(error).__name__}: {error}"
        ) from None
    rule = getattr(loaded, "RULE", None) if isinstance(loaded, ModuleType) else loaded
    if not isinstance(rule, Rule) or (rule.check is None and not _is_own(dist)):
        raise PluginError(
            f"{who}: {point.value} is not a rule module: it needs "
            "`RULE = Rule(name, severity, __doc__, check)` (see docs/rules-api.md)"
        )
    if rule.name != point.name:
        raise PluginError(
            f"{who}: the entry point {point.name!r} loads the rule {rule.name!r}; "
            "the two names must be the same"
        )
    return replace(rule, distribution=dist)


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _who(dist: Distribution) -> str:
    return f"the plug-in distribution {dist.name} {dist.version}".rstrip()


def _is_own(distribution: Distribution | None) -> bool:
    return distribution is None or distribution.name == OWN


def _name(distribution: Distribution | None) -> str:
    return "another distribution" if distribution is None else distribution.name
