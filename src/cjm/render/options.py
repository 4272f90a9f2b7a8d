"""What the user asked of the renderers, beyond the formats."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

GraphvizEngine = Literal["bundled", "system"]
"""``bundled``: the pinned graphviz-pure from the package index, the same bytes on every
machine. ``system``: the ``dot`` program on PATH."""


@dataclass(frozen=True, slots=True)
class RenderOptions:
    graphviz: GraphvizEngine = "bundled"
    findings: bool = False
    """``--findings``: end the HTML and Markdown reports with what ``cjm validate`` says
    about the map. Off by default: a report is for the map's readers, lint is for its
    authors."""
    site: bool = False
    """The report is a page of a portfolio site (a rendered directory): it shows the
    site's navigation bar and links each persona to its page."""
