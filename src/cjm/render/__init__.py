"""Renderers: a journey's view in, the text or bytes of one output file out.

``RENDERERS`` maps each ``--format`` name to its file extension and the function that
draws it, named ``module:function`` and imported only when the format is asked for, so
``cjm --version`` never loads Jinja2 or Graphviz.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cjm.render.context import JourneyView
    from cjm.render.options import RenderOptions

    Renderer = Callable[[JourneyView, RenderOptions], str | bytes]


@dataclass(frozen=True, slots=True)
class Format:
    extension: str
    function: str
    """``module:function`` taking ``(JourneyView, RenderOptions)``."""
    summary: str


RENDERERS: dict[str, Format] = {
    "dot": Format("dot", "cjm.render.dot:render", "Graphviz source of the diagram"),
    "svg": Format("svg", "cjm.render.svg:render_svg", "diagram, drawn by the bundled Graphviz"),
    "png": Format("png", "cjm.render.svg:render_png", "diagram as an image, needs Graphviz"),
    "pdf": Format("pdf", "cjm.render.svg:render_pdf", "diagram as a PDF, needs Graphviz"),
    "html": Format("html", "cjm.render.html:render", "self-contained journey-map report"),
    "md": Format("md", "cjm.render.markdown:render", "Markdown page with a Mermaid diagram"),
    "mermaid": Format("mmd", "cjm.render.mermaid:render", "Mermaid journey diagram text"),
}

DEFAULT_FORMATS = ("svg", "html", "md")


def get_renderer(name: str) -> Renderer:
    module, _, function = RENDERERS[name].function.partition(":")
    renderer: Renderer = getattr(importlib.import_module(module), function)
    return renderer
