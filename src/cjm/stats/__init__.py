"""``cjm stats`` as a library: the portfolio numbers a CX lead reports every month.

``portfolio.PortfolioStats`` counts the maps; ``FORMATS`` (a registry, see
``cjm.registry``) maps each ``--format`` name to the ``write`` function that prints the
counts, imported only when its format is asked for (``--help`` loads neither the model
nor Rich).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from cjm.registry import Entry

if TYPE_CHECKING:
    from cjm.stats.portfolio import PortfolioStats

    Writer = Callable[[PortfolioStats, TextIO], None]

FORMATS: dict[str, Entry[Writer]] = {
    "text": Entry("cjm.stats.output:write_tables", "tables for people, boxed on a terminal"),
    "json": Entry("cjm.stats.output:write_json", "one JSON document, for dashboards"),
}


def get_writer(name: str) -> Writer:
    """The ``write`` function of a format."""
    return FORMATS[name].load()
