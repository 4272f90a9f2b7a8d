"""Semantic difference between two versions of a journey map (``cjm diff``).

``compare.diff_journeys`` matches stages, touchpoints, pain points, actions,
opportunities and KPIs by id and says what was added, removed or changed, field by
field; ``FORMATS`` (a registry, see ``cjm.registry``) maps each ``--format`` name to the
``write`` function of its module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from cjm.registry import Entry

if TYPE_CHECKING:
    from cjm.diff.changes import JourneyDiff
    from cjm.diff.options import FormatOptions

    Writer = Callable[[JourneyDiff, TextIO, FormatOptions], None]

FORMATS: dict[str, Entry[Writer]] = {
    "text": Entry("cjm.diff.text:write", "terse, one line per change"),
    "md": Entry("cjm.diff.markdown:write", "Markdown, for a pull-request comment"),
    "json": Entry("cjm.diff.json:write", "one JSON document, for tools"),
}


def get_writer(name: str) -> Writer:
    """The ``write`` function of a format."""
    return FORMATS[name].load()
