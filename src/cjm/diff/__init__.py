"""Semantic difference between two versions of a journey map (``cjm diff``).

``compare.diff_journeys`` matches stages, touchpoints, pain points, actions,
opportunities and KPIs by id and says what was added, removed or changed, field by
field; ``FORMATS`` maps each ``--format`` name to the module that writes it.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    from cjm.diff.changes import JourneyDiff
    from cjm.diff.options import FormatOptions

    Writer = Callable[[JourneyDiff, TextIO, FormatOptions], None]

FORMATS: dict[str, str] = {
    "text": "cjm.diff.text",
    "md": "cjm.diff.markdown",
    "json": "cjm.diff.json",
}


def get_writer(name: str) -> Writer:
    """The ``write`` function of a format."""
    writer: Writer = importlib.import_module(FORMATS[name]).write
    return writer
