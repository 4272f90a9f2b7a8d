"""SVG, PNG and PDF: the bundled Graphviz by default, the system's when asked or needed."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ElementTree

import pytest

from cjm.errors import RendererError
from cjm.render import svg
from cjm.render.context import JourneyView
from cjm.render.options import RenderOptions
from tests.render.helpers import assert_golden

SYSTEM_DOT = shutil.which("dot")
needs_dot = pytest.mark.skipif(SYSTEM_DOT is None, reason="Graphviz `dot` is not installed")


def test_the_bundled_graphviz_is_installed_with_cjm():
    assert svg.bundled_executable().name.startswith("graphviz-pure")


def test_svg_is_well_formed_xml(small: JourneyView, hostile: JourneyView):
    for view in (small, hostile):
        root = ElementTree.fromstring(svg.render_svg(view, RenderOptions()))
        assert root.tag == "{http://www.w3.org/2000/svg}svg"


def test_hostile_text_stays_text_in_svg(hostile: JourneyView):
    root = ElementTree.fromstring(svg.render_svg(hostile, RenderOptions()))
    names = {element.tag.rsplit("}", 1)[1] for element in root.iter()}
    assert names <= {"svg", "g", "title", "text", "polygon", "path", "ellipse", "polyline"}
    texts = " ".join(e.text or "" for e in root.iter("{http://www.w3.org/2000/svg}text"))
    assert "<script>" in texts and "카카오페이" in texts


def test_bundled_svg_is_the_same_bytes_every_time(small: JourneyView):
    assert svg.render_svg(small, RenderOptions()) == svg.render_svg(small, RenderOptions())


def test_golden(small: JourneyView):
    assert_golden("small.svg", svg.render_svg(small, RenderOptions()))


@needs_dot
def test_system_graphviz_on_request(small: JourneyView):
    drawn = svg.render_svg(small, RenderOptions(graphviz="system"))
    ElementTree.fromstring(drawn)
    assert "graphviz-pure" not in drawn


@needs_dot
def test_png_and_pdf_are_deterministic(small: JourneyView):
    png = svg.render_png(small, RenderOptions())
    pdf = svg.render_pdf(small, RenderOptions())
    assert png.startswith(b"\x89PNG") and pdf.startswith(b"%PDF")
    assert png == svg.render_png(small, RenderOptions())
    assert pdf == svg.render_pdf(small, RenderOptions())


@pytest.mark.parametrize("render", [svg.render_png, svg.render_pdf])
def test_png_and_pdf_without_graphviz_say_how_to_install_it(small, render, monkeypatch):
    monkeypatch.setattr(svg.shutil, "which", lambda name: None)
    with pytest.raises(
        RendererError, match=r"output: the Graphviz `dot` program is needed.*apt-get"
    ):
        render(small, RenderOptions())


def test_pdf_creation_dates_are_fixed_without_moving_any_byte():
    pdf = b"<< /Producer (cairo)\n   /CreationDate (D:20261123133637Z)\n>>\nxref"
    fixed = svg.fixed_pdf_dates(pdf)
    assert fixed == b"<< /Producer (cairo)\n   /CreationDate (D:19700101000000Z)\n>>\nxref"
    assert len(fixed) == len(pdf)


def test_graphviz_failure_is_reported_with_its_message(tmp_path):
    with pytest.raises(RendererError, match="failed with exit code"):
        svg.run_graphviz(svg.bundled_executable(), "digraph { a -> }", "svg")


def test_one_graphviz_run_for_many_maps_gives_each_map_its_own_svg(
    small: JourneyView, hostile: JourneyView
):
    options = RenderOptions()
    alone = [svg.render_svg(view, options) for view in (small, hostile, small)]
    assert svg.render_svgs([small, hostile, small], options) == alone


def test_a_failing_batch_draws_each_map_alone(small: JourneyView, hostile, monkeypatch):
    real = svg.run_graphviz
    calls: list[int] = []

    def fails_for_batches(executable, source: str, output_format: str) -> bytes:
        calls.append(source.count("digraph"))
        if source.count("digraph") > 1:
            raise RendererError("graphviz-pure failed with exit code 1: syntax error")
        return real(executable, source, output_format)

    monkeypatch.setattr(svg, "run_graphviz", fails_for_batches)
    drawn = svg.render_svgs([small, hostile], RenderOptions())
    assert calls == [2, 1, 1] and len(drawn) == 2 and drawn[0].startswith("<?xml")
