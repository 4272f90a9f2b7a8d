"""Rendering many maps: broken ones are skipped and listed, the others still rendered."""

from __future__ import annotations

import shutil

from cjm.render.outputs import OutputDir
from cjm.render.pipeline import RenderRequest, render_paths
from tests.render.helpers import FIXTURES, TODAY


def workspace(tmp_path):
    """A copy of the fixture maps, plus a map with a schema error."""
    root = tmp_path / "maps"
    shutil.copytree(FIXTURES, root)
    (root / "broken.yaml").write_text("cjm: 1\nid: broken\ntitle: Broken\nstages: []\n")
    return root


def test_maps_with_errors_are_skipped_and_listed_in_the_index(tmp_path):
    out = OutputDir(tmp_path / "site")
    request = RenderRequest(formats=["md"], today=TODAY, index=True)
    result = render_paths([workspace(tmp_path)], out, request)
    assert result.journeys == 3
    assert [skipped.file.rsplit("/", 1)[1] for skipped in result.skipped] == ["broken.yaml"]
    written = sorted(p.relative_to(out.root).as_posix() for p in out.written)
    assert [name for name in written if not name.startswith("personas/")] == [
        "actions.html",
        "hostile.md",
        "index.html",
        "kpis.html",
        "small-shop-today.md",
        "small-shop.md",
    ]
    index = (tmp_path / "site" / "index.html").read_text()
    assert "Not rendered" in index and "broken.yaml" in index and "stages" in index


def test_a_journey_id_used_twice_is_rendered_once(tmp_path):
    root = workspace(tmp_path)
    (root / "copy.yaml").write_text((root / "small.yaml").read_text())
    out = OutputDir(tmp_path / "site")
    result = render_paths([root], out, RenderRequest(formats=["mermaid"], today=TODAY))
    messages = [f.message for skipped in result.skipped for f in skipped.findings]
    assert "journey id 'small-shop' is also used by copy.yaml" in messages


def test_with_worker_processes_the_first_map_of_a_journey_id_keeps_its_files(tmp_path):
    root = workspace(tmp_path)
    small = (root / "small.yaml").read_text()
    for n in range(8):  # enough maps for the process pool
        (root / f"copy-{n}.yaml").write_text(small.replace("id: small-shop", f"id: copy-{n}"))
    (root / "zz-second.yaml").write_text(small.replace("Small shop checkout", "Second shop"))
    out = OutputDir(tmp_path / "site")
    result = render_paths([root], out, RenderRequest(formats=["md"], today=TODAY, jobs=2))
    messages = [f.message for skipped in result.skipped for f in skipped.findings]
    assert "journey id 'small-shop' is also used by small.yaml" in messages
    report = (tmp_path / "site" / "small-shop.md").read_text()
    assert "Small shop checkout" in report and "Second shop" not in report
    assert result.journeys == 11 and len(out.written) == 11


def test_the_index_links_every_rendered_format(tmp_path):
    out = OutputDir(tmp_path / "site")
    request = RenderRequest(formats=["md", "html", "mermaid"], today=TODAY, index=True)
    render_paths([FIXTURES], out, request)
    index = (tmp_path / "site" / "index.html").read_text()
    assert '<a href="small-shop.html">Small shop checkout</a>' in index
    assert (
        '<a href="small-shop.md">md</a>' in index
        and '<a href="small-shop.mmd">mermaid</a>' in index
    )
    assert index.index("Small shop checkout") > index.index("&lt;script&gt;")  # sorted by title


def test_a_current_map_and_the_future_map_improving_it_link_to_each_other(tmp_path):
    out = OutputDir(tmp_path / "site")
    render_paths([FIXTURES], out, RenderRequest(formats=["html", "md"], today=TODAY))
    future = (tmp_path / "site" / "small-shop.html").read_text()
    current = (tmp_path / "site" / "small-shop-today.html").read_text()
    assert '<dt>Improves</dt><dd><a href="small-shop-today.html">' in future
    assert '<dt>Improved by</dt><dd><a href="small-shop.html">small-shop</a>' in current
    markdown = (tmp_path / "site" / "small-shop-today.md").read_text()
    assert "**Improved by:** [small-shop](small-shop.md)" in markdown


def test_no_link_to_a_report_that_is_not_rendered(tmp_path):
    out = OutputDir(tmp_path / "site")
    render_paths([FIXTURES / "small.yaml"], out, RenderRequest(formats=["html"], today=TODAY))
    future = (tmp_path / "site" / "small-shop.html").read_text()
    assert "small-shop-today.html" not in future
    assert "Current → future" in future  # the comparison needs no link


def test_the_index_cards_link_a_future_map_and_the_current_map_it_improves(tmp_path):
    out = OutputDir(tmp_path / "site")
    render_paths([FIXTURES], out, RenderRequest(formats=["md"], today=TODAY, index=True))
    index = (tmp_path / "site" / "index.html").read_text()
    assert (
        '<dt>Improves</dt><dd><a href="small-shop-today.md">Small shop checkout today</a>' in index
    )
    assert '<dt>Improved by</dt><dd><a href="small-shop.md">Small shop checkout</a>' in index
