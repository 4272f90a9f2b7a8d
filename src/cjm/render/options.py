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
