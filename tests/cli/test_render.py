"""``cjm render`` end to end: formats, determinism, --check, exit codes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

from tests.render.helpers import FIXTURES

SYSTEM_DOT = shutil.which("dot")


@pytest.fixture
def maps(tmp_path):
    """A writable copy of the renderer fixture maps."""
    return shutil.copytree(FIXTURES, tmp_path / "maps")


MANIFEST = ".cjm-render.json"
SITE_PAGES = [
    "actions.html", "index.html", "kpis.html",
    "personas/mallory.html", "personas/regular.html", "personas/shopper.html",
]  # fmt: skip


def files(directory):
    return {
        path.relative_to(directory).as_posix(): path.read_bytes()
        for path in sorted(directory.rglob("*"))
        if path.is_file()
    }


def test_a_directory_gives_svg_html_md_per_journey_and_an_index(cjm, maps, tmp_path):
    run = cjm("render", maps, "-o", tmp_path / "site", "--today", "2026-11-01")
    assert run.exit_code == 0, run.stderr
    assert sorted(files(tmp_path / "site")) == sorted([
        "hostile.html", "hostile.md", "hostile.svg",
        "small-shop-today.html", "small-shop-today.md", "small-shop-today.svg",
        "small-shop.html", "small-shop.md", "small-shop.svg", *SITE_PAGES, MANIFEST,
    ])  # fmt: skip
    assert run.stdout == (
        f"rendered 3 journeys into {tmp_path / 'site'}: "
        "15 files written, 0 unchanged, 0 skipped (up to date)\n"
    )


def test_a_file_gives_no_index(cjm, maps, tmp_path):
    run = cjm("render", maps / "small.yaml", "-o", tmp_path / "site", "-f", "mermaid")
    assert run.exit_code == 0
    assert sorted(files(tmp_path / "site")) == [MANIFEST, "small-shop.mmd"]


def test_rendering_twice_gives_identical_bytes(cjm, maps, tmp_path):
    formats = "dot,svg,html,md,mermaid" + (",png,pdf" if SYSTEM_DOT else "")
    for name in ("one", "two"):
        run = cjm("render", maps, "-o", tmp_path / name, "-f", formats, "--today", "2026-11-01")
        assert run.exit_code == 0, run.stderr
    assert files(tmp_path / "one") == files(tmp_path / "two")
    assert len(files(tmp_path / "one")) == 3 * len(formats.split(",")) + len(SITE_PAGES) + 1


def test_check_passes_after_render_and_fails_after_an_edit(cjm, maps, tmp_path):
    site = tmp_path / "site"
    assert cjm("render", maps, "-o", site, "--today", "2026-11-01").exit_code == 0
    run = cjm("render", maps, "-o", site, "--today", "2026-11-01", "--check")
    assert run.exit_code == 0
    assert run.stdout == (
        "0 of 15 outputs missing or out of date as of 2026-11-01 "
        "(15 up to date by fingerprint, not drawn)\n"
    )
    small = maps / "small.yaml"
    small.write_text(small.read_text().replace("title: Small shop checkout", "title: Renamed"))
    (site / "hostile.svg").unlink()
    before = files(site)
    run = cjm("render", maps, "-o", site, "--today", "2026-11-01", "--check")
    assert run.exit_code == 1
    assert f"missing: {site / 'hostile.svg'}\n" in run.stdout
    for name in ("index.html", "small-shop.html", "small-shop.md", "small-shop.svg"):
        assert f"out of date: {site / name}\n" in run.stdout
    assert run.stdout.endswith(
        "9 of 15 outputs missing or out of date as of 2026-11-01 (2 up to date by "
        f"fingerprint, not drawn); to update them, run: cjm render {maps} -o {site}\n"
    )
    assert files(site) == before


def test_check_prints_the_command_that_updates_the_outputs(cjm, maps, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    run = cjm("render", maps / "small.yaml", "-o", "my docs", "-f", "md", "--check")
    assert run.exit_code == 1
    assert run.stdout.endswith(
        f"to update them, run: cjm render {maps / 'small.yaml'} -o 'my docs' --format md\n"
    )


def test_check_passes_on_unchanged_maps_whatever_today_is(cjm, maps, tmp_path, monkeypatch):
    # Rendered on 2026-11-01, when the small map's action (due 2026-10-01) is overdue
    # and its review (2025-01-15) is not yet due; both differ on 2027-02-01.
    site = tmp_path / "site"
    assert cjm("render", maps, "-o", site, "--today", "2026-11-01").exit_code == 0
    run = cjm("render", maps, "-o", site, "--check", "--today", "2027-02-01")
    assert (run.exit_code, run.stdout) == (
        0,
        "0 of 15 outputs missing or out of date as of 2026-11-01 "
        "(15 up to date by fingerprint, not drawn)\n",
    )
    monkeypatch.setenv("CJM_TODAY", "2030-01-01")
    assert cjm("render", maps, "-o", site, "--check").exit_code == 0


def test_each_output_records_the_date_it_was_rendered_as_of(cjm, maps, tmp_path):
    site = tmp_path / "site"
    assert (
        cjm("render", maps, "-o", site, "-f", "dot,svg,html,md", "--today", "2026-11-01").exit_code
        == 0
    )
    marks = {
        "index.html": '<meta name="cjm-as-of" content="2026-11-01">',
        "small-shop.html": '<meta name="cjm-as-of" content="2026-11-01">',
        "small-shop.md": "<!-- cjm-as-of: 2026-11-01 -->",
        "small-shop.svg": "<!-- cjm-as-of: 2026-11-01 -->",
        "small-shop.dot": "// cjm-as-of: 2026-11-01",
    }
    for name, mark in marks.items():
        assert mark in (site / name).read_text(encoding="utf-8"), name
    # and where readers see it
    assert "Generated by cjm as of 2026-11-01" in (site / "index.html").read_text(encoding="utf-8")
    assert "<dt>As of</dt><dd>2026-11-01</dd>" in (site / "small-shop.html").read_text(
        encoding="utf-8"
    )


def test_rendering_on_another_day_rewrites_the_outputs_with_that_date(cjm, maps, tmp_path):
    site = tmp_path / "site"
    assert cjm("render", maps, "-o", site, "--today", "2026-11-01").exit_code == 0
    run = cjm("render", maps, "-o", site, "--today", "2027-02-01")
    assert run.stdout.endswith("15 files written, 0 unchanged, 0 skipped (up to date)\n")
    assert "**As of:** 2027-02-01" in (site / "small-shop.md").read_text(encoding="utf-8")
    assert cjm("render", maps, "-o", site, "--check", "--today", "2026-11-01").exit_code == 0


@pytest.mark.parametrize(
    ("edit", "changed"),
    [
        pytest.param(("personas/shopper.yaml", "Weekend shopper", "Night owl"), "small-shop.html",
                     id="persona"),
        pytest.param(("cjm.toml", "\n", "\nstale-after-days = 9999\n"), "small-shop.html",
                     id="setting"),
        pytest.param(("small.yaml", "due: 2026-10-01", "due: 2026-12-01"), "small-shop.svg",
                     id="map"),
    ],
)  # fmt: skip
def test_check_fails_when_a_persona_a_setting_or_a_map_changes(cjm, maps, tmp_path, edit, changed):
    site = tmp_path / "site"
    assert cjm("render", maps, "-o", site, "--today", "2026-11-01").exit_code == 0
    name, old, new = edit
    text = (maps / name).read_text(encoding="utf-8")
    (maps / name).write_text(text.replace(old, new, 1), encoding="utf-8")
    run = cjm("render", maps, "-o", site, "--check", "--today", "2027-02-01")
    assert run.exit_code == 1
    assert f"out of date: {site / changed}\n" in run.stdout


def test_check_says_when_outputs_record_different_dates(cjm, maps, tmp_path):
    site = tmp_path / "site"
    assert cjm("render", maps, "-o", site, "--today", "2026-11-01").exit_code == 0
    small = maps / "small.yaml"
    assert cjm("render", small, "-o", site, "--today", "2026-11-20").exit_code == 0
    run = cjm("render", maps, "-o", site, "--check")
    assert run.stdout.startswith(
        f"note: the outputs in {site} were rendered as of 2026-11-01, 2026-11-20; checking as "
        "of the newest"
    )
    assert run.exit_code == 1  # index.html and hostile's outputs are of the other date


def test_check_does_not_create_the_output_directory(cjm, maps, tmp_path):
    run = cjm("render", maps, "-o", tmp_path / "site", "--check")
    assert run.exit_code == 1 and not (tmp_path / "site").exists()


def test_today_decides_what_is_overdue(cjm, maps, tmp_path, monkeypatch):
    cjm(
        "render", maps / "small.yaml", "-o", tmp_path / "early", "-f", "md", "--today", "2026-01-01"
    )
    monkeypatch.setenv("CJM_TODAY", "2026-11-01")
    cjm("render", maps / "small.yaml", "-o", tmp_path / "late", "-f", "md")
    assert "OVERDUE" not in (tmp_path / "early" / "small-shop.md").read_text()
    assert "OVERDUE" in (tmp_path / "late" / "small-shop.md").read_text()


def test_a_map_with_schema_errors_is_reported_and_the_others_rendered(cjm, maps, tmp_path):
    (maps / "broken.yaml").write_text("cjm: 1\nid: Broken\ntitle: x\nstages: [{}]\n")
    run = cjm("render", maps, "-o", tmp_path / "site", "-f", "md")
    assert run.exit_code == 1
    assert "broken.yaml:2:5: error schema id:" in run.stderr
    assert "broken.yaml was not rendered" in run.stderr
    assert (tmp_path / "site" / "small-shop.md").exists()


def test_a_map_with_reference_errors_is_rendered_listing_them_and_the_run_fails(
    cjm, maps, tmp_path
):
    (maps / "ghost.yaml").write_text(
        "cjm: 1\nid: ghost\ntitle: Ghost\npersonas: [ghost]\nstages:\n  - id: s\n    name: S\n"
    )
    run = cjm("render", maps, "-o", tmp_path / "site", "-f", "md")
    assert run.exit_code == 1
    assert "ghost.yaml:4:12: error reference unknown persona 'ghost'" in run.stderr
    assert "ghost.yaml: rendered, its report lists its errors\n" in run.stderr
    assert "unknown persona" in (tmp_path / "site" / "ghost.md").read_text()
    assert (tmp_path / "site" / "small-shop.md").exists()


def test_lint_findings_set_to_error_do_not_fail_a_render(cjm, maps, tmp_path):
    with (maps / "cjm.toml").open("a") as config:
        config.write('extends = "cjm:strict"\n')  # 24 lint findings become errors
    run = cjm("render", maps, "-o", tmp_path / "site", "-f", "md")
    assert (run.exit_code, run.stderr) == (0, "")


def test_a_bad_row_of_a_data_file_is_reported_and_the_maps_rendered(cjm, maps, tmp_path):
    with (maps / "cjm.toml").open("a") as config:
        config.write('measurements = ["kpis.csv"]\n')
    (maps / "kpis.csv").write_text("journey,kpi,date,value\nsmall-shop,x,2026-01-01\n")
    run = cjm("render", maps, "-o", tmp_path / "site", "-f", "md")
    assert run.exit_code == 1
    assert "kpis.csv:2:1: error measurement expected 4 cells like the header" in run.stderr
    assert "kpis.csv: its bad rows were left out\n" in run.stderr
    assert (tmp_path / "site" / "small-shop.md").exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (
            ["-f", "svg,gif"],
            "unknown format gif; choose from dot, svg, png, pdf, html, md, mermaid",
        ),
        (
            ["--today", "2026-13-01"],
            "expected a date written YYYY-MM-DD (from --today or CJM_TODAY), got '2026-13-01'",
        ),
        (["--graphviz", "wasm"], "'wasm' is not one of 'bundled', 'system'"),
        (["--format", ""], "no format given"),
    ],
)
def test_usage_errors_exit_2(cjm, maps, tmp_path, arguments, message):
    run = cjm("render", maps, "-o", tmp_path / "site", *arguments)
    assert run.exit_code == 2
    assert message in run.stderr


def test_png_without_graphviz_exits_2_with_an_install_hint(cjm, maps, tmp_path, monkeypatch):
    from cjm.render import svg

    monkeypatch.setattr(svg.shutil, "which", lambda name: None)
    run = cjm("render", maps / "small.yaml", "-o", tmp_path / "site", "-f", "svg,png,pdf")
    assert run.exit_code == 2
    assert "PNG output and PDF output: the Graphviz `dot` program is needed" in run.stderr
    assert "sudo apt-get install graphviz" in run.stderr
    assert not (tmp_path / "site").exists()  # nothing written before the error


@pytest.mark.skipif(SYSTEM_DOT is None, reason="Graphviz `dot` is not installed")
def test_png_and_pdf_with_graphviz(cjm, maps, tmp_path):
    run = cjm("render", maps / "small.yaml", "-o", tmp_path, "-f", "png,pdf")
    assert run.exit_code == 0, run.stderr
    assert (tmp_path / "small-shop.png").read_bytes().startswith(b"\x89PNG")
    assert (tmp_path / "small-shop.pdf").read_bytes().startswith(b"%PDF")


def test_an_output_link_leading_outside_is_refused(cjm, maps, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    os.symlink(tmp_path / "elsewhere.md", site / "small-shop.md")
    run = cjm("render", maps / "small.yaml", "-o", site, "-f", "md")
    assert run.exit_code == 2
    assert "is not inside" in run.stderr
    assert not (tmp_path / "elsewhere.md").exists()


def test_the_version_does_not_load_the_renderers():
    code = (
        "import sys; from cjm.cli import app; "
        "print(sorted({'jinja2', 'graphviz'} & set(sys.modules)))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert completed.stdout == "[]\n"


def test_nothing_to_render_leaves_no_output_folder(cjm, tmp_path):
    (tmp_path / "empty").mkdir()
    run = cjm("render", tmp_path / "empty", "-o", tmp_path / "out")
    assert run.exit_code == 2
    assert not (tmp_path / "out").exists()


def test_a_journey_named_index_cannot_overwrite_the_portfolio_page(cjm, tmp_path):
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "index.yaml").write_text(
        "cjm: 1\nid: index\ntitle: T\nstages: [{id: s, name: S}]\n"
    )
    run = cjm("render", tmp_path / "maps", "-o", tmp_path / "site", "-f", "html")
    assert run.exit_code == 1
    assert "would overwrite the portfolio page index.html" in run.stderr
    assert "Portfolio" in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")


def test_check_fails_when_a_data_file_of_measurements_changes(cjm, maps, tmp_path):
    (maps / "cjm.toml").write_text('measurements = ["kpis.csv"]\n', encoding="utf-8")
    data = maps / "kpis.csv"
    data.write_text("journey,kpi,date,value\n", encoding="utf-8")
    site = tmp_path / "site"
    assert cjm("render", maps, "-o", site, "--today", "2026-11-01").exit_code == 0
    data.write_text("journey,kpi,date,value\nsmall-shop,wait-time,2026-10-31,5\n", encoding="utf-8")
    run = cjm("render", maps, "-o", site, "--check", "--today", "2026-11-01")
    assert run.exit_code == 1
    assert f"out of date: {site / 'small-shop.html'}\n" in run.stdout
