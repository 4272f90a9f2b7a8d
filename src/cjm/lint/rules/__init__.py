"""Every lint rule, by name: cjm's own and those of installed plug-ins.

Rules are registered through the entry-point group ``cjm.rules``: cjm's own in its
``pyproject.toml`` (one line per rule module), plug-ins in theirs (see
:mod:`cjm.lint.plugins`). ``cjm rules`` and SARIF list cjm's rules by name, then each
plug-in's. ``RULES`` reads
them on first use, so a broken plug-in is an error of the command that needs the rules,
never of ``cjm --version``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping

from cjm.lint.rule import Rule


class RuleRegistry(Mapping[str, Rule]):
    """Rule name → rule, loaded from the entry points once per process."""

    def __init__(self) -> None:
        self._rules: dict[str, Rule] | None = None

    def _loaded(self) -> dict[str, Rule]:
        if self._rules is None:
            from cjm.lint.plugins import load_rules

            self._rules = load_rules()
        return self._rules

    def __getitem__(self, name: str) -> Rule:
        return self._loaded()[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())

    def reload(self) -> None:
        """Forget the loaded rules: the next use reads the entry points again."""
        self._rules = None


RULES = RuleRegistry()
