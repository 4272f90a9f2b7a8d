"""Incremental renders: outputs whose fingerprint matches are neither drawn nor compared,
and every change to what they are made from (or to the outputs themselves) still shows."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest

import cjm.render.fingerprint
import cjm.render.svg
from cjm.errors import RendererError
from cjm.render.asof import check_date
from cjm.render.fingerprint import MANIFEST_NAME
from cjm.render.options import RenderOptions
from cjm.render.outputs import OutputDir
from cjm.render.pipeline import RenderRequest, RenderResult, render_paths
from tests.render.helpers import FIXTURES, TODAY

FORMATS = ("html", "md")


@pytest.fixture
def maps(tmp_path: Path) -> Path:
    return Path(shutil.copytree(FIXTURES, tmp_path / "maps"))


def render(
    maps: Path,
    out: Path,
    *,
    check: bool = False,
    formats: tuple[str, ...] = FORMATS,
    today: dt.date = TODAY,
    jobs: int = 1,
    lang: str | None = None,
    options: RenderOptions | None = None,
) -> tuple[OutputDir, RenderResult]:
    outputs = OutputDir(out, check=check)
    request = RenderRequest(
        formats=formats,
        today=today,
        index=True,
        jobs=jobs,
        lang=lang,
        options=options or RenderOptions(),
    )
    return outputs, render_paths([maps], outputs, request)


def names(paths: list[Path], root: Path) -> list[str]:
    return sorted(path.relative_to(root).as_posix() for path in paths)


def test_a_second_render_draws_nothing_and_says_so(maps, tmp_path):
    first, _ = render(maps, tmp_path / "site")
    assert first.skipped == [] and len(first.written) == 12
    again, _ = render(maps, tmp_path / "site")
    assert again.written == [] and names(again.skipped, again.root) == names(
        first.written, first.root
    )


def test_a_changed_map_is_drawn_again_with_the_site_and_the_others_are_skipped(maps, tmp_path):
    render(maps, tmp_path / "site")
    small = maps / "small.yaml"
    small.write_text(small.read_text().replace("title: Small shop checkout", "title: Renamed"))
    again, _ = render(maps, tmp_path / "site")
    assert names(again.skipped, again.root) == ["hostile.html", "hostile.md"]
    assert "small-shop.html" in names(again.written, again.root)
    assert "Renamed" in (tmp_path / "site" / "index.html").read_text()


def test_a_changed_persona_document_draws_the_maps_that_name_it(maps, tmp_path):
    render(maps, tmp_path / "site")
    persona = maps / "personas" / "shopper.yaml"
    persona.write_text(persona.read_text().replace("Weekend shopper", "Saturday shopper"))
    again, _ = render(maps, tmp_path / "site")
    assert "small-shop.html" in names(again.written, again.root)
    assert "hostile.html" in names(again.skipped, again.root)  # it names no such persona
    assert "Saturday shopper" in (tmp_path / "site" / "small-shop.html").read_text()


def test_a_changed_current_map_draws_the_future_map_that_compares_with_it(maps, tmp_path):
    render(maps, tmp_path / "site")
    today = maps / "small-today.yaml"
    today.write_text(today.read_text().replace("out of the door", "round the block"))
    again, _ = render(maps, tmp_path / "site")
    assert {"small-shop-today.html", "small-shop.html"} <= set(names(again.written, again.root))
    assert names(again.skipped, again.root) == ["hostile.html", "hostile.md"]
    assert "round the block" in (tmp_path / "site" / "small-shop.html").read_text()


def test_changed_lint_settings_draw_the_reports_again(maps, tmp_path):
    with_findings = RenderOptions(findings=True)  # else the reports do not show lint
    render(maps, tmp_path / "site", options=with_findings)
    (maps / "cjm.toml").write_text('[rules]\nkpi-off-target = "off"\n')
    again, _ = render(maps, tmp_path / "site", options=with_findings)
    assert {"hostile.html", "small-shop.html"} <= set(names(again.written, again.root))


def test_a_changed_baseline_draws_the_reports_again(maps, tmp_path):
    (maps / "cjm.toml").write_text('baseline = "baseline.json"\n')
    baseline = maps / "baseline.json"
    baseline.write_text('{"cjm-baseline": 1, "findings": []}\n')
    with_findings = RenderOptions(findings=True)  # else the reports do not show lint
    render(maps, tmp_path / "site", options=with_findings)
    assert "journey-stale" in (tmp_path / "site" / "hostile.html").read_text()
    stale = {"rule": "journey-stale", "file": "hostile.yaml", "path": "reviewed",
             "message": "the journey has no `reviewed` date"}  # fmt: skip
    baseline.write_text(json.dumps({"cjm-baseline": 1, "findings": [stale]}))
    again, _ = render(maps, tmp_path / "site", options=with_findings)
    assert "hostile.html" in names(again.written, again.root)
    assert "journey-stale" not in (tmp_path / "site" / "hostile.html").read_text()


def test_another_language_draws_every_page_again(maps, tmp_path):
    render(maps, tmp_path / "site")
    again, _ = render(maps, tmp_path / "site", lang="ko")
    assert {"index.html", "kpis.html", "small-shop.html", "small-shop.md"} <= set(
        names(again.written, again.root)
    )
    assert again.skipped == []


def test_a_hand_edited_output_is_drawn_again_and_fails_the_check(maps, tmp_path):
    site = tmp_path / "site"
    render(maps, site)
    report = site / "small-shop.md"
    original = report.read_text()
    report.write_text(original.replace("Small shop checkout", "Edited by hand"))
    checked, _ = render(maps, site, check=True)
    assert names(checked.stale, site) == ["small-shop.md"]
    again, _ = render(maps, site)
    assert names(again.written, site) == ["small-shop.md"]
    assert report.read_text() == original


def test_a_new_version_of_cjm_trusts_no_fingerprint(maps, tmp_path, monkeypatch):
    render(maps, tmp_path / "site")
    monkeypatch.setattr(cjm.render.fingerprint, "__version__", "99.0.0")
    checked, _ = render(maps, tmp_path / "site", check=True)
    assert checked.skipped == [] and checked.out_of_date == []  # drawn, compared, the same
    assert len(checked.unchanged) == 12


def test_check_decides_from_fingerprints_without_laying_out_a_diagram(maps, tmp_path, monkeypatch):
    render(maps, tmp_path / "site", formats=("svg", "html"))

    def no_layout(*arguments: object) -> bytes:
        raise RendererError("Graphviz must not run")

    monkeypatch.setattr(cjm.render.svg, "run_graphviz", no_layout)
    checked, result = render(maps, tmp_path / "site", formats=("svg", "html"), check=True)
    assert result.skipped == [] and checked.out_of_date == []
    assert "small-shop.svg" in names(checked.skipped, checked.root)


def test_the_date_is_no_input_so_a_later_check_still_passes(maps, tmp_path):
    site = tmp_path / "site"
    render(maps, site, today=dt.date(2026, 1, 1))
    as_of, _ = check_date(site, dt.date(2027, 6, 1))  # as `cjm render --check` decides
    checked, _ = render(maps, site, check=True, today=as_of)
    assert checked.out_of_date == [] and len(checked.skipped) == 12
    assert "OVERDUE" not in (site / "small-shop.md").read_text()  # as of 2026-01-01


def test_rendering_on_another_day_draws_everything_as_of_that_day(maps, tmp_path):
    render(maps, tmp_path / "site", today=dt.date(2026, 1, 1))
    again, _ = render(maps, tmp_path / "site", today=dt.date(2026, 11, 1))
    assert again.skipped == [] and len(again.written) == 12
    assert "OVERDUE" in (tmp_path / "site" / "small-shop.md").read_text()


def test_an_unreadable_manifest_only_means_everything_is_drawn_again(maps, tmp_path):
    render(maps, tmp_path / "site")
    (tmp_path / "site" / MANIFEST_NAME).write_text("{not json")
    again, _ = render(maps, tmp_path / "site")
    assert again.skipped == [] and again.written == [] and len(again.unchanged) == 12
    assert (tmp_path / "site" / MANIFEST_NAME).read_text().startswith("{\n")


def add_copies(maps: Path) -> None:
    """Enough maps for the process pool."""
    for n in range(8):
        text = (maps / "small.yaml").read_text().replace("id: small-shop", f"id: copy-{n}")
        (maps / f"copy-{n}.yaml").write_text(text)


def test_worker_processes_give_the_same_files_as_one_process(maps, tmp_path):
    add_copies(maps)
    one, _ = render(maps, tmp_path / "one", jobs=1)
    pool, _ = render(maps, tmp_path / "pool", jobs=2)
    assert files(tmp_path / "one") == files(tmp_path / "pool")
    assert len(files(tmp_path / "one")) > 20
    assert names(pool.written, pool.root) == names(one.written, one.root)


def test_worker_processes_compare_a_hand_edited_output_in_check_mode(maps, tmp_path):
    add_copies(maps)
    render(maps, tmp_path / "site", jobs=2)
    (tmp_path / "site" / "copy-3.md").write_text("edited by hand\n")
    checked, _ = render(maps, tmp_path / "site", check=True, jobs=2)
    assert names(checked.stale, checked.root) == ["copy-3.md"]
    assert checked.written == [] and checked.missing == []
    assert (tmp_path / "site" / "copy-3.md").read_text() == "edited by hand\n"


def files(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}
