"""Images of the DOT diagram: SVG by the bundled Graphviz, PNG and PDF by the system's.

SVG comes by default from ``graphviz-pure``, a pinned Rust port of Graphviz installed
from the package index with cjm. Installing cjm alone is then enough, and the same
map gives the same SVG bytes on every machine, which committed diagrams and
``cjm render --check`` rely on. ``--graphviz system`` uses the ``dot`` program instead.
PNG and PDF always need the system ``dot``: graphviz-pure cannot write PDF and draws no
emoji in PNG.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import subprocess
import sysconfig
from collections.abc import Collection, Sequence
from pathlib import Path

from cjm.errors import RendererError
from cjm.render.asof import stamp_svg
from cjm.render.context import JourneyView
from cjm.render.options import GraphvizEngine, RenderOptions

BUNDLED = "graphviz-pure"
TIMEOUT_SECONDS = 120
INSTALL_HINT = (
    "install Graphviz (Debian/Ubuntu: `sudo apt-get install graphviz`, Fedora: "
    "`sudo dnf install graphviz`, macOS: `brew install graphviz`, Windows: "
    "`winget install graphviz`), or render SVG, which needs nothing more than cjm"
)


def bundled_executable() -> Path:
    """The graphviz-pure program installed with cjm (it has no Python API)."""
    names = {BUNDLED, f"{BUNDLED}.exe"}
    try:
        files = importlib.metadata.distribution(BUNDLED).files or []
        for file in files:
            if file.name in names:
                located = Path(str(file.locate())).resolve()
                if located.is_file():
                    return located
    except importlib.metadata.PackageNotFoundError:
        pass
    for name in sorted(names):
        candidate = Path(sysconfig.get_path("scripts"), name)
        if candidate.is_file():
            return candidate
    found = shutil.which(BUNDLED)
    if found:
        return Path(found)
    raise RendererError(
        f"the bundled Graphviz ({BUNDLED}) is not installed: reinstall cjm, or use "
        "--graphviz system"
    )


def system_executable(purpose: str) -> Path:
    """The ``dot`` program on PATH, or an error that says how to install it."""
    found = shutil.which("dot")
    if found is None:
        raise RendererError(
            f"{purpose}: the Graphviz `dot` program is needed but not found on PATH; "
            + INSTALL_HINT
        )
    return Path(found)


def require_programs(formats: Collection[str], options: RenderOptions) -> None:
    """Fail before anything is written when a requested format's program is missing."""
    purposes = [f"{name.upper()} output" for name in ("png", "pdf") if name in formats]
    if "svg" in formats and options.graphviz == "system":
        purposes.append("--graphviz system")
    if purposes:
        system_executable(" and ".join(purposes))
    if "svg" in formats and options.graphviz == "bundled":
        bundled_executable()


def run_graphviz(executable: Path, source: str, output_format: str) -> bytes:
    """Lay out ``source`` and return the image; Graphviz warnings on stderr are dropped."""
    # Cairo stamps PDFs with the current time unless SOURCE_DATE_EPOCH says otherwise.
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "0"}
    try:
        completed = subprocess.run(
            [str(executable), f"-T{output_format}"],
            input=source.encode("utf-8"),
            capture_output=True,
            timeout=TIMEOUT_SECONDS,
            env=environment,
            check=False,
        )
    except subprocess.TimeoutExpired:
        raise RendererError(
            f"{executable.name} took longer than {TIMEOUT_SECONDS} s to draw the diagram"
        ) from None
    except OSError as error:
        raise RendererError(f"cannot run {executable}: {error.strerror or error}") from None
    if completed.returncode != 0:
        message = completed.stderr.decode("utf-8", "replace").strip()
        raise RendererError(
            f"{executable.name} failed with exit code {completed.returncode}: {message}"
        )
    return completed.stdout


def _executable(engine: GraphvizEngine, purpose: str) -> Path:
    return bundled_executable() if engine == "bundled" else system_executable(purpose)


def _dot(view: JourneyView, options: RenderOptions) -> str:
    # Imported here: the graphviz package is needed only when a diagram is drawn, not
    # by every `cjm render` that imports require_programs.
    from cjm.render import dot

    return dot.render(view, options)


def render_svg(view: JourneyView, options: RenderOptions) -> str:
    executable = _executable(options.graphviz, "--graphviz system")
    try:
        svg = run_graphviz(executable, _dot(view, options), "svg").decode("utf-8")
    except UnicodeDecodeError:
        raise RendererError(f"{executable.name} wrote SVG that is not UTF-8") from None
    return stamp_svg(svg, view.as_of)


def render_svgs(views: Sequence[JourneyView], options: RenderOptions) -> list[str]:
    """The SVG of each view, from one Graphviz run for all of them.

    Graphviz lays out every graph of its input in turn and writes their SVGs one after
    the other, each starting with the XML declaration, the same bytes as separate runs
    give; one run saves starting the program for each map. When the run fails, or does
    not give one SVG per view, each view is drawn alone, so an error names its map.
    """
    if len(views) < 2:
        return [render_svg(view, options) for view in views]
    executable = _executable(options.graphviz, "--graphviz system")
    source = "".join(_dot(view, options) for view in views)
    try:
        svgs = _split_svgs(run_graphviz(executable, source, "svg").decode("utf-8"))
    except (RendererError, UnicodeDecodeError):
        svgs = []
    if len(svgs) != len(views):
        return [render_svg(view, options) for view in views]
    return [stamp_svg(svg, view.as_of) for svg, view in zip(svgs, views, strict=True)]


_XML_DECLARATION = "<?xml "


def _split_svgs(text: str) -> list[str]:
    """Consecutive SVG documents, cut before each XML declaration (escaped text from the
    maps cannot contain one: ``<`` is always written ``&lt;``)."""
    if not text.startswith(_XML_DECLARATION):
        return []
    return [_XML_DECLARATION + part for part in text.split(_XML_DECLARATION)[1:]]


def render_png(view: JourneyView, options: RenderOptions) -> bytes:
    return run_graphviz(system_executable("PNG output"), _dot(view, options), "png")


def render_pdf(view: JourneyView, options: RenderOptions) -> bytes:
    pdf = run_graphviz(system_executable("PDF output"), _dot(view, options), "pdf")
    return fixed_pdf_dates(pdf)


_PDF_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:\d{14}")


def fixed_pdf_dates(pdf: bytes) -> bytes:
    """The PDF with its creation time set to 1970-01-01, so the same map gives the same PDF.

    Cairo before 1.17.2 ignores SOURCE_DATE_EPOCH. The date keeps its length, so the
    byte offsets in the PDF's cross-reference table stay right.
    """
    return _PDF_DATE.sub(lambda match: b"/%s (D:19700101000000" % match[1], pdf)
