"""Failure injection: a render that fails mid-way leaves earlier outputs whole and no debris."""

from __future__ import annotations

import shutil

import pytest

import cjm.output
from cjm.errors import OutputError
from cjm.output import write_atomic
from tests.conftest import EXAMPLES


def leftovers(folder):
    return sorted(path.name for path in folder.rglob("*.tmp"))


def test_a_write_error_mid_run_keeps_earlier_outputs_and_exits_2(cjm, tmp_path):
    site = tmp_path / "site"
    (site / "saas-free-trial.md").mkdir(parents=True)  # the last journey's output cannot be written
    run = cjm("render", EXAMPLES, "-o", site, "--format", "md", "--findings")
    assert run.exit_code == 2
    assert run.stderr.startswith("cjm: error: cannot ")
    assert "saas-free-trial.md" in run.stderr
    for journey in ("omnichannel-aisas", "online-store-purchase"):
        text = (site / f"{journey}.md").read_text(encoding="utf-8")
        assert text.endswith("\n") and "## Findings" in text  # complete, not cut off
    assert leftovers(site) == []


def test_an_interrupted_write_leaves_neither_a_partial_file_nor_a_temporary(tmp_path, monkeypatch):
    target = tmp_path / "report.html"
    target.write_text("the previous, complete report\n")

    def interrupted(source, destination):
        raise KeyboardInterrupt

    monkeypatch.setattr(cjm.output.os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomic(target, "<html>half")
    assert target.read_text() == "the previous, complete report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.html"]


def test_a_full_disk_is_an_output_error_naming_the_file(tmp_path, monkeypatch):
    def no_space(source, destination):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(cjm.output.os, "replace", no_space)
    with pytest.raises(OutputError, match=r"cannot write .*report\.md: No space left on device"):
        write_atomic(tmp_path / "report.md", "# Report\n")
    assert list(tmp_path.iterdir()) == []


def test_a_renderer_crashing_mid_run_writes_nothing_half_done(cjm, tmp_path, monkeypatch):
    shutil.copytree(EXAMPLES, tmp_path / "maps")
    calls = []

    def flaky(view, options):
        calls.append(view.journey.id)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        return f"# {view.journey.id}\n"

    import cjm.render.markdown as markdown

    monkeypatch.setattr(markdown, "render", flaky)
    site = tmp_path / "site"
    with pytest.raises(OSError, match="Input/output error"):
        cjm("render", tmp_path / "maps", "-o", site, "--format", "md")
    written = sorted(p.name for p in site.iterdir()) if site.exists() else []
    assert all((site / name).read_text().startswith("# ") for name in written)
    assert leftovers(tmp_path) == []
