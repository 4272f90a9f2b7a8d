"""``cjm review`` as a library: what changed in a portfolio of maps over a period.

The yearly review compares every map under some paths with the same workspace at a
git revision (:mod:`cjm.review.build`, reading git through ``cjm.diff.gitrev`` like
``cjm diff --rev``): maps added and removed, pain points added, resolved and worsened,
actions done, dropped and slipped, KPIs then and now against their targets, stage
emotions, and maps nobody reviewed during the period (:mod:`cjm.review.model`).
``FORMATS`` maps each ``--format`` name to the ``write`` function of its module.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TextIO

from cjm.registry import Entry

if TYPE_CHECKING:
    from cjm.review.model import Review

    Writer = Callable[[Review, TextIO], None]

FORMATS: dict[str, Entry[Writer]] = {
    "text": Entry("cjm.review.text:write", "plain text, for the terminal"),
    "md": Entry("cjm.review.markdown:write", "Markdown, for a pull request or a wiki page"),
    "html": Entry("cjm.review.html:write", "one self-contained page in the report style"),
    "json": Entry("cjm.review.json:write", "one JSON document with a stable shape, for tools"),
}
