"""Renderers: a journey's view in, the text or bytes of one output file out.

``RENDERERS`` (a registry, see ``cjm.registry``) maps each ``--format`` name to the
function that draws it, named ``module:function`` and imported only when the format is
asked for, so ``cjm --version`` never loads Jinja2 or Graphviz, and to its file
extension.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from cjm.registry import Entry

if TYPE_CHECKING:
    from cjm.render.context import JourneyView
    from cjm.render.options import RenderOptions

    Renderer = Callable[[JourneyView, RenderOptions], str | bytes]


@dataclass(frozen=True, slots=True)
class Format(Entry["Renderer"]):
    """A renderer (``module:function`` taking ``(JourneyView, RenderOptions)``) and the
    extension of the files it writes."""

    extension: str


RENDERERS: dict[str, Format] = {
    "dot": Format("cjm.render.dot:render", "Graphviz source of the diagram", "dot"),
    "svg": Format("cjm.render.svg:render_svg", "diagram, drawn by the bundled Graphviz", "svg"),
    "png": Format("cjm.render.svg:render_png", "diagram as an image, needs Graphviz", "png"),
    "pdf": Format("cjm.render.svg:render_pdf", "diagram as a PDF, needs Graphviz", "pdf"),
    "html": Format("cjm.render.html:render", "self-contained journey-map report", "html"),
    "md": Format("cjm.render.markdown:render", "Markdown page with a Mermaid diagram", "md"),
    "mermaid": Format("cjm.render.mermaid:render", "Mermaid journey diagram text", "mmd"),
}

DEFAULT_FORMATS = ("svg", "html", "md")


def get_renderer(name: str) -> Renderer:
    return RENDERERS[name].load()
