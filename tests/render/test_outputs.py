"""The output directory: only inside it, atomic, and a check mode that writes nothing."""

from __future__ import annotations

import os

import pytest

from cjm.errors import OutputError
from cjm.render.outputs import OutputDir


def test_files_are_written_then_left_alone_when_unchanged(tmp_path):
    out = OutputDir(tmp_path / "site")
    path = out.emit("a.md", "text\n")
    assert path.read_bytes() == b"text\n" and out.written == [path]
    before = path.stat().st_mtime_ns
    again = OutputDir(tmp_path / "site")
    again.emit("a.md", "text\n")
    assert again.unchanged == [path] and path.stat().st_mtime_ns == before


def test_bytes_are_written_as_they_are(tmp_path):
    out = OutputDir(tmp_path)
    assert out.emit("a.png", b"\x89PNG\r\n").read_bytes() == b"\x89PNG\r\n"


def test_check_mode_writes_nothing_and_lists_missing_and_stale(tmp_path):
    (tmp_path / "old.md").write_text("old\n")
    (tmp_path / "same.md").write_text("same\n")
    out = OutputDir(tmp_path / "absent", check=True)
    out.emit("x.md", "x")
    assert not (tmp_path / "absent").exists() and out.missing == [tmp_path / "absent" / "x.md"]
    out = OutputDir(tmp_path, check=True)
    for name, text in (("old.md", "new\n"), ("same.md", "same\n"), ("new.md", "new\n")):
        out.emit(name, text)
    assert [p.name for p in out.stale] == ["old.md"]
    assert [p.name for p in out.missing] == ["new.md"]
    assert [p.name for p in out.unchanged] == ["same.md"]
    assert (tmp_path / "old.md").read_text() == "old\n" and not (tmp_path / "new.md").exists()


@pytest.mark.parametrize(
    "name", ["../escape.md", "sub/../../x.md", "..", "/etc/passwd", "sub//x.md", "sub/./x.md"]
)
def test_names_cannot_leave_the_directory(tmp_path, name):
    with pytest.raises(OutputError, match="not inside"):
        OutputDir(tmp_path / "site").emit(name, "x")


def test_a_link_inside_the_directory_cannot_lead_outside(tmp_path):
    outside = tmp_path / "outside.md"
    outside.write_text("precious\n")
    site = tmp_path / "site"
    site.mkdir()
    os.symlink(outside, site / "journey.md")
    with pytest.raises(OutputError, match="not inside"):
        OutputDir(site).emit("journey.md", "overwritten")
    assert outside.read_text() == "precious\n"


def test_site_pages_go_into_a_folder_of_the_directory(tmp_path):
    out = OutputDir(tmp_path / "site")
    out.emit("personas/p.html", "<p>\n")
    assert (tmp_path / "site" / "personas" / "p.html").read_text() == "<p>\n"


def test_a_folder_that_links_outside_is_refused(tmp_path):
    (tmp_path / "outside").mkdir()
    site = tmp_path / "site"
    site.mkdir()
    os.symlink(tmp_path / "outside", site / "personas")
    with pytest.raises(OutputError, match="not inside"):
        OutputDir(site).emit("personas/p.html", "x")
    assert list((tmp_path / "outside").iterdir()) == []


def test_input_files_are_never_overwritten(tmp_path):
    source = tmp_path / "journey.md"
    source.write_text("cjm: 1\n")
    out = OutputDir(tmp_path, protected={source.resolve()})
    with pytest.raises(OutputError, match="input files"):
        out.emit("journey.md", "x")


def test_an_output_directory_that_is_a_file_is_an_error(tmp_path):
    (tmp_path / "site").write_text("")
    with pytest.raises(OutputError, match="is a file"):
        OutputDir(tmp_path / "site")
