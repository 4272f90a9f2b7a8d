"""One shape for every table of named things cjm offers: lint rules, validate's
reporters, render's renderers, diff's and export's formats.

A registry is a literal ``dict`` from the name the user types to an object carrying its
one-line help as ``summary`` — so ``grep '"sarif"'`` finds where a format is defined —
and a command's ``--format`` choices and help both come from that dict
(:func:`describe`), so they can never list something that does not exist.

Code is named, not imported: an :class:`Entry` holds ``"module:attribute"`` (the
syntax of Python entry points) and imports it on first use, so ``cjm --version`` and
``--help`` never load Jinja2, Graphviz or the reporters. A lint rule is registered as
its ``Rule`` object, which carries its own summary.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

T = TypeVar("T")


class Described(Protocol):
    """Anything a registry holds: it can say in one line what it is."""

    @property
    def summary(self) -> str: ...


@dataclass(frozen=True, slots=True)
class Entry(Generic[T]):
    """A registered implementation, imported only when it is used."""

    target: str
    """``module:attribute``, as in an entry point."""
    summary: str
    """One line for ``--help``: what the user gets."""

    def load(self) -> T:
        module, _, attribute = self.target.partition(":")
        loaded: T = getattr(importlib.import_module(module), attribute)
        return loaded


def describe(registry: Mapping[str, Described]) -> str:
    """``text: one line per finding; json: …``: every name with its help, for ``--help``."""
    return "; ".join(f"{name}: {entry.summary}" for name, entry in registry.items())
