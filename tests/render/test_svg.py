"""SVG, PNG and PDF: the bundled Graphviz by default, the system's when asked or needed."""

from __future__ import annotations

import itertools
import re
import shutil
import xml.etree.ElementTree as ElementTree

import pytest

from cjm.errors import RendererError
from cjm.render import svg
from cjm.render.context import JourneyView
from cjm.render.options import RenderOptions
from cjm.text import display_width
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


@pytest.fixture(scope="module")
def korean_svg(tmp_path_factory) -> ElementTree.Element:
    """The diagram of the Korean example, as ``cjm render`` draws it."""
    from typer.testing import CliRunner

    from cjm.cli.app import app
    from tests.conftest import EXAMPLES

    site = tmp_path_factory.mktemp("svg")
    args = ["render", str(EXAMPLES / "department-store-ko.yaml"), "-o", str(site), "-f", "svg"]
    assert CliRunner().invoke(app, args).exit_code == 0
    return ElementTree.parse(site / "department-store-aisas.svg").getroot()


SVG = "{http://www.w3.org/2000/svg}"


def boxes(root: ElementTree.Element) -> dict[str, tuple[float, float, float, float]]:
    """Each node's box as (left, top, right, bottom) to the outer edge of its border, by
    node id (``s1t2``). Graphviz draws a wider border centred on the path, and a border of
    one point (no stroke-width) on the outer edge."""
    found = {}
    for group in root.iter(f"{SVG}g"):
        if group.get("class") != "node":
            continue
        title = group.findtext(f"{SVG}title")
        border = group.findall(f"{SVG}path")[-1]
        assert title
        numbers = [float(n) for n in re.findall(r"-?\d+(?:\.\d+)?", border.get("d", ""))]
        xs, ys = numbers[0::2], numbers[1::2]
        half = float(border.get("stroke-width", 0)) / 2
        found[title] = (min(xs) - half, min(ys) - half, max(xs) + half, max(ys) + half)
    return found


def test_boxes_of_one_row_have_one_height_and_all_one_width(korean_svg):
    rows: dict[float, set[float]] = {}
    for _left, top, _right, bottom in boxes(korean_svg).values():
        rows.setdefault(round(top), set()).add(round(bottom - top, 1))
    assert all(len(heights) == 1 for heights in rows.values()), rows
    widths = {round(right - left, 1) for left, _, right, _ in boxes(korean_svg).values()}
    assert len(widths) == 1


def test_each_lane_starts_on_the_same_row_in_every_stage(korean_svg):
    found = boxes(korean_svg)
    for kind in "tpk":
        tops = {round(found[f"s{stage}{kind}1"][1]) for stage in range(1, 6)}
        assert len(tops) == 1, kind


def test_lines_of_a_label_never_overlap(korean_svg):
    for group in korean_svg.iter(f"{SVG}g"):
        texts = [
            (float(text.get("y", 0)), float(text.get("font-size", 0)))
            for text in group.findall(f"{SVG}text")
        ]
        for (y1, size1), (y2, size2) in itertools.pairwise(texts):
            assert y1 == y2 or y2 - y1 >= 1.15 * max(size1, size2), (y1, y2)


def test_a_long_korean_title_fits_the_drawing(cjm, tmp_path):
    """The bundled Graphviz measures Hangul as narrow as a space: the title's cell is sized
    by display width instead, so the drawing is wide enough for a title at 1 em a syllable."""
    title = "아주 긴 한국어 제목이 있는 한 단계짜리 고객 여정 지도의 점검용 예시입니다"
    (tmp_path / "one.yaml").write_text(
        f"cjm: 1\nid: one\ntitle: {title}\nstages:\n  - id: s\n    name: 단계\n", "utf-8"
    )
    assert cjm("render", tmp_path / "one.yaml", "-o", tmp_path / "out", "-f", "svg").exit_code == 0
    root = ElementTree.parse(tmp_path / "out" / "one.svg").getroot()
    drawing_width = float(root.get("width", "0").removesuffix("pt"))
    assert drawing_width >= display_width(title) * 18 / 2


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
